import { compiledOf } from "../calendar/definePolicy.js";
import type { Policy } from "../calendar/definePolicy.js";
import { isOpen } from "../calendar/isOpen.js";
import type { Instant } from "../time/instant.js";
import { toEpochMs } from "../time/instant.js";

/**
 * Whether the desk is open at an instant.
 *
 * Business time is a union of half-open segments `[open, close)`: at the opening instant the desk
 * is open, at the closing instant it is closed. Holidays, special hours and closures apply;
 * maintenance windows close the desk only when `maintenance.pausesClocks` is true.
 *
 * @param p - a policy from `definePolicy`.
 * @param at - any {@link Instant}; an offset-less string is wall-clock time in the policy's zone.
 * @throws InputError for a bad instant or a value that is not a compiled policy.
 * @example
 * const p = definePolicy(presets.auvikSupportV2);   // Mon–Fri 04:00–22:00 America/Toronto
 * isBusinessTime(p, "2026-11-27T04:00"); //=> true  (Friday, opening instant)
 * isBusinessTime(p, "2026-11-27T22:00"); //=> false (closing instant)
 * isBusinessTime(p, "2026-11-28T10:00"); //=> false (Saturday)
 * @category Business time
 */
export function isBusinessTime(p: Policy, at: Instant): boolean {
  const c = compiledOf(p);
  return isOpen(c.business, toEpochMs(at, c.zone, "at"));
}
