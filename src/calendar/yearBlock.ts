/**
 * The unit of caching: one local calendar year of a calendar, as sorted open segments with prefix
 * sums of business time and of business days. Built lazily, kept in a bounded LRU; the per-year
 * totals survive eviction so that long spans never rebuild the years in between twice.
 *
 * Year Y covers the instants `[wall(Y-01-01 00:00), wall(Y+1-01-01 00:00))`. It contains the
 * intervals that start on its own dates and the tails of intervals that started on the last two
 * dates of the previous year (an overnight interval runs at most into the next day), clipped to the
 * year, so that the blocks partition the time line.
 *
 * @module
 */
import { HorizonError } from "../errors.js";
import { outsideHolidayYears, outsideSupportedYears } from "./horizon.js";
import { MS_PER_DAY, dayFromCivil, weekdayOfDay, yearOfDay } from "../time/calendarDate.js";
import { epochToWall, wallToEpoch } from "../time/wallClock.js";
import type { Calendar } from "./calendar.js";
import { TOTALS_BASE_YEAR, planDay } from "./calendar.js";
import { clipSegments, mergeSegments, subtractSegments } from "./segmentAlgebra.js";

/** One compiled local year. */
export interface YearBlock {
  readonly year: number;
  /** First instant of the year (inclusive) and of the next (exclusive). */
  readonly start: number;
  readonly end: number;
  /** Segment starts and ends, sorted, disjoint. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** `cum[i]` = business ms in segments `0 … i-1`; `cum[n]` = total. */
  readonly cum: Float64Array;
  readonly total: number;
  /** Day number of January 1. */
  readonly firstDay: number;
  /** `dayCum[k]` = business days among the year's first k dates. */
  readonly dayCum: Int32Array;
}

/** Years outside this range are never built. */
export const MIN_YEAR = 999;
export const MAX_YEAR = 10_000;

/**
 * `year`, after checking that a search may step into it: the one range check of the walks, before
 * they build the year.
 *
 * @throws HorizonError `${what}: the answer lies outside the supported years 1000–9999`.
 */
export function supportedYear(year: number, what: string): number {
  if (year < MIN_YEAR || year > MAX_YEAR) throw outsideSupportedYears(what);
  return year;
}

/** Segments kept in one calendar's block cache before least recently used years are dropped. */
const MAX_CACHED_SEGMENTS = 150_000;

/**
 * The block of local year `year`, from the cache or built now.
 *
 * @throws HorizonError for a year outside 999–10000, or outside the policy's `holidayYears`.
 */
export function yearBlock(cal: Calendar, year: number): YearBlock {
  const cache = cal.cache;
  const hit = cache.blocks.get(year);
  if (hit !== undefined) {
    if (cache.last !== hit.block) {
      hit.used = ++cache.clock;
      cache.previous = cache.last;
      cache.last = hit.block;
    }
    return hit.block;
  }
  if (year < MIN_YEAR || year > MAX_YEAR) throw new HorizonError(`year ${year} is outside the supported range 1000–9999`);
  const covered = cal.holidayYears;
  if (covered !== undefined && (year < covered.from || year > covered.to)) throw outsideHolidayYears(covered, year);
  const block = buildBlock(cal, year);
  cache.totals[year - TOTALS_BASE_YEAR] = block.total;
  cache.segmentCount += block.starts.length;
  while (cache.segmentCount > MAX_CACHED_SEGMENTS && cache.blocks.size > 1) {
    let oldest = -1;
    let oldestUse = Number.POSITIVE_INFINITY;
    for (const [y, entry] of cache.blocks) {
      if (entry.used < oldestUse) {
        oldestUse = entry.used;
        oldest = y;
      }
    }
    const evicted = cache.blocks.get(oldest)!.block;
    cache.segmentCount -= evicted.starts.length;
    cache.blocks.delete(oldest);
    if (cache.last === evicted) cache.last = undefined;
    if (cache.previous === evicted) cache.previous = undefined;
  }
  cache.blocks.set(year, { block, used: ++cache.clock });
  cache.previous = cache.last;
  cache.last = block;
  return block;
}

