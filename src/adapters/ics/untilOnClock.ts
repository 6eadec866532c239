/**
 * A rule's `UNTIL` in UTC, on the clock of a DTSTART that ical.js reads as floating.
 *
 * @module
 */
import ICAL from "ical.js";
import { epochToWall } from "../../time/wallClock.js";
import { getZoneRules, isKnownZone } from "../../time/zoneRules.js";
import type { ZoneRules } from "../../time/zoneRules.js";
import { tzidOf } from "./eventProperties.js";
import { isUtc } from "./eventTimes.js";
import type { IcalComponent, IcalTime } from "./parseCalendars.js";

/** The instant of each UNTIL rewritten onto a wall clock, and that clock's zone, by rule. */
const exactUntils = new WeakMap<object, { readonly ms: number; readonly zone: ZoneRules }>();

/**
 * The UTC instant a rule's `UNTIL` had before {@link untilOnClock} put it on the wall clock of its
 * DTSTART, with that clock's zone; undefined when it was not rewritten. Rules that sla-clock
 * expands itself compare each occurrence's instant with it: a wall-clock comparison is wrong within
 * an hour of a clock change (02:30 on a spring-forward day is 03:30, after an UNTIL of 03:15; 01:30
 * on a fall-back day is before an UNTIL of 01:00 EST).
 */
export function exactUntil(rule: object): { readonly ms: number; readonly zone: ZoneRules } | undefined {
  return exactUntils.get(rule);
}

/**
 * Rewrites each RRULE `UNTIL` of the VEVENT `component` that is written in UTC (RFC 5545 §3.3.10: it
 * must be, when DTSTART has a TZID) as the same instant on the wall clock of its DTSTART `start`,
 * when ical.js reads that DTSTART as floating: a TZID that no VTIMEZONE of the file defines (the
 * import reads it as the IANA zone of that name), or no TZID (wall clock in the policy's zone
 * `zone`). ical.js compared such a DTSTART's wall-clock times with UNTIL as if they were UTC: an
 * event at 09:00 in Berlin until `20260310T080000Z` (09:00 there) lost its last occurrence, one at
 * 09:00 in Toronto until `20260310T100000Z` (06:00 there) gained one. The component is the
 * import's own, changed in place before its rules are expanded.
 */
export function untilOnClock(component: IcalComponent, start: IcalTime, zone: ZoneRules): void {
  if (start.isDate || isUtc(start) || (start.zone as { component?: unknown } | null)?.component) return;
  const tzid = tzidOf(component, "dtstart");
  if (tzid !== undefined && !isKnownZone(tzid)) return; // (refused as the occurrences are read)
  const rules = tzid !== undefined ? getZoneRules(tzid) : zone;
  for (const property of component.getAllProperties("rrule")) {
    const rule = property.getFirstValue() as InstanceType<typeof ICAL.Recur> | null;
    const until = rule?.until;
    if (rule === null || rule === undefined || until === null || until === undefined || until.isDate || !isUtc(until)) continue;
    const ms = until.toUnixTime() * 1000;
    const wall = new Date(epochToWall(rules, ms));
    const fields = { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: wall.getUTCSeconds() };
    rule.until = ICAL.Time.fromData(fields, start.zone ?? undefined);
    exactUntils.set(rule, { ms, zone: rules });
    property.setValue(rule);
  }
}
