/**
 * The scheduled maintenance windows of a policy as absolute segments, whether or not they pause
 * SLA clocks (the calendars only carry them when `pausesClocks` is true).
 *
 * @module
 */
import type { CompiledPolicy } from "../calendar/definePolicy.js";
import { assertSpanWithinHorizon } from "../calendar/horizon.js";
import { clipSegments, mergeSegments } from "../calendar/segmentAlgebra.js";
import { weekdayOfDay } from "../time/calendarDate.js";
import type { WallPoint } from "../policy/normalizedPolicy.js";
import { localDayOf, wallToEpoch } from "../time/wallClock.js";

function resolvePoint(c: CompiledPolicy, p: WallPoint): number {
  return p.kind === "wall" ? wallToEpoch(c.zone, p.day, p.ms) : p.epochMs;
}

/**
 * Maintenance windows (weekly and one-off) within `[from, to)`, flat `[s0, e0, …]`, merged and
 * clipped. Wall-clock windows are resolved in the policy's zone by the compatible rule; a weekly
 * window belongs to the local date it starts on and may run past midnight.
 *
 * @throws HorizonError when the range is longer than 100 years.
 */
export function scheduledMaintenance(c: CompiledPolicy, from: number, to: number): number[] {
  if (to <= from) return [];
  assertSpanWithinHorizon(from, to, "availability");
  const m = c.normalized.maintenance;
  const flat: number[] = [];
  if (m.weekly.length > 0) {
    const zone = c.zone;
    const last = localDayOf(zone, to - 1);
    for (let d = localDayOf(zone, from) - 2; d <= last; d++) {
      const wd = weekdayOfDay(d);
      for (const w of m.weekly) {
        if (!w.weekdays.includes(wd)) continue;
        const a = wallToEpoch(zone, d, w.interval[0]);
        const b = wallToEpoch(zone, d, w.interval[1]);
        if (b > a) flat.push(a, b);
      }
    }
  }
  for (const w of m.oneOff) {
    const a = resolvePoint(c, w.from);
    const b = resolvePoint(c, w.to);
    if (b > a) flat.push(a, b);
  }
  return clipSegments(mergeSegments(flat), from, to);
}
