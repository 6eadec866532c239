/**
 * Region holidays through date-holidays. Imported only by the full entry point (`sla-clock`).
 *
 * date-holidays' `getHolidays(year)` costs 1–3 ms, so callers cache per year (the calendar does).
 * The local date of a holiday is the first ten characters of its `date` field; substitute
 * (observed) days are included; a holiday is kept when its `type` is one of the rule's `types`.
 *
 * @module
 */
import Holidays from "date-holidays";
import type { RegionRule } from "../policy/normalizedPolicy.js";
import { dayFromCivil } from "../time/calendarDate.js";
import type { RegionHoliday, RegionHolidaySource } from "./regionHolidaySource.js";

const instances = new Map<string, Holidays>();

function instanceFor(rule: RegionRule): Holidays {
  let hd = instances.get(rule.code);
  if (hd === undefined) {
    hd = new Holidays(rule.country, rule.state ?? "", rule.region ?? "");
    instances.set(rule.code, hd);
  }
  return hd;
}

/** The date-holidays-backed {@link RegionHolidaySource}. */
export const dateHolidaysSource: RegionHolidaySource = Object.freeze({
  check(rule: RegionRule): string | null {
    let verdict = checked.get(rule.code);
    if (verdict === undefined) {
      verdict = checkRegion(rule);
      checked.set(rule.code, verdict);
    }
    return verdict;
  },
  holidays,
});

const checked = new Map<string, string | null>();

function checkRegion(rule: RegionRule): string | null {
  const probe = new Holidays();
  const countries = probe.getCountries() ?? {};
  if (!Object.prototype.hasOwnProperty.call(countries, rule.country)) {
    return `unknown country "${rule.country}" in region "${rule.code}"; use an ISO 3166 code that date-holidays knows, e.g. "CA", "US", "GB"`;
  }
  if (rule.state !== undefined) {
    const states = probe.getStates(rule.country) ?? {};
    if (!Object.prototype.hasOwnProperty.call(states, rule.state)) {
      const known = Object.keys(states);
      return `unknown state "${rule.state}" of ${rule.country} in region "${rule.code}"${known.length ? `; known: ${known.slice(0, 20).join(", ")}` : `; ${rule.country} has no states in date-holidays`}`;
    }
    if (rule.region !== undefined) {
      const regions = probe.getRegions(rule.country, rule.state) ?? {};
      if (!Object.prototype.hasOwnProperty.call(regions, rule.region)) {
        return `unknown region "${rule.region}" of ${rule.country}-${rule.state} in "${rule.code}"`;
      }
    }
  }
  return null;
}

interface CachedHoliday extends RegionHoliday {
  readonly type: string;
}

/** `getHolidays(year)` costs milliseconds; its answers are facts, shared by every policy. */
const byCodeAndYear = new Map<string, ReadonlyArray<CachedHoliday>>();

function holidays(rule: RegionRule, year: number): ReadonlyArray<RegionHoliday> {
  const key = `${rule.code}/${year}`;
  let all = byCodeAndYear.get(key);
  if (all === undefined) {
    all = (instanceFor(rule).getHolidays(year) ?? []).map((h) => ({
      day: dayFromCivil(Number(h.date.slice(0, 4)), Number(h.date.slice(5, 7)), Number(h.date.slice(8, 10))),
      name: h.name,
      type: h.type,
    }));
    if (byCodeAndYear.size > 2048) byCodeAndYear.clear();
    byCodeAndYear.set(key, all);
  }
  return all.filter((h) => rule.types.includes(h.type));
}
