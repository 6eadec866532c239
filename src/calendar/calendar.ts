/**
 * A compiled calendar: the frozen description of when a clock runs, plus its caches.
 *
 * Two calendars are compiled per policy: the **business** calendar (weekly hours, holidays, special
 * hours, closures, and maintenance when `pausesClocks`) and the **clock** calendar used by
 * `clock: "calendar"` targets (always running, except in maintenance windows when `pausesClocks`).
 *
 * @module
 */
import type { AnnualRule, DateRule, DatedRules, NormalizedPolicy, RegionRule, WallInterval, WeeklyWindow } from "../policy/normalizedPolicy.js";
import { NO_DATED_RULES, datedPosition, datedRuleAt } from "../policy/datedRules.js";
import { MS_PER_DAY, civilFromDay, weekdayOfDay } from "../time/calendarDate.js";
import type { ZoneRules } from "../time/zoneRules.js";
import type { RegionHolidaySource } from "./regionHolidaySource.js";

/** An absolute, named span `[start, end)` in epoch ms. */
export interface NamedSegment {
  readonly start: number;
  readonly end: number;
  readonly name?: string;
}

/** What a local date's own intervals are, and why. */
export interface DayPlan {
  readonly intervals: ReadonlyArray<WallInterval>;
  /** Set when a holiday or special hours replaced the weekly hours, with the entry's name if it has one. */
  readonly override?: { readonly name?: string };
}

/**
 * One compiled local year of a calendar (built by `yearBlock.ts`): sorted open segments with prefix
 * sums of business time and of business days.
 */
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
  readonly dayCum: Uint16Array;
}

/**
 * Mutable caches of a calendar (the only mutable part). Sized by what they hold: per-year entries
 * only for the years visited (a calendar queried for one year holds one year), never arrays
 * preallocated for every supported year.
 */
export interface CalendarCache {
  /** Full year blocks with the tick of their last use (for least-recently-used eviction). */
  readonly blocks: Map<number, { readonly block: YearBlock; used: number }>;
  /** Use counter for `blocks`. */
  clock: number;
  /** Business ms and business days per local year visited, kept when a block is evicted. */
  readonly totals: Map<number, YearTotals>;
  /**
   * Running sums of `totals` for `yearsTotal` and `yearsBusinessDays`: `sums.get(y)` is the
   * business ms (and days) of the years from `sumLo` up to `y` (exclusive), for `sumLo <= y <= sumHi`.
   */
  readonly sums: Map<number, YearTotals>;
  sumLo: number;
  sumHi: number;
  /** Region holidays per year: day number → name. */
  readonly regionDays: Map<number, ReadonlyMap<number, string>>;
  /** Observed days per year: day number → name (see `observedDays.ts`). */
  readonly observedDays: Map<number, ReadonlyMap<number, string>>;
  /** Segments held by `blocks`, for the memory bound. */
  segmentCount: number;
  /** The two blocks used last: most queries of a batch fall in one or two years. */
  last: YearBlock | undefined;
  previous: YearBlock | undefined;
}

/** Business time and business days of a local year (or of a run of years). */
export interface YearTotals {
  readonly ms: number;
  readonly days: number;
}

/** The `date` entry for local date `day` as a {@link DateRule} (a new object), or undefined (binary search). */
export function datedRule(dated: DatedRules, day: number): DateRule | undefined {
  const i = datedPosition(dated, day);
  return i < 0 ? undefined : datedRuleAt(dated, i);
}

/** A compiled calendar. */
export interface Calendar {
  readonly kind: "business" | "clock";
  readonly zone: ZoneRules;
  readonly weekly: ReadonlyArray<ReadonlyArray<WallInterval>>;
  /** `date` entries, column-wise and sorted by day (the policy's own table; empty for a clock calendar). */
  readonly dateRules: DatedRules;
  /** Whether some weekly, dated or annual interval ends after the midnight that ends its date. */
  readonly pastMidnight: boolean;
  readonly annualRules: ReadonlyMap<number, AnnualRule>;
  readonly regionRules: ReadonlyArray<RegionRule>;
  readonly regionSource: RegionHolidaySource | undefined;
  /** Closures (business calendar only), sorted by start. */
  readonly closures: ReadonlyArray<NamedSegment>;
  /** Maintenance windows that stop this clock (empty unless `pausesClocks`). */
  readonly maintenanceWeekly: ReadonlyArray<WeeklyWindow>;
  readonly maintenanceOneOff: ReadonlyArray<NamedSegment>;
  /** True when the calendar provably never runs (no weekly hours and no special hours). */
  readonly neverOpen: boolean;
  /** Set on a combined calendar (`unionOf` / `intersectionOf`): its year blocks come from its parts. */
  readonly combination?: CalendarCombination;
  /** True when some annual or region entry has observed days (`observed` other than "none"). */
  readonly observing: boolean;
  /** `holidayYears` (business calendar only): the local years whose calendar may be built. */
  readonly holidayYears: { readonly from: number; readonly to: number } | undefined;
  readonly cache: CalendarCache;
}

