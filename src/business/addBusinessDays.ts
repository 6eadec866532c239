import { InputError, describeValue } from "../errors.js";
import { shiftBusinessDays } from "../calendar/businessDays.js";
import { compiledOf } from "../calendar/definePolicy.js";
import type { Policy } from "../calendar/definePolicy.js";
import type { Instant } from "../time/instant.js";
import { toEpochMs } from "../time/instant.js";

/**
 * The `n`-th business day after (`n > 0`) or before (`n < 0`) the local date of `at`, at the same
 * wall-clock time; `n = 0` returns `at` unchanged. Like WORKDAY: the date of `at` itself is never
 * counted, whether or not it is a business day.
 *
 * A business day is a local date with any business time in it (an overnight shift that runs past
 * midnight makes the next date a business day too). The wall-clock time is re-resolved on the
 * target date by the compatible rule (a time in a spring-forward gap moves forward by the gap).
 *
 * @param n - a whole number.
 * @throws InputError for a bad instant or a non-integer `n`. HorizonError when the day lies more
 *   than 100 years away.
 * @example
 * // preset: Mon–Fri 04:00–22:00 America/Toronto, CA-ON holidays
 * addBusinessDays(p, "2026-11-27T10:00", 1);  //=> Mon 2026-11-30 10:00 EST
 * addBusinessDays(p, "2026-12-24T10:00", 1);  //=> Tue 2026-12-29 10:00 (Christmas on the 25th, Boxing Day observed on Monday 28th)
 * addBusinessDays(p, "2026-11-30T10:00", -1); //=> Fri 2026-11-27 10:00
 * @category Business days
 */
export function addBusinessDays(p: Policy, at: Instant, n: number): Date {
  const c = compiledOf(p);
  const t = toEpochMs(at, c.zone, "at");
  if (!Number.isInteger(n)) throw new InputError(`n: ${describeValue(n)} is not a whole number of business days`);
  return new Date(shiftBusinessDays(c.business, t, n));
}
