/**
 * Changes with `RANGE=THISANDFUTURE` (RFC 5545 §3.2.13): a changed occurrence that changes every
 * later occurrence of its recurring event too, until a later such change, as ical.js's
 * getOccurrenceDetails does: moved by the same wall-clock time, with the change's length.
 *
 * @module
 */
import type ICAL from "ical.js";
import { InputError } from "../../errors.js";
import type { ZoneRules } from "../../time/zoneRules.js";
import type { Override } from "./changedOccurrences.js";
import { tzidOf } from "./eventProperties.js";
import { dayOfTime, onClockOf, wallMsOf } from "./eventTimes.js";
import type { TimeValue } from "./eventTimes.js";
import type { IcalTime } from "./parseCalendars.js";

/** A RANGE=THISANDFUTURE change with the occurrences it moves and by how much. */
export interface RangeShift {
  readonly by: Override;
  /** The original start (RECURRENCE-ID) from which on it applies, on the event's clock (wall-clock ms). */
  readonly at: number;
  /** That original start, as a time (in the change's zone). */
  readonly original: IcalTime;
  /** The wall-clock time from the original start to the change's DTSTART. */
  readonly shift: InstanceType<typeof ICAL.Duration>;
}

/**
 * The RANGE=THISANDFUTURE changes `ranges` of the recurring event that starts at `start`, by their
 * original start (RECURRENCE-ID) read on the event's clock whatever zone it is written in, each
 * with the time it moves those occurrences by: as ical.js's getOccurrenceDetails, the wall-clock
 * time from that original start to the change's.
 *
 * @throws InputError for a change from all-day to timed occurrences (or back), or an unknown TZID.
 */
export function rangeShifts(ranges: ReadonlyArray<Override>, start: TimeValue, zone: ZoneRules): RangeShift[] {
  const allDay = start.time.isDate;
  return ranges.map((o) => {
    if (o.event.startDate.isDate !== allDay) {
      throw new InputError(`ics: ${o.label}: a RANGE=THISANDFUTURE change from ${allDay ? "all-day to timed" : "timed to all-day"} is not supported; split the recurring event in two instead`);
    }
    const rid: TimeValue = { root: o.root, time: o.event.recurrenceId, tzid: tzidOf(o.component, "recurrence-id") };
    const original = (allDay ? rid.time : onClockOf(rid, start, zone)).clone();
    const at = wallMsOf(original);
    original.zone = o.event.startDate.zone;
    return { by: o, at, original, shift: o.event.startDate.subtractDate(original) };
  }).sort((a, b) => a.at - b.at);
}

/**
 * How many days the changes `shifts` move later occurrences back at most, so that a scan of the
 * occurrences can go on past the years until none can be moved into them. The wall clock is moved:
 * for timed ones, three more days, one for the time of day and two for the zones (the change's may
 * be up to 26 hours ahead of the event's: UTC+14 against UTC-12).
 */
export function leadDays(shifts: ReadonlyArray<RangeShift>, allDay: boolean): number {
  let lead = 0;
  for (const s of shifts) if (!s.by.cancelled) lead = Math.max(lead, dayOfTime(s.original) - dayOfTime(s.by.event.startDate) + (allDay ? 0 : 3));
  return lead;
}

/** The latest of the changes `shifts` that applies to the occurrence starting at `occurrence`, if any. */
export function shiftAt(shifts: ReadonlyArray<RangeShift>, occurrence: IcalTime): RangeShift | undefined {
  let range: RangeShift | undefined;
  for (const s of shifts) if (s.at <= wallMsOf(occurrence)) range = s;
  return range;
}

/** The occurrence starting at `occurrence` as the change `s` moves it: its start and end (in the change's zone). */
export function movedOccurrence(s: RangeShift, occurrence: IcalTime): { readonly start: IcalTime; readonly end: IcalTime } {
  const start = occurrence.clone();
  start.zone = s.by.event.startDate.zone;
  start.addDuration(s.shift);
  const end = start.clone();
  end.addDuration(s.by.event.duration);
  return { start, end };
}
