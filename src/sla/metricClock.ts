/**
 * Measuring one metric run against its target: elapsed time on the target's clock, the deadline,
 * the breach instant and the status. The one place that decides what `running`, `paused`, `met` and
 * `breached` mean.
 *
 * @module
 */
import type { Calendar } from "../calendar/calendar.js";
import type { CompiledPolicy } from "../calendar/definePolicy.js";
import { measure } from "../calendar/measure.js";
import { advance } from "../calendar/walk.js";
import type { YearBlock } from "../calendar/yearBlock.js";
import { businessBefore, yearBlock, yearOf } from "../calendar/yearBlock.js";
import type { MetricName, Target } from "../policy/normalizedPolicy.js";
import type { MetricRun } from "./ticketHistory.js";
import type { MetricState } from "./types.js";

/** A run measured against a target, in epoch ms (turned into a `MetricStatus` by the caller). */
export interface MeasuredRun {
  readonly metric: MetricName;
  readonly run: MetricRun;
  readonly target: Target;
  readonly status: MetricState;
  readonly elapsed: number;
  /** The earliest instant at which `elapsed` reached the target, when it has (`elapsed >= target`). */
  readonly reached: number | null;
  /** `reached` when `elapsed > target`, else null. */
  readonly breachedAt: number | null;
  /** The run is live, the ticket is paused, and the target is pausable. */
  readonly paused: boolean;
  readonly warning: boolean;
}

/** The calendar a target runs on: the business clock or the calendar clock. */
export function calendarOf(c: CompiledPolicy, target: Target): Calendar {
  return target.clock === "business" ? c.business : c.clock;
}

/**
 * Running time of a calendar since a fixed origin (a ticket's `createdAt`). One evaluation asks for
 * the same instants (event times) over and over, for several metrics and cycles: instants in the
 * origin's local year are answered from that year's block with one binary search, others through
 * `measure`, memoised.
 */
export class ClockReader {
  private readonly block: YearBlock;
  private readonly base: number;
  private memo: Map<number, number> | undefined;
  constructor(
    readonly cal: Calendar,
    private readonly origin: number,
  ) {
    this.block = yearBlock(cal, yearOf(cal, origin));
    this.base = businessBefore(this.block, origin);
  }

  /** Running ms in `[origin, t)` (negative before the origin). */
  position(t: number): number {
    const b = this.block;
    if (t >= b.start && t < b.end) return businessBefore(b, t) - this.base;
    const memo = this.memo ?? (this.memo = new Map());
    let v = memo.get(t);
    if (v === undefined) {
      v = measure(this.cal, this.origin, t, "ticket");
      memo.set(t, v);
    }
    return v;
  }
}

/**
 * Measures `run` against `target`.
 *
 * - `elapsed`: running time of the target's clock over the run's spans, leaving out the paused ones
 *   when the target is pausable.
 * - `reached`: the earliest instant at which `elapsed` reached the target (when it has).
 * - status: completed → `met` if `elapsed <= target` else `breached`; live → `breached` if
 *   `elapsed > target`, else `paused` (ticket paused, pausable target) or `running`.
 * - `warning`: live, not breached, `elapsed >= warnAt * target`.
 *
 * @param clock - a reader of the target's calendar.
 * @param pausedNow - the ticket is paused at `now` (ignored for completed runs).
 */
export function measureRun(
  clock: ClockReader,
  metric: MetricName,
  run: MetricRun,
  target: Target,
  pausedNow: boolean,
  warnAt: number,
): MeasuredRun {
  const goal = target.duration;
  const spans = run.spans;
  let elapsed = 0;
  for (let i = 0, k = 0; i < spans.length; i += 2, k++) {
    if (target.pausable && run.paused[k]) continue;
    elapsed += clock.position(spans[i + 1]!) - clock.position(spans[i]!);
  }
  let reached: number | null = null;
  if (elapsed >= goal) {
    reached = run.start;
    let sum = 0;
    for (let i = 0, k = 0; i < spans.length; i += 2, k++) {
      if (target.pausable && run.paused[k]) continue;
      const m = clock.position(spans[i + 1]!) - clock.position(spans[i]!);
      if (sum + m >= goal) {
        reached = advance(clock.cal, spans[i]!, goal - sum, "deadline");
        break;
      }
      sum += m;
    }
  }
  const completed = run.completedAt !== null;
  const paused = !completed && pausedNow && target.pausable;
  const over = elapsed > goal;
  const status: MetricState = completed ? (over ? "breached" : "met") : over ? "breached" : paused ? "paused" : "running";
  const warning = !completed && !over && elapsed >= warnAt * goal;
  return { metric, run, target, status, elapsed, reached, breachedAt: over ? reached : null, paused, warning };
}

/**
 * The deadline of a measured run: null while paused; `reached` once `elapsed >= target` (for an
 * overdue run, the past instant it reached the target); otherwise the instant the rest of the
 * target runs out, counting on from the run's frontier (`now`, or its completion instant) with no
 * further pause — for a completed run, the deadline as it stood when it completed.
 */
export function deadlineOf(clock: ClockReader, m: MeasuredRun, now: number): number | null {
  if (m.paused) return null;
  if (m.reached !== null) return m.reached;
  return advance(clock.cal, m.run.completedAt ?? now, m.target.duration - m.elapsed, "deadline");
}
