/**
 * Reading and writing the columns of a DuckDB data chunk without a value object per row.
 *
 * `@duckdb/node-api`'s `getItem` makes a `DuckDBTimestampTZValue` (a BigInt and an object) for every
 * timestamp and checks validity with BigInt arithmetic, and `setItem` checks each BigInt it writes:
 * together most of the cost of a scalar function whose own work is a fraction of a microsecond. The
 * readers here read a chunk's timestamps as 32-bit halves of its `BigInt64Array` (exact while
 * |micros| < 2^53, years 1685–2255), and remember the few distinct texts a column holds per chunk
 * by their raw 16-byte `string_t` (length, then the inlined bytes or a prefix and a pointer, all
 * stable for the chunk). Anything else — a column with NULLs, an instant outside those years or
 * infinite, a big-endian host, or a `@duckdb/node-api` whose vectors are laid out otherwise — takes
 * the library's own `getItem`/`setItem`, so the answers never depend on the shortcut.
 *
 * @module
 */
import type { DuckDBTimestampTZValue, DuckDBVector } from "@duckdb/node-api";

/** Row `r` of a column as the SQL functions take it: a string, epoch ms, or `null` for SQL NULL. */
export type ColumnReader = (r: number) => string | number | null;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const TWO_32 = 4_294_967_296;
/** |hi| below 2^21: |micros| < 2^53, exact as a double. */
const MAX_HI = 0x20_0000;
/** Distinct texts remembered per column and chunk (a severity column holds a handful). */
const TEXT_SLOTS = 8;

/** The vector's internals this module reads, when `@duckdb/node-api` has them. */
interface RawVector {
  readonly items?: unknown;
  readonly dataView?: unknown;
  readonly validity?: { readonly data?: unknown };
}

const raw = (v: DuckDBVector): RawVector => v as unknown as RawVector;
/** True when the vector has no validity mask (every row valid), as `@duckdb/node-api` lays it out. */
const allValid = (v: DuckDBVector): boolean => raw(v).validity !== undefined && raw(v).validity!.data === null;

/** The 32-bit halves of a TIMESTAMPTZ vector's items, or undefined where the layout is not known. */
function int64Halves(v: DuckDBVector): { lo: Uint32Array; hi: Int32Array } | undefined {
  const items = raw(v).items;
  if (!LITTLE_ENDIAN || !(items instanceof BigInt64Array)) return undefined;
  return { lo: new Uint32Array(items.buffer, items.byteOffset, items.length * 2), hi: new Int32Array(items.buffer, items.byteOffset, items.length * 2) };
}

/**
 * A reader of a TIMESTAMPTZ column as epoch ms (floor of the microseconds); `slow` converts a value
 * the fast path does not take (and throws for ±infinity).
 */
export function instantReader(v: DuckDBVector, slow: (value: DuckDBTimestampTZValue) => number): ColumnReader {
  const generic: ColumnReader = (r) => {
    const item = v.getItem(r) as DuckDBTimestampTZValue | null;
    return item === null ? null : slow(item);
  };
  const halves = allValid(v) ? int64Halves(v) : undefined;
  if (halves === undefined) return generic;
  const { lo, hi } = halves;
  return (r) => {
    const h = hi[2 * r + 1]!;
    if (h >= MAX_HI || h < -MAX_HI) return generic(r);
    return Math.floor((h * TWO_32 + lo[2 * r]!) / 1000);
  };
}

/** A reader of a VARCHAR column that decodes each distinct text of the chunk once. */
export function textReader(v: DuckDBVector): ColumnReader {
  const generic = (r: number): string | null => v.getItem(r) as string | null;
  const view = raw(v).dataView;
  if (!LITTLE_ENDIAN || !allValid(v) || !(view instanceof DataView) || view.byteOffset % 4 !== 0) return generic;
  const words = new Uint32Array(view.buffer, view.byteOffset, view.byteLength >> 2);
  const keys = new Float64Array(TEXT_SLOTS * 4);
  const texts: Array<string | null> = [];
  return (r) => {
    const b = 4 * r;
    const w0 = words[b]!;
    const w1 = words[b + 1]!;
    const w2 = words[b + 2]!;
    const w3 = words[b + 3]!;
    for (let s = 0; s < texts.length; s++) {
      const k = 4 * s;
      if (keys[k] === w0 && keys[k + 1] === w1 && keys[k + 2] === w2 && keys[k + 3] === w3) return texts[s]!;
    }
    const text = generic(r);
    if (texts.length < TEXT_SLOTS) {
      const k = 4 * texts.length;
      keys[k] = w0;
      keys[k + 1] = w1;
      keys[k + 2] = w2;
      keys[k + 3] = w3;
      texts.push(text);
    }
    return text;
  };
}

/**
 * A writer of epoch ms into a TIMESTAMPTZ output vector (as microseconds); `null` and instants
 * outside the exact range go through `slow` (the library's `setItem`).
 */
export function instantWriter(v: DuckDBVector, slow: (r: number, ms: number | null) => void): (r: number, ms: number | null) => void {
  const halves = int64Halves(v);
  if (halves === undefined) return slow;
  const { lo, hi } = halves;
  return (r, ms) => {
    if (ms === null) return slow(r, ms);
    const micros = ms * 1000;
    if (!Number.isSafeInteger(micros)) return slow(r, ms);
    const h = Math.floor(micros / TWO_32);
    hi[2 * r + 1] = h;
    lo[2 * r] = micros - h * TWO_32;
  };
}
