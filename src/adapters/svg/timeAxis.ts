/**
 * The time axis of a timeline: where local days (or months, or years) begin, the hour ticks
 * between them, and where the zone's offset changes — all in the explanation's zone.
 *
 * @module
 */
import { MS_PER_DAY, MS_PER_HOUR, civilFromDay, dayFromCivil } from "../../time/calendarDate.js";
import { localDayOf, wallToEpoch } from "../../time/wallClock.js";
import type { ZoneRules } from "../../time/zoneRules.js";
import { offsetChanges } from "./offsetChanges.js";
import type { OffsetChange } from "./offsetChanges.js";
import { dayLabel, monthLabel, wallTimeLabel } from "./zoneLabels.js";

/** A marked instant on the axis, with its label (none when labels would crowd). */
export interface AxisMark {
  readonly at: number;
  readonly label?: string;
}

/** The unit whose starts the axis marks: local midnights, first days of months, or of years. */
export type BoundaryUnit = "day" | "month" | "year";

/** Everything the axis draws, computed once per timeline. */
export interface TimeAxis {
  readonly unit: BoundaryUnit;
  /** The label of the day (month, year) in which the span starts, shown at its left edge when there is room. */
  readonly leadLabel?: string;
  /** Starts of local days (months, years) inside the span, in order. */
  readonly boundaries: ReadonlyArray<AxisMark>;
  /** Local wall-clock hours between boundaries, when days are wide enough to show them. */
  readonly hourTicks: ReadonlyArray<AxisMark>;
  /** Changes of the zone's UTC offset inside the span (DST). */
  readonly offsetChanges: ReadonlyArray<OffsetChange>;
}

/** Closest two boundary lines may be, in px; coarser units are used below it. */
const MIN_BOUNDARY_PX = 6;
/** Room a boundary label needs (`Wed 30 Sep`, `Sep 2026` at 11 px). */
const BOUNDARY_LABEL_PX = 74;
/** Room an hour label needs (`06:00`). */
const HOUR_LABEL_PX = 40;
/** Hour steps tried, in order: the first that leaves room for its labels wins. */
const HOUR_STEPS = [1, 2, 3, 6, 12] as const;

/**
 * The axis of `[lo, hi)` drawn `width` px wide in `zone`.
 *
 * Rule: boundaries are local midnights (`wallToEpoch(day, 00:00)`, so a midnight that a DST change
 * skips is the first instant of that day; a date the zone skipped whole has none) when days are at
 * least 6 px apart, else the first midnights of months, else of years (every k-th year when even
 * years crowd); labels are dropped where they would overlap the previous one. Hour ticks appear
 * when a day is wide enough for at least two hour labels, at the first step of 1, 2, 3, 6 or 12
 * wall-clock hours that leaves them room. Every list is bounded by `width`, whatever the span.
 *
 * @example
 * // 27 Nov 2026 21:30 to 30 Nov 12:00 in America/Toronto, 800 px: 3 local midnights, 6-hour ticks
 * timeAxis(toronto, Date.UTC(2026, 10, 28, 2, 30), Date.UTC(2026, 10, 30, 17), 800).boundaries.length; //=> 3
 */
export function timeAxis(zone: ZoneRules, lo: number, hi: number, width: number): TimeAxis {
  const pxPerMs = width / (hi - lo);
  const dayPx = MS_PER_DAY * pxPerMs;
  const unit: BoundaryUnit = dayPx >= MIN_BOUNDARY_PX ? "day" : dayPx * 28 >= MIN_BOUNDARY_PX ? "month" : "year";
  const starts = unit === "day" ? dayStarts(zone, lo, hi) : unit === "month" ? monthStarts(zone, lo, hi) : yearStarts(zone, lo, hi, dayPx);
  const firstPx = starts.length === 0 ? width : (starts[0]!.at - lo) * pxPerMs;
  const leadLabel = firstPx >= BOUNDARY_LABEL_PX ? startLabel(zone, lo, unit) : undefined;
  const boundaries: AxisMark[] = [];
  let lastLabelPx = leadLabel === undefined ? Number.NEGATIVE_INFINITY : 0;
  for (const s of starts) {
    const px = (s.at - lo) * pxPerMs;
    if (px - lastLabelPx >= BOUNDARY_LABEL_PX && width - px >= BOUNDARY_LABEL_PX) {
      boundaries.push(s);
      lastLabelPx = px;
    } else {
      boundaries.push({ at: s.at });
    }
  }
  return {
    unit,
    ...(leadLabel === undefined ? {} : { leadLabel }),
    boundaries,
    hourTicks: unit === "day" && dayPx >= 2 * HOUR_LABEL_PX ? hourTicks(zone, lo, hi, MS_PER_HOUR * pxPerMs) : [],
    offsetChanges: offsetChanges(zone, lo, hi),
  };
}

function startLabel(zone: ZoneRules, lo: number, unit: BoundaryUnit): string {
  const day = localDayOf(zone, lo);
  if (unit === "day") return dayLabel(day);
  const { year, month } = civilFromDay(day);
  return unit === "month" ? monthLabel(year, month) : String(year);
}

function dayStarts(zone: ZoneRules, lo: number, hi: number): AxisMark[] {
  const marks: AxisMark[] = [];
  for (let day = localDayOf(zone, lo) + 1; ; day++) {
    const at = wallToEpoch(zone, day, 0);
    if (at >= hi) return marks;
    // A date the zone skipped whole (Pacific/Apia, 30 December 2011) has no start of its own: its
    // midnight resolves to the next day's, which is marked under its own name.
    if (localDayOf(zone, at) !== day) continue;
    marks.push({ at, label: dayLabel(day) });
  }
}

function monthStarts(zone: ZoneRules, lo: number, hi: number): AxisMark[] {
  const marks: AxisMark[] = [];
  let { year, month } = civilFromDay(localDayOf(zone, lo));
  for (;;) {
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
    const at = wallToEpoch(zone, dayFromCivil(year, month, 1), 0);
    if (at >= hi) return marks;
    marks.push({ at, label: monthLabel(year, month) });
  }
}

function yearStarts(zone: ZoneRules, lo: number, hi: number, dayPx: number): AxisMark[] {
  const every = Math.max(1, Math.ceil(MIN_BOUNDARY_PX / (dayPx * 365)));
  const marks: AxisMark[] = [];
  const first = civilFromDay(localDayOf(zone, lo)).year + 1;
  for (let year = Math.ceil(first / every) * every; ; year += every) {
    const at = wallToEpoch(zone, dayFromCivil(year, 1, 1), 0);
    if (at >= hi) return marks;
    marks.push({ at, label: String(year) });
  }
}

function hourTicks(zone: ZoneRules, lo: number, hi: number, hourPx: number): AxisMark[] {
  const step = HOUR_STEPS.find((h) => h * hourPx >= HOUR_LABEL_PX) ?? 12;
  const marks: AxisMark[] = [];
  for (let day = localDayOf(zone, lo); ; day++) {
    if (wallToEpoch(zone, day, 0) >= hi) return marks;
    for (let h = step; h < 24; h += step) {
      // A wall time in a spring-forward gap falls after the jump: label it as the clock reads it.
      const at = wallToEpoch(zone, day, h * MS_PER_HOUR);
      if (at <= lo || at >= hi || (marks.length > 0 && marks[marks.length - 1]!.at === at)) continue;
      marks.push({ at, label: wallTimeLabel(zone, at) });
    }
  }
}
