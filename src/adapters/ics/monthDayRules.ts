/**
 * Recurrence rules that name only months and days of the month (`FREQ=YEARLY` or `MONTHLY`, with
 * at most `BYMONTH`, `BYMONTHDAY`, `INTERVAL`, `COUNT` or `UNTIL`), expanded here rather than by
 * ical.js (2.2), whose expansion of them departs from RFC 5545 §3.3.10:
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
 *   them so.
 *
 * The dates such a rule names from DTSTART up to the end of the import's years are given to ical.js
 * as RDATEs in its place, so that EXDATEs, RDATEs, changed occurrences and the rest of the import
 * treat them as they treat any occurrence.
 *
 * @module
 */
import ICAL from "ical.js";
import { InputError } from "../../errors.js";
import { dayFromCivil } from "../../time/calendarDate.js";
import { dayOfTime } from "./eventTimes.js";
import { ICS_LIMITS } from "./icsLimits.js";
import type { ImportYears } from "./importYears.js";
import type { IcalComponent, IcalTime } from "./parseCalendars.js";

type Recur = InstanceType<typeof ICAL.Recur>;

/** The parts a rule expanded here may have (WKST changes nothing without weeks). */
const MONTH_DAY_PARTS = new Set(["BYMONTH", "BYMONTHDAY", "WKST"]);

/** Whether `rule` is one this module expands: YEARLY or MONTHLY, naming at most months and days of the month. */
function namesMonthDays(rule: Recur): boolean {
  if (rule.freq !== "YEARLY" && rule.freq !== "MONTHLY") return false;
  const parts = rule.parts as Record<string, unknown[] | undefined>;
  return Object.keys(parts).every((key) => MONTH_DAY_PARTS.has(key) || (parts[key]?.length ?? 0) === 0);
}

/**
 * The days of month `month` of `year` that `days` (BYMONTHDAY: 1–31, or −1 for the last day …)
 * name, ascending, each once, leaving out those the month does not have; `start`'s day without
 * BYMONTHDAY.
 */
function daysOf(days: ReadonlyArray<number>, year: number, month: number, start: IcalTime): number[] {
  const length = ICAL.Time.daysInMonth(month, year);
  const named = days.length === 0 ? [start.day] : days.map((d) => (d < 0 ? length + d + 1 : d));
  return [...new Set(named.filter((d) => d >= 1 && d <= length))].sort((a, b) => a - b);
}

/**
 * The dates `rule` names from `start` on, as RFC 5545 §3.3.10 defines them, passed to `add` in
 * order, until `COUNT` dates (`start` counting as the first, RFC 5545 §3.8.5.3), `UNTIL`, or the
 * day after `lastDay`. Every `INTERVAL`-th year (YEARLY: in its BYMONTH months, else `start`'s
 * month) or month (MONTHLY: those of BYMONTH only, when it has one); in each, the days of BYMONTHDAY
 * (else `start`'s day). A yearly rule with BYMONTHDAY and no BYMONTH names days of `start`'s month
 * only, as ical.js reads it (RFC 5545 can be read as every month; docs/cli.md).
 */
function eachDate(label: string, rule: Recur, start: IcalTime, years: ImportYears, lastDay: number, add: (t: IcalTime) => void): void {
  const parts = rule.parts as Record<string, unknown[] | undefined>;
  const listed = (key: string) => (parts[key] ?? []).map(Number);
  const byMonth = listed("BYMONTH");
  const byMonthDay = listed("BYMONTHDAY");
  const step = Number.isSafeInteger(rule.interval) && rule.interval > 0 ? rule.interval : 1; // (ical.js reads INTERVAL=0 as 1)
  const yearly = rule.freq === "YEARLY";
  const months = yearly ? (byMonth.length > 0 ? [...new Set(byMonth)].sort((a, b) => a - b) : [start.month]) : [];
  let count = 0;
  let scanned = 0;
  if (rule.until && start.compare(rule.until) > 0) return; // (an UNTIL before DTSTART: no date, as ical.js reads it)
  add(start);
  if (rule.count && ++count >= rule.count) return;
  // Bounded: each step moves on by at least a month, and the loop ends at the month after `lastDay`.
  for (let k = 0; ; k += step) {
    let year = start.year + k;
    let here = months;
    if (!yearly) {
      const index = start.year * 12 + start.month - 1 + k;
      const month = (index % 12) + 1;
      year = Math.floor(index / 12);
      here = byMonth.length === 0 || byMonth.includes(month) ? [month] : [];
      if (dayFromCivil(year, month, 1) > lastDay) return;
    } else if (dayFromCivil(year, 1, 1) > lastDay) return;
    for (const month of here) {
      for (const day of daysOf(byMonthDay, year, month, start)) {
        const t = start.clone();
        // (no field is read in between: ical.js normalizes a time when one is read)
        t.year = year;
        t.month = month;
        t.day = day;
        if (t.compare(start) <= 0) continue;
        if ((rule.until && t.compare(rule.until) > 0) || dayOfTime(t) > lastDay) return;
        if (++scanned > ICS_LIMITS.occurrencesScanned) {
          throw new InputError(`ics: ${label} recurs more than ${ICS_LIMITS.occurrencesScanned} times before the end of ${years.span.to}; shorten or split it`);
        }
        add(t);
        if (rule.count && ++count >= rule.count) return;
      }
    }
  }
}

/**
 * Replaces each RRULE of the VEVENT `component` (`label`, starting `start`) that names only months
 * and days of the month by RDATEs of the dates it names from `start` on, within `lead` + 2 days of
 * the import's years (`years`; `lead`: the days a RANGE=THISANDFUTURE change may move an occurrence
 * by, see `leadDays`); those before are counted (for `COUNT`) but not added. The component is the
 * import's own, changed in place before ical.js expands it; an RDATE it already has is not added
 * twice.
 *
 * @returns false when it then has no occurrence left to expand (no RRULE or RDATE remains: ical.js
 *   would give its DTSTART as its one occurrence).
 * @throws InputError when a rule names more than 200,000 dates before the years' end.
 */
export function expandMonthDayRules(label: string, component: IcalComponent, start: IcalTime, years: ImportYears, lead: number): boolean {
  const own = new Set<string>();
  for (const p of component.getAllProperties("rdate")) {
    for (const v of p.getValues() as Array<IcalTime | { start: IcalTime }>) own.add(("start" in v ? v.start : v).toString());
  }
  for (const property of component.getAllProperties("rrule")) {
    const rule = property.getFirstValue() as Recur;
    if (!namesMonthDays(rule)) continue;
    component.removeProperty(property);
    eachDate(label, rule, start, years, years.yearEnd + lead + 2, (t) => {
      if (dayOfTime(t) < years.yearStart - lead - 2 || own.has(t.toString())) return;
      own.add(t.toString());
      const rdate = new ICAL.Property("rdate", component);
      rdate.setValue(t);
      component.addProperty(rdate);
    });
  }
  return component.hasProperty("rrule") || component.hasProperty("rdate");
}
