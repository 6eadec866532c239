/**
 * The state of every SLA clock of one ticket at an instant.
 *
 * @module
 */
import type { CompiledPolicy, Policy } from "../calendar/definePolicy.js";
import { compiledOf } from "../calendar/definePolicy.js";
import { measure } from "../calendar/measure.js";
import type { MetricName, Target } from "../policy/normalizedPolicy.js";
import { targetLength } from "./businessDayTarget.js";
import type { Instant } from "../time/instant.js";
import { toEpochMs } from "../time/instant.js";
import { ClockReader, countedTime, instantCounting } from "./metricClock.js";
import type { MetricAim, MetricPlan } from "./metricPlan.js";
import { Slot, metricPlan } from "./metricPlan.js";
import type { MetricRun, TicketHistory } from "./ticketHistory.js";
import { replayTicket } from "./ticketHistory.js";
import type { Timeline } from "./ticketTimeline.js";
import { namingTicket, readTicket } from "./ticketTimeline.js";
import { HolidayCoverageError } from "../calendar/horizon.js";
import { HorizonError } from "../errors.js";
import type { MetricState, MetricStatus, Threshold, Ticket, TicketMetrics, TicketStatus } from "./types.js";

/** A ticket evaluated in epoch ms, with every breach instant (one per breached cycle or stint). */
export interface Evaluation {
  readonly timeline: Timeline;
  /** The public status; left out (undefined) when the caller asked for the numbers only. */
  readonly status: TicketStatus | undefined;
  /** Severity rank at `now` (0 = most severe). */
  readonly rank: number;
  /** `nextDeadline` in epoch ms, or null. */
  readonly next: number | null;
  /**
   * Every breach as flat pairs `[metric, breachedAt, metric, breachedAt, …]` (no array per
   * breach), in the order of `checkBreaches`: firstResponse, update cycles, nextReply cycles,
   * ownership stints, resolution, then the timeIn metrics in policy order.
   */
  readonly breaches: ReadonlyArray<MetricName | number>;
}

/**
 * The first ms at which a running metric is over its target: counting `d` (its remaining time + 1)
 * on from mark `to` (`now`), or null when that lies beyond the 100-year horizon or the years
 * 1000–9999 (nothing changes within them).
 *
 * @throws HorizonError when finding it needs a year outside the policy's `holidayYears`
 *   (CONTRACT §10: never a silent answer without the holidays; a `null` here would tell a
 *   scheduler that nothing changes).
 */
function firstMsOver(clock: ClockReader, to: number, d: number): number | null {
  try {
    return clock.advanceFromMark(to, d, "nextChangeAt");
  } catch (e) {
    if (e instanceof HorizonError && !(e instanceof HolidayCoverageError)) return null;
    throw e;
  }
}

function percentOf(elapsed: number, goal: number): number {
  // A zero target (a business-day target due at or before its start): fully used at once, and
  // infinitely over once anything counts.
  if (goal === 0) return elapsed === 0 ? 100 : Infinity;
  return (elapsed * 100) / goal;
}

/** No aims yet (shared: no array per evaluation). */
const NONE: ReadonlyArray<MetricAim> = [];

/**
 * One evaluation in progress: the clocks read so far and what the metrics have added (a class
 * rather than closures: one object per evaluation, and methods the engine inlines).
 */
class TicketEvaluator {
  readonly metrics: TicketMetrics = {};
  readonly breaches: Array<MetricName | number> = [];
  next: number | null = null;
  change: number | null = null;
  warning = false;
  private business: ClockReader | undefined = undefined;
  private calendar: ClockReader | undefined = undefined;
  private severity = -1;
  private aims: ReadonlyArray<MetricAim | undefined> = NONE;

  constructor(
    private readonly c: CompiledPolicy,
    private readonly h: TicketHistory,
    private readonly plan: MetricPlan,
    private readonly withStatus: boolean,
  ) {}

  private clockOf(target: Target): ClockReader {
    return target.clock === "business"
      ? (this.business ??= new ClockReader(this.c.business, this.h, !this.withStatus))
      : (this.calendar ??= new ClockReader(this.c.clock, this.h, !this.withStatus));
  }

