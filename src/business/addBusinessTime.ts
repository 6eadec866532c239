import { compiledOf } from "../calendar/definePolicy.js";
import type { Policy } from "../calendar/definePolicy.js";
import { advance } from "../calendar/walk.js";
import type { DurationInput } from "../time/duration.js";
import { toDurationMs } from "../time/duration.js";
import type { Instant } from "../time/instant.js";
import { toEpochMs } from "../time/instant.js";

/**
 * The earliest instant `u >= start` with `businessTimeBetween(p, start, u) = d`.
 *
 * Consequences of that definition: a duration that fills a day exactly lands on that day's
 * closing instant (22:00), not on the next opening; starting while closed counts from the next
 * opening; `d = 0` returns `start` unchanged, even outside business hours.
 *
 * @param d - any {@link DurationInput}; `"3d"` is 72 business hours, not three business days
 *   (see `addBusinessDays`).
 * @throws InputError for a bad instant or duration. HorizonError when the answer lies more than
 *   100 years after `start`.
 * @example
 * // preset: Mon–Fri 04:00–22:00 America/Toronto
 * addBusinessTime(p, "2026-11-27T21:30", "2h"); //=> 2026-11-30T10:30:00.000Z (Mon 05:30 EST)
 * addBusinessTime(p, "2026-11-30T20:00", "2h"); //=> 2026-12-01T03:00:00.000Z (Mon 22:00, the close)
 * @category Business time
 */
export function addBusinessTime(p: Policy, start: Instant, d: DurationInput): Date {
  const c = compiledOf(p);
  const from = toEpochMs(start, c.zone, "start");
  return new Date(advance(c.business, from, toDurationMs(d, "duration"), "addBusinessTime"));
}
