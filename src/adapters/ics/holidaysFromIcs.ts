/**
 * iCalendar (RFC 5545) → holiday entries, for `sla-clock holidays --from-ics`. CLI only: it uses
 * ical.js, which neither the core nor `sla-clock/lite` may reach.
 *
 * @module
 */
import { appendAll, InputError } from "../../errors.js";
import { refuseCombination } from "./combinedRefusal.js";
import { definePolicy } from "../../index.js";
import type { PolicyDefinition } from "../../index.js";
import { POLICY_LIMITS } from "../../policy/policyLimits.js";
import { getZoneRules } from "../../time/zoneRules.js";
import type { YearSpan } from "../../calendar/expandRegionHolidays.js";
import { indexChanges, readChanges } from "./changedOccurrences.js";
import type { ChangeVersions, Override } from "./changedOccurrences.js";
import { checkTimeZones, checkValues, EVENT_PROPERTIES } from "./checkValues.js";
import { eventLabel, readingEvent, uidOf } from "./eventProperties.js";
import { icsEntries } from "./icsEntries.js";
import type { HolidayEntry } from "./icsEntries.js";
import { importEvent } from "./importEvent.js";
import { importYears } from "./importYears.js";
import { parseCalendars } from "./parseCalendars.js";
import type { IcalComponent, IcalTime } from "./parseCalendars.js";

export { ICS_LIMITS } from "./icsLimits.js";

/** What {@link holidaysFromIcs} did, besides the definition. */
export interface IcsImport {
  /** The policy with the calendar's events added to `holidays`. */
  readonly definition: PolicyDefinition;
  /** Events turned into entries, and events left out (with why). */
  readonly added: number;
  readonly skipped: ReadonlyArray<string>;
}

/**
 * Adds the events of an iCalendar file to a policy's holidays (CONTRACT §10).
 *
 * Rule: an all-day event (`DTSTART;VALUE=DATE`) closes each local date from its start to its end
 * (exclusive; one day by default) as `{ date, name }`, named by its `SUMMARY`. A timed event
 * becomes a closure `{ from, to, name }`: UTC times (`…Z`) and times with a `TZID` are exact
 * instants (the `VTIMEZONE` of the file when it defines that `TZID`, else the IANA zone of that
 * name), floating times are wall clock in the policy's zone. An all-day event recurring every year
 * on its date (`RRULE:FREQ=YEARLY` with no `COUNT`, `UNTIL`, `INTERVAL` above 1, `BYDAY`-style parts,
 * exceptions or changed occurrences in the years) becomes an annual entry `{ annual: "MM-DD", name }`;
 * every other recurrence (`BYDAY=2MO`, monthly, weekly, bounded ones, `EXDATE`s, changed
 * occurrences) is expanded into dated entries or closures for the local years `years`, and then
 * `holidayYears` records those years (their overlap with the policy's own `holidayYears`): the
 * list is complete only for them.
 *
 * Changed occurrences (RFC 5545 `RECURRENCE-ID`): a VEVENT with the `UID` of a recurring event (in
 * any VCALENDAR of the text) and a `RECURRENCE-ID` replaces the occurrence that originally starts
 * then — the same date for an all-day event (or a `RECURRENCE-ID` that is a date), else the same
 * instant. That occurrence is left out, and the change adds its own `DTSTART` to `DTEND` (dates
 * when all-day, else a closure; only within the years, as the occurrences), named by its
 * `SUMMARY`, else the recurring event's. A cancelled one (`STATUS:CANCELLED`) adds nothing and is
 * listed in `skipped`. With `RANGE=THISANDFUTURE` it changes every later occurrence too, until a
 * later such change, as ical.js's `getOccurrenceDetails` does: moved by the same wall-clock time
 * (from its `RECURRENCE-ID`, read in the recurring event's zone whatever zone it is written in, to
 * its `DTSTART`), with its length, name and status. A change whose original occurrence the rule does not have is an extra
 * occurrence (ical.js's own expansion drops it); one whose `UID` no other event has (an orphan) is
 * read as an event of its own, as is a single event's change (which replaces that event when it
 * names its start); of two versions of one change (orphans too), the higher `SEQUENCE` (else the
 * later `DTSTAMP`, else the later in the text) is read and the other listed in `skipped`. A change
 * outside the years of an event that stays annual is listed in `skipped`.
 *
 * Edge cases: a date or month-day that the policy (or an earlier event) already decides is left
 * alone, so the result never has duplicates; cancelled events and occurrences (`STATUS:CANCELLED`)
 * and empty timed events are skipped and listed in `skipped`;
 * a `SUMMARY` longer than a policy's names may be (200 characters) is cut to its first 200 (199
 * when the 200th starts an emoji or another pair of UTF-16 units), without notice. Lines may be
 * folded (RFC 5545 §3.1); a byte-order mark is ignored. A date, time or UTC offset that cannot
 * exist (month 13, 30 February, hour 25, `TZOFFSETTO:-1300`), which ical.js would roll over into
 * another one, is refused: in an event's `DTSTART`, `DTEND`, `RRULE` `UNTIL`, `RDATE`, `EXDATE` or
 * `RECURRENCE-ID`, and in a `VTIMEZONE`. A leap second (`:60`, allowed by RFC 5545) is read as the
 * next minute.
 *
 * @throws InputError for text that is not iCalendar, a date, time or UTC offset that cannot exist
 *   (naming the event or VTIMEZONE, the property and the value as written), a `TZID` that neither
 *   the file nor the IANA database defines, an event longer than 366 days or a recurrence with more than 5,000
 *   occurrences in the years, a rule that names no date of any year (`BYMONTH=2;BYMONTHDAY=30`)
 *   or that ical.js cannot expand, a value ical.js cannot read (`DURATION:PXYZ`: "could not be
 *   read", naming the event), a `RANGE=THISANDFUTURE` change from all-day to timed occurrences (or
 *   back), or a combined policy (`unionOf` / `intersectionOf`: which part a
 *   calendar belongs to is not guessed); PolicyError when the policy, or the result, is invalid.
 * @example
 * holidaysFromIcs(policy, "BEGIN:VCALENDAR\r\n…BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261224\r\nSUMMARY:Christmas Eve\r\nEND:VEVENT…", { from: 2026, to: 2035 })
 *   .definition.holidays; //=> [ …, { date: "2026-12-24", name: "Christmas Eve" } ]
 * @category Holidays
 */
