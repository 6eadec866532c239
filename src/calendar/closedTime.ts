/**
 * Why a calendar is not running: labels every stretch of non-running time in a range as
 * `maintenance`, `holiday` (holidays, special hours and closures, with their names) or `closed`
 * (outside the weekly hours). Used by explanations, not by arithmetic, so it favours clarity.
 *
 * @module
 */
import { weekdayOfDay } from "../time/calendarDate.js";
import { localDayOf, wallToEpoch } from "../time/wallClock.js";
import type { Calendar, CalendarCombination } from "./calendar.js";
import { planDay } from "./planDay.js";
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

/** `{ start, end, reason }`, with `name` when there is one. */
function closedSpan(start: number, end: number, reason: ClosedReason, name: string | undefined): ClosedSpan {
  return name === undefined ? { start, end, reason } : { start, end, reason, name };
}

/**
 * Labels all non-running time in `[from, to)`; the spans are sorted, disjoint, no two touching
 * spans share a reason and name, and together with `openSegments(cal, from, to)` they cover the
 * range exactly.
 */
export function closedTime(cal: Calendar, from: number, to: number, what: string): ClosedSpan[] {
  if (to <= from) return [];
  if (cal.combination !== undefined) return combinedClosedTime(cal, cal.combination, from, to, what);
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
        out.push(closedSpan(hit[i]!, hit[i + 1]!, reason, name));
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
  for (const pieces of rest) for (let i = 0; i < pieces.length; i += 2) out.push(closedSpan(pieces[i]!, pieces[i + 1]!, "closed", undefined));
  out.sort((x, y) => x.start - y.start);
  // Touching spans of one reason and name are one span (two holidays "X" back to back, a closure
  // that ends where an unnamed holiday begins), as explainTicket shows them.
  const spans: Array<{ -readonly [K in keyof ClosedSpan]: ClosedSpan[K] }> = [];
  for (const s of out) {
    const last = spans[spans.length - 1];
    if (last?.end === s.start && last.reason === s.reason && last.name === s.name) last.end = s.end;
    else spans.push(s);
  }
  return spans;
}

function intersect(a: ReadonlyArray<number>, b: ReadonlyArray<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < b.length; i += 2) {
    const piece = clipSegments(a, b[i]!, b[i + 1]!);
    for (let k = 0; k < piece.length; k++) out.push(piece[k]!); // not push(...piece): no argument-count limit
  }
  return mergeSegments(out);
}

/**
 * The labels of a combined calendar's non-running time: where every part that is not running gives
 * the same reason, that reason (with the name too when they all give the same one, else no name);
 * elsewhere plain `closed`. Each part labels its own
 * closed time; the combination's gaps are cut at every label boundary and adjacent equal pieces
 * joined.
 */
function combinedClosedTime(cal: Calendar, combination: CalendarCombination, from: number, to: number, what: string): ClosedSpan[] {
  const gaps = subtractSegments([from, to], openSegments(cal, from, to, what));
  if (gaps.length === 0) return [];
  const labelled = combination.parts.map((part) => closedTime(part, from, to, what));
  const points = new Set<number>(gaps);
  for (const spans of labelled) for (const s of spans) points.add(s.start).add(s.end);
  const cuts = [...points].sort((a, b) => a - b);
  const cursors = labelled.map(() => 0);
  const out: ClosedSpan[] = [];
  // Which span of each part a piece lies in (-1: that part runs). Adjacent pieces with one label are
  // joined when they lie in the very same spans, or when either is `closed` because the parts
  // disagree; so unionOf(p, p) labels exactly as p does, span for span.
  let lastSources = "";
  let lastDisagreed = false;
  let g = 0;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k]!;
    const b = cuts[k + 1]!;
    while (g < gaps.length && gaps[g + 1]! <= a) g += 2;
    if (g >= gaps.length || gaps[g]! > a) continue; // [a, b) is running time
    let label: ClosedSpan | undefined;
    let agreed = true; // every non-running part gives the same reason
    let named = true; // ... and the same name
    const sources: number[] = [];
    for (let i = 0; i < labelled.length; i++) {
      const spans = labelled[i]!;
      while (cursors[i]! < spans.length && spans[cursors[i]!]!.end <= a) cursors[i] = cursors[i]! + 1;
      const s = spans[cursors[i]!];
      if (s === undefined || s.start > a) {
        sources.push(-1); // this part runs over [a, b)
        continue;
      }
      sources.push(cursors[i]!);
      if (label === undefined) label = s;
      else if (label.reason !== s.reason) agreed = false;
      else if (label.name !== s.name) named = false;
    }
    const reason = agreed && label !== undefined ? label.reason : "closed";
    const name = agreed && named ? label?.name : undefined;
    const key = sources.join(",");
    const last = out[out.length - 1];
    const disagreed = !agreed || !named || label === undefined;
    if (last !== undefined && last.end === a && last.reason === reason && last.name === name && (key === lastSources || disagreed || lastDisagreed)) {
      out[out.length - 1] = closedSpan(last.start, b, reason, name);
    } else {
      out.push(closedSpan(a, b, reason, name));
    }
    lastSources = key;
    lastDisagreed = disagreed;
  }
  return out;
}
