/**
 * REFERENCE (test-only): why a calendar is not running at an instant, decided instant by instant
 * from the policy's literal pieces, in the documented order: a maintenance window that pauses the
 * clocks, then a closure, then a date whose holiday or special hours took away weekly hours it
 * would otherwise have, else plain "closed" (outside the weekly hours). Deliberately naive.
 */
import type { RefPolicy, RefWallInterval } from "./referencePolicy.js";
import { isObservedDay, isRegionHoliday } from "./referencePolicy.js";
import { businessSegments, clip, intersect, type Segment, subtract, union, wallIntervalsOfDay } from "./referenceSegments.js";
import { localDayOf, monthDayOf, wallToEpoch, weekdayOf } from "./wallClock.js";

export type RefReason = "open" | "maintenance" | "holiday" | "closed";

const inside = (t: number, [s, e]: Segment): boolean => s <= t && t < e;

function instants(p: RefPolicy, day: number, list: ReadonlyArray<RefWallInterval>): Segment[] {
  return list.map((i): Segment => [wallToEpoch(p.zone, day, i.start), wallToEpoch(p.zone, day, i.end)]);
}

/** Whether a holiday, annual rule, region holiday or special hours decide the hours of `day`. */
function overridden(p: RefPolicy, day: number): boolean {
  return p.dates.has(day) || p.annual.has(monthDayOf(day)) || isRegionHoliday(p, day) || isObservedDay(p, day);
}

/** The maintenance windows (weekly ones starting on `day`, and the one-off ones) as instants. */
function windowsOfDay(p: RefPolicy, day: number): Segment[] {
  const out: Segment[] = [];
  for (const w of p.weeklyWindows) if (w.weekdays.includes(weekdayOf(day))) out.push(...instants(p, day, [w.interval]));
  return out;
}

/** The local dates whose intervals can reach `t` (an interval lasts at most 24 wall-clock hours). */
function daysAround(p: RefPolicy, t: number): number[] {
  const d = localDayOf(p.zone, t);
  return [d - 2, d - 1, d];
}

/**
 * The reason at `t` on the business calendar (`clock = false`) or on the calendar clock
 * (`clock = true`: always running except in maintenance windows that pause the clocks).
 */
export function refReasonAt(p: RefPolicy, t: number, clock: boolean): RefReason {
  if (p.combination !== undefined) {
    // A combined calendar runs when any (union) / every (intersection) part runs; when it does not,
    // the reason is the one every non-running part gives, or plain "closed" when they differ.
    const reasons = p.combination.parts.map((part) => refReasonAt(part, t, clock));
    const open = p.combination.op === "union" ? reasons.includes("open") : reasons.every((r) => r === "open");
    if (open) return "open";
    const closed = new Set(reasons.filter((r) => r !== "open"));
    return closed.size === 1 ? [...closed][0]! : "closed";
  }
  const maintenance = p.pausesClocks && (p.oneOffWindows.some((w) => inside(t, w)) || daysAround(p, t).some((d) => windowsOfDay(p, d).some((w) => inside(t, w))));
  if (clock) return maintenance ? "maintenance" : "open";
  if (businessSegments(p, t, t + 1).length > 0) return "open";
  if (maintenance) return "maintenance";
  if (p.closures.some((c) => inside(t, c))) return "holiday";
  for (const d of daysAround(p, t)) {
    if (!overridden(p, d)) continue;
    const regular = instants(p, d, p.weekly[weekdayOf(d)]!);
    const special = instants(p, d, wallIntervalsOfDay(p, d));
    if (regular.some((r) => inside(t, r)) && !special.some((s) => inside(t, s))) return "holiday";
  }
  return "closed";
}

/**
 * Every instant in `[from, to)` at which {@link refReasonAt} may change: the ends of all the pieces
 * it looks at. Between two consecutive such instants the reason is constant.
 */
export function refReasonBoundaries(p: RefPolicy, from: number, to: number): number[] {
  if (p.combination !== undefined) {
    const all = p.combination.parts.flatMap((part) => refReasonBoundaries(part, from, to));
    return [...new Set(all)].sort((a, b) => a - b);
  }
  const points = new Set<number>();
  const add = ([s, e]: Segment): void => {
    for (const x of [s, e]) if (from < x && x < to) points.add(x);
  };
  for (let d = localDayOf(p.zone, from) - 2; d <= localDayOf(p.zone, to) + 1; d++) {
    windowsOfDay(p, d).forEach(add);
    instants(p, d, p.weekly[weekdayOf(d)]!).forEach(add);
    instants(p, d, wallIntervalsOfDay(p, d)).forEach(add);
  }
  p.oneOffWindows.forEach(add);
  p.closures.forEach(add);
  businessSegments(p, from, to).forEach(add);
  return [...points].sort((a, b) => a - b);
}

/** The calendar clock's running time in `[from, to)`: all of it, minus the windows that pause the clocks. */
export function refClockSegments(p: RefPolicy, from: number, to: number): Segment[] {
  if (to <= from) return [];
  if (p.combination !== undefined) {
    const [first, ...rest] = p.combination.parts.map((part) => refClockSegments(part, from, to));
    return p.combination.op === "union" ? union([first!, ...rest].flat()) : rest.reduce(intersect, first!);
  }
  if (!p.pausesClocks) return [[from, to]];
  const windows: Segment[] = [...p.oneOffWindows];
  for (let d = localDayOf(p.zone, from) - 2; d <= localDayOf(p.zone, to) + 1; d++) windows.push(...windowsOfDay(p, d));
  return clip(subtract([[from, to]], windows), from, to);
}