  /** The target its judging severity sets `run` for `slot`, or undefined without one. */
  private aimOf(slot: number, run: MetricRun): MetricAim | undefined {
    if (run.severity !== this.severity) this.aims = this.plan.aims[(this.severity = run.severity)]!;
    return this.aims[slot];
  }

  /** The target's length for `run` (business-day targets depend on its start). */
  private goalOf(target: Target, run: MetricRun): number {
    if (target.days === undefined) return target.duration;
    const business = this.c.business;
    return targetLength(business, target, this.h.marks[run.from]!, (a, b) => measure(business, a, b, "deadline"));
  }

  /**
   * Measures `run` against `aim` (whose length for it is `goal`) and adds it as the metric's shown
   * run, with `count` breaches (a single run: its own breach, added here). The one place that
   * decides what the states mean:
   *
   * - `elapsed`: running time of the target's clock over the run's stretches whose mode counts;
   *   `reached`: the earliest instant at which it reached the goal (when it has).
   * - status: completed → `met` if `elapsed <= goal`, else `breached`; live → `breached` if
   *   `elapsed > goal`, else `paused` (its clock is stopped at `now`) or `running`.
   * - `warning`: live, not breached, `elapsed >= warnAt * goal`.
   * - deadline: null while `paused`; `reached` once `elapsed >= goal` (for an overdue run, the
   *   past instant it reached the target, whether or not its clock is stopped now: CONTRACT §6,
   *   "deadline: null while stopped (unless breached)"); otherwise the instant the rest runs out,
   *   counting on from the run's frontier (`now`, or its completion: the run's last mark) with no
   *   further pause.
   * - thresholds, one per `warnAt` fraction: reached (`elapsed >= ceil(fraction * goal)`, the least
   *   whole ms at or over it) → the first instant the count reached that; else null while stopped;
   *   else counting on from the frontier like the deadline.
   * - the next change (a running metric only: live, not stopped, not breached): its first unreached
   *   threshold (fractions ascend), else its first ms over the target.
   */
  private show(slot: number, aim: MetricAim, run: MetricRun, goal: number, count: number, single: boolean): void {
    const clock = this.clockOf(aim.target);
    const n = this.c.normalized;
    const h = this.h;
    const counts = aim.counts;
    const elapsed = countedTime(clock, run, counts, goal);
    const reached = elapsed >= goal ? instantCounting(clock, run, counts, goal) : null;
    const completed = run.completed;
    const paused = !completed && counts[h.mode] === 0;
    const over = elapsed > goal;
    const state: MetricState = completed ? (over ? "breached" : "met") : over ? "breached" : paused ? "paused" : "running";
    const warning = !completed && !over && elapsed >= n.warnAt * goal;
    if (single && over) {
      count = 1;
      this.breaches.push(aim.metric, reached!);
    }
    const deadline = state === "paused" ? null : reached !== null ? reached : clock.advanceFromMark(run.to, goal - elapsed, "deadline");
    if (this.withStatus) {
      const fractions = this.plan.thresholds;
      const thresholds = new Array<Threshold>(fractions.length);
      let change: number | null = null;
      for (let i = 0; i < fractions.length; i++) {
        const fraction = fractions[i]!;
        const need = Math.ceil(fraction * goal);
        let at: number | null;
        let hit = false;
        if (elapsed >= need) {
          at = instantCounting(clock, run, counts, need);
          hit = true;
        } else {
          at = paused ? null : clock.advanceFromMark(run.to, need - elapsed, "deadline");
          if (change === null) change = at;
        }
        thresholds[i] = { fraction, at: at === null ? null : new Date(at), reached: hit };
      }
      if (completed || paused || over) change = null;
      else if (change === null) change = firstMsOver(clock, run.to, goal - elapsed + 1);
      const end = h.marks[run.to]!;
      const status: MetricStatus = {
        metric: aim.metric,
        status: state,
        target: goal,
        elapsed,
        remaining: goal - elapsed,
        percentUsed: percentOf(elapsed, goal),
        deadline: deadline === null ? null : new Date(deadline),
        breachedAt: over ? new Date(reached!) : null,
        completedAt: completed ? new Date(end) : null,
        warning,
        breaches: count,
        thresholds,
        calendarElapsed: end - h.marks[run.from]!,
      };
      if (run.group !== undefined) status.group = run.group;
      // Named stores for the three most common metrics: a store under a varying key is slower.
      const metrics = this.metrics;
      if (slot === Slot.FirstResponse) metrics.firstResponse = status;
      else if (slot === Slot.Update) metrics.update = status;
      else if (slot === Slot.Resolution) metrics.resolution = status;
      else metrics[aim.metric] = status;
      if (change !== null && (this.change === null || change < this.change)) this.change = change;
    }
    if (warning) this.warning = true;
    if (!completed && deadline !== null && (this.next === null || deadline < this.next)) this.next = deadline;
  }