/** How far outside the years already summed `yearsTotal` extends its sums before starting afresh. */
const SUM_REACH_YEARS = 30;

/**
 * Business ms of the local years `[from, to)` (0 when `to <= from`), from running sums kept in the
 * calendar's cache: two array reads once the years were visited, so a 100-year span costs what a
 * 2-year span costs. Years more than {@link SUM_REACH_YEARS} away from those already summed start
 * the sums afresh (so far-apart queries never build the years between them). Exact: the sums are
 * integers far below 2^53.
 *
 * @example
 * yearsTotal(cal, 2027, 2036); // = yearTotal(cal, 2027) + … + yearTotal(cal, 2035)
 */
export function yearsTotal(cal: Calendar, from: number, to: number): number {
  if (to <= from) return 0;
  const cache = cal.cache;
  let sums = cache.sums;
  if (sums === undefined || from < cache.sumLo - SUM_REACH_YEARS || to > cache.sumHi + SUM_REACH_YEARS) {
    sums = cache.sums ?? (cache.sums = new Float64Array(cache.totals.length));
    cache.sumLo = from;
    cache.sumHi = from;
    sums[from - TOTALS_BASE_YEAR] = 0;
  }
  while (cache.sumHi < to) {
    sums[cache.sumHi + 1 - TOTALS_BASE_YEAR] = sums[cache.sumHi - TOTALS_BASE_YEAR]! + yearTotal(cal, cache.sumHi);
    cache.sumHi++;
  }
  while (cache.sumLo > from) {
    sums[cache.sumLo - 1 - TOTALS_BASE_YEAR] = sums[cache.sumLo - TOTALS_BASE_YEAR]! - yearTotal(cal, cache.sumLo - 1);
    cache.sumLo--;
  }
  return sums[to - TOTALS_BASE_YEAR]! - sums[from - TOTALS_BASE_YEAR]!;
}

/** Business ms in local year `year` (builds the block if it was never built). */
export function yearTotal(cal: Calendar, year: number): number {
  const t = cal.cache.totals[year - TOTALS_BASE_YEAR];
  return t !== undefined && t === t ? t : yearBlock(cal, year).total;
}

/**
 * The block containing instant `t`. Most queries of a batch fall in the year used last, which is
 * checked first; otherwise the wall-clock year is the guess, corrected by the block's bounds.
 */
export function blockAt(cal: Calendar, t: number): YearBlock {
  const cache = cal.cache;
  const last = cache.last;
  if (last !== undefined && t >= last.start && t < last.end) return last;
  const previous = cache.previous;
  if (previous !== undefined && t >= previous.start && t < previous.end) {
    cache.previous = last;
    cache.last = previous;
    return previous;
  }
  const year = yearOfDay(Math.floor(epochToWall(cal.zone, t) / MS_PER_DAY));
  const block = yearBlock(cal, year);
  if (t < block.start) return yearBlock(cal, year - 1);
  if (t >= block.end) return yearBlock(cal, year + 1);
  return block;
}

/** The local year whose block contains instant `t`. */
export function yearOf(cal: Calendar, t: number): number {
  return blockAt(cal, t).year;
}

/** Raw open segments (flat) of the intervals that start on dates `fromDay … toDay - 1`. */
export function openSegmentsOfDays(cal: Calendar, fromDay: number, toDay: number): number[] {
  const zone = cal.zone;
  const flat: number[] = [];
  for (let d = fromDay; d < toDay; d++) {
    for (const [s, e] of planDay(cal, d).intervals) {
      const a = wallToEpoch(zone, d, s);
      const b = wallToEpoch(zone, d, e);
      if (b > a) flat.push(a, b);
    }
  }
  return mergeSegments(flat);
}

