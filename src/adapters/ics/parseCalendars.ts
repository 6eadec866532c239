/**
 * The VCALENDAR objects of an iCalendar text, as ical.js components; and ical.js's classes as the
 * types the import reads.
 *
 * @module
 */
import ICAL from "ical.js";
import { InputError } from "../../errors.js";

/** A date or date-time value as ical.js reads it. */
export type IcalTime = InstanceType<typeof ICAL.Time>;
/** A VCALENDAR, VEVENT, VTIMEZONE or other component as ical.js reads it. */
export type IcalComponent = InstanceType<typeof ICAL.Component>;
/** A VEVENT as ical.js's event model reads it (start, end, recurrence). */
export type IcalEvent = InstanceType<typeof ICAL.Event>;

/**
 * Every VCALENDAR object of the file, in order (RFC 5545 §3.4: a stream may hold several). A
 * byte-order mark is ignored.
 *
 * @throws InputError when the text is not iCalendar, or holds something else than VCALENDARs.
 */
export function parseCalendars(text: string): IcalComponent[] {
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
