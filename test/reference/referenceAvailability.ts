/**
 * REFERENCE (test-only): `availability(p, { from, to, outages })` decided minute by minute from the
 * policy's literal maintenance windows. Each minute of `[from, to)` is maintenance when a one-off
 * window holds it or a weekly window starting on one of the three local dates around it does
 * (whether or not the windows pause the clocks), and down when an outage holds it and it is not
 * maintenance. Exact whenever `from`, `to`, the outages and the windows lie on whole minutes.
 * Deliberately naive: no merging, no clipping, no caches. For long periods, and for clocks whose
 * offsets have seconds (local mean time), the same answer from the windows themselves, listed date
 * by date, clipped and merged (`refMaintenanceSpans`, `refAvailabilityBySpans`); the tests check
 * the two against each other where both are exact.
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
 * The maintenance windows within `[from, to)`, merged: every window that can reach into it (weekly
 * ones starting on each local date from two before `from`'s to `to`'s, and the one-off ones),
 * clipped to the period, sorted and merged. One step per date; exact to the millisecond.
 */
export function refMaintenanceSpans(p: RefPolicy, from: number, to: number): Array<[number, number]> {
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
  return mergeSpans(spans);
}

function mergeSpans(spans: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

const lengthOf = (spans: ReadonlyArray<Span>) => spans.reduce((sum, [s, e]) => sum + (e - s), 0);

/** Maintenance time in `[from, to)`, for long periods: the length of {@link refMaintenanceSpans}. */
export function refMaintenanceByDates(p: RefPolicy, from: number, to: number): number {
  return lengthOf(refMaintenanceSpans(p, from, to));
}

/**
 * {@link refAvailability} from merged spans instead of minutes: exact to the millisecond, so also
 * where offsets or windows do not fall on whole minutes (local mean time before 1900).
 */
export function refAvailabilityBySpans(p: RefPolicy, from: number, to: number, outages: ReadonlyArray<Span>): RefAvailability {
  const maintenanceSpans = refMaintenanceSpans(p, from, to);
  const maintenance = lengthOf(maintenanceSpans);
  const down = mergeSpans(outages.map(([s, e]): [number, number] => [Math.max(s, from), Math.min(e, to)]).filter(([s, e]) => e > s));
  let downtime = lengthOf(down);
  for (const [s, e] of down) for (const [ms, me] of maintenanceSpans) downtime -= Math.max(0, Math.min(e, me) - Math.max(s, ms));
  const period = to - from;
  const base = period - maintenance;
  return { period, maintenance, downtime, availability: base === 0 ? 1 : 1 - downtime / base };
}
