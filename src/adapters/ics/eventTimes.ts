/**
 * The times of an event as the policy reads them: ical.js times as day numbers, wall-clock readings,
 * ISO points and closures, and the instant of a time on another value's clock.
 *
 * @module
 */
import ICAL from "ical.js";
import { InputError } from "../../errors.js";
import { dayFromCivil, MS_PER_DAY } from "../../time/calendarDate.js";
import { toEpochMs } from "../../time/instant.js";
import { epochToWall, wallToEpoch } from "../../time/wallClock.js";
import { getZoneRules, isKnownZone } from "../../time/zoneRules.js";
import type { ZoneRules } from "../../time/zoneRules.js";
import { tzidOf } from "./eventProperties.js";
import type { HolidayEntry } from "./icsEntries.js";
import type { IcalComponent, IcalTime } from "./parseCalendars.js";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/**
 * A time value of an event with what its zone is read from: the VCALENDAR `root` (its VTIMEZONEs)
 * and the property's TZID.
 */
export interface TimeValue {
  readonly root: IcalComponent;
  readonly time: IcalTime;
  readonly tzid: string | undefined;
}

/** The day number of a time's date, as written (its own zone's date). */
export function dayOfTime(t: IcalTime): number {
  return dayFromCivil(t.year, t.month, t.day);
}

/** The wall-clock reading of a time as "local ms" (day number × 86 400 000 + ms of day; midnight for a date). */
export function wallMsOf(t: IcalTime): number {
  return dayOfTime(t) * MS_PER_DAY + (t.isDate ? 0 : ((t.hour * 60 + t.minute) * 60 + t.second) * 1000);
}

/** Whether a time is in UTC (`…Z`). */
export function isUtc(t: IcalTime): boolean {
  const zone = t.zone;
  return zone === ICAL.Timezone.utcTimezone || (zone !== undefined && zone !== null && zone.tzid === "UTC");
}

/** The exact instant (epoch ms) of an ISO point, read as the policy reads it (floating: wall clock in its zone `zone`). */
export function instantOf(point: string, zone: ZoneRules): number {
  return toEpochMs(point, zone, "ics");
}

/**
 * An ISO point for a timed value: exact (`Z`) when it has a zone (UTC, the VTIMEZONE of `root` that
 * defines `tzid`, else the IANA zone `tzid`), wall clock in the policy's zone when floating.
 *
 * @throws InputError for a TZID that neither the file nor the IANA database defines.
 */
export function isoPoint(root: IcalComponent, t: IcalTime, tzid: string | undefined): string {
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

/**
 * The closure `{ from, to, name }` of a timed event of `component` from `start` to `end` (each read
 * in the zone of its property: DTEND's, else DTSTART's); null without an end, or when it ends at or
 * before it starts.
 *
 * @throws InputError as {@link isoPoint}.
 */
export function closureOf(root: IcalComponent, component: IcalComponent, start: IcalTime, end: IcalTime | null, name: string | undefined): HolidayEntry | null {
  if (end === null || end === undefined) return null;
  const from = isoPoint(root, start, tzidOf(component, "dtstart"));
  const to = isoPoint(root, end, tzidOf(component, component.hasProperty("dtend") ? "dtend" : "dtstart"));
  const a = Date.parse(from.endsWith("Z") ? from : `${from}Z`);
  const b = Date.parse(to.endsWith("Z") ? to : `${to}Z`);
  if (from.endsWith("Z") === to.endsWith("Z") && b <= a) return null;
  return name === undefined ? { from, to } : { from, to, name };
}

/**
 * The time `value` on the clock of `clock` (a timed value): itself when a date or written in the
 * same zone, else its instant in the clock's zone (UTC, the file's VTIMEZONE, the IANA zone, or the
 * policy's zone `zone` when floating).
 *
 * @throws InputError as {@link isoPoint}.
 */
export function onClockOf(value: TimeValue, clock: TimeValue, zone: ZoneRules): IcalTime {
  const t = value.time;
  const utc = isUtc(clock.time);
  if (t.isDate || (isUtc(t) === utc && value.tzid === clock.tzid)) return t;
  const at = instantOf(isoPoint(value.root, t, value.tzid), zone);
  if (utc) return ICAL.Time.fromJSDate(new Date(at), true);
  isoPoint(clock.root, clock.time, clock.tzid); // refuses a TZID that neither the file nor the IANA database defines
  const clockZone = clock.time.zone;
  const zoned = (clockZone as { component?: unknown } | null)?.component ? ICAL.Time.fromJSDate(new Date(at), true).convertToZone(clockZone!) : null;
  if (zoned !== null) return zoned;
  const wall = new Date(epochToWall(clock.tzid !== undefined ? getZoneRules(clock.tzid) : zone, at));
  const fields = { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: wall.getUTCSeconds() };
  return ICAL.Time.fromData(fields, clockZone ?? undefined);
}
