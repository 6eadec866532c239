/**
 * iCalendar (RFC 5545) → holiday entries, for `sla-clock holidays --from-ics`. CLI only: it uses
 * ical.js, which neither the core nor `sla-clock/lite` may reach.
 *
 * @module
 */
import ICAL from "ical.js";
import { InputError } from "../../errors.js";
import { refuseCombination } from "./combinedRefusal.js";
import { definePolicy } from "../../index.js";
import type { PolicyDefinition } from "../../index.js";
import { POLICY_LIMITS } from "../../policy/policyLimits.js";
import { dayFromCivil, daysInMonth, formatDay, MS_PER_DAY } from "../../time/calendarDate.js";
import { toEpochMs } from "../../time/instant.js";
import { epochToWall, wallToEpoch } from "../../time/wallClock.js";
import { getZoneRules, isKnownZone } from "../../time/zoneRules.js";
import type { YearSpan } from "../../calendar/expandRegionHolidays.js";

type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalComponent = InstanceType<typeof ICAL.Component>;
type IcalEvent = InstanceType<typeof ICAL.Event>;

/**
 * Days one event may last (all-day or timed), occurrences one recurring event may expand to within
 * the years, and occurrences it may have before their end (so that every loop is bounded).
 */
export const ICS_LIMITS = Object.freeze({ daysPerEvent: 366, occurrencesPerEvent: 5_000, occurrencesScanned: 200_000 });

/** What {@link holidaysFromIcs} did, besides the definition. */
export interface IcsImport {
  /** The policy with the calendar's events added to `holidays`. */
  readonly definition: PolicyDefinition;
  /** Events turned into entries, and events left out (with why). */
  readonly added: number;
  readonly skipped: ReadonlyArray<string>;
}

