/**
 * Region holidays through date-holidays. Imported only by the full entry point (`sla-clock`);
 * date-holidays itself is loaded the first time a policy needs a region (`loadDateHolidays.ts`).
 *
 * date-holidays' `getHolidays(year)` costs 1–3 ms, so callers cache per year (the calendar does).
 * A holiday closes every local date it covers: from the first ten characters of its `date` field
 * to the date its `end` falls on (Korea's Chuseok and Russia's New Year holidays last several days;
 * one that ends at midnight does not cover the next date). Substitute (observed) days are included;
 * a holiday is kept when its `type` is one of the rule's `types`.
 *
 * @module
 */
import type Holidays from "date-holidays";
import { loadDateHolidays } from "./loadDateHolidays.js";
import type { RegionRule } from "../policy/normalizedPolicy.js";
import { MS_PER_DAY, dayFromCivil, yearOfDay } from "../time/calendarDate.js";
import type { RegionHoliday, RegionHolidaySource } from "./regionHolidaySource.js";

/**
 * One date-holidays instance per region and selection of types, holding only the rules that can
 * decide those types' holidays: date-holidays computes every rule of a region for a year (Taiwan's
 * lunar observances cost tens of milliseconds each) and filters by type afterwards, so dropping the
 * rules no one asked for first makes a cold year cheaper. A rule of a type not asked for is kept
 * when that type ranks above one that is (see {@link PRIORITY}): its holiday can hide one of the
 * asked-for types (its holidays are then dropped by type, in {@link holidays}). Process-wide and
 * bounded: regions are few.
 */
const instances = new Map<string, Holidays>();

/**
 * The instances some of whose holidays may last past their date: those with a rule that states a
 * duration (`"korean 8-0-14 P3D"`, `"easter -50 PT48H"`). Without one, a holiday ends at midnight
 * (date-holidays' default length runs from its start to the end of its date).
 */
const lasting = new WeakSet<Holidays>();

function typesKey(rule: RegionRule): string {
  return `${rule.code}|${[...rule.types].sort().join(",")}`;
}

/**
 * date-holidays' priority of holiday types, lowest first: when two rules give a holiday of the same
 * name on the same start, `getHolidays` keeps the one whose type comes later here (Ireland's
 * "03-17" is public, its "03-17 and if saturday then next monday …" bank: on a Friday, 03-17 is a
 * public holiday only, not a bank one).
 */
const PRIORITY: ReadonlyArray<string> = ["observance", "optional", "school", "bank", "public"];

/** Whether a rule of type `type` can hide (or is) a holiday of one of the rule's types. */
function mayDecide(rule: RegionRule, type: string): boolean {
  if (rule.types.includes(type)) return true;
  const lowest = Math.min(...rule.types.map((t) => PRIORITY.indexOf(t)));
  return PRIORITY.indexOf(type) > lowest;
}

function instanceFor(rule: RegionRule): Holidays {
  const key = typesKey(rule);
  let hd = instances.get(key);
  if (hd === undefined) {
    const HolidaysClass = loadDateHolidays();
    hd = new HolidaysClass(rule.country, rule.state ?? "", rule.region ?? "");
    // `start` and `end` are then the holiday's wall times written as UTC: its last local date is
    // read from `end` without the region's time zone (and whatever its DST does to the length).
    hd.setTimezone("UTC");
    for (const r of (hd.getRules() ?? []) as unknown as ReadonlyArray<{ rule: string; type: string }>) {
      if (!mayDecide(rule, r.type)) hd.unsetRule(r.rule);
      else if (/\sPT?\d/.test(r.rule)) lasting.add(hd);
    }
    if (instances.size >= 256) instances.clear();
    instances.set(key, hd);
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
  hasSubstitute,
});

const checked = new Map<string, string | null>();

function checkRegion(rule: RegionRule): string | null {
  const probe = new (loadDateHolidays())();
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
        const known = Object.keys(regions);
        return `unknown region "${rule.region}" of ${rule.country}-${rule.state} in "${rule.code}"${known.length ? `; known: ${known.slice(0, 20).join(", ")}` : `; ${rule.country}-${rule.state} has no regions in date-holidays: use "${rule.country}-${rule.state}"`}`;
      }
    }
  }
  return null;
}

interface CachedHoliday extends RegionHoliday {
  readonly type: string;
  /** The date expression of date-holidays' rule (see {@link ruleDate}), pairing a substitute day with its holiday. */
  readonly ruleDate: string;
  readonly substitute: boolean;
}

/**
 * `getHolidays(year)` costs milliseconds; its answers are facts, computed once per process and
 * shared by every policy with the same region and types (bounded: cleared past 4,096 lists).
 */
const byCodeAndYear = new Map<string, ReadonlyArray<CachedHoliday>>();

/** A holiday lasts at most this many dates (date-holidays' longest last about a week): a bound by construction. */
const MAX_HOLIDAY_DATES = 31;

/**
 * Every local date of the holidays date-holidays gives for `year` (their first dates lie in
 * `year`; the last ones of a holiday starting late in December in the next).
 */
