/**
 * The deadline of an SLA target from a start instant.
 *
 * @module
 */
import type { Policy } from "../calendar/definePolicy.js";
import { compiledOf } from "../calendar/definePolicy.js";
import { advance } from "../calendar/walk.js";
import { calendarOf } from "./metricClock.js";
import { queryGoal, readTargetQuery } from "./slaTarget.js";
import type { DeadlineOptions } from "./types.js";

/**
 * When a metric of a given severity is due if its clock starts at `start` and never pauses.
 *
 * The rule: the earliest instant `u >= start` at which the target's clock has run for the target's
 * duration — business time for business-clock targets (so `computeDeadline` equals
 * `addBusinessTime(p, start, target)`), elapsed time for `clock: "calendar"` targets (minus
 * maintenance windows when the policy's `pausesClocks` is true).
 *
 * A business-day target (`{ businessDays, at? }`) is due at `at` on the n-th business day after
 * `start` (or at the last business instant before it when the desk is closed then); its length is
 * the business time between `start` and that instant, 0 when it is not after `start`.
 *
 * Edge cases: a deadline that fills a day exactly lands on the closing instant (22:00), not the
 * next opening; starting while closed counts from the next opening; `null` when the severity has no
 * target for that metric.
 *
 * @param options - `{ severity, start, metric = "firstResponse" }`.
 * @throws InputError for an unknown severity or metric, or a bad start. HorizonError when the
 *   deadline lies more than 100 years after `start`.
 * @example
 * const p = definePolicy(presets.auvikSupportV2); // Mon–Fri 04:00–22:00 America/Toronto
 * computeDeadline(p, { severity: "sev1", start: "2026-11-27T21:30" }); //=> 2026-11-30T10:30:00.000Z (Mon 05:30 EST)
 * computeDeadline(p, { severity: "sev1", start: "2026-11-30T20:00" }); //=> 2026-12-01T03:00:00.000Z (Mon 22:00 EST)
 * computeDeadline(p, { severity: "sev1", start: "2026-11-30T20:00", metric: "resolution" }); //=> null
 * @category SLA
 */
export function computeDeadline(p: Policy, options: DeadlineOptions): Date | null {
  const c = compiledOf(p);
  const q = readTargetQuery(c, options, "computeDeadline");
  if (q.target === undefined) return null;
  return new Date(advance(calendarOf(c, q.target), q.start, queryGoal(c, q.target, q.start, "computeDeadline"), "computeDeadline"));
}
