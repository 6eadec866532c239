/**
 * The `holidays` section of a policy definition: region holidays, dated and annual holidays (closed
 * or with special hours) and closures, with the cross-entry rules (duplicate dates, the number of
 * region entries).
 *
 * @module
 */

import * as z from "zod/mini";
import { isRecord } from "../errors.js";
import { parseIsoDate, parseMonthDay } from "../time/isoText.js";
import type { HoursIntervalDefinition } from "./hoursSchema.js";
import { dayHoursSchema } from "./hoursSchema.js";
import { POLICY_LIMITS } from "./policyLimits.js";
import { parseRegionCode } from "./regionCode.js";
import { ALWAYS, addIssue, cappedArray, checkedString, expected, get, once, shown, strict, text, oneOf, optional } from "./schemaBlocks.js";
import { compareIsoPoints, isoPointSchema, localDateSchema, monthDaySchema } from "./timeTextSchemas.js";

/** Holiday types of date-holidays that a region entry can include. */
export const HOLIDAY_TYPES = ["public", "bank", "school", "optional", "observance"] as const;
/** One of {@link HOLIDAY_TYPES}. */
export type HolidayType = (typeof HOLIDAY_TYPES)[number];

/**
 * How a holiday that falls on a date without weekly hours is observed (CONTRACT §10): `"none"`
 * (default) not at all; `"next"` on the next date with weekly hours that no holiday or earlier
 * observed day already closes; `"nearest"` on the nearest such date, the earlier one on a tie.
 */
export const OBSERVED_MODES = ["none", "next", "nearest"] as const;
/** One of {@link OBSERVED_MODES}. */
export type ObservedMode = (typeof OBSERVED_MODES)[number];

/** The holidays of a date-holidays region; `types` default `["public"]`; `except`: local dates to drop. */
export interface RegionHolidayDefinition {
  readonly region: string;
  readonly types?: ReadonlyArray<HolidayType>;
  readonly except?: ReadonlyArray<string>;
  readonly name?: string;
  /** Observed days for holidays on dates without weekly hours (date-holidays' own substitute days are always included). */
  readonly observed?: ObservedMode;
}

/** One local date `YYYY-MM-DD`: closed, or open with special `hours`. */
export interface DateHolidayDefinition {
  readonly date: string;
  readonly name?: string;
  readonly hours?: ReadonlyArray<HoursIntervalDefinition>;
}

/** Every year on `MM-DD`: closed, or open with special `hours`. `"02-29"` applies in leap years only. */
export interface AnnualHolidayDefinition {
  readonly annual: string;
  readonly name?: string;
  readonly hours?: ReadonlyArray<HoursIntervalDefinition>;
  /** Observed days when the date has no weekly hours (closed entries only). */
  readonly observed?: ObservedMode;
}

/**
 * A closure removing business time in `[from, to)`: ISO dates or date-times, wall clock in the
 * policy's zone unless they carry `Z` or an offset (then exact instants). A date alone means its
 * 00:00, so `{ from: "2026-12-24", to: "2026-12-27" }` closes the 24th, 25th and 26th.
 */
export interface ClosureDefinition {
  readonly from: string;
  readonly to: string;
  readonly name?: string;
}

/** One entry of `holidays`. */
export type HolidayDefinition = RegionHolidayDefinition | DateHolidayDefinition | AnnualHolidayDefinition | ClosureDefinition;

