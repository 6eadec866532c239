/**
 * Plain-text tables for the CLI.
 *
 * @module
 */

/**
 * Renders rows under a header as left-aligned columns separated by two spaces, with a dashed rule
 * under the header; trailing spaces are trimmed. Columns named in `rightAligned` are right-aligned.
 *
 * @example
 * formatTable(["ID", "SEV"], [["T-1", "sev1"]]);
 * //=> "ID   SEV\n---  ----\nT-1  sev1"
 */
export function formatTable(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>, rightAligned: ReadonlyArray<number> = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: ReadonlyArray<string>): string =>
    cells
      .map((c, i) => (rightAligned.includes(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
