/**
 * Recurrence rules that name dates (`FREQ=DAILY` to `YEARLY`, with at most `BYMONTH`, `BYMONTHDAY`,
 * `BYDAY`, `BYYEARDAY`, `BYSETPOS`, `INTERVAL`, `COUNT`, `UNTIL` and `WKST`), expanded here rather
 * than by ical.js (2.2), whose expansion of them departs from RFC 5545 §3.3.10:
 *
 * - a date a month does not have (29 February in a common year, 30 February, 31 April) "MUST be
 *   ignored and MUST NOT be counted"; ical.js rolled it over to the days after: `FREQ=YEARLY` from
 *   29 February gave 1 March in common years (ical.js issue #91), `BYMONTH=2,3;BYMONTHDAY=29` too,
 *   `BYMONTH=2,4;BYMONTHDAY=30` gave 2 March, and those dates counted towards `COUNT`;
 * - in a yearly rule, a negative `BYMONTHDAY` was counted from the end of another month
 *   (`BYMONTH=1,2,4;BYMONTHDAY=-1` gave 1 March and 30 January), mixed signs went wrong
 *   (`BYMONTH=4;BYMONTHDAY=31,-29` gave 3 April), and with an `INTERVAL` the years were shifted
 *   (`INTERVAL=2;BYMONTH=1;BYMONTHDAY=-1` from 31 January 2016 gave 2017, 2019, …);
 * - a monthly rule with `BYMONTH` out of order (`2,1`) gave its dates out of order, and counted
 *   them so; with an `INTERVAL` it stepped from one `BYMONTH` month to the next;
 * - `BYSETPOS` was ignored beside `BYMONTHDAY` and in `WEEKLY` and `YEARLY` rules, a negative
 *   `BYMONTHDAY` in a `DAILY` rule was misread, and `BYMONTHDAY` with `BYDAY` that meet less often
 *   than every four years was refused ("Malformed values").
 *
 * A timed rule may also name times of the day (`BYHOUR`, `BYMINUTE`, `BYSECOND`): ical.js rolled
 * those over too (`FREQ=MONTHLY;BYMONTHDAY=31;BYHOUR=9,15` gave 1 February at 15:00), so they are
 * expanded here as well, each named date at each named time (the parts not named come from
 * DTSTART), with BYSETPOS picking among the date-times of a period.
 *
 * The date-times such a rule names from DTSTART up to the end of the import's years are given to
 * ical.js as RDATEs in its place, so that EXDATEs, RDATEs, changed occurrences and the rest of the
 * import treat them as they treat any occurrence.
 *
 * @module
 */
import ICAL from "ical.js";
import { civilFromDay, dayFromCivil, daysInMonth, isLeapYear, weekdayOfDay } from "../../time/calendarDate.js";
import type { CivilDate } from "../../time/calendarDate.js";
import { dayOfTime } from "./eventTimes.js";
import { exactUntil } from "./untilOnClock.js";
import { wallToEpoch } from "../../time/wallClock.js";
import { ICS_LIMITS, tooManyBefore, tooManyIn } from "./icsLimits.js";
import type { ImportYears } from "./importYears.js";
import type { IcalComponent, IcalTime } from "./parseCalendars.js";

type Recur = InstanceType<typeof ICAL.Recur>;

/** The parts a rule expanded here may have (any frequency from DAILY up). */
const DAY_PARTS = new Set(["BYMONTH", "BYWEEKNO", "BYMONTHDAY", "BYDAY", "BYSETPOS", "BYYEARDAY", "WKST"]);
/** The parts naming times of the day, which a timed rule expanded here may also have. */
const TIME_PARTS = new Set(["BYHOUR", "BYMINUTE", "BYSECOND"]);
const FREQUENCIES = new Set(["YEARLY", "MONTHLY", "WEEKLY", "DAILY"]);
const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/**
 * Whether `rule` is one this module expands: DAILY to YEARLY, naming dates by at most BYMONTH,
 * BYWEEKNO (YEARLY only), BYMONTHDAY (not WEEKLY), BYDAY, BYYEARDAY (YEARLY only) and BYSETPOS, as
 * RFC 5545 §3.3.10 allows them, and, from a DTSTART with a time (`timed`), times of the day by
 * BYHOUR, BYMINUTE and BYSECOND (an all-day rule with those is left to ical.js).
 */
