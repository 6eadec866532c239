/**
 * Why a calendar is not running: labels every stretch of non-running time in a range as
 * `maintenance`, `holiday` (holidays, special hours and closures, with their names) or `closed`
 * (outside the weekly hours). Used by explanations, not by arithmetic, so it favours clarity.
 *
 * @module
 */
import { weekdayOfDay } from "../time/calendarDate.js";
import { localDayOf, wallToEpoch } from "../time/wallClock.js";
import type { Calendar } from "./calendar.js";
import { planDay } from "./calendar.js";
import { openSegments } from "./openSegments.js";
import { clipSegments, mergeSegments, subtractSegments } from "./segmentAlgebra.js";

/** Why time was not counted. */
export type ClosedReason = "closed" | "holiday" | "maintenance";

/** A labelled stretch of non-running time. */
export interface ClosedSpan {
  readonly start: number;
  readonly end: number;
  readonly reason: ClosedReason;
  readonly name?: string;
}

/**
 * Labels all non-running time in `[from, to)`; the spans are sorted, disjoint, and together with
 * `openSegments(cal, from, to)` cover the range exactly.
 */
export function closedTime(cal: Calendar, from: number, to: number, what: string): ClosedSpan[] {
  if (to <= from) return [];
  const open = openSegments(cal, from, to, what);
  const gaps = subtractSegments([from, to], open);
  // The still unlabelled pieces of each gap between open segments. A label only touches the few
  // gaps it overlaps (found by binary search), so labelling stays linear in the range's length.
  const rest: number[][] = [];
  for (let i = 0; i < gaps.length; i += 2) rest.push([gaps[i]!, gaps[i + 1]!]);
  const out: ClosedSpan[] = [];
  const take = (flat: number[], reason: ClosedReason, name?: string): void => {
    if (flat.length === 0) return;
    const merged = mergeSegments(flat);
    if (merged.length === 0) return;
    const lo = merged[0]!;
    const hi = merged[merged.length - 1]!;
    let g = 0;
    let top = rest.length;
    while (g < top) {
      const mid = (g + top) >> 1;
      if (gaps[2 * mid + 1]! <= lo) g = mid + 1;
      else top = mid;
    }
    for (; g < rest.length && gaps[2 * g]! < hi; g++) {
      const hit = intersect(rest[g]!, merged);
      if (hit.length === 0) continue;
      for (let i = 0; i < hit.length; i += 2) {
        out.push(name === undefined ? { start: hit[i]!, end: hit[i + 1]!, reason } : { start: hit[i]!, end: hit[i + 1]!, reason, name });
      }
      rest[g] = subtractSegments(rest[g]!, merged);
    }
  };
  const zone = cal.zone;
  const firstDay = localDayOf(zone, from) - 2;
  const lastDay = localDayOf(zone, to - 1) + 1;
  for (let d = firstDay; d < lastDay; d++) {
    const wd = weekdayOfDay(d);
    for (const w of cal.maintenanceWeekly) {
      if (w.weekdays.includes(wd)) take([wallToEpoch(zone, d, w.interval[0]), wallToEpoch(zone, d, w.interval[1])], "maintenance", w.name);
    }
  }
  for (const m of cal.maintenanceOneOff) if (m.start < to && m.end > from) take([m.start, m.end], "maintenance", m.name);
  for (const c of cal.closures) if (c.start < to && c.end > from) take([c.start, c.end], "holiday", c.name);
  for (let d = firstDay; d < lastDay; d++) {
    const plan = planDay(cal, d);
    if (plan.override === undefined) continue;
    const regular: number[] = [];
    for (const [s, e] of cal.weekly[weekdayOfDay(d)]!) regular.push(wallToEpoch(zone, d, s), wallToEpoch(zone, d, e));
    const special: number[] = [];
    for (const [s, e] of plan.intervals) special.push(wallToEpoch(zone, d, s), wallToEpoch(zone, d, e));
    take(subtractSegments(mergeSegments(regular), mergeSegments(special)), "holiday", plan.override.name);
  }
  for (const pieces of rest) for (let i = 0; i < pieces.length; i += 2) out.push({ start: pieces[i]!, end: pieces[i + 1]!, reason: "closed" });
  out.sort((x, y) => x.start - y.start);
  return out;
}

function intersect(a: ReadonlyArray<number>, b: ReadonlyArray<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < b.length; i += 2) {
    const piece = clipSegments(a, b[i]!, b[i + 1]!);
    for (let k = 0; k < piece.length; k++) out.push(piece[k]!); // not push(...piece): no argument-count limit
  }
  return mergeSegments(out);
}