interface Entry {
  readonly date?: string;
  readonly annual?: string;
  readonly from?: string;
  readonly to?: string;
  readonly name?: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

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
 *   occurrences in the years, a `RANGE=THISANDFUTURE` change from all-day to timed occurrences (or
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
  const def = JSON.parse(JSON.stringify(policy.definition)) as Record<string, unknown> & { holidays?: Entry[]; holidayYears?: [number, number] };
  const roots = parseCalendars(icsText);
  const holidays: Entry[] = [...(def.holidays ?? [])];
  const dates = new Set(holidays.filter((h) => h.date !== undefined).map((h) => h.date!));
  const annuals = new Set(holidays.filter((h) => h.annual !== undefined).map((h) => h.annual!));
  const skipped: string[] = [];
  let added = 0;
  let expanded = false;
  const yearStart = dayFromCivil(years.from, 1, 1);
  const yearEnd = dayFromCivil(years.to + 1, 1, 1);
  // The years as instants in the policy's zone, for timed occurrences (which may lie in another zone).
  const zone = getZoneRules(policy.timezone);
  const spanStart = wallToEpoch(zone, yearStart, 0);
  const spanEnd = wallToEpoch(zone, yearEnd, 0);
  /** The exact instant of a closure's end point, read as the policy reads it (floating: wall clock in its zone). */
  const instantOf = (point: string) => toEpochMs(point, zone, "ics");

  const addDate = (day: number, name: string | undefined) => {
    const date = formatDay(day);
    if (dates.has(date) || annuals.has(date.slice(5))) return;
    dates.add(date);
    holidays.push(name === undefined ? { date } : { date, name });
    added++;
  };

  for (const root of roots) {
    for (const vtimezone of root.getAllSubcomponents("vtimezone")) {
      const label = `VTIMEZONE ${JSON.stringify(clip(String(vtimezone.getFirstPropertyValue("tzid") ?? "(no TZID)"), 60))}`;
      for (const part of vtimezone.getAllSubcomponents()) checkValues(part, label, ZONE_PROPERTIES);
    }
  }
  const events = roots.flatMap((r) => r.getAllSubcomponents("vevent").map((c) => [r, c] as const));
  // RFC 5545 §3.8.4.4: a VEVENT with a RECURRENCE-ID changes one occurrence of the recurring event of
  // its UID (in any VCALENDAR of the text). It is read with that event; one whose UID no other
  // VEVENT has is read as an event of its own.
  const masterUids = new Set<string>();
  const overridesByUid = new Map<string, Array<readonly [IcalComponent, IcalComponent]>>();
  for (const [root, component] of events) {
    const uid = uidOf(component);
    if (uid === undefined) continue;
    if (!component.hasProperty("recurrence-id")) masterUids.add(uid);
    else if (overridesByUid.has(uid)) overridesByUid.get(uid)!.push([root, component]);
    else overridesByUid.set(uid, [[root, component]]);
  }
  const importedUids = new Set<string>();

  /**
   * The changes of the recurring event `uid` by the occurrence they replace, checked, with a DTSTART,
   * one per occurrence (the highest SEQUENCE, else the later DTSTAMP, else the last); and the line
   * for `skipped` of each version left out for another.
   */
  const readOverrides = (uid: string, masterAllDay: boolean, report: boolean): { active: Map<string, Override>; superseded: Map<IcalComponent, string> } => {
    const active = new Map<string, Override>();
    const superseded = new Map<IcalComponent, string>();
    const supersede = (o: Override, by: string) => {
      const line = `${o.label}: superseded by a later version of the same changed occurrence (${by})`;
      superseded.set(o.component, line);
      if (report) skipped.push(line);
    };
    for (const [root, component] of overridesByUid.get(uid) ?? []) {
      const label = eventLabel(component);
      checkValues(component, label, EVENT_PROPERTIES);
      const event = new ICAL.Event(component);
      if (event.startDate === null || event.startDate === undefined) {
        if (report) skipped.push(`${label}: no DTSTART`);
        continue;
      }
      const rid = event.recurrenceId;
      // The occurrence it replaces, as ical.js relates the two: by the date for an all-day event (or
      // a RECURRENCE-ID that is a date, as an EXDATE), else by the instant (`D` day, `T` epoch ms).
      const key = masterAllDay || rid.isDate ? `D${dayOfTime(rid)}` : `T${instantOf(isoPoint(root, rid, tzidOf(component, "recurrence-id")))}`;
      const override: Override = { root, component, event, label, range: event.modifiesFuture(), cancelled: isCancelled(component) };
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
    return { active, superseded };
  };
  /** Of the changes of each UID that no recurring event has (orphans), the versions left out for another, by the line for `skipped`. */
  const supersededOrphans = new Map<string, ReadonlyMap<IcalComponent, string>>();

  /**
   * What a change adds on its own: its DTSTART to its DTEND as dates (all-day) or a closure, named
   * by its SUMMARY, else its recurring event's; only what lies in the years when `within`. A string
   * when it adds nothing (why).
   */
  const ownOccurrence = (o: Override, fallbackName: string | undefined, within: boolean): { dates: number[]; closure: Entry | null; name: string | undefined } | string => {
    const start = o.event.startDate;
    const name = nameOf(o.component) ?? fallbackName;
    if (start.isDate) {
      const days = Math.max(1, dayOfTime(o.event.endDate ?? start) - dayOfTime(start));
      if (days > ICS_LIMITS.daysPerEvent) throw new InputError(`ics: ${o.label} lasts ${days} days, more than ${ICS_LIMITS.daysPerEvent}; split it`);
      const dates: number[] = [];
      for (let d = dayOfTime(start); d < dayOfTime(start) + days; d++) if (!within || (d >= yearStart && d < yearEnd)) dates.push(d);
      return { dates, closure: null, name };
    }
    const closure = closureOf(o.root, o.component, start, o.event.endDate, name);
    if (closure === null) return "ends at or before it starts";
    const from = instantOf(closure.from!);
    const to = instantOf(closure.to!);
    refuseLong(o.label, from, to);
    return { dates: [], closure: !within || (to > spanStart && from < spanEnd) ? closure : null, name };
  };

  /**
   * The change `o`'s RECURRENCE-ID on the clock of the recurring event's start `start` (of TZID
   * `tzid`): itself when a date or written in the same zone, else its instant in the event's zone
   * (UTC, the file's VTIMEZONE, the IANA zone, or the policy's when floating).
   */
  const onClockOf = (root: IcalComponent, start: IcalTime, tzid: string | undefined, o: Override): IcalTime => {
    const rid = o.event.recurrenceId;
    const utc = isUtc(start);
    if (rid.isDate || (isUtc(rid) === utc && tzidOf(o.component, "recurrence-id") === tzid)) return rid;
    const at = instantOf(isoPoint(o.root, rid, tzidOf(o.component, "recurrence-id")));
    if (utc) return ICAL.Time.fromJSDate(new Date(at), true);
    isoPoint(root, start, tzid); // refuses a TZID that neither the file nor the IANA database defines
    const zoned = (start.zone as { component?: unknown } | null)?.component ? ICAL.Time.fromJSDate(new Date(at), true).convertToZone(start.zone!) : null;
    if (zoned !== null) return zoned;
    const wall = new Date(epochToWall(tzid !== undefined ? getZoneRules(tzid) : zone, at));
    const fields = { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: wall.getUTCSeconds() };
    return ICAL.Time.fromData(fields, start.zone ?? undefined);
  };

  /** Adds what the changes of a recurring event add on their own (in the years when `within`). */
  const importOverrides = (active: ReadonlyMap<string, Override>, fallbackName: string | undefined, within: boolean) => {
    for (const o of active.values()) {
      if (o.cancelled) {
        skipped.push(o.range ? `${o.label}: cancels this and every later occurrence of a recurring event (RANGE=THISANDFUTURE)` : `${o.label}: a cancelled occurrence of a recurring event`);
        continue;
      }
      const own = ownOccurrence(o, fallbackName, within);
      if (typeof own === "string") {
        skipped.push(`${o.label}: ${own}`);
        continue;
      }
      for (const d of own.dates) addDate(d, own.name);
      if (own.closure !== null) {
        holidays.push(own.closure);
        added++;
      }
    }
  };

  for (const [root, component] of events) {
    const label = eventLabel(component);
    checkValues(component, label, EVENT_PROPERTIES);
    const uid = uidOf(component);
    const isOverride = component.hasProperty("recurrence-id");
    if (isOverride && uid !== undefined && masterUids.has(uid)) continue; // read with its recurring event
    if (isOverride && uid !== undefined && overridesByUid.get(uid)!.length > 1) {
      // An orphan with other versions of the same change: only one of them is read.
      if (!supersededOrphans.has(uid)) supersededOrphans.set(uid, readOverrides(uid, false, false).superseded);
      const line = supersededOrphans.get(uid)!.get(component);
      if (line !== undefined) {
        skipped.push(line);
        continue;
      }
    }
    // A recurring event's changed occurrences, by the original start they replace (read, and what
    // they add added, with the first VEVENT of the UID only).
    const first = !isOverride && uid !== undefined && !importedUids.has(uid);
    if (first) importedUids.add(uid);
    const masterAllDay = (component.getFirstPropertyValue("dtstart") as IcalTime | null)?.isDate === true;
    const active = !isOverride && uid !== undefined && overridesByUid.has(uid) ? readOverrides(uid, masterAllDay, first).active : new Map<string, Override>();
    const ranges = [...active.values()].filter((o) => o.range);
    // No change is related to ical.js's event: they are applied here. (Given no list, ical.js would
    // relate every VEVENT with a RECURRENCE-ID of the VCALENDAR, whatever its UID.)
    const event = new ICAL.Event(component, { exceptions: [], strictExceptions: true });
    const name = nameOf(component);
    /** Whether a change replaces the occurrence that starts at `t` (of this event). */
    const replaced = (t: IcalTime) =>
      active.size > 0 && (active.has(`D${dayOfTime(t)}`) || (!t.isDate && active.has(`T${instantOf(isoPoint(root, t, tzidOf(component, "dtstart")))}`)));
    if (isCancelled(component)) {
      skipped.push(`${label}: cancelled`);
      if (first) importOverrides(active, name, event.isRecurring());
      continue;
    }
    const start = event.startDate;
    if (start === null || start === undefined) {
      skipped.push(`${label}: no DTSTART`);
      if (first) importOverrides(active, name, event.isRecurring());
      continue;
    }
    const allDay = start.isDate;
    const lengthDays = allDay ? Math.max(1, dayOfTime(event.endDate ?? start) - dayOfTime(start)) : 0;
    if (allDay && lengthDays > ICS_LIMITS.daysPerEvent) {
      throw new InputError(`ics: ${label} lasts ${lengthDays} days, more than ${ICS_LIMITS.daysPerEvent}; split it`);
    }

    if (!event.isRecurring()) {
      if (replaced(start)) {
        // its one occurrence is changed: the change alone is added
      } else if (allDay) {
        for (let d = 0; d < lengthDays; d++) addDate(dayOfTime(start) + d, name);
      } else {
        const closure = closureOf(root, component, start, event.endDate, name);
        if (closure === null) skipped.push(`${label}: ends at or before it starts`);
        else {
          refuseLong(label, instantOf(closure.from!), instantOf(closure.to!));
          holidays.push(closure);
          added++;
        }
      }
      if (first) importOverrides(active, name, false);
      continue;
    }

    // An annual entry cannot leave out or move one year's occurrence: a change in the years (or,
    // RANGE=THISANDFUTURE, before their end) makes the event expanded like any other recurrence.
    const annual = allDay && lengthDays === 1 ? fixedYearlyDate(component, start) : null;
    const touchesYears = (o: Override) => {
      const ridDay = dayOfTime(o.event.recurrenceId);
      if (ridDay < yearEnd && (o.range || ridDay >= yearStart)) return true;
      if (o.cancelled) return false;
      const own = ownOccurrence(o, name, true);
      return typeof own !== "string" && (own.dates.length > 0 || own.closure !== null);
    };
    if (annual !== null && ![...active.values()].some(touchesYears)) {
      if (!annuals.has(annual)) {
        annuals.add(annual);
        holidays.push(name === undefined ? { annual } : { annual, name });
        added++;
      }
      if (first) {
        for (const o of active.values()) skipped.push(`${o.label}: changes an occurrence outside ${years.from}–${years.to}, left out (the recurring event is the annual entry ${annual})`);
      }
      continue;
    }

    // Any other recurrence: its occurrences in the years.
    expanded = true;
    // The RANGE=THISANDFUTURE changes, by the original start (RECURRENCE-ID) from which on they
    // apply, read on the event's clock whatever zone it is written in (as wall-clock ms), each with
    // the time it moves those occurrences by: as ical.js's getOccurrenceDetails, the wall-clock time
    // from that original start to the change's.
    const startTzid = tzidOf(component, "dtstart");
    const shifts = ranges.map((o) => {
      if (o.event.startDate.isDate !== allDay) {
        throw new InputError(`ics: ${o.label}: a RANGE=THISANDFUTURE change from ${allDay ? "all-day to timed" : "timed to all-day"} is not supported; split the recurring event in two instead`);
      }
      const original = (allDay ? o.event.recurrenceId : onClockOf(root, start, startTzid, o)).clone();
      const at = wallMsOf(original);
      original.zone = o.event.startDate.zone;
      return { by: o, at, original, shift: o.event.startDate.subtractDate(original) };
    }).sort((a, b) => a.at - b.at);
    // How many days a RANGE=THISANDFUTURE change moves later occurrences back at most, so that the
    // scan goes on past the years until no occurrence can be moved into them. The wall clock is
    // moved: for timed ones, three more days, one for the time of day and two for the zones (the
    // change's may be up to 26 hours ahead of the event's: UTC+14 against UTC-12).
    let lead = 0;
    for (const s of shifts) if (!s.by.cancelled) lead = Math.max(lead, dayOfTime(s.original) - dayOfTime(s.by.event.startDate) + (allDay ? 0 : 3));
    const iterator = event.iterator();
    let count = 0;
    let scanned = 0;
    for (let next = iterator.next(); next !== null && next !== undefined; next = iterator.next()) {
      // An occurrence replaced by its own change is left out (the change is added below); one after
      // a RANGE=THISANDFUTURE change is moved by the latest such change before it (as ical.js's
      // getOccurrenceDetails does), with the change's length.
      const isReplaced = replaced(next);
      let range: (typeof shifts)[number] | undefined;
      if (!isReplaced) for (const s of shifts) if (s.at <= wallMsOf(next)) range = s;
      const by = range?.by;
      const changed = by !== undefined && !by.cancelled;
      let occurrence = next;
      let movedEnd: IcalTime | undefined;
      if (changed) {
        occurrence = next.clone();
        occurrence.zone = by.event.startDate.zone;
        occurrence.addDuration(range!.shift);
        movedEnd = occurrence.clone();
        movedEnd.addDuration(by.event.duration);
      }
      const day = dayOfTime(occurrence);
      const days = changed && allDay ? Math.max(1, dayOfTime(movedEnd!) - day) : lengthDays;
      // A timed occurrence is kept when it overlaps the years in the policy's zone (its own zone's
      // date may be a day off, and one that starts before the years may run into them).
      let closure: Entry | null = null;
      if (!allDay) {
        if (changed) closure = closureOf(by.root, by.component, occurrence, movedEnd!, nameOf(by.component) ?? name);
        else {
          const end = next.clone();
          end.addDuration(event.duration);
          closure = closureOf(root, component, next, end, name);
        }
      }
      const from = closure === null ? Number.NaN : instantOf(closure.from!);
      const to = closure === null ? Number.NaN : instantOf(closure.to!);
      const origin = ranges.length === 0 ? from : allDay ? Number.NaN : instantOf(isoPoint(root, next, startTzid));
      const originDay = dayOfTime(next) - lead;
      if (allDay ? originDay >= yearEnd : origin - lead * 86_400_000 >= spanEnd || (closure === null && originDay > yearEnd)) break;
      if (++scanned > ICS_LIMITS.occurrencesScanned) {
        throw new InputError(`ics: ${label} recurs more than ${ICS_LIMITS.occurrencesScanned} times before the end of ${years.to}; shorten or split it`);
      }
      if (isReplaced || by?.cancelled === true) continue;
      if (allDay ? day + days <= yearStart || day >= yearEnd : closure === null || to <= spanStart || from >= spanEnd) continue;
      if (++count > ICS_LIMITS.occurrencesPerEvent) {
        throw new InputError(`ics: ${label} recurs more than ${ICS_LIMITS.occurrencesPerEvent} times in ${years.from}–${years.to}; choose fewer years`);
      }
      if (allDay) {
        if (days > ICS_LIMITS.daysPerEvent) throw new InputError(`ics: ${by!.label} lasts ${days} days, more than ${ICS_LIMITS.daysPerEvent}; split it`);
        const entryName = changed ? nameOf(by.component) ?? name : name;
        for (let d = 0; d < days; d++) if (day + d >= yearStart && day + d < yearEnd) addDate(day + d, entryName);
      } else {
        refuseLong(changed ? by.label : label, from, to);
        holidays.push(closure!);
        added++;
      }
    }
    if (first) importOverrides(active, name, true);
  }

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
  return { definition: result, added, skipped };
}

/** A VEVENT with a RECURRENCE-ID (RFC 5545 §3.8.4.4): a changed (moved, renamed or cancelled) occurrence of the recurring event of its UID. */
interface Override {
  readonly root: IcalComponent;
  readonly component: IcalComponent;
  readonly event: IcalEvent;
  readonly label: string;
  /** RANGE=THISANDFUTURE: it changes every later occurrence too. */
  readonly range: boolean;
  readonly cancelled: boolean;
}

function uidOf(component: IcalComponent): string | undefined {
  const uid = component.getFirstPropertyValue("uid");
  return typeof uid === "string" && uid !== "" ? uid : undefined;
}

function isCancelled(component: IcalComponent): boolean {
  return String(component.getFirstPropertyValue("status") ?? "").toUpperCase() === "CANCELLED";
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

/** Refuses a timed event (or occurrence) from `from` to `to` (epoch ms) longer than 366 days, as an all-day one. */
function refuseLong(label: string, from: number, to: number): void {
  const days = Math.ceil((to - from) / 86_400_000);
  if (days > ICS_LIMITS.daysPerEvent) throw new InputError(`ics: ${label} lasts ${days} days, more than ${ICS_LIMITS.daysPerEvent}; split it`);
}

/** Every VCALENDAR object of the file, in order (RFC 5545 §3.4: a stream may hold several). */
function parseCalendars(text: string): IcalComponent[] {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let jcal: unknown;
  try {
    jcal = ICAL.parse(clean);
  } catch (e) {
    throw new InputError(`ics: not an iCalendar file (${String((e as Error).message ?? e).split("\n")[0]})`);
  }
  // ical.js gives one component as itself, several as a list of them
  const objects: unknown[] = Array.isArray(jcal) && typeof jcal[0] === "string" ? [jcal] : Array.isArray(jcal) ? jcal : [];
  if (objects.length === 0 || !objects.every((o) => Array.isArray(o) && String(o[0]).toLowerCase() === "vcalendar")) {
    throw new InputError("ics: not an iCalendar file (it has no BEGIN:VCALENDAR … END:VCALENDAR)");
  }
  return objects.map((o) => new ICAL.Component(o as unknown[]));
}

function eventLabel(component: IcalComponent): string {
  const summary = component.getFirstPropertyValue("summary");
  const uid = component.getFirstPropertyValue("uid");
  const dtstart = component.getFirstProperty("dtstart")?.toICALString() ?? "";
  const name = typeof summary === "string" ? clip(summary, 60) : "(no SUMMARY)";
  const id = typeof summary !== "string" && typeof uid === "string" ? ` UID ${JSON.stringify(clip(uid, 60))}` : "";
  return `event ${JSON.stringify(name)}${id}${dtstart ? ` (${dtstart})` : ""}`;
}

/** The properties of an event whose dates and times the import reads (directly or through ical.js's recurrence). */
const EVENT_PROPERTIES = ["dtstart", "dtend", "rrule", "rdate", "exdate", "recurrence-id"];
/** The same, for a STANDARD or DAYLIGHT part of a VTIMEZONE. */
const ZONE_PROPERTIES = ["dtstart", "rrule", "rdate", "tzoffsetfrom", "tzoffsetto"];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z?$/;
const UTC_OFFSET = /^([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** What is wrong with a date (`YYYY-MM-DD`) or date-time (`YYYY-MM-DDTHH:MM:SS[Z]`) as ical.js holds it, or null. */
function dateProblem(value: string): string | null {
  const m = DATE_TIME.exec(value) ?? DATE.exec(value);
  if (m === null) return null; // a form ical.js refuses by itself, or a duration (the end of a PERIOD)
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `month ${m[2]} does not exist`;
  if (day < 1 || day > daysInMonth(year, month)) return `${m[1]}-${m[2]} has no day ${m[3]}`;
  if (m[4] !== undefined && Number(m[4]) > 23) return `hour ${m[4]} does not exist (00–23)`;
  if (m[5] !== undefined && Number(m[5]) > 59) return `minute ${m[5]} does not exist (00–59)`;
  if (m[6] !== undefined && Number(m[6]) > 60) return `second ${m[6]} does not exist (00–60)`;
  return null;
}

/** What is wrong with a UTC offset (`±HH:MM[:SS]` as ical.js holds it), or null. */
function offsetProblem(value: string): string | null {
  const m = UTC_OFFSET.exec(value);
  if (m === null) return null;
  if (Number(m[3]) > 59 || (m[4] !== undefined && Number(m[4]) > 59)) return "its minutes or seconds are not 00–59";
  const minutes = (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  // ical.js wraps an offset outside UTC-12:00 … UTC+14:00 (e.g. -13:00 becomes +14:00)
  if (minutes < -12 * 60 || minutes > 14 * 60) return "it is outside UTC-12:00 … UTC+14:00";
  return null;
}

/** A value in the form the file writes it: `2026-13-01T00:00:00Z` → `20261301T000000Z`, `+05:60` → `+0560`. */
function icalForm(value: string): string {
  return value.replace(/[-:](?=\d)/g, (c, at: number) => (at === 0 ? c : ""));
}

/**
 * Refuses a date, date-time or UTC offset that cannot exist (month 13, 30 February, hour 25, an
 * offset ical.js would wrap) in the `properties` of `component`: ical.js rolls such a value over
 * (20261301 becomes 2027-01-01) instead of refusing it.
 *
 * @throws InputError naming `label`, the property and the value as written.
 */
function checkValues(component: IcalComponent, label: string, properties: ReadonlyArray<string>): void {
  for (const name of properties) {
    for (const property of component.getAllProperties(name)) {
      const jcal = property.toJSON() as unknown[];
      const type = String(jcal[2]);
      for (const raw of jcal.slice(3)) {
        const values: unknown[] = type === "period" && Array.isArray(raw) ? raw : type === "recur" && raw !== null && typeof raw === "object" ? [(raw as { until?: unknown }).until] : [raw];
        for (const value of values) {
          if (typeof value !== "string") continue;
          const problem = type === "utc-offset" ? offsetProblem(value) : dateProblem(value);
          if (problem !== null) {
            const what = type === "recur" ? `${name.toUpperCase()} UNTIL` : name.toUpperCase();
            throw new InputError(`ics: ${label}: ${what} ${JSON.stringify(icalForm(value))} is not a real ${type === "utc-offset" ? "UTC offset" : type === "date" || value.length === 10 ? "date" : "date and time"}: ${problem}`);
          }
        }
      }
    }
  }
}

function nameOf(component: IcalComponent): string | undefined {
  const summary = component.getFirstPropertyValue("summary");
  if (typeof summary !== "string") return undefined;
  const name = summary.trim();
  return name === "" ? undefined : clip(name, POLICY_LIMITS.textLength);
}

/** The first `n` UTF-16 units of `s`, one fewer when the cut would split a surrogate pair (an emoji). */
function clip(s: string, n: number): string {
  const c = s.charCodeAt(n - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
}

function dayOfTime(t: IcalTime): number {
  return dayFromCivil(t.year, t.month, t.day);
}

/** The wall-clock reading of a time as "local ms" (day number × 86 400 000 + ms of day; midnight for a date). */
function wallMsOf(t: IcalTime): number {
  return dayOfTime(t) * MS_PER_DAY + (t.isDate ? 0 : ((t.hour * 60 + t.minute) * 60 + t.second) * 1000);
}

/** `"MM-DD"` when the event recurs every year on its start's month-day and nothing else; else null. */
function fixedYearlyDate(component: IcalComponent, start: IcalTime): string | null {
  const rules = component.getAllProperties("rrule");
  if (rules.length !== 1 || component.hasProperty("rdate") || component.hasProperty("exdate")) return null;
  const rule = rules[0]!.getFirstValue() as InstanceType<typeof ICAL.Recur>;
  if (rule.freq !== "YEARLY" || (rule.interval ?? 1) !== 1 || rule.count || rule.until) return null;
  const parts = rule.parts as Record<string, number[] | undefined>;
  for (const [key, values] of Object.entries(parts)) {
    if (values === undefined || values.length === 0) continue;
    if (key === "BYMONTH" && values.length === 1 && values[0] === start.month) continue;
    if (key === "BYMONTHDAY" && values.length === 1 && values[0] === start.day) continue;
    return null;
  }
  return `${pad(start.month)}-${pad(start.day)}`;
}

/** The TZID parameter of a property, if any. */
function tzidOf(component: IcalComponent, property: string): string | undefined {
  const p = component.getFirstProperty(property);
  const tzid = p?.getParameter("tzid");
  return typeof tzid === "string" && tzid !== "" ? tzid : undefined;
}

/** Whether a time is in UTC (`…Z`). */
function isUtc(t: IcalTime): boolean {
  const zone = t.zone;
  return zone === ICAL.Timezone.utcTimezone || (zone !== undefined && zone !== null && zone.tzid === "UTC");
}

/** An ISO point for a timed value: exact (`Z`) when it has a zone, wall clock in the policy's zone when floating. */
function isoPoint(root: IcalComponent, t: IcalTime, tzid: string | undefined): string {
  const zone = t.zone;
  if (isUtc(t)) return new Date(t.toUnixTime() * 1000).toISOString();
  if (tzid !== undefined) {
    const defined = root.getAllSubcomponents("vtimezone").some((z) => z.getFirstPropertyValue("tzid") === tzid);
    if (defined && zone !== undefined && zone !== null && (zone as { component?: unknown }).component) {
      return new Date(t.toUnixTime() * 1000).toISOString();
    }
    if (isKnownZone(tzid)) {
      const ms = ((t.hour * 60 + t.minute) * 60 + t.second) * 1000;
      return new Date(wallToEpoch(getZoneRules(tzid), dayOfTime(t), ms)).toISOString();
    }
    throw new InputError(`ics: TZID ${JSON.stringify(tzid)} is neither defined by a VTIMEZONE in the file nor an IANA time zone`);
  }
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
}

function closureOf(root: IcalComponent, component: IcalComponent, start: IcalTime, end: IcalTime | null, name: string | undefined): Entry | null {
  if (end === null || end === undefined) return null;
  const from = isoPoint(root, start, tzidOf(component, "dtstart"));
  const to = isoPoint(root, end, tzidOf(component, component.hasProperty("dtend") ? "dtend" : "dtstart"));
  const a = Date.parse(from.endsWith("Z") ? from : `${from}Z`);
  const b = Date.parse(to.endsWith("Z") ? to : `${to}Z`);
  if (from.endsWith("Z") === to.endsWith("Z") && b <= a) return null;
  return name === undefined ? { from, to } : { from, to, name };
}
