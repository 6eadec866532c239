/**
 * Observed days (CONTRACT §10): a holiday of an `annual` or `region` entry with `observed` that
 * falls on a date without weekly hours also closes another date.
 *
 * Rule, per local year Y: walk the local dates from {@link OBSERVED_LEAD_DAYS} days before Y to
 * {@link OBSERVED_REACH_DAYS} days after it. Each observed holiday, in date order, takes a *free*
 * date within {@link OBSERVED_REACH_DAYS} days: with `"next"` the first one after it, with
 * `"nearest"` the nearest one before or after it (the earlier on a tie). A date is free when it has
 * weekly hours, no holiday entry decides it (a `date` or `annual` entry, closed or with special
 * hours, or a region holiday) and no earlier holiday took it. The observed days that land in Y are
 * Y's. An observed holiday is one that actually decides its date (a `date` entry on the same date
 * wins over an annual or region holiday, an annual entry over a region holiday; among region
 * entries the first listing the date), on a date without weekly hours, and, for a region holiday,
 * one for which date-holidays gives no substitute day of its own. Its name is the holiday's name
 * with " (observed)" appended (an unnamed annual entry is named by its date, "12-25 (observed)").
 *
 * The lead makes the walk start before any chain of observed days that can reach into Y in
 * practice (Christmas, Boxing Day and New Year on a weekend); the reach bounds every search, so a
 * calendar whose few open dates are all taken gets no observed day rather than a distant one.
 *
 * @module
 */
import { dayFromCivil, weekdayOfDay, civilFromDay, yearOfDay } from "../time/calendarDate.js";
import { pad2 } from "../time/isoText.js";
import type { ObservedRule } from "../policy/normalizedPolicy.js";
import type { Calendar } from "./calendar.js";
import { regionHolidaysOf } from "./calendar.js";
import { datedPosition } from "../policy/datedRules.js";

/** The walk for a year starts this many days before its January 1. */
export const OBSERVED_LEAD_DAYS = 62;
/** An observed day lies at most this many days from its holiday. */
export const OBSERVED_REACH_DAYS = 31;

/** Observed days of local year `year` (day number → name), cached per year. */
export function observedDaysOf(cal: Calendar, year: number): ReadonlyMap<number, string> {
  const cache = cal.cache.observedDays;
  let days = cache.get(year);
  if (days === undefined) {
    days = computeObservedDays(cal, year);
    if (cache.size > 256) cache.clear();
    cache.set(year, days);
  }
  return days;
}

function isRegionHoliday(cal: Calendar, day: number): boolean {
  return cal.regionRules.length > 0 && regionHolidaysOf(cal, yearOfDay(day)).has(day);
}

/** Whether a holiday entry decides the hours of `day`. */
function decided(cal: Calendar, day: number): boolean {
  if (datedPosition(cal.dateRules, day) >= 0) return true;
  const { month, day: dom } = civilFromDay(day);
  return cal.annualRules.has(month * 100 + dom) || isRegionHoliday(cal, day);
}

/** The observed mode and name of the holiday that decides `day`, or undefined when it has none. */
function observedHoliday(cal: Calendar, day: number): { mode: Exclude<ObservedRule, "none">; name: string } | undefined {
  if (datedPosition(cal.dateRules, day) >= 0 || cal.weekly[weekdayOfDay(day)]!.length > 0) return undefined;
  const { month, day: dom } = civilFromDay(day);
  const annual = cal.annualRules.get(month * 100 + dom);
  if (annual !== undefined) {
    if (annual.observed === "none" || annual.hours !== null) return undefined;
    return { mode: annual.observed, name: `${annual.name ?? `${pad2(month)}-${pad2(dom)}`} (observed)` };
  }
  if (cal.regionRules.length === 0 || cal.regionSource === undefined) return undefined;
  const year = yearOfDay(day);
  if (!regionHolidaysOf(cal, year).has(day)) return undefined;
  // the first region entry that lists the date decides it (as in regionHolidaysOf)
  for (const rule of cal.regionRules) {
    if (rule.except.includes(day)) continue;
    const h = cal.regionSource.holidays(rule, year).find((x) => x.day === day);
    if (h === undefined) continue;
    if (rule.observed === "none" || cal.regionSource.hasSubstitute(rule, day)) return undefined;
    return { mode: rule.observed, name: `${h.name} (observed)` };
  }
  return undefined;
}

function computeObservedDays(cal: Calendar, year: number): ReadonlyMap<number, string> {
  const out = new Map<number, string>();
  const first = dayFromCivil(year, 1, 1);
  const end = dayFromCivil(year + 1, 1, 1);
  const taken = new Set<number>();
  const free = (d: number): boolean => cal.weekly[weekdayOfDay(d)]!.length > 0 && !taken.has(d) && !decided(cal, d);
  for (let h = first - OBSERVED_LEAD_DAYS; h < end + OBSERVED_REACH_DAYS; h++) {
    const holiday = observedHoliday(cal, h);
    if (holiday === undefined) continue;
    for (let k = 1; k <= OBSERVED_REACH_DAYS; k++) {
      const pick = holiday.mode === "nearest" && free(h - k) ? h - k : free(h + k) ? h + k : undefined;
      if (pick === undefined) continue;
      taken.add(pick);
      if (pick >= first && pick < end) out.set(pick, holiday.name);
      break;
    }
  }
  return out;
}
