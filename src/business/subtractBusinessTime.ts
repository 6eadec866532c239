import { compiledOf } from "../calendar/definePolicy.js";
import type { Policy } from "../calendar/definePolicy.js";
import { retreat } from "../calendar/walk.js";
import type { DurationInput } from "../time/duration.js";
import { toDurationMs } from "../time/duration.js";
import type { Instant } from "../time/instant.js";
import { toEpochMs } from "../time/instant.js";

/**
 * The latest instant `s <= end` with `businessTimeBetween(p, s, end) = d`.
 *
 * Mirror of `addBusinessTime`: a duration that empties a day exactly lands on that day's opening
 * instant; `d = 0` returns `end` unchanged.
 *
 * @throws InputError for a bad instant or duration. HorizonError when the answer lies more than
 *   100 years before `end`.
 * @example
 * // preset: Mon–Fri 04:00–22:00 America/Toronto
 * subtractBusinessTime(p, "2026-11-30T05:30", "2h"); //=> 2026-11-28T02:30:00.000Z (Fri 21:30 EST)
 * subtractBusinessTime(p, "2026-11-30T06:00", "2h"); //=> 2026-11-30T09:00:00.000Z (Mon 04:00, the opening)
 * @category Business time
 */
export function subtractBusinessTime(p: Policy, end: Instant, d: DurationInput): Date {
  const c = compiledOf(p);
  const to = toEpochMs(end, c.zone, "end");
  return new Date(retreat(c.business, to, toDurationMs(d, "duration"), "subtractBusinessTime"));
}
