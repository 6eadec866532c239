import { compiledOf } from "../calendar/definePolicy.js";
import type { Policy } from "../calendar/definePolicy.js";
import { nextOpening } from "../calendar/nextOpening.js";
import type { Instant } from "../time/instant.js";
import { toEpochMs } from "../time/instant.js";

/**
 * The instant itself when the desk is open, otherwise the next opening.
 *
 * @param p - a policy from `definePolicy`.
 * @param at - any {@link Instant}.
 * @throws InputError for a bad instant. HorizonError when nothing opens within 100 years (a policy
 *   with no business time).
 * @example
 * // preset: Mon–Fri 04:00–22:00 America/Toronto
 * nextBusinessTime(p, "2026-11-27T23:00"); //=> 2026-11-30T09:00:00.000Z (Mon 04:00 EST)
 * nextBusinessTime(p, "2026-11-27T12:00"); //=> 2026-11-27T17:00:00.000Z (open: unchanged)
 * @category Business time
 */
export function nextBusinessTime(p: Policy, at: Instant): Date {
  const c = compiledOf(p);
  return new Date(nextOpening(c.business, toEpochMs(at, c.zone, "at")));
}
