/**
 * Durations as users write them (milliseconds, shorthand text, ISO 8601 text, or an object of
 * parts), read into integer milliseconds of clock time.
 *
 * @module
 */

import { describeValue, isPlainObject, thrownText } from "../errors.js";
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND } from "./calendarDate.js";

/**
 * Longest duration text {@link parseDuration} looks at; longer text is an error without being scanned.
 * @category Values
 */
export const MAX_DURATION_TEXT_LENGTH = 100;

/** Keys of a duration object, in descending unit order. */
export const DURATION_PART_KEYS = ["days", "hours", "minutes", "seconds", "milliseconds"] as const;

/** One of {@link DURATION_PART_KEYS}. */
export type DurationPartKey = (typeof DURATION_PART_KEYS)[number];

/** A duration as an object of non-negative parts; absent parts are 0. */
export type DurationParts = { readonly [K in DurationPartKey]?: number };

const PART_MS: Readonly<Record<DurationPartKey, number>> = {
  days: MS_PER_DAY,
  hours: MS_PER_HOUR,
  minutes: MS_PER_MINUTE,
  seconds: MS_PER_SECOND,
  milliseconds: 1,
};

const FORMS =
  'use a number of milliseconds, a shorthand such as "2h", "90m", "1h30m" or "1.5h", ISO 8601 such as "PT2H30M", or an object such as { "hours": 2 }';

const MS_PER_WEEK = 7 * MS_PER_DAY;

/** Shorthand units by rank (largest first). */
const SHORTHAND_UNITS = ["w", "d", "h", "m", "s", "ms"] as const;
const SHORTHAND_MS = [MS_PER_WEEK, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND, 1] as const;
/** ISO 8601 designators by rank; W and D belong before `T`, H, M and S after it. */
const ISO_MS = [MS_PER_WEEK, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND] as const;

function notDuration(s: string, why?: string): string {
  return why === undefined ? `${describeValue(s)} is not a duration; ${FORMS}` : `${describeValue(s)} is not a duration: ${why}`;
}

const YEARS_MONTHS = "years and months have no fixed length; write days or weeks instead (e.g. 30 days)";

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** End index of the number that starts at `i` (digits, optionally one `.` or `,` and digits), or -1. */
function scanNumber(s: string, i: number, allowComma: boolean): number {
  const len = s.length;
  const start = i;
  while (i < len && isDigit(s.charCodeAt(i))) i++;
  if (i === start) return -1;
  const c = s.charCodeAt(i);
  if (c === 46 /* . */ || (allowComma && c === 44 /* , */)) {
    i++;
    const fracStart = i;
    while (i < len && isDigit(s.charCodeAt(i))) i++;
    if (i === fracStart) return -1;
  }
  return i;
}

function numberValue(s: string, start: number, end: number): number {
  const text = s.slice(start, end);
  return Number(text.indexOf(",") >= 0 ? text.replace(",", ".") : text);
}

function finish(s: string, total: number): number | string {
  const ms = Math.round(total);
  if (!Number.isFinite(ms)) return notDuration(s, "it is too large");
  return ms === 0 ? 0 : ms;
}

function parseShorthand(s: string, begin: number, end: number): number | string {
  let i = begin;
  let lastRank = -1;
  let total = 0;
  while (i < end) {
    const numStart = i;
    const numEnd = scanNumber(s, i, false);
    if (numEnd < 0) {
      const c = s.charCodeAt(i);
      if (c === 45 /* - */) return notDuration(s, "a duration cannot be negative");
      return notDuration(s);
    }
    const value = numberValue(s, numStart, numEnd);
    i = numEnd;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    const unitStart = i;
    while (i < end && isLetter(s.charCodeAt(i))) i++;
    if (unitStart === i) {
      if (numStart === begin && i === end) {
        return notDuration(s, `it has no unit; write "${s.slice(begin, numEnd)}ms", or pass the number ${s.slice(begin, numEnd)} for milliseconds`);
      }
      return notDuration(s, `every number needs a unit (w, d, h, m, s or ms), e.g. "1h30m"`);
    }
    const unit = s.slice(unitStart, i);
    const rank = (SHORTHAND_UNITS as ReadonlyArray<string>).indexOf(unit);
    if (rank < 0) {
      const lower = unit.toLowerCase();
      if (lower === "y" || lower === "yr" || lower === "mo" || lower === "mon" || unit === "M") return notDuration(s, YEARS_MONTHS);
      if ((SHORTHAND_UNITS as ReadonlyArray<string>).indexOf(lower) >= 0) {
        return notDuration(s, `unit ${JSON.stringify(unit)} must be lowercase: w, d, h, m, s or ms`);
      }
      return notDuration(s, `unknown unit ${describeValue(unit.length > 20 ? unit.slice(0, 20) : unit)}; use w, d, h, m, s or ms`);
    }
    if (rank <= lastRank) {
      return notDuration(s, `units must go from largest to smallest, each at most once (e.g. "1d2h30m15s")`);
    }
    lastRank = rank;
    total += value * SHORTHAND_MS[rank]!;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
  }
  return finish(s, total);
}