function expandedHere(rule: Recur, timed: boolean): boolean {
  if (!FREQUENCIES.has(String(rule.freq))) return false;
  const parts = rule.parts as Record<string, unknown[] | undefined>;
  const has = (key: string) => (parts[key]?.length ?? 0) > 0;
  if (Object.keys(parts).some((key) => has(key) && !DAY_PARTS.has(key) && !(timed && TIME_PARTS.has(key)))) return false;
  // a weekday numbered past the weeks of a month (9MO) or year (54MO) is left to ical.js, which refuses it
  const most = rule.freq === "MONTHLY" || has("BYMONTH") ? 5 : 53;
  if ((parts["BYDAY"] ?? []).some((v) => Math.abs(Number(/^[+-]?\d+/.exec(String(v))?.[0] ?? 0)) > most)) return false;
  // (BYWEEKNO: YEARLY only, without numbered weekdays, as RFC 5545 allows it; negative ones are refused before)
  if (has("BYWEEKNO") && (rule.freq !== "YEARLY" || (parts["BYDAY"] ?? []).some((v) => /\d/.test(String(v))))) return false;
  return !(has("BYYEARDAY") && rule.freq !== "YEARLY") && !(has("BYMONTHDAY") && rule.freq === "WEEKLY");
}

/**
 * The number of the week (RFC 5545 BYWEEKNO, ISO 8601 with weeks starting on `weekStart`, 0 =
 * Monday) that the day `d` is in: week 1 of a year is its first week with at least four of its
 * days, so a week belongs to the year of its fourth day.
 */
function weekNumber(d: number, weekStart: number): number {
  const from = d - ((weekdayOfDay(d) - weekStart + 7) % 7);
  const jan1 = dayFromCivil(civilFromDay(from + 3).year, 1, 1);
  const first = jan1 - ((weekdayOfDay(jan1) - weekStart + 7) % 7);
  return Math.floor((from - (first + 3 >= jan1 ? first : first + 7)) / 7) + 1;
}

/** A rule's date parts, read once. */
interface DayRule {
  readonly freq: string;
  readonly byMonth: ReadonlyArray<number>;
  readonly byMonthDay: ReadonlyArray<number>;
  readonly byWeekNo: ReadonlyArray<number>;
  /** WKST, 0 = Monday … 6 = Sunday. */
  readonly weekStart: number;
  readonly byYearDay: ReadonlyArray<number>;
  /** BYDAY: [ordinal (0: every), weekday 0 = Monday … 6 = Sunday]. */
  readonly byDay: ReadonlyArray<readonly [number, number]>;
  readonly bySetPos: ReadonlyArray<number>;
  /** DTSTART's weekday (0 = Monday), which a WEEKLY or BYWEEKNO rule without BYDAY names. */
  readonly startWeekday: number;
}

/**
 * Whether the day `d` (a day number) is one of the dates `r` names in its period, before BYSETPOS;
 * `start` (DTSTART's day) gives what the rule does not name. A yearly rule with BYMONTHDAY and no
 * BYMONTH names days of `start`'s month only, as ical.js reads it (RFC 5545 can be read as every
 * month; docs/cli.md).
 */
function names(r: DayRule, d: number, start: CivilDate): boolean {
  const { year, month, day } = civilFromDay(d);
  const monthLength = daysInMonth(year, month);
  const yearDay = d - dayFromCivil(year, 1, 1) + 1;
  const yearLength = isLeapYear(year) ? 366 : 365;
  const weekday = weekdayOfDay(d);
  const yearly = r.freq === "YEARLY";
  if (r.byMonth.length > 0) {
    if (!r.byMonth.includes(month)) return false;
  } else if (yearly && r.byYearDay.length === 0 && r.byWeekNo.length === 0 && (r.byDay.length === 0 || r.byMonthDay.length > 0) && month !== start.month) return false;
  if (r.byWeekNo.length > 0 && !r.byWeekNo.includes(weekNumber(d, r.weekStart))) return false;
  if (r.byYearDay.length > 0 && !r.byYearDay.includes(yearDay) && !r.byYearDay.includes(yearDay - yearLength - 1)) return false;
  if (r.byMonthDay.length > 0 && !r.byMonthDay.includes(day) && !r.byMonthDay.includes(day - monthLength - 1)) return false;
  if (r.byDay.length > 0) {
    // a numbered weekday counts in the month (MONTHLY, or YEARLY with BYMONTH), else in the year
    const inMonth = r.freq === "MONTHLY" || r.byMonth.length > 0;
    const [at, length] = inMonth ? [day, monthLength] : [yearDay, yearLength];
    const nth = Math.floor((at - 1) / 7) + 1;
    const nthLast = -(Math.floor((length - at) / 7) + 1);
    if (!r.byDay.some(([n, w]) => w === weekday && (n === 0 || n === nth || n === nthLast))) return false;
  }
  if (r.byMonthDay.length === 0 && r.byYearDay.length === 0 && r.byDay.length === 0) {
    // (BYWEEKNO alone: DTSTART's weekday in those weeks, as the parts a rule does not name come from
    // DTSTART; RFC 5545 leaves it open, python-dateutil takes every day of them)
    if (r.freq === "WEEKLY" || r.byWeekNo.length > 0) return weekday === r.startWeekday;
    if (r.freq !== "DAILY" && day !== start.day) return false;
  }
  return true;
}

