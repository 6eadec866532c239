/**
 * A strict, allocation-light ISO 8601 scanner for local dates and date-times, shared by the policy
 * layer (holiday dates, closures, maintenance windows) and the time layer (user instants).
 *
 * It reads characters by index (no regular expressions, so no backtracking) and rejects any text
 * longer than {@link MAX_ISO_TEXT_LENGTH} before looking at it, so hostile input costs O(1).
 *
 * @module
 */

import { describeValue } from "../errors.js";
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND, dayFromCivil, daysInMonth } from "./calendarDate.js";

/**
 * Longest text {@link parseIsoText} looks at; anything longer is an error without being scanned.
 * @category Values
 */
export const MAX_ISO_TEXT_LENGTH = 64;

/**
 * A parsed ISO 8601 date or date-time.
 * - `day`: day number of the local date (days since 1970-01-01);
 * - `ms`: milliseconds of that local day, 0 ≤ ms < 86 400 000;
 * - `offsetMs`: the UTC offset in ms (local minus UTC; `Z` is 0), or `null` when the text has none,
 *   in which case it is a wall-clock time in some zone the caller decides.
 *
 * With an offset, the exact instant is `day * MS_PER_DAY + ms - offsetMs`.
 */
export interface IsoTextParts {
  readonly day: number;
  readonly ms: number;
  readonly offsetMs: number | null;
}

const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

const FORMS = "use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.fff]] with an optional Z or ±HH:MM offset";

