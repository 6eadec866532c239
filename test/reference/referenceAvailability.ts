/**
 * REFERENCE (test-only): `availability(p, { from, to, outages })` decided minute by minute from the
 * policy's literal maintenance windows. Each minute of `[from, to)` is maintenance when a one-off
 * window holds it or a weekly window starting on one of the three local dates around it does
 * (whether or not the windows pause the clocks), and down when an outage holds it and it is not
 * maintenance. Exact whenever `from`, `to`, the outages and the windows lie on whole minutes.
 * Deliberately naive: no merging, no clipping, no caches.
 */
import type { RefPolicy } from "./referencePolicy.js";
import { localDayOf, MINUTE, wallToEpoch, weekdayOf } from "./wallClock.js";

export interface RefAvailability {
  period: number;
  maintenance: number;
  downtime: number;
  availability: number;
}

type Span = readonly [number, number];

const holds = (t: number, [s, e]: Span): boolean => s <= t && t < e;

/** Whether a maintenance window of `p` holds instant `t`. */
export function refInMaintenance(p: RefPolicy, t: number): boolean {
  if (p.oneOffWindows.some((w) => holds(t, w))) return true;
  const d = localDayOf(p.zone, t);
  for (let day = d - 2; day <= d; day++) {
    for (const w of p.weeklyWindows) {
      if (!w.weekdays.includes(weekdayOf(day))) continue;
      if (holds(t, [wallToEpoch(p.zone, day, w.interval.start), wallToEpoch(p.zone, day, w.interval.end)])) return true;
    }
  }
  return false;
}

/**
 * Availability of `[from, to)` (whole minutes, `from <= to`) with `outages` (whole minutes, any
 * order, overlapping or not): every minute is looked at once.
 */
export function refAvailability(p: RefPolicy, from: number, to: number, outages: ReadonlyArray<Span>): RefAvailability {
  let maintenance = 0;
  let downtime = 0;
  for (let t = from; t < to; t += MINUTE) {
    if (refInMaintenance(p, t)) maintenance += MINUTE;
    else if (outages.some((o) => holds(t, o))) downtime += MINUTE;
  }
  const period = to - from;
  const base = period - maintenance;
  return { period, maintenance, downtime, availability: base === 0 ? 1 : 1 - downtime / base };
}

/**
 * Maintenance time in `[from, to)`, for long periods: every window that can reach into it (weekly
 * ones starting on each local date from two before `from`'s to `to`'s, and the one-off ones),
 * clipped to the period, sorted and merged, then summed. One step per date.
 */
export function refMaintenanceByDates(p: RefPolicy, from: number, to: number): number {
  const spans: Array<[number, number]> = [];
  const add = (a: number, b: number) => {
    const s = Math.max(a, from);
    const e = Math.min(b, to);
    if (e > s) spans.push([s, e]);
  };
  for (const [a, b] of p.oneOffWindows) add(a, b);
  for (let day = localDayOf(p.zone, from) - 2; day <= localDayOf(p.zone, to); day++) {
    for (const w of p.weeklyWindows) {
      if (w.weekdays.includes(weekdayOf(day))) add(wallToEpoch(p.zone, day, w.interval.start), wallToEpoch(p.zone, day, w.interval.end));
    }
  }
  spans.sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of spans) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}
