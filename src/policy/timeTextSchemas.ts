/**
 * Schemas of the time values a policy writes as text: times of day, local dates, ISO 8601 points
 * (dates or date-times, wall clock or with an offset) and annual dates. Shared by the hours,
 * holidays, maintenance and root sections.
 *
 * @module
 */

import { MS_PER_DAY } from "../time/calendarDate.js";
import { parseIsoDate, parseIsoText, parseMonthDay } from "../time/isoText.js";
import type { IsoTextParts } from "../time/isoText.js";
import { parseTimeOfDay } from "../time/timeOfDay.js";
import { checkedString, once, shown } from "./schemaBlocks.js";

/** What a time of day looks like, for "expected …" messages. */
export const TIME_WHAT = 'a time of day "HH:MM" between 00:00 and 24:00';

/** The problem with a time of day `"HH:MM[:SS]"` in the given role, or null. */
export function timeOfDayProblem(s: string, role: "start" | "end"): string | null {
  const ms = parseTimeOfDay(s);
  if (typeof ms === "string") return ms;
  if (role === "start" && ms === MS_PER_DAY) {
    return `"24:00" cannot start an interval: it is the end of the day; start at "00:00" (of the next day) instead`;
  }
  return null;
}

/** A time of day `"HH:MM[:SS]"`; `"24:00"` may end an interval but not start one. */
export function timeOfDayText(role: "start" | "end") {
  return checkedString(TIME_WHAT, (s) => timeOfDayProblem(s, role));
}

/** A local date `"YYYY-MM-DD"`. */
export const localDateSchema = once(() =>
  checkedString('a local date "YYYY-MM-DD"', parseIsoDate),
);

/** An ISO 8601 date or date-time; returns the parsed parts or an error message. */
function parseIsoPoint(s: unknown): IsoTextParts | string {
  if (typeof s !== "string") return `${shown(s)} is not an ISO 8601 date or date-time`;
  return parseIsoText(s);
}

/** An ISO 8601 date or date-time, wall clock or with an offset. */
export const isoPointSchema = once(() =>
  checkedString('an ISO 8601 date or date-time such as "2026-12-24T12:00"', parseIsoPoint),
);

/** Compares two ISO points of the same kind (both wall clock, or both with offsets); null if not comparable. */
export function compareIsoPoints(a: unknown, b: unknown): number | null {
  const pa = parseIsoPoint(a);
  const pb = parseIsoPoint(b);
  if (typeof pa === "string" || typeof pb === "string") return null;
  if (pa.offsetMs === null && pb.offsetMs === null) return pa.day !== pb.day ? pa.day - pb.day : pa.ms - pb.ms;
  if (pa.offsetMs !== null && pb.offsetMs !== null) {
    return pa.day * MS_PER_DAY + pa.ms - pa.offsetMs - (pb.day * MS_PER_DAY + pb.ms - pb.offsetMs);
  }
  return null;
}

/** An annual date `"MM-DD"`. */
export const monthDaySchema = once(() =>
  checkedString('an annual date "MM-DD" such as "12-31"', parseMonthDay),
);
