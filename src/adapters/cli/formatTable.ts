/**
 * Plain-text tables for the CLI.
 *
 * @module
 */

/**
 * Control characters (C0, DEL, C1), which a terminal may act on (ANSI escapes) or which break a row,
 * and the bidirectional controls, which reorder what follows them on the line.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `s` with each control character written as `\uXXXX`, for text printed to a terminal: a ticket
 * id or holiday name from a file cannot recolour, move or clear the screen, break a table row, or
 * reorder it (the bidirectional controls, U+202E and its kin, are written out too).
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
  // (a loop, not Math.max(...): a spread of one argument per row overflows the stack near 120,000 rows)
  const widths = header.map((h) => h.length);
  for (const r of rows) for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i]!, (r[i] ?? "").length);
  const line = (cells: ReadonlyArray<string>): string =>
    cells
      .map((c, i) => (rightAligned.includes(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
