/**
 * The one walker behind adding and subtracting running time: forward and backward differ only in
 * the direction of the year loop and in which end of a flat stretch they report.
 *
 * Within a local year the answer is a binary search over prefix sums; across years, whole years are
 * skipped by their totals. The walk stops at the horizon (100 years).
 *
 * @module
 */
import type { Calendar } from "./calendar.js";
import { HORIZON_MS, beyondHorizon, withinSupportedYears } from "./horizon.js";
import type { YearBlock } from "./yearBlock.js";
import { blockAt, businessBefore, supportedYear, yearBlock, yearTotal } from "./yearBlock.js";

/**
 * The earliest instant `u >= start` with `measure(cal, start, u) = d` (`d >= 0`).
 *
 * @throws HorizonError when `u` would lie more than 100 years after `start`.
 */
export function advance(cal: Calendar, start: number, d: number, what: string): number {
  return walk(cal, start, d, 1, what);
}

/**
 * The latest instant `s <= end` with `measure(cal, s, end) = d` (`d >= 0`).
 *
 * @throws HorizonError when `s` would lie more than 100 years before `end`.
 */
export function retreat(cal: Calendar, end: number, d: number, what: string): number {
  return walk(cal, end, d, -1, what);
}

/** Local years a walk may enter beyond its first before it has certainly passed the horizon. */
const HORIZON_YEARS = 101;

function walk(cal: Calendar, origin: number, d: number, dir: 1 | -1, what: string): number {
  if (d === 0) return origin;
  if (d > HORIZON_MS) throw beyondHorizon(what, "tooLong");
  if (cal.neverOpen) throw beyondHorizon(what, "neverOpen");
  const limit = origin + dir * HORIZON_MS;
  // Backward, the time before `origin` is what counts: the block of `origin - 1` (dir >> 1 is -1),
  // so that an end at a local year's first instant never builds (or needs the holidays of) that year.
  let block = blockAt(cal, origin + (dir >> 1));
  let year = block.year;
  const firstYear = year;
  let position = businessBefore(block, origin);
  let remaining = d;
  for (;;) {
    const available = dir > 0 ? block.total - position : position;
    if (remaining <= available) {
      const u = dir > 0 ? instantReaching(block, position + remaining) : instantLeaving(block, position - remaining);
      if (dir > 0 ? u > limit : u < limit) throw beyondHorizon(what, "tooLittle");
      return withinSupportedYears(u, cal.zone, what);
    }
    remaining -= available;
    // Skip whole years by their totals (cached after the first visit).
    for (;;) {
      year = supportedYear(year + dir, what);
      // 100 years of 36,525 days span at most 102 local years; the exact limit is checked at the end.
      if (Math.abs(year - firstYear) > HORIZON_YEARS) throw beyondHorizon(what, "tooLittle");
      const total = yearTotal(cal, year);
      if (remaining <= total) break;
      remaining -= total;
    }
    block = yearBlock(cal, year);
    position = dir > 0 ? 0 : block.total;
  }
}

/** The earliest instant at which the block's running total reaches `target` (> 0, <= total). */
export function instantReaching(block: YearBlock, target: number): number {
  const cum = block.cum;
  // smallest i with cum[i + 1] >= target
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid + 1]! >= target) hi = mid;
    else lo = mid + 1;
  }
  return block.starts[lo]! + (target - cum[lo]!);
}

/** The latest instant at which the block's running total is still `target` (>= 0, < total). */
function instantLeaving(block: YearBlock, target: number): number {
  const cum = block.cum;
  // largest j with cum[j] <= target
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cum[mid]! <= target) lo = mid;
    else hi = mid - 1;
  }
  return block.starts[lo]! + (target - cum[lo]!);
}
