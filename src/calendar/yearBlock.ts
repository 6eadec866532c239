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
import type { WeeklyWindow } from "../policy/normalizedPolicy.js";
import type { ZoneRules } from "../time/zoneRules.js";
import type { Calendar, YearBlock, YearTotals } from "./calendar.js";
import { planDay } from "./planDay.js";
import { clipSegments, mergeSegments, subtractSegments } from "./segmentAlgebra.js";

/** One compiled local year (the interface lives beside the cache that holds it, in calendar.ts). */
export type { YearBlock } from "./calendar.js";

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

/**
 * Segments kept in one calendar's block cache before least recently used years are dropped: 64
 * years of the densest schedule a policy may have (48 intervals on every date), about 27 MB of
 * typed arrays at 24 bytes a segment. Years are kept by what they cost to hold and to rebuild
 * (both grow with their segments): a query across 40 dense years keeps every year it needs instead
 * of rebuilding one (≈ 5 ms) on every call, while a weekday schedule (≈ 260 segments a year) never
 * gets near the bound over the whole supported range.
 */
export const MAX_CACHED_SEGMENTS = 64 * 48 * 366;

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
  // A span from 1000 (to 9999) covers 999 (10000) too: the supported instants reach those years'
  // last (first) hours in some zones, and no span can name them (nor any holiday fall in them).
  if (covered !== undefined && ((year < covered.from && covered.from > 1000) || (year > covered.to && covered.to < 9999))) throw outsideHolidayYears(covered, year);
  const block = buildBlock(cal, year);
  if (!cache.totals.has(year)) cache.totals.set(year, { ms: block.total, days: block.dayCum[block.dayCum.length - 1]! });
  cache.segmentCount += block.starts.length;
  while (cache.segmentCount > MAX_CACHED_SEGMENTS && cache.blocks.size > 1) {
    let oldest = -1;
    let oldestUse = Infinity;
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
 * Business ms and business days of the local years `[from, to)` (zero when `to <= from`), from
 * running sums kept in the calendar's cache: two map reads once the years were visited, so a
 * 100-year span costs what a 2-year span costs. The sums hold only the run of years visited (a
 * sparse map, not an array for every supported year); years more than {@link SUM_REACH_YEARS}
 * away from those already summed start the sums afresh (so far-apart queries never build the
 * years between them). Exact: the sums are integers far below 2^53.
 *
 * @example
 * yearsTotals(cal, 2027, 2036).ms; // = yearTotal(cal, 2027) + … + yearTotal(cal, 2035)
 */
export function yearsTotals(cal: Calendar, from: number, to: number): YearTotals {
  if (to <= from) return NO_TIME;
  const cache = cal.cache;
  const sums = cache.sums;
  if (sums.size === 0 || from < cache.sumLo - SUM_REACH_YEARS || to > cache.sumHi + SUM_REACH_YEARS) {
    sums.clear();
    cache.sumLo = from;
    cache.sumHi = from;
    sums.set(from, NO_TIME);
  }
  while (cache.sumHi < to) {
    const s = sums.get(cache.sumHi)!;
    const y = yearTotals(cal, cache.sumHi);
    sums.set(++cache.sumHi, { ms: s.ms + y.ms, days: s.days + y.days });
  }
  while (cache.sumLo > from) {
    const s = sums.get(cache.sumLo)!;
    const y = yearTotals(cal, --cache.sumLo);
    sums.set(cache.sumLo, { ms: s.ms - y.ms, days: s.days - y.days });
  }
  const a = sums.get(from)!;
  const b = sums.get(to)!;
  return { ms: b.ms - a.ms, days: b.days - a.days };
}

/** Business ms of the local years `[from, to)`: {@link yearsTotals}`.ms`. */
export function yearsTotal(cal: Calendar, from: number, to: number): number {
  return yearsTotals(cal, from, to).ms;
}

const NO_TIME: YearTotals = Object.freeze({ ms: 0, days: 0 });

/** Business ms and days in local year `year` (builds the block if it was never built). */
export function yearTotals(cal: Calendar, year: number): YearTotals {
  const t = cal.cache.totals.get(year);
  if (t !== undefined) return t;
  yearBlock(cal, year);
  return cal.cache.totals.get(year)!;
}

/** Business ms in local year `year` (builds the block if it was never built). */
export function yearTotal(cal: Calendar, year: number): number {
  return yearTotals(cal, year).ms;
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

/**
 * The block of the local year that contains local date `day` (a day number): the two blocks used
 * last are checked first, as in {@link blockAt}; otherwise the date's year is built or read.
 */
export function blockOfDay(cal: Calendar, day: number): YearBlock {
  const cache = cal.cache;
  const last = cache.last;
  if (last !== undefined && day >= last.firstDay && day < last.firstDay + last.dayCum.length - 1) return last;
  const previous = cache.previous;
  if (previous !== undefined && day >= previous.firstDay && day < previous.firstDay + previous.dayCum.length - 1) {
    cache.previous = last;
    cache.last = previous;
    return previous;
  }
  return yearBlock(cal, yearOfDay(day));
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

/**
 * Pushes onto `flat` the segments of weekly maintenance `windows` that start on dates
 * `fromDay … toDay - 1` (unmerged; a window that a DST gap leaves empty is left out).
 */
export function pushWeeklyWindows(flat: number[], zone: ZoneRules, windows: ReadonlyArray<WeeklyWindow>, fromDay: number, toDay: number): void {
  for (let d = fromDay; d < toDay; d++) {
    const wd = weekdayOfDay(d);
    for (const w of windows) {
      if (!w.weekdays.includes(wd)) continue;
      const a = wallToEpoch(zone, d, w.interval[0]);
      const b = wallToEpoch(zone, d, w.interval[1]);
      if (b > a) flat.push(a, b);
    }
  }
}

/** Maintenance windows (flat, merged) that stop this calendar's clock, over dates `fromDay … toDay - 1`. */
export function pausingMaintenance(cal: Calendar, fromDay: number, toDay: number, lo: number, hi: number): number[] {
  const flat: number[] = [];
  if (cal.maintenanceWeekly.length > 0) pushWeeklyWindows(flat, cal.zone, cal.maintenanceWeekly, fromDay, toDay);
  for (const m of cal.maintenanceOneOff) if (m.start < hi && m.end > lo) flat.push(m.start, m.end);
  return mergeSegments(flat);
}

function buildBlock(cal: Calendar, year: number): YearBlock {
  const zone = cal.zone;
  const firstDay = dayFromCivil(year, 1, 1);
  const endDay = dayFromCivil(year + 1, 1, 1);
  const start = wallToEpoch(zone, firstDay, 0);
  const end = wallToEpoch(zone, endDay, 0);
  // The last two dates of the year before matter only when some interval runs past midnight, or
  // when the year before ends early (a gap across its end, or a skipped last date: Kiritimati's
  // 1994-12-31) so that times in that gap move into this year; else their holidays (a cold region
  // year costs milliseconds per region) need not be looked up.
  const fromDay = cal.pastMidnight || start - wallToEpoch(zone, firstDay - 1, 0) < MS_PER_DAY ? firstDay - 2 : firstDay;
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
  // one buffer for the three arrays (a typed array's own overhead is ~100 bytes)
  const buffer = new ArrayBuffer((3 * n + 1) * Float64Array.BYTES_PER_ELEMENT);
  const starts = new Float64Array(buffer, 0, n);
  const ends = new Float64Array(buffer, n * 8, n);
  const cum = new Float64Array(buffer, 2 * n * 8, n + 1);
  for (let i = 0; i < n; i++) {
    starts[i] = segs[2 * i]!;
    ends[i] = segs[2 * i + 1]!;
    cum[i + 1] = cum[i]! + (ends[i]! - starts[i]!);
  }
  // Business days: walk the day boundaries and the segments together.
  const days = endDay - firstDay;
  const dayCum = new Uint16Array(days + 1); // at most 366
  let i = 0;
  let dayEnd = start;
  for (let k = 0; k < days; k++) {
    const dayStart = dayEnd;
    dayEnd = wallToEpoch(zone, firstDay + k + 1, 0); // (the last is `end`)
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
  return businessBeforeIn(block, lastStartAtOrBefore(block, t), t);
}

/** {@link businessBefore} when `i = lastStartAtOrBefore(block, t)` is known. */
export function businessBeforeIn(block: YearBlock, i: number, t: number): number {
  if (i < 0) return 0;
  return t < block.ends[i]! ? block.cum[i]! + (t - block.starts[i]!) : block.cum[i + 1]!;
}
