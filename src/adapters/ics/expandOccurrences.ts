/**
 * A recurring event (other than a yearly all-day one on its own date) as the dated entries or
 * closures of its occurrences in the years, its changed occurrences applied.
 *
 * @module
 */
import ICAL from "ical.js";
import { InputError } from "../../errors.js";
import { MS_PER_DAY } from "../../time/calendarDate.js";
import { replacesOccurrence } from "./changedOccurrences.js";
import type { Override } from "./changedOccurrences.js";
import { nameOf, readingEvent, tzidOf } from "./eventProperties.js";
import { closureOf, dayOfTime, instantOf, isoPoint, onClockOf } from "./eventTimes.js";
import type { TimeValue } from "./eventTimes.js";
import type { HolidayEntry, IcsEntries } from "./icsEntries.js";
import { ICS_LIMITS, refuseLongClosure, refuseLongEvent, tooManyBefore, tooManyIn } from "./icsLimits.js";
import { refuseImpossibleRules } from "./impossibleRules.js";
import { expandDayRules } from "./dayRules.js";
import { untilOnClock } from "./untilOnClock.js";
import type { ImportYears } from "./importYears.js";
import type { IcalComponent, IcalEvent, IcalTime } from "./parseCalendars.js";
import { leadDays, movedOccurrence, rangeShifts, shiftAt } from "./thisAndFuture.js";

/** A recurring VEVENT as the import has read it. */
export interface RecurringEvent {
  readonly root: IcalComponent;
  readonly component: IcalComponent;
  readonly event: IcalEvent;
  readonly label: string;
  readonly name: string | undefined;
  readonly start: IcalTime;
  /** All-day: the days each occurrence lasts (0 when timed). */
  readonly lengthDays: number;
  /** Its changed occurrences, by the key of the occurrence each replaces. */
  readonly active: ReadonlyMap<string, Override>;
}

/**
 * Adds to `entries` the occurrences of the recurring event `e` that lie in the years `years`
 * (all-day: the dates; timed: the closures that overlap them in the policy's zone). An occurrence
 * that a change replaces is left out (what the change adds on its own is not added here); one after
 * a RANGE=THISANDFUTURE change is moved by the latest such change before it, with its length and name.
 *
 * @throws InputError for a recurrence with more than 5,000 occurrences in the years (or 200,000
 *   before their end), an occurrence longer than 366 days, a RANGE=THISANDFUTURE change from
 *   all-day to timed (or back), or an unknown TZID.
 */
