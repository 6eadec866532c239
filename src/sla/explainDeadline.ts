/**
 * Why a deadline falls when it does: the time counted and the time skipped, with reasons.
 *
 * @module
 */
import { timeSpans } from "../business/businessIntervals.js";
import { closedTime } from "../calendar/closedTime.js";
import type { Policy } from "../calendar/definePolicy.js";
import { compiledOf } from "../calendar/definePolicy.js";
import { openSegments } from "../calendar/openSegments.js";
import { advance } from "../calendar/walk.js";
import { InputError } from "../errors.js";
import { calendarOf } from "./metricClock.js";
import { queryGoal, readTargetQuery } from "./slaTarget.js";
import type { DeadlineExplanation, DeadlineOptions, SkippedSpan } from "./types.js";

/**
 * The deadline of {@link computeDeadline}, with the segments of running time it counted and every
 * span between `start` and the deadline that it skipped, each with its reason.
 *
 * The rule: `counted` are the running segments of the target's clock in `[start, deadline)` (their
 * lengths sum exactly to the target); `skipped` are the rest of `[start, deadline)`, labelled
 * `closed` (outside weekly hours), `holiday` (a holiday, special hours or closure, with its `name`
 * when it has one) or `maintenance` (a window, when the policy's `pausesClocks` is true). Together
 * they cover `[start, deadline)` without overlap, in order.
 *
 * Edge cases: for a `clock: "calendar"` target, `counted` is one segment (split around maintenance
 * windows when they pause clocks) and `skipped` holds only maintenance; a start in closed time
 * begins with a skipped span.
 *
 * @param options - `{ severity, start, metric = "firstResponse" }`.
 * @throws InputError for an unknown severity or metric, a bad start, or a severity with no target
 *   for the metric (where `computeDeadline` returns null). HorizonError as for `computeDeadline`.
 * @example
 * const p = definePolicy(presets.auvikSupportV2); // Mon–Fri 04:00–22:00 America/Toronto
 * const e = explainDeadline(p, { severity: "sev1", start: "2026-11-27T21:30" });
 * e.deadline; //=> 2026-11-30T10:30:00.000Z (Mon 05:30)
 * e.counted;  //=> [{ start: Fri 21:30, end: Fri 22:00 }, { start: Mon 04:00, end: Mon 05:30 }] (as Dates)
 * e.skipped;  //=> [{ start: Fri 22:00, end: Mon 04:00, reason: "closed" }]
 * @category SLA
 */
export function explainDeadline(p: Policy, options: DeadlineOptions): DeadlineExplanation {
  const c = compiledOf(p);
  const q = readTargetQuery(c, options, "explainDeadline");
  if (q.target === undefined) {
    throw new InputError(
      `metric: severity ${JSON.stringify(q.severity)} has no ${JSON.stringify(q.metric)} target, so there is no deadline to explain (computeDeadline returns null for it)`,
    );
  }
  const cal = calendarOf(c, q.target);
  const deadline = advance(cal, q.start, queryGoal(c, q.target, q.start, "explainDeadline"), "explainDeadline");
  const counted = timeSpans(openSegments(cal, q.start, deadline, "explainDeadline"));
  const skipped: SkippedSpan[] = closedTime(cal, q.start, deadline, "explainDeadline").map((s) => ({
    start: new Date(s.start),
    end: new Date(s.end),
    reason: s.reason,
    ...(s.name !== undefined && { name: s.name }),
  }));
  return { deadline: new Date(deadline), counted, skipped };
}