/** Value of the decimal digit at `i`, or -1. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Value of the two decimal digits at `i`, or -1 (also read by `parseTimeOfDay`). */
export function twoDigitsAt(s: string, i: number): number {
  const a = digitAt(s, i);
  const b = digitAt(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

function notIso(s: string, why?: string): string {
  return why === undefined
    ? `${describeValue(s)} is not an ISO 8601 date or date-time; ${FORMS}`
    : `${describeValue(s)} is not a valid ISO 8601 date-time: ${why}`;
}

/**
 * Checks a calendar date; returns its day number or an error message.
 * Shared by {@link parseIsoText} and {@link parseMonthDay}.
 */
function checkedDay(s: string, year: number, month: number, day: number): number | string {
  if (month < 1 || month > 12) return notIso(s, `month ${pad2(month)} is not between 01 and 12`);
  const dim = daysInMonth(year, month);
  if (day < 1 || day > dim) {
    return notIso(s, `day ${pad2(day)} is not between 01 and ${dim} (${MONTH_NAMES[month - 1]} ${pad4(year)} has ${dim} days)`);
  }
  return dayFromCivil(year, month, day);
}

/**
 * Two-digit form of a month, day, hour or minute (`7` → `"07"`); larger numbers as they are.
 *
 * @example
 * pad2(7); //=> "07"
 * @category Values
 */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return String(n).padStart(4, "0");
}

/**
 * Parses an ISO 8601 local date or date-time, with or without a UTC offset.
 *
 * Rule: accepted forms are `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, `YYYY-MM-DDTHH:MM:SS` and
 * `YYYY-MM-DDTHH:MM:SS.f` (1–9 fraction digits, `.` or `,`, truncated to whole milliseconds). The
 * separator is `T`, `t` or one space. A date-time may end with `Z`/`z` or an offset `±HH:MM`,
 * `±HHMM`, `±HH` (up to ±23:59) or `±HH:MM:SS` (a historical offset with seconds, as sla-clock
 * prints one: `1971-06-01T11:15:30-00:44:30`). Years are exactly four digits, 0000–9999.
 *
 * Edge cases:
 * - `24:00` (seconds and fraction zero, if given) is midnight at the end of that day: the result is
 *   the next day at ms 0. Any other hour above 23 is an error.
 * - Month and day ranges are checked against the Gregorian calendar (`2026-02-30` and
 *   `2025-02-29` are errors, `2024-02-29` is fine); leap seconds (`:60`) are errors.
 * - A date without a time takes no offset (`2026-11-27Z` is an error); `-00:00` is read as `Z`.
 * - Text longer than {@link MAX_ISO_TEXT_LENGTH} characters is rejected without being scanned.
 *
 * Returns an error message (naming the text and the fix) instead of throwing; callers wrap it in
 * the error type of their layer.
 *
 * @throws Never: every problem is returned as a message.
 *
 * @example
 * parseIsoText("2026-11-27");              //=> { day: 20784, ms: 0, offsetMs: null }
 * parseIsoText("2026-11-27T21:30");        //=> { day: 20784, ms: 77400000, offsetMs: null }
 * parseIsoText("2026-11-27T21:30:00.5Z");  //=> { day: 20784, ms: 77400500, offsetMs: 0 }
 * parseIsoText("2026-11-27 24:00-05:00");  //=> { day: 20785, ms: 0, offsetMs: -18000000 }
 * parseIsoText("2026-02-30");              //=> "\"2026-02-30\" is not a valid ISO 8601 date-time: day 30 …"
 * @category Values
 */
export function parseIsoText(s: string): IsoTextParts | string {
  if (typeof s !== "string") return `${describeValue(s)} is not an ISO 8601 string; ${FORMS}`;
  const len = s.length;
  if (len > MAX_ISO_TEXT_LENGTH) return `${describeValue(s)} is too long for an ISO 8601 date-time (over ${MAX_ISO_TEXT_LENGTH} characters); ${FORMS}`;
  if (len < 10) return notIso(s);
  const y0 = twoDigitsAt(s, 0);
  const y1 = twoDigitsAt(s, 2);
  const month = twoDigitsAt(s, 5);
  const dom = twoDigitsAt(s, 8);
  if (y0 < 0 || y1 < 0 || s.charCodeAt(4) !== 45 /* - */ || month < 0 || s.charCodeAt(7) !== 45 || dom < 0) {
    return notIso(s);
  }
  const year = y0 * 100 + y1;
  const day = checkedDay(s, year, month, dom);
  if (typeof day === "string") return day;
  if (len === 10) return { day, ms: 0, offsetMs: null };

  const sep = s.charCodeAt(10);
  if (sep !== 84 /* T */ && sep !== 116 /* t */ && sep !== 32 /* space */) return notIso(s);
  if (len < 16) return notIso(s);
  const hour = twoDigitsAt(s, 11);
  const minute = twoDigitsAt(s, 14);
  if (hour < 0 || s.charCodeAt(13) !== 58 /* : */ || minute < 0) return notIso(s);
  let i = 16;
  let second = 0;
  let fractionMs = 0;
  let fractionIsZero = true;
  if (i < len && s.charCodeAt(i) === 58) {
    second = twoDigitsAt(s, i + 1);
    if (second < 0) return notIso(s);
    i += 3;
    const c = s.charCodeAt(i);
    if (i < len && (c === 46 /* . */ || c === 44 /* , */)) {
      i++;
      const start = i;
      while (i < len) {
        const d = digitAt(s, i);
        if (d < 0) break;
        const k = i - start;
        if (k < 3) fractionMs = fractionMs * 10 + d;
        if (d !== 0) fractionIsZero = false;
        i++;
      }
      const n = i - start;
      if (n === 0 || n > 9) return notIso(s, "the fraction of a second needs 1 to 9 digits");
      if (n === 1) fractionMs *= 100;
      else if (n === 2) fractionMs *= 10;
    }
  }

  let offsetMs: number | null = null;
  if (i < len) {
    const c = s.charCodeAt(i);
    if (c === 90 /* Z */ || c === 122 /* z */) {
      if (i + 1 !== len) return notIso(s);
      offsetMs = 0;
    } else if (c === 43 /* + */ || c === 45 /* - */) {
      const oh = twoDigitsAt(s, i + 1);
      if (oh < 0) return notIso(s);
      let om = 0;
      let os = 0;
      const rest = len - (i + 3);
      // ±HH:MM:SS: a historical offset with seconds, as sla-clock prints one (Monrovia's -00:44:30)
      if ((rest === 3 || (rest === 6 && s.charCodeAt(i + 6) === 58 && (os = twoDigitsAt(s, i + 7)) >= 0)) && s.charCodeAt(i + 3) === 58) om = twoDigitsAt(s, i + 4);
      else if (rest === 2) om = twoDigitsAt(s, i + 3);
      else if (rest !== 0) return notIso(s);
      if (om < 0) return notIso(s);
      if (oh > 23 || om > 59 || os > 59) return notIso(s, `the offset must be between -23:59 and +23:59`);
      const magnitude = oh * MS_PER_HOUR + om * MS_PER_MINUTE + os * MS_PER_SECOND;
      offsetMs = magnitude === 0 ? 0 : c === 45 ? -magnitude : magnitude;
    } else {
      return notIso(s);
    }
  }

  if (minute > 59) return notIso(s, `minute ${pad2(minute)} is not between 00 and 59`);
  if (second > 59) return notIso(s, `second ${pad2(second)} is not between 00 and 59`);
  if (hour === 24) {
    if (minute !== 0 || second !== 0 || !fractionIsZero) {
      return notIso(s, "24:00 is the only time allowed after 23:59:59.999 (midnight at the end of the day)");
    }
    return { day: day + 1, ms: 0, offsetMs };
  }
  if (hour > 23) return notIso(s, `hour ${pad2(hour)} is not between 00 and 23 (24:00 means the end of the day)`);
  return { day, ms: hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * MS_PER_SECOND + fractionMs, offsetMs };
}

/**
 * Parses a local calendar date `YYYY-MM-DD` (no time, no offset) into a day number.
 *
 * Rule: exactly the date form of {@link parseIsoText}; anything else is an error message.
 * Edge cases: a time, an offset or surrounding spaces make it an error; `2026-02-29` is an error.
 *
 * @throws Never: problems are returned as a message.
 *
 * @example
 * parseIsoDate("2026-11-27"); //=> 20784
 * parseIsoDate("2026-11-27T09:00"); //=> "\"2026-11-27T09:00\" is not a local date; use YYYY-MM-DD, e.g. \"2026-12-24\""
 * @category Values
 */
export function parseIsoDate(s: unknown): number | string {
  if (typeof s !== "string" || s.length !== 10) {
    return `${describeValue(s)} is not a local date; use YYYY-MM-DD, e.g. "2026-12-24"`;
  }
  // `YYYY-MM-DD` with a valid month and day read directly (no parts object); anything else, and
  // every error message, from the general scanner
  const y0 = s.charCodeAt(0) - 48;
  const y1 = s.charCodeAt(1) - 48;
  const y2 = s.charCodeAt(2) - 48;
  const y3 = s.charCodeAt(3) - 48;
  const m0 = s.charCodeAt(5) - 48;
  const m1 = s.charCodeAt(6) - 48;
  const d0 = s.charCodeAt(8) - 48;
  const d1 = s.charCodeAt(9) - 48;
  if (
    s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && y0 >>> 0 <= 9 && y1 >>> 0 <= 9 && y2 >>> 0 <= 9 && y3 >>> 0 <= 9 &&
    m0 >>> 0 <= 1 && m1 >>> 0 <= 9 && d0 >>> 0 <= 3 && d1 >>> 0 <= 9
  ) {
    const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
    const month = m0 * 10 + m1;
    const dom = d0 * 10 + d1;
    if (month >= 1 && month <= 12 && dom >= 1 && dom <= daysInMonth(year, month)) return dayFromCivil(year, month, dom);
  }
  const r = parseIsoText(s);
  return typeof r === "string" ? r : r.day;
}

/**
 * Parses an annual date `MM-DD` (as in a holiday that recurs every year).
 *
 * Rule: two-digit month 01–12, a hyphen, two-digit day valid for that month in a leap year, so
 * `"02-29"` is accepted (it applies in leap years only).
 * Edge cases: `"--12-31"`, `"12/31"` and full dates are errors.
 *
 * @throws Never: problems are returned as a message.
 *
 * @example
 * parseMonthDay("12-31"); //=> { month: 12, day: 31 }
 * parseMonthDay("02-29"); //=> { month: 2, day: 29 }
 * parseMonthDay("04-31"); //=> "\"04-31\" is not a valid month and day: April has 30 days"
 * @category Values
 */
export function parseMonthDay(s: unknown): { month: number; day: number } | string {
  const bad = `${describeValue(s)} is not an annual date; use MM-DD, e.g. "12-31"`;
  if (typeof s !== "string" || s.length !== 5 || s.charCodeAt(2) !== 45) return bad;
  const month = twoDigitsAt(s, 0);
  const day = twoDigitsAt(s, 3);
  if (month < 0 || day < 0) return bad;
  if (month < 1 || month > 12) return `${describeValue(s)} is not a valid month and day: month ${pad2(month)} is not between 01 and 12`;
  const dim = daysInMonth(2000, month);
  if (day < 1 || day > dim) return `${describeValue(s)} is not a valid month and day: ${MONTH_NAMES[month - 1]} has ${dim} days`;
  return { month, day };
}

/**
 * The exact instant of parsed text that carries an offset, in epoch ms; `null` when it has none.
 *
 * Rule: `day * MS_PER_DAY + ms - offsetMs`. Edge case: wall-clock text (no offset) needs a time
 * zone, which this layer does not have, so it gives `null`.
 *
 * @throws Never.
 *
 * @example
 * isoTextEpochMs(parseIsoText("1970-01-02T00:00+01:00") as IsoTextParts); //=> 82800000
 * @category Values
 */
export function isoTextEpochMs(parts: IsoTextParts): number | null {
  return parts.offsetMs === null ? null : parts.day * MS_PER_DAY + parts.ms - parts.offsetMs;
}

/**
 * The fast path for canonical UTC text, as `Date#toISOString` and most APIs write it:
 * `YYYY-MM-DDTHH:MM:SS.sssZ`, `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MMZ` (upper-case `T` and
 * `Z`, hours 00–23). Returns the instant in epoch ms, or `NaN` for any other text, which
 * {@link parseIsoText} then reads (with the same answer for these forms, and the error messages).
 *
 * @throws Never.
 * @example
 * canonicalIsoEpochMs("2026-11-27T21:30:00.000Z"); //=> Date.UTC(2026, 10, 27, 21, 30)
 * canonicalIsoEpochMs("2026-11-27T21:30");         //=> NaN (no offset: a wall-clock time)
 * @category Values
 */
export function canonicalIsoEpochMs(s: string): number {
  // One read per character, digits checked as unsigned (a non-digit gives a value above 9), no
  // helper calls and no allocation: this runs before every text instant (issue 14: text inputs).
  const len = s.length;
  if ((len !== 24 && len !== 20 && len !== 17) || s.charCodeAt(len - 1) !== 90 /* Z */ || s.charCodeAt(10) !== 84 /* T */) return Number.NaN;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58) return Number.NaN;
  const y0 = s.charCodeAt(0) - 48;
  const y1 = s.charCodeAt(1) - 48;
  const y2 = s.charCodeAt(2) - 48;
  const y3 = s.charCodeAt(3) - 48;
  const m0 = s.charCodeAt(5) - 48;
  const m1 = s.charCodeAt(6) - 48;
  const d0 = s.charCodeAt(8) - 48;
  const d1 = s.charCodeAt(9) - 48;
  const h0 = s.charCodeAt(11) - 48;
  const h1 = s.charCodeAt(12) - 48;
  const n0 = s.charCodeAt(14) - 48;
  const n1 = s.charCodeAt(15) - 48;
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || m0 >>> 0 > 1 || m1 >>> 0 > 9 || d0 >>> 0 > 3 || d1 >>> 0 > 9) return Number.NaN;
  if (h0 >>> 0 > 2 || h1 >>> 0 > 9 || n0 >>> 0 > 5 || n1 >>> 0 > 9) return Number.NaN;
  const month = m0 * 10 + m1;
  const dom = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  if (month < 1 || month > 12 || dom < 1 || hour > 23) return Number.NaN;
  let ms = (hour * 60 + n0 * 10 + n1) * MS_PER_MINUTE;
  if (len > 17) {
    const s0 = s.charCodeAt(17) - 48;
    const s1 = s.charCodeAt(18) - 48;
    if (s.charCodeAt(16) !== 58 || s0 >>> 0 > 5 || s1 >>> 0 > 9) return Number.NaN;
    ms += (s0 * 10 + s1) * MS_PER_SECOND;
    if (len === 24) {
      const f0 = s.charCodeAt(20) - 48;
      const f1 = s.charCodeAt(21) - 48;
      const f2 = s.charCodeAt(22) - 48;
      if (s.charCodeAt(19) !== 46 /* . */ || f0 >>> 0 > 9 || f1 >>> 0 > 9 || f2 >>> 0 > 9) return Number.NaN;
      ms += f0 * 100 + f1 * 10 + f2;
    }
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  if (dom > 28 && dom > daysInMonth(year, month)) return Number.NaN;
  return dayFromCivil(year, month, dom) * MS_PER_DAY + ms;
}