export function holidaysFromIcs(definition: unknown, icsText: string, years: YearSpan): IcsImport {
  const policy = definePolicy(definition);
  refuseCombination(policy, "import the calendar into the definition of the part it belongs to, then combine the parts");
  const def = JSON.parse(JSON.stringify(policy.definition)) as Record<string, unknown> & { holidays?: HolidayEntry[]; holidayYears?: [number, number] };
  const roots = parseCalendars(icsText);
  const entries = icsEntries(def.holidays ?? []);
  const yearsInZone = importYears(years, getZoneRules(policy.timezone));
  let expanded = false;

  checkTimeZones(roots);
  const events = roots.flatMap((r) => r.getAllSubcomponents("vevent").map((c) => [r, c] as const));
  // RFC 5545 §3.8.4.4: a VEVENT with a RECURRENCE-ID changes one occurrence of the recurring event of
  // its UID (in any VCALENDAR of the text). It is read with that event; one whose UID no other
  // VEVENT has is read as an event of its own.
  const { masterUids, overridesByUid } = indexChanges(events);
  const importedUids = new Set<string>();
  /** Of the changes of each UID that no recurring event has (orphans), the versions left out for another, by the line for `skipped`. */
  const supersededOrphans = new Map<string, ReadonlyMap<IcalComponent, string>>();

  /** The changes of each UID as read (once per UID, and whether its recurring events are all-day). */
  const changesByUid = new Map<string, ChangeVersions>();

  for (const [root, component] of events) {
    const label = eventLabel(component);
    // ical.js's own errors (a malformed value, read lazily) become an InputError naming the event
    readingEvent(label, () => {
      checkValues(component, label, EVENT_PROPERTIES);
      const uid = uidOf(component);
      const isOverride = component.hasProperty("recurrence-id");
      if (isOverride && uid !== undefined && masterUids.has(uid)) return; // read with its recurring event
      if (isOverride && uid !== undefined && overridesByUid.get(uid)!.length > 1) {
        // An orphan with other versions of the same change: only one of them is read.
        if (!supersededOrphans.has(uid)) supersededOrphans.set(uid, readChanges(overridesByUid.get(uid)!, false, yearsInZone.zone).superseded);
        const line = supersededOrphans.get(uid)!.get(component);
        if (line !== undefined) {
          entries.skipped.push(line);
          return;
        }
      }
      // A recurring event's changed occurrences, by the original start they replace (read, and what
      // they add added, with the first VEVENT of the UID only).
      const first = !isOverride && uid !== undefined && !importedUids.has(uid);
      if (first) importedUids.add(uid);
      const masterAllDay = (component.getFirstPropertyValue("dtstart") as IcalTime | null)?.isDate === true;
      let active = new Map<string, Override>();
      if (!isOverride && uid !== undefined && overridesByUid.has(uid)) {
        // read once per UID (not again for each recurring event of the UID)
        const key = `${masterAllDay ? "D" : "T"}${uid}`;
        let changes = changesByUid.get(key);
        if (changes === undefined) changesByUid.set(key, (changes = readChanges(overridesByUid.get(uid)!, masterAllDay, yearsInZone.zone)));
        if (first) appendAll(entries.skipped, changes.notes);
        active = changes.active;
      }
      if (importEvent({ root, component, label, active, first }, yearsInZone, entries)) expanded = true;
    });
  }

  const { holidays } = entries;
  if (holidays.length > POLICY_LIMITS.holidays) {
    throw new InputError(`ics: the policy would have ${holidays.length} holiday entries, more than the ${POLICY_LIMITS.holidays} a policy may hold; choose fewer years`);
  }
  const out: Record<string, unknown> = {};
  const covered = def.holidayYears;
  const span: [number, number] | undefined = expanded
    ? [Math.max(years.from, covered?.[0] ?? years.from), Math.min(years.to, covered?.[1] ?? years.to)]
    : covered;
  if (span !== undefined && span[0] > span[1]) {
    throw new InputError(`years: ${years.from}-${years.to} lies outside the policy's holidayYears ${covered![0]}–${covered![1]}; choose years inside them`);
  }
  for (const [key, value] of Object.entries(def)) {
    if (key === "holidays" || key === "holidayYears") continue;
    out[key] = value;
    if (key === "hours") {
      out["holidays"] = holidays;
      if (span !== undefined) out["holidayYears"] = span;
    }
  }
  const result = out as unknown as PolicyDefinition;
  definePolicy(result); // the result must be a valid policy (PolicyError otherwise)
  return { definition: result, added: entries.added, skipped: entries.skipped };
}
