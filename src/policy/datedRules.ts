/**
 * The `date` entries of a policy, stored column-wise and sorted by day: what a compiled policy
 * keeps of them for as long as it lives.
 *
 * A tenant's policy often carries hundreds of dated holidays (a region expanded for 20 years, as
 * `lite`, spreadsheets and warehouses carry). One frozen object per entry cost ~120 bytes each; the
 * columns cost ~14 (a day number, an index and a name reference), so 200 entries take under 3 KB,
 * and the calendar looks a day up with a binary search over the day numbers, without a Map.
 *
 * @module
 */
import type { DateRule, DatedRules, WallInterval } from "./normalizedPolicy.js";

export type { DatedRules } from "./normalizedPolicy.js";

const NO_HOURS: ReadonlyMap<number, ReadonlyArray<WallInterval>> = new Map();

/** The table of a policy without `date` entries (shared). */
export const NO_DATED_RULES: DatedRules = Object.freeze({
  days: new Int32Array(0),
  indexes: new Uint16Array(0),
  names: Object.freeze([]),
  hours: NO_HOURS,
});

/** Positions are packed below the day number in one float: `day * POSITION_SPAN + position`. */
const POSITION_SPAN = 16_384; // > 10,000 entries; |day| * 2^14 stays far below 2^53

/**
 * Builds the table of a policy's `date` entries from their columns in definition order: `days[k]`,
 * `indexes[k]` (the entry's index in `holidays`), `names[k]` and `hours[k]` (null when closed) describe
 * one entry. No object per entry is made: the entries are sorted by day as packed numbers.
 *
 * @throws Error when two entries share a day (the schema refuses that before).
 * @example
 * const t = toDatedRules([20811, 20785], [1, 0], ["Christmas Eve", undefined], [null, null]);
 * Array.from(t.days); //=> [20785, 20811]
 */
export function toDatedRules(
  days: ReadonlyArray<number>,
  indexes: ReadonlyArray<number>,
  names: ReadonlyArray<string | undefined>,
  hours: ReadonlyArray<ReadonlyArray<WallInterval> | null>,
): DatedRules {
  const n = days.length;
  if (n === 0) return NO_DATED_RULES;
  const packed = new Float64Array(n);
  for (let k = 0; k < n; k++) packed[k] = packDay(days[k]!, k);
  const table = sortedDatedRules(packed, indexes, names, hours);
  if (table === null) throw new Error("duplicate date rule");
  return table;
}

/** `day` and the entry's position `k` (0 ≤ k < 16,384) packed in one number that sorts by day first. */
export function packDay(day: number, k: number): number {
  return day * POSITION_SPAN + k;
}

/**
 * The table of entries whose days and positions were packed by {@link packDay} into `packed`,
 * which this sorts in place; `indexes[k]` (the identity when null), `names[k]` and `hours[k]` (null
 * or absent when closed) describe entry `k`. Null when two entries share a day.
 */
export function sortedDatedRules(
  packed: Float64Array,
  indexes: ReadonlyArray<number> | null,
  names: ReadonlyArray<string | undefined>,
  hours: ReadonlyArray<ReadonlyArray<WallInterval> | null> | null,
): DatedRules | null {
  const n = packed.length;
  if (n === 0) return NO_DATED_RULES;
  packed.sort(); // numeric, without a comparator
  const sortedDays = new Int32Array(n);
  const sortedIndexes = new Uint16Array(n);
  const sortedNames: Array<string | undefined> = new Array<string | undefined>(n);
  let named = false;
  let special: Map<number, ReadonlyArray<WallInterval>> | undefined;
  for (let i = 0; i < n; i++) {
    const v = packed[i]!;
    const day = Math.floor(v / POSITION_SPAN);
    const k = v - day * POSITION_SPAN;
    if (i > 0 && sortedDays[i - 1] === day) return null;
    sortedDays[i] = day;
    sortedIndexes[i] = indexes === null ? k : indexes[k]!;
    const name = names[k];
    sortedNames[i] = name;
    if (name !== undefined) named = true;
    const h = hours === null ? null : hours[k];
    if (h !== null && h !== undefined) (special ??= new Map()).set(i, h);
  }
  return Object.freeze({
    days: sortedDays,
    indexes: sortedIndexes,
    names: named ? Object.freeze(sortedNames) : NO_DATED_RULES.names,
    hours: special ?? NO_HOURS,
  });
}

/** Position of local date `day` in the table, or -1 (binary search). */
export function datedPosition(dated: DatedRules, day: number): number {
  const days = dated.days;
  let lo = 0;
  let hi = days.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = days[mid]!;
    if (d === day) return mid;
    if (d < day) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The entry at position `i` as a {@link DateRule} (a new frozen object). */
export function datedRuleAt(dated: DatedRules, i: number): DateRule {
  const name = dated.names[i];
  return Object.freeze({ day: dated.days[i]!, ...(name !== undefined && { name }), hours: dated.hours.get(i) ?? null, index: dated.indexes[i]! });
}

/**
 * Every entry as a {@link DateRule}, in the order of the definition's `holidays`.
 *
 * @example
 * datedRuleList(parsed.policy.dateRules); //=> [{ day: 20811, name: "Christmas Eve", hours: null, index: 1 }, …]
 */
export function datedRuleList(dated: DatedRules): DateRule[] {
  const out = Array.from({ length: dated.days.length }, (_, i) => datedRuleAt(dated, i));
  return out.sort((a, b) => a.index - b.index);
}