/**
 * The times of the day (seconds since midnight, ascending, no repeats) a rule names: each BYHOUR ×
 * BYMINUTE × BYSECOND, a part it does not name taken from `start` (at most 24 × 60 × 60). A value
 * no clock shows is no time (`BYSECOND=60`, a leap second: JavaScript's clocks have none, and
 * ical.js rolled 23:59:60 over to the next day), so a part naming only such values names none.
 */
function timesOfDay(parts: Record<string, unknown[] | undefined>, start: IcalTime): number[] {
  const listed = (key: string, own: number, most: number) => {
    const raw = parts[key] ?? [];
    if (raw.length === 0) return [own];
    return [...new Set(raw.map(Number).filter((v) => Number.isInteger(v) && v >= 0 && v <= most))];
  };
  const times: number[] = [];
  for (const h of listed("BYHOUR", start.hour, 23)) for (const m of listed("BYMINUTE", start.minute, 59)) for (const sec of listed("BYSECOND", start.second, 59)) times.push(h * 3600 + m * 60 + sec);
  return times.sort((a, b) => a - b);
}

/**
 * The date-times `rule` names from `start` on, as RFC 5545 §3.3.10 defines them, passed to `add`
 * in order, until `COUNT` of them (`start` counting as the first, RFC 5545 §3.8.5.3), `UNTIL`, or
 * the day after `lastDay`: in every `INTERVAL`-th year, month, week (starting on WKST) or day from
 * `start`'s, each day its parts name (a date a month or year lacks is no date and is not counted)
 * at each time of the day they name (`start`'s own when they name none), of which BYSETPOS picks
 * by position.
 */
function eachDate(label: string, rule: Recur, start: IcalTime, years: ImportYears, lastDay: number, add: (t: IcalTime) => void): void {
  const parts = rule.parts as Record<string, unknown[] | undefined>;
  const listed = (key: string) => (parts[key] ?? []).map(Number);
  const r: DayRule = {
    freq: String(rule.freq),
    byMonth: listed("BYMONTH"),
    byMonthDay: listed("BYMONTHDAY"),
    byYearDay: listed("BYYEARDAY"),
    byWeekNo: listed("BYWEEKNO"),
    // ical.js: WKST 1 = Sunday … 7 = Saturday; here 0 = Monday … 6 = Sunday
    weekStart: ((Number(rule.wkst ?? 2) + 5) % 7 + 7) % 7,
    byDay: (parts["BYDAY"] ?? []).map((v) => {
      const m = /^([+-]?\d*)([A-Z]{2})$/.exec(String(v).toUpperCase());
      return [m === null || m[1] === "" || m[1] === "+" ? 0 : Number(m[1]), WEEKDAYS.indexOf(m?.[2] ?? "")] as const;
    }),
    bySetPos: listed("BYSETPOS"),
    startWeekday: weekdayOfDay(dayOfTime(start)),
  };
  const step = Number.isSafeInteger(rule.interval) && rule.interval > 0 ? rule.interval : 1; // (ical.js reads INTERVAL=0 as 1)
  const first = dayOfTime(start);
  const startDate: CivilDate = { year: start.year, month: start.month, day: start.day };
  const weekStart = r.weekStart;
  /** The first day of the period `k` periods after `start`'s, and the day after its last. */
  const period = (k: number): [number, number] => {
    switch (r.freq) {
      case "YEARLY":
        return [dayFromCivil(start.year + k, 1, 1), dayFromCivil(start.year + k + 1, 1, 1)];
      case "MONTHLY": {
        const index = start.year * 12 + start.month - 1 + k;
        const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
        return [dayFromCivil(y, m, 1), dayFromCivil(y, m, 1) + daysInMonth(y, m)];
      }
      case "WEEKLY": {
        const from = first - ((weekdayOfDay(first) - weekStart + 7) % 7) + 7 * k;
        return [from, from + 7];
      }
      default:
        return [first + k, first + k + 1];
    }
  };
  const times = start.isDate ? [0] : timesOfDay(parts, start);
  const exact = exactUntil(rule);
  const perDay = times.length;
  const startTime = start.isDate ? 0 : start.hour * 3600 + start.minute * 60 + start.second;
  let count = 0;
  let scanned = 0;
  // (an UNTIL before DTSTART: no date, as ical.js reads it)
  if (exact === undefined ? rule.until && start.compare(rule.until) > 0 : wallToEpoch(exact.zone, first, startTime * 1000) > exact.ms) return;
  add(start);
  if (rule.count && ++count >= rule.count) return;
  // Bounded: the loop ends at the period after `lastDay`; a period's date-times (named days × times)
  // are indexed, not listed, and those before DTSTART's day are skipped a day at a time.
  for (let k = 0; ; k += step) {
    const [from, to] = period(k);
    if (from > lastDay) return;
    const named: number[] = [];
    for (let d = from; d < to; d++) if (names(r, d, startDate)) named.push(d);
    const total = named.length * perDay;
    // the positions (0-based, ascending) of the period's date-times to take: all, or BYSETPOS's
    const picked = r.bySetPos.length === 0 ? null : [...new Set(r.bySetPos.map((p) => (p > 0 ? p - 1 : total + p)).filter((i) => i >= 0 && i < total))].sort((a, b) => a - b);
    const n = picked === null ? total : picked.length;
    for (let j = 0; j < n; j++) {
      const i = picked === null ? j : picked[j]!;
      const d = named[Math.floor(i / perDay)]!;
      if (d < first) {
        if (picked === null) j += perDay - 1 - (i % perDay); // (the rest of that day)
        continue;
      }
      const time = times[i % perDay]!;
      if (d === first && time <= startTime) continue; // (DTSTART itself was added first)
      const { year, month, day } = civilFromDay(d);
      const t = start.clone();
      // (no field is read in between: ical.js normalizes a time when one is read)
      t.year = year;
      t.month = month;
      t.day = day;
      if (!start.isDate) {
        t.hour = Math.floor(time / 3600);
        t.minute = Math.floor(time / 60) % 60;
        t.second = time % 60;
      }
      // (UNTIL put on a wall clock: compared as instants, exact near a clock change)
      const past = exact === undefined ? rule.until && t.compare(rule.until) > 0 : wallToEpoch(exact.zone, d, time * 1000) > exact.ms;
      if (past || d > lastDay) return;
      if (++scanned > ICS_LIMITS.occurrencesScanned) {
        throw tooManyBefore(label, years);
      }
      add(t);
      if (rule.count && ++count >= rule.count) return;
    }
  }
}