  /**
   * Cycles or stints: every breach, in order; the status shows the last run its judging severity
   * targets. Earlier runs are measured only for their breach.
   */
  cycles(slot: number, runs: ReadonlyArray<MetricRun>): void {
    let shown = -1;
    let shownGoal = 0;
    let count = 0;
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i]!;
      const aim = this.aimOf(slot, run);
      if (aim === undefined) continue;
      const goal = this.goalOf(aim.target, run);
      shown = i;
      shownGoal = goal;
      // A clock counts at most the run's calendar length: a run no longer than its goal is not
      // breached, without reading its clock.
      const marks = this.h.marks;
      if (marks[run.to]! - marks[run.from]! <= goal) continue;
      const clock = this.clockOf(aim.target);
      if (countedTime(clock, run, aim.counts, goal) > goal) {
        count++;
        this.breaches.push(aim.metric, instantCounting(clock, run, aim.counts, goal)!);
      }
    }
    if (shown >= 0) this.show(slot, this.aimOf(slot, runs[shown]!)!, runs[shown]!, shownGoal, count, false);
  }

  single(slot: number, run: MetricRun): void {
    const aim = this.aimOf(slot, run);
    if (aim !== undefined) this.show(slot, aim, run, this.goalOf(aim.target, run), 0, true);
  }
}

/**
 * Evaluates a validated timeline. Shared by `evaluateTicket`, `checkBreaches` and `prioritize`.
 * With `withStatus` false, no `TicketStatus` (nor its Dates) is built: batch callers that need only
 * the numbers (`rank`, `next`, `breaches`) save most of the allocation.
 *
 * Cost: one replay of the events (each run records only the marks it starts and ends at), each
 * mark's clock position computed once, then a pass over each measured run's stretches; earlier
 * cycles and stints are measured only for their breach, and not at all when they last no longer
 * than their target.
 */
export function evaluateTimeline(c: CompiledPolicy, timeline: Timeline, withStatus = true): Evaluation {
  const n = c.normalized;
  const plan = metricPlan(n);
  const h = replayTicket(timeline, n.statuses, plan.replies, plan.stints);
  const e = new TicketEvaluator(c, h, plan, withStatus);
  e.single(Slot.FirstResponse, h.firstResponse);
  e.cycles(Slot.Update, h.updates);
  e.cycles(Slot.NextReply, h.replies);
  e.cycles(Slot.Ownership, h.stints);
  e.single(Slot.Resolution, h.resolution);
  for (let i = 0; i < n.timeIn.length; i++) e.single(Slot.TimeIn + i, h.resolution);

  const { breaches, next } = e;
  let status: TicketStatus | undefined;
  if (withStatus) {
    const nextDeadline = next === null ? null : new Date(next);
    const nextChangeAt = e.change === null ? null : new Date(e.change);
    const breached = breaches.length > 0;
    const metrics = e.metrics;
    const warning = e.warning;
    const severity = n.severities[h.severity]!.key;
    // (no conditional spread here: V8 takes a slow path for `...(cond && obj)`, ~15 µs a call)
    status =
      timeline.id === undefined
        ? { severity, state: h.state, metrics, breached, warning, nextDeadline, nextChangeAt }
        : { id: timeline.id, severity, state: h.state, metrics, breached, warning, nextDeadline, nextChangeAt };
    if (n.statuses !== null) status.status = n.statuses[h.status]!.key;
  }
  return { timeline, status, rank: h.severity, next, breaches };
}