/**
 * How a combined calendar gets its segments: it has no rules of its own (no hours, holidays or
 * windows); each year block is the union or intersection of its parts' open segments in the year.
 */
export interface CalendarCombination {
  readonly op: "union" | "intersection";
  readonly parts: ReadonlyArray<Calendar>;
  /** Levels of combination, 1 for a combination of plain calendars. */
  readonly depth: number;
  /** Plain calendars in all, counting through every level. */
  readonly leaves: number;
  /** The combined open segments in `[start, end)`, flat, merged. */
  readonly segmentsIn: (start: number, end: number) => number[];
}

const FULL_DAY: ReadonlyArray<WallInterval> = Object.freeze([Object.freeze([0, MS_PER_DAY] as const)]);
const ALWAYS: ReadonlyArray<ReadonlyArray<WallInterval>> = Object.freeze(Array.from({ length: 7 }, () => FULL_DAY));

/** The parts of a normalized policy that {@link compileCalendar} reads. */
export type CalendarRules = Pick<NormalizedPolicy, "weekly" | "dateRules" | "annualRules" | "regionRules" | "maintenance" | "holidayYears">;

/** Inputs of {@link compileCalendar} besides the policy. */
export interface CalendarOptions {
  readonly kind: "business" | "clock";
  readonly zone: ZoneRules;
  readonly closures: ReadonlyArray<NamedSegment>;
  readonly maintenanceOneOff: ReadonlyArray<NamedSegment>;
  readonly regionSource: RegionHolidaySource | undefined;
}

/**
 * Compiles a normalized policy into a {@link Calendar}. Closures and one-off maintenance windows
 * arrive already resolved to instants (see `definePolicy`).
 */
export function compileCalendar(policy: CalendarRules, options: CalendarOptions): Calendar {
  const business = options.kind === "business";
  const pauses = policy.maintenance.pausesClocks;
  const annualRules = new Map<number, AnnualRule>();
  if (business) for (const r of policy.annualRules) annualRules.set(r.month * 100 + r.day, r);
  const dateRules = business ? policy.dateRules : NO_DATED_RULES;
  const weekly = business ? policy.weekly : ALWAYS;
  // every list of intervals the calendar opens by (a closed annual date has none)
  const lists = [...weekly, ...dateRules.hours.values(), ...[...annualRules.values()].map((r) => r.hours ?? [])];
  const neverOpen = lists.every((list) => list.length === 0);
  const pastMidnight = lists.some((list) => list.some(([, e]) => e > MS_PER_DAY));
  const observing =
    business && (policy.annualRules.some((r) => r.observed !== "none") || policy.regionRules.some((r) => r.observed !== "none"));
  return Object.freeze({
    kind: options.kind,
    zone: options.zone,
    weekly,
    dateRules,
    pastMidnight,
    annualRules,
    regionRules: business ? policy.regionRules : [],
    regionSource: options.regionSource,
    closures: business ? [...options.closures].sort((a, b) => a.start - b.start) : [],
    maintenanceWeekly: pauses ? policy.maintenance.weekly : [],
    maintenanceOneOff: pauses ? [...options.maintenanceOneOff].sort((a, b) => a.start - b.start) : [],
    neverOpen,
    observing,
    holidayYears: business ? policy.holidayYears : undefined,
    cache: {
      blocks: new Map(),
      totals: new Map(),
      sums: new Map(),
      sumLo: 0,
      sumHi: 0,
      regionDays: new Map(),
      observedDays: new Map(),
      segmentCount: 0,
      last: undefined,
      previous: undefined,
      clock: 0,
    },
  });
}

/** Region holidays of a year (day number → name), cached per year. */
export function regionHolidaysOf(cal: Calendar, year: number): ReadonlyMap<number, string> {
  let days = cal.cache.regionDays.get(year);
  if (days === undefined) {
    const map = new Map<number, string>();
    const source = cal.regionSource;
    if (source !== undefined) {
      for (const rule of cal.regionRules) {
        for (const h of source.holidays(rule, year)) {
          if (rule.except.includes(h.day)) continue;
          if (!map.has(h.day)) map.set(h.day, h.name);
        }
      }
    }
    days = map;
    if (cal.cache.regionDays.size > 256) cal.cache.regionDays.clear();
    cal.cache.regionDays.set(year, days);
  }
  return days;
}
