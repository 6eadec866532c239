/**
 * The fast path of the commonest `holidays` list: nothing but dated entries `{ date, name? }`, as a
 * region expanded into dates (`sla-clock holidays`, `lite`, spreadsheets and warehouses) carries by
 * the hundred. Validating such a list entry by entry through the schema was most of a tenant's
 * compile; this reads it once, checks exactly what the schema checks for this form, and gives
 * the copy the schema's pass would give. Any other list, or any doubt, returns null and the
 * schema reads the list as before (with its issues, paths and messages).
 *
 * @module
 */
import { hasOwn, isPlainObject } from "../errors.js";
import { parseIsoDate } from "../time/isoText.js";
import type { DateHolidayDefinition } from "./holidaysSchema.js";
import type { DatedRules } from "./normalizedPolicy.js";
import { packDay, sortedDatedRules } from "./datedRules.js";
import { POLICY_LIMITS } from "./policyLimits.js";

/** A `holidays` list of plain dated entries, validated: its frozen copy and the entries' day numbers. */
export interface PlainDateHolidays {
  /** Frozen copies, keys in the schema's order (`date`, then `name`), each sized to its keys. */
  readonly entries: ReadonlyArray<DateHolidayDefinition>;
  /** The entries as the normalized policy keeps them (column-wise, sorted by day). */
  readonly dated: DatedRules;
}

/**
 * `list` read as plain dated entries, or null when it is anything else.
 *
 * Rule: `list` is an array of at most `POLICY_LIMITS.holidays` entries, each a plain object whose
 * own keys are `date` (a valid local date `YYYY-MM-DD`) and optionally `name` (a string of at most
 * `POLICY_LIMITS.textLength` characters), and no two entries share a date. Those are the schema's
 * checks for such a list (type, strict keys, date, name, entry kind, duplicate dates), so null
 * never hides a problem: the schema then reports it.
 *
 * Edge cases: an entry with any other key (even one holding `undefined`), a non-plain object, a
 * hole, a duplicate date, or anything that throws while read gives null.
 *
 * @throws Never.
 * @example
 * Array.from(plainDateHolidays([{ date: "2026-12-24", name: "Christmas Eve" }])!.dated.days); //=> [20811]
 * plainDateHolidays([{ region: "CA-ON" }]); //=> null
 */
export function plainDateHolidays(list: unknown): PlainDateHolidays | null {
  try {
    if (!Array.isArray(list) || list.length === 0 || list.length > POLICY_LIMITS.holidays) return null;
    const n = list.length;
    const entries: DateHolidayDefinition[] = [];
    const names: Array<string | undefined> = [];
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const e: unknown = list[i];
      if (!isPlainObject(e)) return null;
      // own enumerable keys: `date` and perhaps `name`, nothing else (counted without an array)
      let keys = 0;
      for (const k in e) {
        if ((k !== "date" && k !== "name") || !hasOwn(e, k)) return null;
        keys++;
      }
      const date = e["date"];
      if (typeof date !== "string") return null;
      const day = parseIsoDate(date);
      if (typeof day === "string") return null;
      packed[i] = packDay(day, i);
      if (keys === 2) {
        const name = e["name"];
        if (typeof name !== "string" || name.length > POLICY_LIMITS.textLength) return null;
        entries.push(Object.freeze({ date, name }));
        names.push(name);
      } else {
        entries.push(Object.freeze({ date }));
        names.push(undefined);
      }
    }
    const dated = sortedDatedRules(packed, null, names, null); // null: two entries share a date
    return dated === null ? null : { entries: Object.freeze(entries), dated };
  } catch {
    return null; // a getter or a proxy that throws: the schema reports it
  }
}