/** The `holidays` section: a capped list of holiday entries. */
export const holidaysSchema = once(() => {
  const localDate = localDateSchema();
  const isoPoint = isoPointSchema();
  const dayHours = dayHoursSchema();

  const regionCodeSchema = checkedString('a date-holidays region code such as "CA-ON"', parseRegionCode);

  // (capped before any item is read: a list of length 2^32 - 1 is refused unread)
  const holidayTypesSchema = cappedArray(oneOf(HOLIDAY_TYPES, `one of ${HOLIDAY_TYPES.join(", ")}`), POLICY_LIMITS.holidays, 'a list of holiday types such as ["public"]', "types")
    .check(
      z.superRefine((v: unknown[], ctx) => {
        if (v.length === 0) addIssue(ctx, 'an empty list of types selects no holidays; list at least one type, or leave "types" out for ["public"]');
        else if (v.length > HOLIDAY_TYPES.length * 4) addIssue(ctx, `${v.length} types is more than needed; list each of ${HOLIDAY_TYPES.join(", ")} at most once`);
      }),
    );

  const HOLIDAY_KINDS = [
    { key: "region", label: "a region entry", allowed: ["region", "types", "except", "name", "observed"] },
    { key: "date", label: "a date entry", allowed: ["date", "name", "hours"] },
    { key: "annual", label: "an annual entry", allowed: ["annual", "name", "hours", "observed"] },
    { key: "from", label: "a closure", allowed: ["from", "to", "name"] },
  ] as const;

  const holidayEntrySchema = strict(
    {
      region: optional(regionCodeSchema),
      types: optional(holidayTypesSchema),
      except: optional(cappedArray(localDate, POLICY_LIMITS.exceptDates, 'a list of local dates "YYYY-MM-DD"', "dates")),
      date: optional(localDate),
      annual: optional(monthDaySchema()),
      hours: optional(dayHours),
      from: optional(isoPoint),
      to: optional(isoPoint),
      name: optional(text("a holiday name", POLICY_LIMITS.textLength)),
      observed: optional(oneOf(OBSERVED_MODES, `one of ${OBSERVED_MODES.map((m) => `"${m}"`).join(", ")}`)),
    },
    'a holiday entry such as { "region": "CA-ON" }, { "date": "2026-12-24" }, { "annual": "12-31" } or { "from": "2026-12-24T12:00", "to": "2026-12-27T09:00" }',
  ).check(
    z.superRefine((entry: Record<string, unknown>, ctx) => {
      if (!isRecord(entry)) return;
      const has = (k: string) => get(entry, k) !== undefined;
      const kinds = HOLIDAY_KINDS.filter((k) => has(k.key) || (k.key === "from" && has("to")));
      if (kinds.length === 0) {
        addIssue(ctx, `a holiday entry needs "region", "date", "annual", or "from" and "to"; got ${shown(entry)}`);
        return;
      }
      const kind = kinds[0]!;
      if (kinds.length > 1) {
        const other = kinds[1]!;
        const otherKey = other.key === "from" && !has("from") ? "to" : other.key;
        addIssue(ctx, `"${otherKey}" cannot be combined with "${kind.key}" in one holiday entry; split it into separate entries`, [otherKey]);
        return;
      }
      for (const key of Object.keys(entry)) {
        if (has(key) && !(kind.allowed as ReadonlyArray<string>).includes(key)) {
          addIssue(ctx, `"${key}" is not allowed in ${kind.label}, which takes ${kind.allowed.join(", ")}`, [key]);
        }
      }
      if (kind.key === "annual" && has("hours") && has("observed") && entry["observed"] !== "none") {
        addIssue(ctx, `"observed" applies to closed days only; an annual entry with special "hours" is not observed on another date; remove "observed" or "hours"`, ["observed"]);
      }
      if (kind.key === "from") {
        for (const k of ["from", "to"]) {
          if (!has(k)) addIssue(ctx, `missing; a closure needs both "from" and "to", e.g. { "from": "2026-12-24T12:00", "to": "2026-12-27T09:00" }`, [k]);
        }
        const cmp = compareIsoPoints(entry["from"], entry["to"]);
        if (cmp !== null && cmp >= 0) {
          addIssue(ctx, `the closure ends at or before it starts: "to" ${shown(entry["to"])} is not later than "from" ${shown(entry["from"])}; make "to" later`, ["to"]);
        }
      }
    }, ALWAYS),
  );

  /** The day of a `date` entry's date, or the MMDD of an `annual` entry's; null when it is not valid. */
  function keyOf(key: "date" | "annual", v: unknown): number | null {
    const r = typeof v !== "string" ? null : key === "date" ? parseIsoDate(v) : parseMonthDay(v);
    return r === null || typeof r === "string" ? null : typeof r === "number" ? r : r.month * 100 + r.day;
  }

  const schema = cappedArray(holidayEntrySchema, POLICY_LIMITS.holidays, "a list of holiday entries", "holiday entries").check(
    z.superRefine((entries: unknown[], ctx) => {
      if (!Array.isArray(entries)) return;
      // the index of the first entry of each date and of each annual date
      const firsts = { date: new Map<number, number>(), annual: new Map<number, number>() };
      let regions = 0;
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        if (get(e, "region") !== undefined && ++regions === POLICY_LIMITS.regionEntries + 1) {
          addIssue(ctx, `more than ${POLICY_LIMITS.regionEntries} region entries; merge the entries of one region (list its types together), or expand the regions into dates with \`sla-clock holidays\``, [i, "region"]);
        }
        for (const key of ["date", "annual"] as const) {
          const v = get(e, key);
          const k = keyOf(key, v);
          if (k === null) continue;
          const first = firsts[key].get(k);
          if (first === undefined) firsts[key].set(k, i);
          else addIssue(ctx, `duplicate ${key === "date" ? "date" : "annual date"} ${shown(v)}: holidays[${first}] already sets it; merge the two entries`, [i, key]);
        }
      }
    }, ALWAYS),
  );

  return schema;
});