function parseIso(s: string, begin: number, end: number): number | string {
  // s[begin] is P or p.
  let i = begin + 1;
  if (i === end) return notDuration(s, `"P" needs at least one component, e.g. "PT2H" or "P1D"`);
  let inTime = false;
  let lastRank = -1;
  let components = 0;
  let fractionSeen = false;
  let total = 0;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c === 84 /* T */ || c === 116 /* t */) {
      if (inTime) return notDuration(s);
      inTime = true;
      i++;
      if (i === end) return notDuration(s, `"T" must be followed by hours, minutes or seconds, e.g. "PT30M"`);
      continue;
    }
    const numEnd = scanNumber(s, i, true);
    if (numEnd < 0 || numEnd >= end) {
      if (c === 45 /* - */) return notDuration(s, "a duration cannot be negative");
      return notDuration(s);
    }
    if (fractionSeen) return notDuration(s, "only the last component may have a fraction (e.g. \"PT1H30.5M\")");
    const value = numberValue(s, i, numEnd);
    for (let k = i; k < numEnd; k++) {
      const d = s.charCodeAt(k);
      if (d === 46 || d === 44) fractionSeen = true;
    }
    const designator = s.charCodeAt(numEnd) & ~32; // upper-case
    let rank: number;
    if (designator === 89 /* Y */) return notDuration(s, YEARS_MONTHS);
    if (designator === 77 /* M */) {
      if (!inTime) return notDuration(s, `${YEARS_MONTHS}; for minutes write "PT…M"`);
      rank = 3;
    } else if (designator === 87 /* W */) rank = 0;
    else if (designator === 68 /* D */) rank = 1;
    else if (designator === 72 /* H */) rank = 2;
    else if (designator === 83 /* S */) rank = 4;
    else return notDuration(s);
    if (inTime !== rank >= 2) {
      return notDuration(s, inTime ? "weeks and days go before \"T\" (e.g. \"P1DT2H\")" : "hours, minutes and seconds go after \"T\" (e.g. \"PT2H\")");
    }
    if (rank <= lastRank) return notDuration(s, "components must go from largest to smallest, each at most once (e.g. \"P1DT2H30M\")");
    lastRank = rank;
    components++;
    total += value * ISO_MS[rank]!;
    i = numEnd + 1;
  }
  if (components === 0) return notDuration(s);
  return finish(s, total);
}

/**
 * The fast path of the commonest shorthand: one whole number of 1–9 digits and one unit, nothing
 * else (`"2h"`, `"90m"`, `"500ms"`, `"3d"`, `"1w"`); -1 for anything else, which the full scanner
 * reads (and which gives the same answer for these forms: `test/time/durationText.test.ts`).
 *
 * @throws Never.
 * @example
 * simpleShorthandMs("2h");    //=> 7_200_000
 * simpleShorthandMs("1h30m"); //=> -1 (the full scanner reads it)
 * @category Values
 */
export function simpleShorthandMs(s: string): number {
  const len = s.length;
  if (len < 2 || len > 11) return -1;
  // the unit is the last character, or the last two ("ms"); every character before it a digit
  const u = s.charCodeAt(len - 1);
  const digits = u === 115 /* s */ && s.charCodeAt(len - 2) === 109 /* m */ ? len - 2 : len - 1;
  if (digits < 1 || digits > 9) return -1;
  let value = 0;
  for (let i = 0; i < digits; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  const unitMs =
    digits === len - 2 ? 1 : u === 104 /* h */ ? MS_PER_HOUR : u === 109 /* m */ ? MS_PER_MINUTE : u === 115 /* s */ ? MS_PER_SECOND : u === 100 /* d */ ? MS_PER_DAY : u === 119 /* w */ ? MS_PER_WEEK : -1;
  return unitMs < 0 ? -1 : value * unitMs; // exact: at most 999,999,999 weeks, far below 2^53
}

function parseDurationText(s: string): number | string {
  const simple = simpleShorthandMs(s);
  if (simple >= 0) return simple;
  if (s.length > MAX_DURATION_TEXT_LENGTH) {
    return `${describeValue(s)} is too long for a duration (over ${MAX_DURATION_TEXT_LENGTH} characters); ${FORMS}`;
  }
  let begin = 0;
  let end = s.length;
  while (begin < end && isSpace(s.charCodeAt(begin))) begin++;
  while (end > begin && isSpace(s.charCodeAt(end - 1))) end--;
  if (begin === end) return `an empty string is not a duration; ${FORMS}`;
  const c = s.charCodeAt(begin);
  if (c === 80 /* P */ || c === 112 /* p */) return parseIso(s, begin, end);
  if (c === 45 /* - */) return notDuration(s, "a duration cannot be negative");
  return parseShorthand(s, begin, end);
}

/** Describes an object without running its getters (accessors show as "[getter]"). */
function describeObject(input: Record<string, unknown>): string {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(input).slice(0, 10)) {
    const desc = Object.getOwnPropertyDescriptor(input, key);
    Object.defineProperty(copy, key, { value: desc && "value" in desc ? desc.value : "[getter]", enumerable: true });
  }
  return describeValue(copy);
}

