/**
 * The refusal of dates, times and UTC offsets that cannot exist, which ical.js would roll over into
 * other ones (20261301 becomes 2027-01-01).
 *
 * @module
 */
import { InputError } from "../../errors.js";
import { daysInMonth } from "../../time/calendarDate.js";
import { clip } from "./eventProperties.js";
import type { IcalComponent } from "./parseCalendars.js";

/** The properties of an event whose dates and times the import reads (directly or through ical.js's recurrence). */
export const EVENT_PROPERTIES = ["dtstart", "dtend", "rrule", "rdate", "exdate", "recurrence-id"];
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
export function checkValues(component: IcalComponent, label: string, properties: ReadonlyArray<string>): void {
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

/**
 * Refuses, as {@link checkValues}, a value that cannot exist in the STANDARD and DAYLIGHT parts of
 * the VTIMEZONEs of the calendars.
 *
 * @throws InputError naming the VTIMEZONE by its TZID, the property and the value as written.
 */
export function checkTimeZones(roots: ReadonlyArray<IcalComponent>): void {
  for (const root of roots) {
    for (const vtimezone of root.getAllSubcomponents("vtimezone")) {
      const label = `VTIMEZONE ${JSON.stringify(clip(String(vtimezone.getFirstPropertyValue("tzid") ?? "(no TZID)"), 60))}`;
      for (const part of vtimezone.getAllSubcomponents()) checkValues(part, label, ZONE_PROPERTIES);
    }
  }
}
