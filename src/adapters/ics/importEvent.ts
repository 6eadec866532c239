/**
 * One VEVENT (with its changed occurrences) → holiday entries: a single event as its dates or
 * closure, a yearly all-day one on its own date as an annual entry, any other recurrence expanded
 * into the years.
 *
 * @module
 */
import ICAL from "ical.js";
import { replacesOccurrence } from "./changedOccurrences.js";
import type { Override } from "./changedOccurrences.js";
import { fixedYearlyDate, isCancelled, nameOf, tzidOf } from "./eventProperties.js";
import { closureOf, dayOfTime, instantOf } from "./eventTimes.js";
import { expandOccurrences } from "./expandOccurrences.js";
import type { IcsEntries } from "./icsEntries.js";
import { refuseLongClosure, refuseLongEvent } from "./icsLimits.js";
import type { ImportYears } from "./importYears.js";
import { importChanges, ownOccurrence } from "./ownOccurrence.js";
import type { IcalComponent, IcalTime } from "./parseCalendars.js";

/** A VEVENT to import, its values checked. */
export interface EventToImport {
  readonly root: IcalComponent;
  readonly component: IcalComponent;
  readonly label: string;
  /** Its changed occurrences, by the key of the occurrence each replaces (none for a change itself). */
  readonly active: ReadonlyMap<string, Override>;
  /** Whether it is the first VEVENT of its UID: only that one adds what its changes add on their own. */
  readonly first: boolean;
}

/**
 * Adds the VEVENT `e` to `entries` (CONTRACT §10): an all-day event closes each date from its start
 * to its end (exclusive), a timed one is a closure; one recurring every year on its date (and no
 * change in the years) is an annual entry; every other recurrence is expanded into the years
 * `years`. A cancelled event (with its changes), one without a DTSTART and an empty timed one are listed in `skipped`.
 * Its changes replace the occurrences they change (the first VEVENT of the UID adds what they add on
 * their own). Whether it was expanded into the years (so that the list is complete only for them).
 *
 * @throws InputError for an event longer than 366 days, too many occurrences, or an unknown TZID.
 */
export function importEvent(e: EventToImport, years: ImportYears, entries: IcsEntries): boolean {
  const { root, component, label, active, first } = e;
  // No change is related to ical.js's event: they are applied here. (Given no list, ical.js would
  // relate every VEVENT with a RECURRENCE-ID of the VCALENDAR, whatever its UID.)
  const event = new ICAL.Event(component, { exceptions: [], strictExceptions: true });
  const name = nameOf(component);
  /** Whether a change replaces the occurrence that starts at `t` (of this event). */
  const replaced = (t: IcalTime) => replacesOccurrence(active, { root, time: t, tzid: tzidOf(component, "dtstart") }, years.zone);
  if (isCancelled(component)) {
    entries.skipped.push(`${label}: cancelled`);
    // a cancelled recurring event is cancelled with every occurrence, changed ones included
    if (first) for (const o of active.values()) entries.skipped.push(`${o.label}: a change of a cancelled recurring event`);
    return false;
  }
  const start = event.startDate;
  if (start === null || start === undefined) {
    entries.skipped.push(`${label}: no DTSTART`);
    if (first) importChanges(active, name, event.isRecurring(), years, entries);
    return false;
  }
  const allDay = start.isDate;
  const lengthDays = allDay ? Math.max(1, dayOfTime(event.endDate ?? start) - dayOfTime(start)) : 0;
  if (allDay) refuseLongEvent(label, lengthDays);

  if (!event.isRecurring()) {
    if (replaced(start)) {
      // its one occurrence is changed: the change alone is added
    } else if (allDay) {
      for (let d = 0; d < lengthDays; d++) entries.addDate(dayOfTime(start) + d, name);
    } else {
      const closure = closureOf(root, component, start, event.endDate, name);
      if (closure === null) entries.skipped.push(`${label}: ends at or before it starts`);
      else {
        refuseLongClosure(label, instantOf(closure.from!, years.zone), instantOf(closure.to!, years.zone));
        entries.addClosure(closure);
      }
    }
    if (first) importChanges(active, name, false, years, entries);
    return false;
  }

  // An annual entry cannot leave out or move one year's occurrence: a change in the years (or,
  // RANGE=THISANDFUTURE, before their end) makes the event expanded like any other recurrence.
  const annual = allDay && lengthDays === 1 ? fixedYearlyDate(component, start) : null;
  const touchesYears = (o: Override) => {
    const ridDay = dayOfTime(o.event.recurrenceId);
    if (ridDay < years.yearEnd && (o.range || ridDay >= years.yearStart)) return true;
    if (o.cancelled) return false;
    const own = ownOccurrence(o, name, true, years);
    return typeof own !== "string" && (own.dates.length > 0 || own.closure !== null);
  };
  if (annual !== null && ![...active.values()].some(touchesYears)) {
    entries.addAnnual(annual, name);
    if (first) {
      for (const o of active.values()) entries.skipped.push(`${o.label}: changes an occurrence outside ${years.span.from}–${years.span.to}, left out (the recurring event is the annual entry ${annual})`);
    }
    return false;
  }

  // Any other recurrence: its occurrences in the years.
  expandOccurrences({ root, component, event, label, name, start, lengthDays, active }, years, entries);
  if (first) importChanges(active, name, true, years, entries);
  return true;
}