/**
 * Replaces each RRULE of the VEVENT `component` (`label`, starting `start`) that names dates (see
 * `expandedHere`) by RDATEs of the dates it names from `start` on, within `lead` + 2 days of
 * the import's years (`years`; `lead`: the days a RANGE=THISANDFUTURE change may move an occurrence
 * by, see `leadDays`); those before are counted (for `COUNT`) but not added. The component is the
 * import's own, changed in place before ical.js expands it; an RDATE it already has is not added
 * twice.
 *
 * @returns false when it then has no occurrence left to expand (no RRULE or RDATE remains: ical.js
 *   would give its DTSTART as its one occurrence).
 * @throws InputError when a rule names more than 200,000 dates before the years' end, or more than
 *   the years may hold occurrences (5,000, besides EXDATEs and the margins).
 */
export function expandDayRules(label: string, component: IcalComponent, start: IcalTime, years: ImportYears, lead: number): boolean {
  const own = new Set<string>();
  for (const p of component.getAllProperties("rdate")) {
    for (const v of p.getValues() as Array<IcalTime | { start: IcalTime }>) own.add(("start" in v ? v.start : v).toString());
  }
  // More dates than the years may hold occurrences, EXDATEs and the margins either side aside: the
  // limit ical.js's expansion would reach (thousands of RDATEs more would only slow it down).
  const exdates = component.getAllProperties("exdate").reduce((n, p) => n + p.getValues().length, 0);
  const most = ICS_LIMITS.occurrencesPerEvent + exdates + 2 * (lead + 3);
  let added = 0;
  for (const property of component.getAllProperties("rrule")) {
    const rule = property.getFirstValue() as Recur;
    if (!expandedHere(rule, !start.isDate)) continue;
    component.removeProperty(property);
    eachDate(label, rule, start, years, years.yearEnd + lead + 2, (t) => {
      if (dayOfTime(t) < years.yearStart - lead - 2 || own.has(t.toString())) return;
      if (++added > most) {
        throw tooManyIn(label, years);
      }
      own.add(t.toString());
      const rdate = new ICAL.Property("rdate", component);
      rdate.setValue(t);
      component.addProperty(rdate);
    });
  }
  return component.hasProperty("rrule") || component.hasProperty("rdate");
}
