/**
 * Business-day targets (`{ businessDays, at? }`): the due instant and the target length they give a
 * metric that starts at a given instant.
 *
 * @module
 */
import type { Calendar } from "../calendar/calendar.js";
import { shiftBusinessDay } from "../calendar/businessDays.js";
import { withinSupportedYears } from "../calendar/horizon.js";
import type { Target } from "../policy/normalizedPolicy.js";
import { timeOfDayOf, wallToEpoch } from "../time/wallClock.js";

/**
 * The due instant `D` of a business-day target for a metric that starts at `start`: the wall-clock
 * time `at` (or `start`'s own time of day) on the local date of the `count`-th business day after
 * `start`'s local date (`count = 0`: that date itself), resolved by the compatible rule.
 *
 * @param cal - the business clock.
 * @throws HorizonError when that day lies more than 100 years away.
 */
export function businessDayDue(cal: Calendar, days: NonNullable<Target["days"]>, start: number): number {
  const day = shiftBusinessDay(cal, start, days.count);
  const msOfDay = days.at ?? timeOfDayOf(cal.zone, start);
  return withinSupportedYears(wallToEpoch(cal.zone, day, msOfDay), cal.zone, "deadline");
}

/**
 * The length in ms of `target` for a metric that starts at `start`: its duration, or for a
 * business-day target the business time between `start` and its due instant `D` (0 when `D` is not
 * after `start`).
 *
 * @param between - business ms in `[a, b)` (a <= b) on the business clock.
 * @throws HorizonError as {@link businessDayDue}.
 */
export function targetLength(cal: Calendar, target: Target, start: number, between: (a: number, b: number) => number): number {
  if (target.days === undefined) return target.duration;
  const due = businessDayDue(cal, target.days, start);
  return due > start ? between(start, due) : 0;
}
