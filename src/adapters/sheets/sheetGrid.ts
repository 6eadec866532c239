/**
 * Ranges as spreadsheets pass them: a single cell arrives as a plain value, a range as a 2-D array
 * (rows of cells). Row-wise arguments are broadcast together, like ARRAYFORMULA.
 *
 * @module
 */

/** A value as a spreadsheet passes it: a cell value, or a 2-D array of them. */
export type SheetArgument = unknown;

/** A blank cell: omitted, `null`, or an empty (or all-space) string. */
export function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

/** `value` as a grid: a 2-D array stays, a 1-D array is one row, anything else one cell. */
function toGrid(value: unknown): ReadonlyArray<ReadonlyArray<unknown>> {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return [[]];
  return value.every((row) => Array.isArray(row)) ? (value as unknown[][]) : [value];
}

/** Thrown for a problem of the whole call (shapes, policy, holidays), never turned into a cell. */
export class CallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CallError";
  }
}

/** The prefix of an error string placed in a cell. */
export const CELL_ERROR_PREFIX = "ERROR: ";

/**
 * Applies `cell` to every row position of the row-wise `args`, broadcasting single cells, and
 * answers in the shape of the ranges.
 *
 * The rule: when every argument is a single value the answer is a single value and an error in
 * `cell` is thrown; when any argument is a range, every range must have the same rows × columns (a
 * 1×1 range counts as a single value), the answer is a 2-D array of that shape, and an error in a
 * position becomes the string `"ERROR: message"` in that cell. {@link CallError}s always propagate.
 *
 * @param names - argument names for messages, parallel to `args`.
 * @throws CallError when two ranges differ in shape or a range is ragged.
 * @example
 * mapCells("F", ["a", "b"], [[[1], [2]], 10], (x, y) => x * y); //=> [[10], [20]]
 */
export function mapCells<R>(
  fn: string,
  names: ReadonlyArray<string>,
  args: ReadonlyArray<unknown>,
  cell: (...values: unknown[]) => R,
): R | string | Array<Array<R | string>> {
  let rows = -1;
  let cols = -1;
  let shapeOf = "";
  const grids: Array<ReadonlyArray<ReadonlyArray<unknown>> | null> = args.map((a, i) => {
    if (!Array.isArray(a)) return null;
    const g = toGrid(a);
    const r = g.length;
    const c = g[0]!.length;
    if (g.some((row) => row.length !== c)) throw new CallError(`${fn}: ${names[i]} is not a rectangular range`);
    if (r === 1 && c === 1) return g;
    if (rows === -1) {
      rows = r;
      cols = c;
      shapeOf = names[i]!;
    } else if (r !== rows || c !== cols) {
      throw new CallError(`${fn}: ${names[i]} is ${r}×${c} but ${shapeOf} is ${rows}×${cols}; give ranges of the same shape, or single cells`);
    }
    return g;
  });
  const anyRange = grids.some((g) => g !== null);
  if (!anyRange) {
    return cell(...args);
  }
  if (rows === -1) {
    rows = 1;
    cols = 1;
  }
  const values = new Array<unknown>(args.length);
  const out: Array<Array<R | string>> = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const line: Array<R | string> = new Array(cols);
    for (let c = 0; c < cols; c++) {
      for (let i = 0; i < args.length; i++) {
        const g = grids[i];
        values[i] = g === null || g === undefined ? args[i] : g.length === 1 && g[0]!.length === 1 ? g[0]![0] : g[r]![c];
      }
      try {
        line[c] = cell(...values);
      } catch (e) {
        if (e instanceof CallError) throw e;
        line[c] = CELL_ERROR_PREFIX + (typeof e === "object" && e !== null && typeof (e as Error).message === "string" ? (e as Error).message : String(e));
      }
    }
    out[r] = line;
  }
  return out;
}

/** Every cell of a value or range, in row order. */
export function cellsOf(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [value];
  return toGrid(value).flat();
}
