/**
 * REFERENCE (test-only): business time as absolute segments [start, end) of epoch ms, built by
 * walking local dates one by one. Deliberately naive.
 */
import { isObservedDay, isRegionHoliday, type RefPolicy, type RefWallInterval } from "./referencePolicy.js";
import { localDayOf, monthDayOf, wallToEpoch, weekdayOf } from "./wallClock.js";

export type Segment = [start: number, end: number];

/** Sorts, drops empty segments, merges overlapping and touching ones. */
export function union(segments: ReadonlyArray<Segment>): Segment[] {
  const sorted = segments.filter(([s, e]) => e > s).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: Segment[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** `segments` minus every hole (one sweep over both, sorted and merged). */
export function subtract(segments: ReadonlyArray<Segment>, holes: ReadonlyArray<Segment>): Segment[] {
  const cuts = union(holes);
  const out: Segment[] = [];
  let first = 0; // cuts before `first` end before the current segment (and before every later one)
  for (const [s, e] of union(segments)) {
    while (first < cuts.length && cuts[first]![1] <= s) first += 1;
    let cursor = s;
    for (let k = first; k < cuts.length && cuts[k]![0] < e; k++) {
      const [cs, ce] = cuts[k]!;
      if (cs > cursor) out.push([cursor, cs]);
      cursor = Math.max(cursor, ce);
    }
    if (cursor < e) out.push([cursor, e]);
  }
  return out;
}

/** The instants in both lists: every overlapping pair, one by one (quadratic and obvious). */
export function intersect(a: ReadonlyArray<Segment>, b: ReadonlyArray<Segment>): Segment[] {
  const out: Segment[] = [];
  for (const [s, e] of a) for (const [t, f] of b) if (Math.max(s, t) < Math.min(e, f)) out.push([Math.max(s, t), Math.min(e, f)]);
  return union(out);
}

/** Each segment cut to [from, to); empty ones dropped. */
export function clip(segments: ReadonlyArray<Segment>, from: number, to: number): Segment[] {
  return union(segments.map(([s, e]): Segment => [Math.max(s, from), Math.min(e, to)]));
}

/** The wall-clock intervals that START on local date `day`, by precedence date > annual > region > observed > weekly. */
export function wallIntervalsOfDay(p: RefPolicy, day: number): RefWallInterval[] {
  if (p.dates.has(day)) return p.dates.get(day) ?? [];
  const md = monthDayOf(day);
  if (p.annual.has(md)) return p.annual.get(md)!.hours ?? [];
  if (isRegionHoliday(p, day)) return [];
  if (isObservedDay(p, day)) return [];
  return p.weekly[weekdayOf(day)]!;
}

/** The intervals that start on local date `day`, as instants (possibly empty after a DST gap). */
export function intervalsOfDay(p: RefPolicy, day: number): Segment[] {
  let hit = p.dayCache.get(day);
  if (hit === undefined) {
    hit = wallIntervalsOfDay(p, day).map((i): Segment => [wallToEpoch(p.zone, day, i.start), wallToEpoch(p.zone, day, i.end)]);
    p.dayCache.set(day, hit);
  }
  return hit;
}

/** The weekly maintenance windows starting on local date `day`, as instants. */
function weeklyWindowsOfDay(p: RefPolicy, day: number): Segment[] {
  const out: Segment[] = [];
  for (const w of p.weeklyWindows) {
    if (w.weekdays.includes(weekdayOf(day))) {
      out.push([wallToEpoch(p.zone, day, w.interval.start), wallToEpoch(p.zone, day, w.interval.end)]);
    }
  }
  return out;
}

/**
 * Every business segment intersecting [from, to), clipped to it, merged.
 * Walks every local date whose intervals could reach into the window (an interval lasts at most
 * 24 wall-clock hours, so starting two dates early is more than enough).
 */
export function businessSegments(p: RefPolicy, from: number, to: number): Segment[] {
  if (to <= from) return [];
  if (p.combination !== undefined) {
    const [first, ...rest] = p.combination.parts.map((part) => businessSegments(part, from, to));
    if (p.combination.op === "union") return union([first!, ...rest].flat());
    return rest.reduce(intersect, first!);
  }
  const firstDay = localDayOf(p.zone, from) - 2;
  const lastDay = localDayOf(p.zone, to) + 1;
  const open: Segment[] = [];
  const windows: Segment[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    for (const seg of intervalsOfDay(p, day)) if (seg[1] > from && seg[0] < to) open.push(seg);
    if (p.pausesClocks) windows.push(...weeklyWindowsOfDay(p, day));
  }
  let result = union(open);
  result = subtract(result, p.closures);
  if (p.pausesClocks) result = subtract(result, [...windows, ...p.oneOffWindows]);
  return clip(result, from, to);
}