function datesOfYear(rule: RegionRule, year: number): ReadonlyArray<CachedHoliday> {
  const key = `${typesKey(rule)}/all/${year}`;
  const known = byCodeAndYear.get(key);
  if (known !== undefined) return known;
  const out: CachedHoliday[] = [];
  for (const h of instanceFor(rule).getHolidays(year) ?? []) {
    const first = dayFromCivil(Number(h.date.slice(0, 4)), Number(h.date.slice(5, 7)), Number(h.date.slice(8, 10)));
    const end = lastDayOf(first, h.date, String(h.rule ?? ""));
    const last = end > first ? Math.min(end, first + MAX_HOLIDAY_DATES - 1) : first;
    const entry = { name: h.name, type: h.type, ruleDate: ruleDate(String(h.rule ?? "")), substitute: (h as { substitute?: boolean }).substitute === true };
    for (let day = first; day <= last; day++) out.push({ day, ...entry });
  }
  remember(key, out);
  return out;
}

/** A duration in a date-holidays rule (its grammar: days, hours, minutes), e.g. `P3D`, `PT12H`. */
const DURATION = /\sP(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?(?=\s|$)/;

/**
 * The date of the last ms of a holiday starting on `first` at the time of `date` (date-holidays'
 * `"YYYY-MM-DD hh:mm:ss"`, here in UTC): its start plus the duration its rule states, else its
 * first date (a holiday without a duration ends at midnight). Not from date-holidays' `end`, which
 * it computes in the host's zone: where the host's clocks skip the midnight the holiday ends at
 * (Kathmandu on 1 January 1986, +05:30 to +05:45), `end` was 00:15 and the next date was closed too.
 * Its start is its date's midnight unless its rule states a time of day (none of date-holidays'
 * rules with a duration does): the time in `date` comes through the host's clock too, and where the
 * host skips the midnight a holiday starts at (Santiago on 15 October 1972, 00:00 to 01:00) it said
 * 01:00, and Grenada's five-day festival (`10-15 P5D`) closed a sixth date.
 */
function lastDayOf(first: number, date: string, rule: string): number {
  const d = DURATION.exec(rule);
  if (d === null) return first;
  const timed = /\s\d{1,2}:\d{2}(?=\s|$)/.test(rule);
  const startMs = first * MS_PER_DAY + (timed ? ((Number(date.slice(11, 13)) || 0) * 60 + (Number(date.slice(14, 16)) || 0)) * 60_000 + (Number(date.slice(17, 19)) || 0) * 1000 : 0);
  const lengthMs = ((Number(d[1] ?? 0) * 24 + Number(d[2] ?? 0)) * 60 + Number(d[3] ?? 0)) * 60_000;
  return Math.floor((startMs + lengthMs - 1) / MS_PER_DAY);
}

function remember(key: string, list: ReadonlyArray<CachedHoliday>): void {
  if (byCodeAndYear.size >= 4096) byCodeAndYear.clear();
  byCodeAndYear.set(key, list);
}

/**
 * The holiday dates that lie in `year`: those of its own holidays, and the last dates of a holiday
 * that started in the year before.
 */
function allOfYear(rule: RegionRule, year: number): ReadonlyArray<CachedHoliday> {
  const key = `${typesKey(rule)}/${year}`;
  let all = byCodeAndYear.get(key);
  if (all === undefined) {
    const first = dayFromCivil(year, 1, 1);
    // (the year before is asked of date-holidays only when one of its holidays may reach this one)
    const spill = lasting.has(instanceFor(rule)) ? datesOfYear(rule, year - 1).filter((h) => h.day >= first) : [];
    const own = datesOfYear(rule, year).filter((h) => yearOfDay(h.day) === year);
    all = spill.length === 0 ? own : [...spill, ...own];
    remember(key, all);
  }
  return all;
}

function holidays(rule: RegionRule, year: number): ReadonlyArray<RegionHoliday> {
  return allOfYear(rule, year).filter((h) => rule.types.includes(h.type));
}

/**
 * The date expression that a date-holidays rule starts from: `"12-25 and if sunday then next
 * monday"` and `"substitutes 12-25 if saturday then next monday"` both give `"12-25"`. A
 * substitute day and its holiday share it.
 */
function ruleDate(rule: string): string {
  const words = rule.trim().split(/\s+/);
  let from = words[0] === "substitutes" ? 1 : 0;
  let to = from;
  while (to < words.length && words[to] !== "if" && !(words[to] === "and" && words[to + 1] === "if")) to++;
  if (to === from) from = 0;
  return words.slice(from, to).join(" ");
}

/** A substitute day lies within a week of its holiday. */
const SUBSTITUTE_REACH_DAYS = 7;

function hasSubstitute(rule: RegionRule, day: number): boolean {
  const year = yearOfDay(day);
  const original = holidays(rule, year).find((h) => h.day === day && !(h as CachedHoliday).substitute) as CachedHoliday | undefined;
  if (original === undefined) return false;
  const years = new Set([yearOfDay(day - SUBSTITUTE_REACH_DAYS), year, yearOfDay(day + SUBSTITUTE_REACH_DAYS)]);
  for (const y of years) {
    for (const h of holidays(rule, y) as ReadonlyArray<CachedHoliday>) {
      if (h.substitute && h.ruleDate === original.ruleDate && Math.abs(h.day - day) <= SUBSTITUTE_REACH_DAYS) return true;
    }
  }
  return false;
}
