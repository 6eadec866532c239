import { businessDaysBetweenInstants } from "../calendar/businessDays.js";
import { compiledOf } from "../calendar/definePolicy.js";
import type { Policy } from "../calendar/definePolicy.js";
import type { Instant } from "../time/instant.js";
import { toEpochMs } from "../time/instant.js";

/**
 * Business days between two instants' local dates, both inclusive, like NETWORKDAYS; negative
 * when `end`'s date is before `start`'s (`between(a, b) = -between(b, a)` except that the shared
 * endpoint days count once in each).
 *
 * A business day is a local date with any business time in it. Times of day are ignored.
 *
 * @throws InputError for a bad instant. HorizonError when the dates are more than 100 years apart.
 * @example
 * // preset: Mon–Fri 04:00–22:00 America/Toronto
 * businessDaysBetween(p, "2026-11-23", "2026-11-29"); //=> 5
 * businessDaysBetween(p, "2026-11-29", "2026-11-23"); //=> -5
 * businessDaysBetween(p, "2026-11-28", "2026-11-28"); //=> 0 (Saturday)
 * @category Business days
 */
export function businessDaysBetween(p: Policy, start: Instant, end: Instant): number {
  const c = compiledOf(p);
  return businessDaysBetweenInstants(c.business, toEpochMs(start, c.zone, "start"), toEpochMs(end, c.zone, "end"));
}
