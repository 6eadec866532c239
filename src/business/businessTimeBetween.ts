import { compiledOf } from "../calendar/definePolicy.js";
import type { Policy } from "../calendar/definePolicy.js";
import { measure } from "../calendar/measure.js";
import type { Instant } from "../time/instant.js";
import { toEpochMs } from "../time/instant.js";

/**
 * Business time in `[start, end)`, in milliseconds; negative when `end` is before `start`
 * (`between(a, b) = -between(b, a)`), additive (`between(a, b) + between(b, c) = between(a, c)`).
 *
 * Answered from cached per-year prefix sums: the cost does not grow with the span.
 *
 * @param p - a policy from `definePolicy`.
 * @throws InputError for a bad instant. HorizonError for a span longer than 100 years.
 * @example
 * // preset: Mon–Fri 04:00–22:00 America/Toronto
 * businessTimeBetween(p, "2026-11-27T21:30", "2026-11-30T05:30"); //=> 7_200_000 (2 h)
 * businessTimeBetween(p, "2026-11-30T05:30", "2026-11-27T21:30"); //=> -7_200_000
 * @category Business time
 */
export function businessTimeBetween(p: Policy, start: Instant, end: Instant): number {
  const c = compiledOf(p);
  return measure(c.business, toEpochMs(start, c.zone, "start"), toEpochMs(end, c.zone, "end"), "businessTimeBetween");
}