/**
 * Every SLA clock of a ticket at `now`: status, elapsed and remaining time, deadline, breach,
 * warning and escalation levels, for `firstResponse`, `update`, `resolution`, `nextReply`,
 * `ownership` and the policy's `timeIn` metrics (CONTRACT §3 and §6).
 *
 * Rules, in short (docs/sla.md has them all):
 * - `firstResponse` runs from `createdAt` to the first `response` (or the first `resolve`, if the
 *   ticket is resolved without one). `resolution` runs from `createdAt` to `resolve`, and a
 *   `reopen` resumes it. `update` runs in cycles: the first starts at the first `response`, each
 *   `response` or `update` starts the next, `resolve` stops it, `reopen` starts a new one; the
 *   status shows the current cycle (the last one once resolved) and `breaches` counts every
 *   breached cycle.
 * - `pause` … `resume` stops pausable targets (repeated pauses and stray resumes are ignored;
 *   `resolve` ends a pause). Non-pausable targets keep running.
 * - A metric is judged by the target of the severity in force when it completes (or at `now` while
 *   it has not), measured from the metric's original start: re-triage re-targets live metrics
 *   retroactively, completed ones keep their verdict. A metric whose judging severity has no target
 *   for it is absent from `metrics`.
 * - `breached` wins over `running` and `paused`: an overdue metric is `breached` at once, with
 *   `breachedAt` the instant `elapsed` reached `target` and a negative `remaining`.
 * - Events after `now` are ignored; `now` before `createdAt` evaluates the ticket at `createdAt`.
 * - With `statuses`, `status` events pause every pausable clock (`pauses: true`), only the metrics
 *   listed (`pauses: [...]`), or resolve (`resolves: true`); a `timeIn` metric counts only in its
 *   statuses. `nextReply` runs in cycles from the oldest unanswered `customerReply` to the next
 *   `response`; `ownership` in stints per group (`ticket.group`, `assign`). Business-day targets
 *   get their length from the metric's start. Each metric has `thresholds` (one per `warnAt`
 *   fraction) and `calendarElapsed`; the ticket has `status` and `nextChangeAt` (docs/sla.md §12).
 *
 * @param ticket - `{ id?, createdAt, severity, status?, group?, events? }`; events in any order.
 * @param now - the instant to evaluate at (never read from the clock).
 * @throws InputError for a bad ticket, event or `now`, naming the ticket id, the event index and
 *   the field (e.g. `ticket "T-9" events[1].at: …`). HorizonError when a deadline lies more than
 *   100 years away (a policy with no business time), or when a clock would have to be measured
 *   across more than 100 calendar years (a ticket open for more than 100 years before `now`).
 *   Every error thrown for a ticket names it (`ticket "T-9": …`), whatever its class.
 * @example
 * const p = definePolicy(presets.auvikSupportV2); // Mon–Fri 04:00–22:00 America/Toronto
 * const s = evaluateTicket(p, { id: "T-1", createdAt: "2026-11-27T21:30", severity: "sev1" }, "2026-11-30T05:00");
 * s.metrics.firstResponse.status;    //=> "running"  (30 min Fri + 60 min Mon of 2 h)
 * s.metrics.firstResponse.remaining; //=> 1_800_000
 * s.metrics.firstResponse.deadline;  //=> 2026-11-30T10:30:00.000Z (Mon 05:30 EST)
 * s.metrics.firstResponse.percentUsed; //=> 75
 * s.warning;                         //=> true       (warnAt 0.75 reached)
 * s.nextChangeAt;                    //=> 2026-11-30T10:30:00.001Z (the first ms over the target)
 * @category SLA
 */
export function evaluateTicket(p: Policy, ticket: Ticket, now: Instant): TicketStatus {
  const c = compiledOf(p);
  const t = toEpochMs(now, c.zone, "now");
  const timeline = readTicket(c, ticket, t);
  return namingTicket(timeline, undefined, evaluateTimeline, c).status!;
}
