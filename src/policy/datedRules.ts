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

/**
 * Builds the table of `rules` (in any order; their days must be distinct).
 *
 * @throws Error when two rules share a day (the schema refuses that before).
 * @example
 * const t = toDatedRules([{ day: 20811, name: "Christmas Eve", hours: null, index: 1 }, { day: 20785, hours: null, index: 0 }]);
 * Array.from(t.days); //=> [20785, 20811]
 */
export function toDatedRules(rules: ReadonlyArray<DateRule>): DatedRules {
  const n = rules.length;
  if (n === 0) return NO_DATED_RULES;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => rules[a]!.day - rules[b]!.day);
  const days = new Int32Array(n);
  const indexes = new Uint16Array(n);
  const names: Array<string | undefined> = [];
  let named = false;
  let hours: Map<number, ReadonlyArray<WallInterval>> | undefined;
  for (let i = 0; i < n; i++) {
    const r = rules[order[i]!]!;
    days[i] = r.day;
    indexes[i] = r.index;
    names.push(r.name);
    if (r.name !== undefined) named = true;
    if (r.hours !== null) (hours ??= new Map()).set(i, r.hours);
    if (i > 0 && days[i - 1] === r.day) throw new Error(`duplicate date rule for day ${r.day}`);
  }
  return Object.freeze({ days, indexes, names: named ? Object.freeze(names) : NO_DATED_RULES.names, hours: hours ?? NO_HOURS });
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
