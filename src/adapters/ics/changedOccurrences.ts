/**
 * Changed occurrences (RFC 5545 §3.8.4.4): a VEVENT with a RECURRENCE-ID moves, renames or cancels
 * the occurrence of the recurring event of its UID that originally starts then. Here: which changes
 * the text holds, which version of each is read, and which occurrence each replaces.
 *
 * @module
 */
import ICAL from "ical.js";
import { checkValues, EVENT_PROPERTIES } from "./checkValues.js";
import { eventLabel, isCancelled, readingEvent, tzidOf, uidOf } from "./eventProperties.js";
import { dayOfTime, instantOf, isoPoint } from "./eventTimes.js";
import type { TimeValue } from "./eventTimes.js";
import type { IcalComponent, IcalEvent, IcalTime } from "./parseCalendars.js";
import type { ZoneRules } from "../../time/zoneRules.js";

/** A VEVENT with a RECURRENCE-ID (RFC 5545 §3.8.4.4): a changed (moved, renamed or cancelled) occurrence of the recurring event of its UID. */
export interface Override {
  readonly root: IcalComponent;
  readonly component: IcalComponent;
  readonly event: IcalEvent;
  readonly label: string;
  /** RANGE=THISANDFUTURE: it changes every later occurrence too. */
  readonly range: boolean;
  readonly cancelled: boolean;
}

/** A VEVENT of the text with the VCALENDAR it lies in. */
export type CalendarEvent = readonly [root: IcalComponent, component: IcalComponent];

/** The changes of the text by UID (in any of its VCALENDARs), and the UIDs of the events that are no change. */
export interface ChangeIndex {
  readonly masterUids: ReadonlySet<string>;
  readonly overridesByUid: ReadonlyMap<string, ReadonlyArray<CalendarEvent>>;
}

/**
 * The changes of the VEVENTs `events` by UID, in order. A change is read with the recurring event
 * of its UID; one whose UID no other VEVENT has is read as an event of its own.
 */
export function indexChanges(events: ReadonlyArray<CalendarEvent>): ChangeIndex {
  const masterUids = new Set<string>();
  const overridesByUid = new Map<string, CalendarEvent[]>();
  for (const [root, component] of events) {
    const uid = uidOf(component);
    if (uid === undefined) continue;
    if (!component.hasProperty("recurrence-id")) masterUids.add(uid);
    else if (overridesByUid.has(uid)) overridesByUid.get(uid)!.push([root, component]);
    else overridesByUid.set(uid, [[root, component]]);
  }
  return { masterUids, overridesByUid };
}

/** The changes of one UID as read: one per occurrence, the versions left out, and the lines for `skipped`. */
export interface ChangeVersions {
  /** The change read for each occurrence, by the key of the occurrence it replaces. */
  readonly active: Map<string, Override>;
  /** The line for `skipped` of each version left out for another. */
  readonly superseded: ReadonlyMap<IcalComponent, string>;
  /** The lines for `skipped`, in order: changes without a DTSTART and versions left out. */
  readonly notes: ReadonlyArray<string>;
}

/**
 * The changes `changes` (of one UID) by the occurrence they replace, checked, with a DTSTART, one
 * per occurrence (the highest SEQUENCE, else the later DTSTAMP, else the last): of a recurring event
 * that is all-day when `masterAllDay`; floating times read in the policy's zone `zone`.
 *
 * @throws InputError for a date, time or UTC offset that cannot exist, or an unknown TZID.
 */
export function readChanges(changes: ReadonlyArray<CalendarEvent>, masterAllDay: boolean, zone: ZoneRules): ChangeVersions {
  const active = new Map<string, Override>();
  const superseded = new Map<IcalComponent, string>();
  const notes: string[] = [];
  const supersede = (o: Override, by: string) => {
    const line = `${o.label}: superseded by a later version of the same changed occurrence (${by})`;
    superseded.set(o.component, line);
    notes.push(line);
  };
  for (const [root, component] of changes) {
    const label = eventLabel(component);
    const read = readingEvent(label, () => {
      checkValues(component, label, EVENT_PROPERTIES);
      const event = new ICAL.Event(component);
      if (event.startDate === null || event.startDate === undefined) return null;
      void event.endDate; // a malformed DTEND or DURATION is refused here, naming this change
      const rid = event.recurrenceId;
      // The occurrence it replaces, as ical.js relates the two: by the date for an all-day event (or
      // a RECURRENCE-ID that is a date, as an EXDATE), else by the instant (`D` day, `T` epoch ms).
      const key = masterAllDay || rid.isDate ? `D${dayOfTime(rid)}` : `T${instantOf(isoPoint(root, rid, tzidOf(component, "recurrence-id")), zone)}`;
      const override: Override = { root, component, event, label, range: event.modifiesFuture(), cancelled: isCancelled(component) };
      return { key, override };
    });
    if (read === null) {
      notes.push(`${label}: no DTSTART`);
      continue;
    }
    const { key, override } = read;
    const earlier = active.get(key);
    if (earlier !== undefined) {
      const by = newerVersion(earlier, override);
      if (by.newer === earlier) {
        supersede(override, by.decidedBy);
        continue;
      }
      supersede(earlier, by.decidedBy);
    }
    active.set(key, override);
  }
  return { active, superseded, notes };
}

/**
 * Whether one of the changes `active` replaces the occurrence that starts at `occurrence` (of their
 * recurring event): the same date, or the same instant for a timed one.
 *
 * @throws InputError for a TZID that neither the file nor the IANA database defines.
 */
export function replacesOccurrence(active: ReadonlyMap<string, Override>, occurrence: TimeValue, zone: ZoneRules): boolean {
  const t = occurrence.time;
  return active.size > 0 && (active.has(`D${dayOfTime(t)}`) || (!t.isDate && active.has(`T${instantOf(isoPoint(occurrence.root, t, occurrence.tzid), zone)}`)));
}

function sequenceOf(o: Override): number {
  const n = Number(o.component.getFirstPropertyValue("sequence") ?? 0);
  return Number.isFinite(n) ? n : 0;
}

/** When a version was last revised (RFC 5545 §3.8.7.2: its DTSTAMP), in epoch seconds; null without one. */
function stampOf(o: Override): number | null {
  const stamp = o.component.getFirstPropertyValue("dtstamp") as IcalTime | null;
  const seconds = stamp === null || typeof stamp !== "object" ? Number.NaN : stamp.toUnixTime();
  return Number.isFinite(seconds) ? seconds : null;
}

/**
 * Which of two versions of one changed occurrence is read (RFC 5546 §2.1.5): the higher SEQUENCE,
 * else the later DTSTAMP, else `later` (the one further in the text); with the property that decided.
 */
function newerVersion(earlier: Override, later: Override): { newer: Override; decidedBy: "SEQUENCE" | "DTSTAMP" } {
  const [a, b] = [sequenceOf(earlier), sequenceOf(later)];
  if (a !== b) return { newer: a > b ? earlier : later, decidedBy: "SEQUENCE" };
  const [s, t] = [stampOf(earlier), stampOf(later)];
  if (s !== null && t !== null && s !== t) return { newer: s > t ? earlier : later, decidedBy: "DTSTAMP" };
  return { newer: later, decidedBy: "SEQUENCE" };
}
