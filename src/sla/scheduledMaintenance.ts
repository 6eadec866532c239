/**
 * The scheduled maintenance windows of a policy as absolute segments, whether or not they pause
 * SLA clocks (the calendars only carry them when `pausesClocks` is true).
 *
 * @module
 */
import type { CompiledPolicy } from "../calendar/definePolicy.js";
import { resolvePoint } from "../calendar/definePolicy.js";
import { assertSpanWithinHorizon } from "../calendar/horizon.js";
import { clipSegments, mergeSegments } from "../calendar/segmentAlgebra.js";
import { pushWeeklyWindows } from "../calendar/yearBlock.js";
import { localDayOf } from "../time/wallClock.js";

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
    pushWeeklyWindows(flat, zone, m.weekly, localDayOf(zone, from) - 2, last + 1);
  }
  for (const w of m.oneOff) {
    const a = resolvePoint(c.zone, w.from);
    const b = resolvePoint(c.zone, w.to);
    if (b > a) flat.push(a, b);
  }
  return clipSegments(mergeSegments(flat), from, to);
}