function parseDurationObject(input: Record<string, unknown>): number | string {
  let total = 0;
  for (const key of Object.keys(input)) {
    if (!(DURATION_PART_KEYS as ReadonlyArray<string>).includes(key)) {
      return `${describeObject(input)} is not a duration: unknown key ${describeValue(key)}; use days, hours, minutes, seconds or milliseconds`;
    }
    // Each part is read once: a getter is called once, and what it throws is the message.
    let v: number; // checked below: Number.isFinite is false for anything but a number
    try {
      v = input[key] as number;
    } catch (e) {
      return `${key} could not be read (${thrownText(e)})`;
    }
    if (v === undefined) continue;
    if (!Number.isFinite(v)) {
      return `${describeObject(input)} is not a duration: ${key} must be a finite number, got ${describeValue(v)}`;
    }
    if (v < 0) return `${describeObject(input)} is not a duration: ${key} is negative (${v}); a duration cannot be negative`;
    total += v * PART_MS[key as DurationPartKey];
  }
  const ms = Math.round(total);
  if (!Number.isFinite(ms)) return `${describeObject(input)} is not a duration: it is too large`;
  return ms === 0 ? 0 : ms;
}

/**
 * Reads a duration into integer milliseconds.
 *
 * Rule (CONTRACT §1 Duration):
 * - a `number` is milliseconds: finite and >= 0 (`-0` is 0), rounded to the nearest ms;
 * - shorthand text: numbers with units `w` (7 days), `d` (24 hours of clock time, *not* a business
 *   day), `h`, `m`, `s`, `ms`, largest unit first and each at most once, optional whitespace
 *   between parts and around the text: `"2h"`, `"90m"`, `"1h30m"`, `"1.5h"`, `"1d 2h 30m 15s"`;
 *   units are lowercase (`"M"` would read as months);
 * - ISO 8601 text: `P[nW][nD][T[nH][nM][nS]]`, e.g. `"PT2H30M"`, `"P1DT2H"`, `"PT0.5H"`, `"P2W"`;
 *   designators in either case, a fraction (`.` or `,`) only on the last component;
 * - an object `{ days?, hours?, minutes?, seconds?, milliseconds? }` of finite non-negative numbers;
 *   unknown keys are errors; `{}` is 0.
 *
 * Edge cases: years and months (`"P1Y"`, `"P1M"`, `"1y"`) are errors because their length varies;
 * a bare number in a string (`"7200000"`) is an error (add a unit); negative, NaN and infinite
 * values are errors; text longer than {@link MAX_DURATION_TEXT_LENGTH} characters is rejected
 * without being scanned. Enormous but finite durations are returned as numbers (horizon checks
 * happen where the duration is used).
 *
 * Returns an error message naming the value and the fix instead of throwing. Each part of a
 * duration object is read once (a getter is called once); what a getter or a Proxy throws is
 * reported as "could not be read (…)".
 *
 * @throws Never: problems are returned as a message.
 *
 * @example
 * parseDuration("1h30m");        //=> 5400000
 * parseDuration("1.5h");         //=> 5400000
 * parseDuration("PT2H30M");      //=> 9000000
 * parseDuration("3d");           //=> 259200000
 * parseDuration({ minutes: 90 }); //=> 5400000
 * parseDuration(1500.4);         //=> 1500
 * parseDuration("P1M");          //=> "\"P1M\" is not a duration: years and months have no fixed length; …"
 * @category Values
 */
export function parseDuration(input: unknown): number | string {
  if (typeof input === "number") {
    if (Number.isNaN(input)) return `NaN is not a duration; ${FORMS}`;
    if (!Number.isFinite(input)) return `${describeValue(input)} is not a duration: it must be finite`;
    if (input < 0) return `${describeValue(input)} is not a duration: a duration cannot be negative`;
    const ms = Math.round(input);
    return ms === 0 ? 0 : ms;
  }
  if (typeof input === "string") return parseDurationText(input);
  try {
    if (isPlainObject(input)) return parseDurationObject(input);
  } catch (e) {
    return `could not be read (${thrownText(e)})`; // a Proxy whose traps throw
  }
  return `${describeValue(input)} is not a duration; ${FORMS}`;
}
