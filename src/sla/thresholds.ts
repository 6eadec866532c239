/**
 * Escalation levels: for each `warnAt` fraction of a metric's target, whether `elapsed` has reached
 * it and when; and the next instant at which a running metric changes (a level reached, a breach).
 *
 * @module
 */
import { HolidayCoverageError } from "../calendar/horizon.js";
import { HorizonError } from "../errors.js";
import type { ClockReader, MeasuredRun } from "./metricClock.js";
import { instantCounting } from "./metricClock.js";
import type { Threshold } from "./types.js";

/**
 * The elapsed ms at which a fraction is reached: the least whole number `e` with
 * `e >= fraction * goal` (reached compares `elapsed >= fraction * goal` in JavaScript numbers, and
 * elapsed is a whole number of ms).
 */
function need(fraction: number, goal: number): number {
  return Math.ceil(fraction * goal);
}

/**
 * The thresholds of a measured run, one per fraction in order.
 *
 * `at`: reached → the first instant the counted time reached `need`; else null while the clock is
 * stopped; else counting on from the frontier (`now`, or the completion instant: the run's last
 * mark) with no pause.
 */
export function thresholdsOf(clock: ClockReader, m: MeasuredRun, fractions: ReadonlyArray<number>): Threshold[] {
  const out = new Array<Threshold>(fractions.length); // (exact size: a pushed array reserves 17 slots)
  for (let i = 0; i < fractions.length; i++) {
    const fraction = fractions[i]!;
    const n = need(fraction, m.goal);
    let at: number | null;
    let reached = false;
    if (m.elapsed >= n) {
      at = instantCounting(clock, m.run, m.counts, n);
      reached = true;
    } else at = m.paused ? null : clock.advanceFromMark(m.run.to, n - m.elapsed, "deadline");
    out[i] = { fraction, at: at === null ? null : new Date(at), reached };
  }
  return out;
}

/**
 * The earliest instant strictly after `now` at which a running metric (live, clock running, not
 * breached) changes with no new events: it reaches a threshold it has not reached (the first such
 * threshold's `at`, counted on from `now`), or else breaches (the first ms at which
 * `elapsed > goal`). null for a metric that is completed, stopped or breached, or whose breach lies
 * beyond the 100-year horizon (or beyond the years 1000–9999).
 *
 * @throws HorizonError when finding the breach needs a year outside the policy's `holidayYears`
 *   (CONTRACT §10: never a silent answer without the holidays; a `null` here would tell a
 *   scheduler that nothing changes).
 * @param thresholds - the run's {@link thresholdsOf}.
 */
export function nextChangeOf(clock: ClockReader, m: MeasuredRun, thresholds: ReadonlyArray<Threshold>): number | null {
  if (m.run.completed || m.paused || m.elapsed > m.goal) return null;
  // fractions ascend: the first unreached threshold is the nearest, and comes before the breach
  for (const t of thresholds) if (!t.reached) return t.at!.getTime();
  try {
    return clock.advanceFromMark(m.run.to, m.goal - m.elapsed + 1, "nextChangeAt");
  } catch (e) {
    if (e instanceof HorizonError && !(e instanceof HolidayCoverageError)) return null;
    throw e;
  }
}