export function expandOccurrences(e: RecurringEvent, years: ImportYears, entries: IcsEntries): void {
  const { root, component, event, label, name, start, lengthDays, active } = e;
  const { yearStart, yearEnd, spanStart, spanEnd, zone } = years;
  const allDay = start.isDate;
  const clock: TimeValue = { root, time: start, tzid: tzidOf(component, "dtstart") };
  const ranges = [...active.values()].filter((o) => o.range);
  const shifts = rangeShifts(ranges, clock, zone);
  // ical.js orders occurrences by their clock time as written: an RDATE with a TZID of its own can
  // come up to 26 hours (UTC+14 against UTC-12) after occurrences that start later, so the scan
  // looks 2 days further before it stops.
  const zonedRdate = !allDay && component.getAllProperties("rdate").some((p) => {
    const tzid = p.getParameter("tzid");
    return typeof tzid === "string" && tzid !== "";
  });
  const lead = leadDays(shifts, allDay) + (zonedRdate ? 2 : 0);
  if (allDay) {
    for (const rule of component.getAllProperties("rrule")) {
      const freq = String((rule.getFirstValue() as { freq?: unknown } | null)?.freq ?? "");
      if (SUB_DAILY.has(freq)) throw new InputError(`ics: ${label} is all-day but recurs ${freq}; an all-day event recurs at most DAILY (or give it a DTSTART with a time)`);
    }
  }
  refuseImpossibleRules(label, component);
  untilOnClock(component, start, zone);
  if (!expandDayRules(label, component, start, years, lead)) return;
  const exact = allDay ? null : exactDuration(root, component, start);
  const iterator = readingEvent(label, () => event.iterator(), EXPANDING, CHECK_RULE);
  let count = 0;
  let scanned = 0;
  for (let next = readingEvent(label, () => iterator.next(), EXPANDING, CHECK_RULE); next !== null && next !== undefined; next = readingEvent(label, () => iterator.next(), EXPANDING, CHECK_RULE)) {
    // An RDATE with a TZID of its own (RFC 5545 §3.8.5.2) is an instant in that zone: read on the
    // series' clock, as the rule's occurrences are (ical.js gives its wall-clock time as written).
    const ownTzid = (next as { timezone?: unknown }).timezone;
    if (!allDay && !next.isDate && typeof ownTzid === "string" && ownTzid !== clock.tzid) next = onClockOf({ root, time: next, tzid: ownTzid }, clock, zone);
    // An occurrence replaced by its own change is left out (the change is added by the caller); one
    // after a RANGE=THISANDFUTURE change is moved by the latest such change before it (as ical.js's
    // getOccurrenceDetails does), with the change's length.
    const isReplaced = replacesOccurrence(active, { ...clock, time: next }, zone);
    const range = isReplaced ? undefined : shiftAt(shifts, next);
    const by = range?.by;
    const changed = by !== undefined && !by.cancelled;
    const moved = changed ? movedOccurrence(range!, next) : undefined;
    const occurrence = moved?.start ?? next;
    const day = dayOfTime(occurrence);
    const days = changed && allDay ? Math.max(1, dayOfTime(moved!.end) - day) : lengthDays;
    // A timed occurrence is kept when it overlaps the years in the policy's zone (its own zone's
    // date may be a day off, and one that starts before the years may run into them).
    let closure: HolidayEntry | null = null;
    if (!allDay) {
      if (changed) closure = closureOf(by.root, by.component, occurrence, moved!.end, nameOf(by.component) ?? name);
      else {
        const end = next.clone();
        end.addDuration(event.duration);
        closure = closureOf(root, component, next, end, name);
        // RFC 5545 §3.8.5.3: every occurrence lasts the event's exact duration (hours are exact,
        // days on the wall clock), also on a day its zone moves the clock: added to the wall clock, an
        // hour from 02:30 on a spring-forward day ended when it started (03:30) and was left out.
        if (exact !== null) {
          const from = isoPoint(root, next, clock.tzid);
          if (from.endsWith("Z")) {
            let to = exact.ms;
            if (exact.days === 0) to += Date.parse(from);
            else {
              const day = next.clone();
              day.addDuration(ICAL.Duration.fromData({ days: exact.days }));
              to += Date.parse(isoPoint(root, day, clock.tzid));
            }
            closure = to <= Date.parse(from) ? null : { ...closure, from, to: new Date(to).toISOString(), ...(name === undefined ? {} : { name }) };
          }
        }
      }
    }
    const from = closure === null ? Number.NaN : instantOf(closure.from!, zone);
    const to = closure === null ? Number.NaN : instantOf(closure.to!, zone);
    const origin = ranges.length === 0 ? from : allDay ? Number.NaN : instantOf(isoPoint(root, next, clock.tzid), zone);
    const originDay = dayOfTime(next) - lead;
    if (allDay ? originDay >= yearEnd : origin - lead * MS_PER_DAY >= spanEnd || (closure === null && originDay > yearEnd)) break;
    if (++scanned > ICS_LIMITS.occurrencesScanned) {
      throw tooManyBefore(label, years);
    }
    if (isReplaced || by?.cancelled === true) continue;
    if (allDay ? day + days <= yearStart || day >= yearEnd : closure === null || to <= spanStart || from >= spanEnd) continue;
    if (++count > ICS_LIMITS.occurrencesPerEvent) {
      throw tooManyIn(label, years);
    }
    if (allDay) {
      if (changed) refuseLongEvent(by.label, days); // unchanged, `days` is the event's own, checked already
      const entryName = changed ? nameOf(by.component) ?? name : name;
      for (let d = 0; d < days; d++) if (day + d >= yearStart && day + d < yearEnd) entries.addDate(day + d, entryName);
    } else {
      refuseLongClosure(changed ? by.label : label, from, to);
      entries.addClosure(closure!);
    }
  }
}

/**
 * The length of each occurrence of a timed event (RFC 5545 §3.8.5.3): its DURATION, as days on the
 * wall clock and exact milliseconds, or the exact time from its DTSTART (`start`) to its DTEND; null
 * when floating (read in the policy's zone) or without DTEND or DURATION.
 */
function exactDuration(root: IcalComponent, component: IcalComponent, start: IcalTime): { days: number; ms: number } | null {
  const duration = component.getFirstPropertyValue("duration") as InstanceType<typeof ICAL.Duration> | null;
  if (duration !== null && duration !== undefined) {
    const sign = duration.isNegative ? -1 : 1;
    return { days: sign * (duration.weeks * 7 + duration.days), ms: sign * ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000 };
  }
  const end = component.getFirstPropertyValue("dtend") as IcalTime | null;
  if (end === null || end === undefined || end.isDate) return null;
  const from = isoPoint(root, start, tzidOf(component, "dtstart"));
  const to = isoPoint(root, end, tzidOf(component, "dtend"));
  return from.endsWith("Z") && to.endsWith("Z") ? { days: 0, ms: Date.parse(to) - Date.parse(from) } : null;
}

/** Frequencies shorter than a day, which an all-day event cannot have. */
const SUB_DAILY = new Set(["HOURLY", "MINUTELY", "SECONDLY"]);

/** How a step of ical.js's expansion that fails is named (see {@link readingEvent}). */
const EXPANDING = "its recurrence cannot be expanded";
const CHECK_RULE = "check its RRULE and RDATE";
