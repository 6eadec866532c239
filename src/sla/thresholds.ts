/**
 * Escalation levels: for each `warnAt` fraction of a metric's target, whether `elapsed` has reached
 * it and when; and the next instant at which a running metric changes (a level reached, a breach).
 *
 * @module
 */
import { HorizonError } from "../errors.js";
import type { ClockReader, MeasuredRun } from "./metricClock.js";
import { countedInstants } from "./metricClock.js";

/** A threshold in epoch ms (turned into a `Threshold` by the caller). */
export interface ThresholdPoint {
  readonly fraction: number;
  readonly at: number | null;
  readonly reached: boolean;
}

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
 * stopped; else counting on from the frontier (`now`, or the completion instant) with no pause.
 */
export function thresholdsOf(clock: ClockReader, m: MeasuredRun, fractions: ReadonlyArray<number>, now: number): ThresholdPoint[] {
  const needs = fractions.map((f) => need(f, m.goal));
  let reachedAt: Array<number | null> | undefined;
  const frontier = m.run.completedAt ?? now;
  return fractions.map((fraction, i) => {
    const n = needs[i]!;
    if (m.elapsed >= n) {
      reachedAt ??= countedInstants(clock, m.run, m.counts, needs.filter((x) => x <= m.elapsed));
      return { fraction, at: reachedAt[i]!, reached: true };
    }
    if (m.paused) return { fraction, at: null, reached: false };
    return { fraction, at: clock.advance(frontier, n - m.elapsed, "deadline"), reached: false };
  });
}

/**
 * The earliest instant strictly after `now` at which a running metric (live, clock running, not
 * breached) changes with no new events: it reaches a threshold it has not reached (the first such
 * threshold's `at`, counted on from `now`), or else breaches (the first ms at which
 * `elapsed > goal`). null for a metric that is completed, stopped or breached, or whose breach lies
 * beyond the 100-year horizon.
 *
 * @param thresholds - the run's {@link thresholdsOf}.
 */
export function nextChangeOf(clock: ClockReader, m: MeasuredRun, thresholds: ReadonlyArray<ThresholdPoint>, now: number): number | null {
  if (m.run.completedAt !== null || m.paused || m.elapsed > m.goal) return null;
  // fractions ascend: the first unreached threshold is the nearest, and comes before the breach
  for (const t of thresholds) if (!t.reached) return t.at;
  try {
    return clock.advance(now, m.goal - m.elapsed + 1, "nextChangeAt");
  } catch (e) {
    if (e instanceof HorizonError) return null;
    throw e;
  }
}
