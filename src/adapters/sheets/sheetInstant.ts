/**
 * Date and number cells → instants and local dates, the way spreadsheets mean them.
 *
 * @module
 */
import { InputError, describeValue } from "../../errors.js";
import { MS_PER_DAY, MS_PER_HOUR, dayFromCivil, formatDay } from "../../time/calendarDate.js";
import { toEpochMs } from "../../time/instant.js";
import { parseIsoDate } from "../../time/isoText.js";
import { getZoneRules } from "../../time/zoneRules.js";

/** Sheets/Excel serial of 1970-01-01 (1900 date system: day 0 is 1899-12-30). */
export const SERIAL_UNIX_EPOCH = 25_569;

const dateGetTime = Date.prototype.getTime;

/** The first and last local dates sla-clock supports (years 1000–9999), as day numbers. */
const FIRST_DAY = dayFromCivil(1000, 1, 1);
const LAST_DAY = dayFromCivil(9999, 12, 31);

/**
 * A serial date's day, checked against the supported years before any date arithmetic (so that a
 * serial such as 1e12 is refused in the user's terms, not with the engine's "Invalid time value").
 */
function serialDay(serial: number, what: string): number {
  const day = Math.floor(serial) - SERIAL_UNIX_EPOCH;
  if (day < FIRST_DAY || day > LAST_DAY) {
    throw new InputError(
      `${what}: ${describeValue(serial)} is a serial date outside the supported years 1000–9999 (serials ${FIRST_DAY + SERIAL_UNIX_EPOCH} to ${LAST_DAY + SERIAL_UNIX_EPOCH})`,
    );
  }
  return day;
}

/** A holiday cell's day, checked against the supported years (the cell quoted as the user gave it). */
function supportedDay(day: number, cell: unknown, what: string): string {
  if (day < FIRST_DAY || day > LAST_DAY) throw new InputError(`${what}: ${describeValue(cell)} is outside the supported years 1000–9999`);
  return formatDay(day);
}

/**
 * True for a Date of any realm (Apps Script passes its own; `instanceof Date` would fail): an object
 * that `Date.prototype.getTime` reads. An object that only claims to be one (`Symbol.toStringTag`
 * "Date", `Object.create(Date.prototype)`) is not, and is refused as any other non-date cell.
 */
export function isAnyDate(v: unknown): v is Date {
  if (typeof v !== "object" || v === null) return false;
  try {
    dateGetTime.call(v);
    return true;
  } catch {
    return false;
  }
}

/**
 * The wall-clock ISO text (`YYYY-MM-DDTHH:MM:SS.fff`, no offset) of a spreadsheet serial date-time,
 * rounded to the millisecond: the whole part counts days since 1899-12-30, the fraction is the
 * time of day.
 *
 * @example
 * serialToWallText(46353.8958333333); //=> "2026-11-27T21:30:00.000"
 */
export function serialToWallText(serial: number): string {
  const local = Math.round((serial - SERIAL_UNIX_EPOCH) * MS_PER_DAY);
  const iso = new Date(local).toISOString();
  return iso.slice(0, iso.length - 1);
}

/**
 * The instant (epoch ms) of a date cell: a Date (any realm) is that instant; a number is a serial
 * date read as wall clock in the policy's zone; a string is ISO 8601 (offset-less = the policy's
 * wall clock), written the way people type it in a cell too: a space may stand for `T` and the
 * hour may have one digit (`2026-11-27 9:30`). Error messages quote the text as typed.
 *
 * @param timezone - the policy's zone.
 * @param what - the argument's name in messages (`created`, `as_of`, …).
 * @throws InputError for an invalid Date, a non-finite number, a serial date outside years
 *   1000–9999, text that is not ISO 8601, a boolean or any other value.
 * @example
 * sheetInstant(46353.5, "America/Toronto", "created");            //=> Date.UTC(2026, 10, 27, 17)
 * sheetInstant("2026-11-27 21:30", "America/Toronto", "created"); //=> Date.UTC(2026, 10, 28, 2, 30)
 */