/** Maintenance windows (flat, merged) that stop this calendar's clock, over dates `fromDay … toDay - 1`. */
export function pausingMaintenance(cal: Calendar, fromDay: number, toDay: number, lo: number, hi: number): number[] {
  const flat: number[] = [];
  if (cal.maintenanceWeekly.length > 0) {
    const zone = cal.zone;
    for (let d = fromDay; d < toDay; d++) {
      const wd = weekdayOfDay(d);
      for (const w of cal.maintenanceWeekly) {
        if (!w.weekdays.includes(wd)) continue;
        const a = wallToEpoch(zone, d, w.interval[0]);
        const b = wallToEpoch(zone, d, w.interval[1]);
        if (b > a) flat.push(a, b);
      }
    }
  }
  for (const m of cal.maintenanceOneOff) if (m.start < hi && m.end > lo) flat.push(m.start, m.end);
  return mergeSegments(flat);
}

/** Whether any weekly, dated or annual interval of the calendar ends after the midnight that ends its date. */
function runsPastMidnight(cal: Calendar): boolean {
  const past = (list: ReadonlyArray<readonly [number, number]> | null) => list !== null && list.some(([, e]) => e > MS_PER_DAY);
  if (cal.weekly.some(past)) return true;
  for (const r of cal.dateRules.values()) if (past(r.hours)) return true;
  for (const r of cal.annualRules.values()) if (past(r.hours)) return true;
  return false;
}

function buildBlock(cal: Calendar, year: number): YearBlock {
  const zone = cal.zone;
  const firstDay = dayFromCivil(year, 1, 1);
  const endDay = dayFromCivil(year + 1, 1, 1);
  const start = wallToEpoch(zone, firstDay, 0);
  const end = wallToEpoch(zone, endDay, 0);
  // The last two dates of the year before matter only when some interval runs past midnight; else
  // their holidays (a cold region year costs milliseconds per region) need not be looked up.
  const fromDay = runsPastMidnight(cal) ? firstDay - 2 : firstDay;
  let segs = cal.neverOpen
    ? []
    : cal.combination !== undefined
      ? cal.combination.segmentsIn(start, end)
      : clipSegments(openSegmentsOfDays(cal, fromDay, endDay), start, end);
  if (segs.length > 0) {
    const cut: number[] = [];
    for (const c of cal.closures) if (c.start < end && c.end > start) cut.push(c.start, c.end);
    const maintenance = pausingMaintenance(cal, firstDay - 2, endDay, start, end);
    for (const x of maintenance) cut.push(x);
    if (cut.length > 0) segs = subtractSegments(segs, mergeSegments(cut));
  }
  const n = segs.length / 2;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const cum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    starts[i] = segs[2 * i]!;
    ends[i] = segs[2 * i + 1]!;
    cum[i + 1] = cum[i]! + (ends[i]! - starts[i]!);
  }
  // Business days: walk the day boundaries and the segments together.
  const days = endDay - firstDay;
  const dayCum = new Int32Array(days + 1);
  let i = 0;
  let dayEnd = start;
  for (let k = 0; k < days; k++) {
    const dayStart = dayEnd;
    dayEnd = k + 1 === days ? end : wallToEpoch(zone, firstDay + k + 1, 0);
    while (i < n && ends[i]! <= dayStart) i++;
    // A date the zone skipped (Pacific/Apia 2011-12-30) is empty, dayStart = dayEnd: never a business day.
    const open = dayEnd > dayStart && i < n && starts[i]! < dayEnd && ends[i]! > dayStart;
    dayCum[k + 1] = dayCum[k]! + (open ? 1 : 0);
  }
  return Object.freeze({ year, start, end, starts, ends, cum, total: cum[n]!, firstDay, dayCum });
}

/** Index of the last segment whose start is `<= t`, or -1. */
export function lastStartAtOrBefore(block: YearBlock, t: number): number {
  const starts = block.starts;
  let lo = 0;
  let hi = starts.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= t) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Business ms in `[block.start, t)` for an instant `t` inside the block. */
export function businessBefore(block: YearBlock, t: number): number {
  const i = lastStartAtOrBefore(block, t);
  if (i < 0) return 0;
  return t < block.ends[i]! ? block.cum[i]! + (t - block.starts[i]!) : block.cum[i + 1]!;
}
