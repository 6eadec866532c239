/**
 * Business days: local dates on which the calendar runs at all, counted from per-year prefix sums.
 *
 * @module
 */
import { MS_PER_DAY, civilFromDay, dayFromCivil } from "../time/calendarDate.js";
import { localDayOf, wallToEpoch } from "../time/wallClock.js";
import type { Calendar } from "./calendar.js";
import { HORIZON_DAYS, beyondHorizon, spanTooLong, withinSupportedYears } from "./horizon.js";
import type { YearBlock } from "./yearBlock.js";
import { blockOfDay, supportedYear, yearBlock, yearTotals, yearsTotals } from "./yearBlock.js";

/** Number of business days among local dates `[fromDay, toDay]` (inclusive, fromDay <= toDay). */
export function countBusinessDays(cal: Calendar, fromDay: number, toDay: number): number {
  if (toDay - fromDay > HORIZON_DAYS) {
    throw spanTooLong("businessDaysBetween");
  }
  if (cal.neverOpen) return 0;
  const first = blockOfDay(cal, fromDay);
  const y1 = civilFromDay(toDay).year;
  if (y1 === first.year) return daysWithin(first, fromDay, toDay);
  // the two ends from their blocks, the whole years between from the running sums
  return daysWithin(first, fromDay, toDay) + yearsTotals(cal, first.year + 1, y1).days + daysWithin(yearBlock(cal, y1), fromDay, toDay);
}

/** Business days of `block` among local dates `[fromDay, toDay]`. */
function daysWithin(block: YearBlock, fromDay: number, toDay: number): number {
  const days = block.dayCum.length - 1;
  const lo = Math.max(0, fromDay - block.firstDay);
  const hi = Math.min(days, toDay - block.firstDay + 1);
  return hi > lo ? block.dayCum[hi]! - block.dayCum[lo]! : 0;
}

/**
 * Business days in `[localDate(a), localDate(b)]`, both inclusive; negative when b's date is before a's.
 *
 * @throws HorizonError when the dates are more than 100 years apart.
 */
export function businessDaysBetweenInstants(cal: Calendar, a: number, b: number): number {
  const da = localDayOf(cal.zone, a);
  const db = localDayOf(cal.zone, b);
  return db >= da ? countBusinessDays(cal, da, db) : 0 - countBusinessDays(cal, db, da) || 0; // never -0
}

/**
 * The `n`-th business day after (n > 0) or before (n < 0) the local date of `at`, at the same
 * wall-clock time (resolved by the compatible rule); `n = 0` returns `at`.
 *
 * @throws HorizonError when that day lies more than 100 years away.
 */
export function shiftBusinessDays(cal: Calendar, at: number, n: number): number {
  if (n === 0) return at;
  const zone = cal.zone;
  // The wall clock of `at` read once: one offset gives both its date and its time of day.
  const offset = zone.offsetAt(at);
  const wall = at + offset;
  const timeOfDay = wall - Math.floor(wall / MS_PER_DAY) * MS_PER_DAY;
  const day = shiftFromDay(cal, localDayOf(zone, at, offset), n);
  return withinSupportedYears(wallToEpoch(zone, day, timeOfDay), zone, "addBusinessDays");
}

/**
 * The local date (day number) of the `n`-th business day after (n > 0) or before (n < 0) the local
 * date of `at`; `n = 0` gives the local date of `at` itself.
 *
 * @throws HorizonError when that day lies more than 100 years away.
 */
export function shiftBusinessDay(cal: Calendar, at: number, n: number): number {
  const day0 = localDayOf(cal.zone, at);
  return n === 0 ? day0 : shiftFromDay(cal, day0, n);
}

/** The local date of the `n`-th business day after (n > 0) or before (n < 0) local date `day0` (n ≠ 0). */
function shiftFromDay(cal: Calendar, day0: number, n: number): number {
  // The n-th business day is at least n dates away: beyond the horizon without looking.
  if (Math.abs(n) > HORIZON_DAYS) throw beyondHorizon("addBusinessDays", "tooLong");
  if (cal.neverOpen) throw beyondHorizon("addBusinessDays", "neverOpen");
  const dir = n > 0 ? 1 : -1;
  let remaining = Math.abs(n);
  let block = blockOfDay(cal, day0);
  let year = block.year;
  // position k: index of day0 within its block
  let k = day0 - block.firstDay;
  for (;;) {
    const days = block.dayCum.length - 1;
    // business days strictly after k (dir>0) or strictly before k (dir<0) within the block
    const available = dir > 0 ? block.dayCum[days]! - block.dayCum[Math.min(days, k + 1)]! : block.dayCum[Math.max(0, k)]!;
    if (remaining <= available) {
      const target = dir > 0 ? block.dayCum[Math.min(days, k + 1)]! + remaining : block.dayCum[Math.max(0, k)]! - remaining + 1;
      // smallest index j with dayCum[j + 1] >= target
      let lo = 0;
      let hi = days - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (block.dayCum[mid + 1]! >= target) hi = mid;
        else lo = mid + 1;
      }
      const day = block.firstDay + lo;
      if (Math.abs(day - day0) > HORIZON_DAYS) throw beyondHorizon("addBusinessDays", "tooLittle");
      return day;
    }
    remaining -= available;
    // Skip whole years by their business-day totals (kept after the first visit).
    for (;;) {
      year += dir;
      if (Math.abs(dayFromCivil(year, 1, 1) - day0) > HORIZON_DAYS + 366) throw beyondHorizon("addBusinessDays", "tooLittle");
      supportedYear(year, "addBusinessDays");
      const total = yearTotals(cal, year).days;
      if (remaining <= total) break;
      remaining -= total;
    }
    block = yearBlock(cal, year);
    k = dir > 0 ? -1 : block.dayCum.length - 1;
  }
}
