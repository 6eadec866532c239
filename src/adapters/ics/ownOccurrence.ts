/**
 * What a changed occurrence (a VEVENT with a RECURRENCE-ID) adds on its own, besides leaving out the
 * occurrence it replaces: its own dates or closure.
 *
 * @module
 */
import type { Override } from "./changedOccurrences.js";
import { nameOf } from "./eventProperties.js";
import { closureOf, dayOfTime, instantOf } from "./eventTimes.js";
import type { HolidayEntry, IcsEntries } from "./icsEntries.js";
import { refuseLongClosure, refuseLongEvent } from "./icsLimits.js";
import type { ImportYears } from "./importYears.js";

/** What a change adds on its own: days (all-day) or a closure, and their name. */
export interface OwnOccurrence {
  readonly dates: number[];
  readonly closure: HolidayEntry | null;
  readonly name: string | undefined;
}

/**
 * What a change adds on its own: its DTSTART to its DTEND as dates (all-day) or a closure, named by
 * its SUMMARY, else `fallbackName` (its recurring event's); only what lies in the years `years`
 * when `within`. A string when it adds nothing (why).
 *
 * @throws InputError for a change longer than 366 days, or an unknown TZID.
 */
export function ownOccurrence(o: Override, fallbackName: string | undefined, within: boolean, years: ImportYears): OwnOccurrence | string {
  const start = o.event.startDate;
  const name = nameOf(o.component) ?? fallbackName;
  if (start.isDate) {
    const days = Math.max(1, dayOfTime(o.event.endDate ?? start) - dayOfTime(start));
    refuseLongEvent(o.label, days);
    const dates: number[] = [];
    for (let d = dayOfTime(start); d < dayOfTime(start) + days; d++) if (!within || (d >= years.yearStart && d < years.yearEnd)) dates.push(d);
    return { dates, closure: null, name };
  }
  const closure = closureOf(o.root, o.component, start, o.event.endDate, name);
  if (closure === null) return "ends at or before it starts";
  const from = instantOf(closure.from!, years.zone);
  const to = instantOf(closure.to!, years.zone);
  refuseLongClosure(o.label, from, to);
  return { dates: [], closure: !within || (to > years.spanStart && from < years.spanEnd) ? closure : null, name };
}

/**
 * Adds to `entries` what the changes `active` of a recurring event add on their own (in the years
 * when `within`); a cancelled one adds nothing and is listed in `skipped`, as one that adds nothing.
 *
 * @throws InputError as {@link ownOccurrence}.
 */
export function importChanges(active: ReadonlyMap<string, Override>, fallbackName: string | undefined, within: boolean, years: ImportYears, entries: IcsEntries): void {
  for (const o of active.values()) {
    if (o.cancelled) {
      entries.skipped.push(o.range ? `${o.label}: cancels this and every later occurrence of a recurring event (RANGE=THISANDFUTURE)` : `${o.label}: a cancelled occurrence of a recurring event`);
      continue;
    }
    const own = ownOccurrence(o, fallbackName, within, years);
    if (typeof own === "string") {
      entries.skipped.push(`${o.label}: ${own}`);
      continue;
    }
    for (const d of own.dates) entries.addDate(d, own.name);
    if (own.closure !== null) entries.addClosure(own.closure);
  }
}
