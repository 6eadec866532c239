/**
 * Plain-text tables for the CLI.
 *
 * @module
 */

/** Control characters (C0, DEL, C1): a terminal may act on them (ANSI escapes) or they break a row. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * `s` with each control character written as `\uXXXX`, for text printed to a terminal: a ticket
 * id or holiday name from a file cannot recolour, move or clear the screen, or break a table row.
 *
 * @example
 * terminalSafe("T-1\u001b[31m"); //=> "T-1\\u001b[31m"
 */
export function terminalSafe(s: string): string {
  return s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Renders rows under a header as left-aligned columns separated by two spaces, with a dashed rule
 * under the header; trailing spaces are trimmed; control characters in cells are written out
 * ({@link terminalSafe}). Columns named in `rightAligned` are right-aligned.
 *
 * @example
 * formatTable(["ID", "SEV"], [["T-1", "sev1"]]);
 * //=> "ID   SEV\n---  ----\nT-1  sev1"
 */
export function formatTable(header: ReadonlyArray<string>, rawRows: ReadonlyArray<ReadonlyArray<string>>, rightAligned: ReadonlyArray<number> = []): string {
  const rows = rawRows.map((r) => r.map(terminalSafe));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: ReadonlyArray<string>): string =>
    cells
      .map((c, i) => (rightAligned.includes(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