export function sheetInstant(v: unknown, timezone: string, what: string): number {
  if (isAnyDate(v)) {
    const t = dateGetTime.call(v);
    if (Number.isNaN(t)) throw new InputError(`${what}: the date is invalid`);
    return toEpochMs(t, getZoneRules(timezone), what);
  }
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new InputError(`${what}: ${describeValue(v)} is not a date`);
    serialDay(v, what);
    return toEpochMs(serialToWallText(v), getZoneRules(timezone), what);
  }
  if (typeof v === "string") {
    const iso = isoFromCellText(v);
    try {
      return toEpochMs(iso, getZoneRules(timezone), what);
    } catch (e) {
      // The library saw the normalised text; the user typed `v`.
      if (e instanceof InputError && iso !== v) throw new InputError(e.message.replace(describeValue(iso), describeValue(v)));
      throw e;
    }
  }
  throw new InputError(`${what}: ${describeValue(v)} is not a date; give a date-time cell, a serial number or ISO text such as 2026-11-27T21:30`);
}

/**
 * ISO 8601 text from date-time text as typed in a cell: trimmed, a space between date and time
 * read as `T`, and a one-digit hour padded (`2026-11-27 9:30` → `2026-11-27T09:30`). Anything
 * else is returned trimmed, for the ISO parser to accept or refuse.
 *
 * @example
 * isoFromCellText(" 2026-11-27 9:30 "); //=> "2026-11-27T09:30"
 * isoFromCellText("2026-11-27T21:30Z"); //=> "2026-11-27T21:30Z"
 */
export function isoFromCellText(text: string): string {
  const s = text.trim();
  const m = /^(\d{4}-\d{2}-\d{2})[T ]+(\d{1,2})(:.*)?$/.exec(s);
  if (m === null) return s;
  return `${m[1]}T${m[2]!.padStart(2, "0")}${m[3] ?? ""}`;
}

/**
 * The local date (`YYYY-MM-DD`) a holiday cell names, in the policy's zone: a Date is taken to the
 * nearest local midnight (so a date typed in a spreadsheet whose zone differs from the policy's by
 * less than 12 hours still names the same day); a number is a serial date (its time is ignored);
 * a string must be `YYYY-MM-DD` (a time after it is ignored).
 *
 * @throws InputError for anything else, for a date that does not exist (`2026-02-30`) and for a
 *   date outside years 1000–9999, quoting the cell as given.
 * @example
 * sheetLocalDate(46381, "America/Toronto", "holidays"); //=> "2026-12-25"
 */
export function sheetLocalDate(v: unknown, timezone: string, what: string): string {
  if (isAnyDate(v)) {
    const t = dateGetTime.call(v);
    if (Number.isNaN(t)) throw new InputError(`${what}: the date is invalid`);
    const wall = t + getZoneRules(timezone).offsetAt(t);
    return supportedDay(Math.floor((wall + 12 * MS_PER_HOUR) / MS_PER_DAY), v, what);
  }
  if (typeof v === "number" && Number.isFinite(v)) return formatDay(serialDay(v, what));
  if (typeof v === "string" && /^\s*\d{4}-\d{2}-\d{2}(?:[T ].*)?$/.test(v)) {
    // checked here, so that a bad cell is named as typed, not as the policy entry made from it
    const day = parseIsoDate(v.trim().slice(0, 10));
    if (typeof day === "string") throw new InputError(`${what}: ${describeValue(v)} is not a valid date (${day})`);
    return supportedDay(day, v, what);
  }
  throw new InputError(`${what}: ${describeValue(v)} is not a date; use date cells or YYYY-MM-DD text`);
}

/**
 * A number of hours from a cell: a number, or numeric text.
 *
 * @throws InputError for anything else.
 */
export function sheetHours(v: unknown, what: string): number {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)\s*$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isFinite(n)) throw new InputError(`${what}: ${describeValue(v)} is not a number of hours`);
  return n;
}
