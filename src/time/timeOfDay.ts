/**
 * Wall-clock times of day (`"HH:MM"`, `"HH:MM:SS"`) as milliseconds of the local day.
 *
 * @module
 */

import { describeValue } from "../errors.js";
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND } from "./calendarDate.js";
import { twoDigitsAt } from "./isoText.js";

/**
 * Parses a time of day into milliseconds since local midnight.
 *
 * Rule: exactly `HH:MM` or `HH:MM:SS` with two-digit fields, from `00:00` to `24:00`; hours 00–23,
 * minutes and seconds 00–59.
 *
 * Edge cases: `"24:00"` (and `"24:00:00"`) is midnight at the end of the day, 86 400 000; any other
 * time with hour 24 is an error. `"9:00"`, `"09:00 "` and `"0900"` are errors (strict format).
 * Where `24:00` is allowed (only at the end of an interval) is the caller's rule.
 *
 * Returns an error message naming the value and the fix instead of throwing.
 *
 * @throws Never: problems are returned as a message.
 *
 * @example
 * parseTimeOfDay("09:30");    //=> 34200000
 * parseTimeOfDay("23:59:59"); //=> 86399000
 * parseTimeOfDay("24:00");    //=> 86400000
 * parseTimeOfDay("25:00");    //=> "\"25:00\" is not a time of day; use HH:MM between 00:00 and 24:00"
 * @category Values
 */
export function parseTimeOfDay(s: unknown): number | string {
  if (typeof s === "string" && (s.length === 5 || s.length === 8) && s.charCodeAt(2) === 58 /* : */) {
    const h = twoDigitsAt(s, 0);
    const m = twoDigitsAt(s, 3);
    let sec = 0;
    let ok = h >= 0 && m >= 0;
    if (ok && s.length === 8) {
      sec = twoDigitsAt(s, 6);
      ok = s.charCodeAt(5) === 58 && sec >= 0;
    }
    if (ok && m <= 59 && sec <= 59) {
      if (h < 24) return h * MS_PER_HOUR + m * MS_PER_MINUTE + sec * MS_PER_SECOND;
      if (h === 24 && m === 0 && sec === 0) return MS_PER_DAY;
    }
  }
  return `${describeValue(s)} is not a time of day; use HH:MM between 00:00 and 24:00`;
}

/**
 * Formats milliseconds of the day as `HH:MM`, or `HH:MM:SS` when seconds are not zero (the
 * inverse of {@link parseTimeOfDay}; milliseconds below a second are dropped). Values of 24 hours
 * or more keep counting (`"30:00"` is 06:00 the next day), as in overnight intervals.
 *
 * @throws Never.
 *
 * @example
 * formatTimeOfDay(34200000); //=> "09:30"
 * formatTimeOfDay(86400000); //=> "24:00"
 * @category Values
 */
export function formatTimeOfDay(ms: number): string {
  const totalSeconds = Math.floor(ms / MS_PER_SECOND);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor(totalSeconds / 60) % 60;
  const s = totalSeconds % 60;
  const hm = `${h < 10 ? "0" : ""}${h}:${m < 10 ? "0" : ""}${m}`;
  return s === 0 ? hm : `${hm}:${s < 10 ? "0" : ""}${s}`;
}
