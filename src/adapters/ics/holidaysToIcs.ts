/**
 * A policy's holidays and closures → an iCalendar file (RFC 5545), for `sla-clock holidays
 * --to-ics`. CLI only (ical.js).
 *
 * @module
 */
import ICAL from "ical.js";
import { datedRule } from "../../calendar/calendar.js";
import { planDay } from "../../calendar/planDay.js";
import { compiledOf } from "../../calendar/definePolicy.js";
import { refuseCombination } from "./combinedRefusal.js";
import { definePolicy } from "../../index.js";
import { dayFromCivil, formatDay } from "../../time/calendarDate.js";
import { wallToEpoch } from "../../time/wallClock.js";
import type { YearSpan } from "../../calendar/expandRegionHolidays.js";

const pad = (n: number) => String(n).padStart(2, "0");

function icsDate(day: number): InstanceType<typeof ICAL.Time> {
  const [y, m, d] = formatDay(day).split("-").map(Number);
  return ICAL.Time.fromData({ year: y!, month: m!, day: d!, isDate: true });
}

function icsUtc(ms: number): InstanceType<typeof ICAL.Time> {
  return ICAL.Time.fromJSDate(new Date(ms), true);
}

/**
 * The iCalendar file of a policy's holidays and closures in the local years `years` (CONTRACT
 * §10), for calendar applications.
 *
 * Rule: every local date of the years that a holiday closes (a closed `date` entry, a region
 * holiday, an observed day) is an all-day event named by the holiday (`"Holiday"` when unnamed);
 * a closed `annual` entry is one all-day event recurring every year on its date
 * (`RRULE:FREQ=YEARLY`), starting in the first of the years where the date exists; a closure that
 * overlaps the years is a timed event in UTC. Importing the file back with `--from-ics` into the
 * same hours gives the same business time over those years. Every event has a stable `UID` (from
 * its kind and date) and `DTSTAMP` = `now`; events are `TRANSP:TRANSPARENT`. Lines are folded at
 * 75 octets and end in CRLF, as RFC 5545 requires.
 *
 * Edge cases: special hours (a date with `hours`) are not holidays and are left out; so are
 * weekly closed days and maintenance windows. iCalendar times have whole seconds: a closure
 * boundary with milliseconds is written to the second below.
 *
 * @throws PolicyError when the policy is invalid; InputError for a combined policy (`unionOf` /
 *   `intersectionOf`), which has no holidays of its own.
 * @example
 * holidaysToIcs(presets.auvikSupportV2, { from: 2027, to: 2027 }, Date.now());
 * //=> "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//sla-clock//holidays//EN\r\n…SUMMARY:Christmas Day (observed)…"
 * @category Holidays
 */
export function holidaysToIcs(definition: unknown, years: YearSpan, now: number): string {
  const policy = definePolicy(definition);
  refuseCombination(policy, "export the holidays of each part's definition on its own");
  const compiled = compiledOf(policy);
  const cal = compiled.business;
  const calendar = new ICAL.Component(["vcalendar", [], []]);
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("prodid", "-//sla-clock//holidays//EN");
  calendar.addPropertyWithValue("calscale", "GREGORIAN");
  calendar.addPropertyWithValue("x-wr-calname", `${policy.name ?? policy.id ?? "Holidays"} ${years.from === years.to ? years.from : `${years.from}–${years.to}`}`);
  calendar.addPropertyWithValue("x-wr-timezone", policy.timezone);
  const stamp = icsUtc(now);
  const event = (uid: string, summary: string) => {
    const e = new ICAL.Component("vevent");
    e.addPropertyWithValue("uid", `${uid}@sla-clock`);
    e.addPropertyWithValue("dtstamp", stamp);
    e.addPropertyWithValue("summary", summary);
    e.addPropertyWithValue("transp", "TRANSPARENT");
    calendar.addSubcomponent(e);
    return e;
  };

  const first = dayFromCivil(years.from, 1, 1);
  const end = dayFromCivil(years.to + 1, 1, 1);
  for (const rule of compiled.normalized.annualRules) {
    if (rule.hours !== null && rule.hours.length > 0) continue;
    let start: number | undefined;
    for (let y = years.from; y <= years.to && start === undefined; y++) {
      const d = dayFromCivil(y, rule.month, rule.day);
      if (formatDay(d).slice(5) === `${pad(rule.month)}-${pad(rule.day)}`) start = d;
    }
    if (start === undefined) continue; // 02-29 in years without a leap year
    const e = event(`annual-${pad(rule.month)}${pad(rule.day)}`, rule.name ?? "Holiday");
    e.addPropertyWithValue("dtstart", icsDate(start));
    e.addPropertyWithValue("dtend", icsDate(start + 1));
    e.addPropertyWithValue("rrule", ICAL.Recur.fromString(`FREQ=YEARLY;BYMONTH=${rule.month};BYMONTHDAY=${rule.day}`));
  }
  for (let d = first; d < end; d++) {
    const plan = planDay(cal, d);
    if (plan.override === undefined || plan.intervals.length > 0) continue;
    const dated = datedRule(cal.dateRules, d);
    if (dated === undefined) {
      const { month, dom } = { month: Number(formatDay(d).slice(5, 7)), dom: Number(formatDay(d).slice(8, 10)) };
      const annual = cal.annualRules.get(month * 100 + dom);
      if (annual !== undefined) continue; // the recurring event covers it
    }
    const e = event(`date-${formatDay(d).replaceAll("-", "")}`, plan.override.name ?? "Holiday");
    e.addPropertyWithValue("dtstart", icsDate(d));
    e.addPropertyWithValue("dtend", icsDate(d + 1));
  }
  const lo = wallToEpoch(compiled.zone, first, 0);
  const hi = wallToEpoch(compiled.zone, end, 0);
  cal.closures.forEach((c, i) => {
    if (c.end <= lo || c.start >= hi) return;
    const e = event(`closure-${new Date(c.start).toISOString().replace(/[-:.]/g, "")}-${i}`, c.name ?? "Closure");
    e.addPropertyWithValue("dtstart", icsUtc(c.start));
    e.addPropertyWithValue("dtend", icsUtc(c.end));
  });
  return calendar.toString().replace(/\r?\n/g, "\r\n") + "\r\n";
}
