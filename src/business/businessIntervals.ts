import { compiledOf } from "../calendar/definePolicy.js";
import type { Policy } from "../calendar/definePolicy.js";
import { openSegments } from "../calendar/openSegments.js";
import type { Instant } from "../time/instant.js";
import { toEpochMs } from "../time/instant.js";

/** A half-open span of time `[start, end)`. @category Values */
export interface TimeSpan {
  /** First instant of the span (inclusive). */
  start: Date;
  /** End of the span (exclusive): the first instant after it. */
  end: Date;
}

/**
 * The business intervals within `[from, to)`, clipped to it, in order; intervals that touch
 * (an overnight shift meeting the next day's hours, a year boundary) are merged into one.
 * Empty when `to <= from`.
 *
 * @throws InputError for a bad instant. HorizonError for a range longer than 100 years.
 * @example
 * // preset: Mon–Fri 04:00–22:00 America/Toronto
 * businessIntervals(p, "2026-11-27T12:00", "2026-11-30T12:00");
 * //=> [{ start: Fri 12:00, end: Fri 22:00 }, { start: Mon 04:00, end: Mon 12:00 }] (as Dates)
 * @category Business time
 */
export function businessIntervals(p: Policy, from: Instant, to: Instant): TimeSpan[] {
  const c = compiledOf(p);
  const flat = openSegments(c.business, toEpochMs(from, c.zone, "from"), toEpochMs(to, c.zone, "to"), "businessIntervals");
  return timeSpans(flat);
}

/** Flat `[start, end, start, end, …]` epoch ms as {@link TimeSpan}s. */
export function timeSpans(flat: ReadonlyArray<number>): TimeSpan[] {
  const out: TimeSpan[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push({ start: new Date(flat[i]!), end: new Date(flat[i + 1]!) });
  return out;
}
