/**
 * Measuring one metric run against its target: elapsed time on the target's clock, the deadline,
 * the breach instant and the status. The one place that decides what `running`, `paused`, `met` and
 * `breached` mean.
 *
 * @module
 */
import type { Calendar } from "../calendar/calendar.js";
import type { CompiledPolicy } from "../calendar/definePolicy.js";
import { HORIZON_MS } from "../calendar/horizon.js";
import { measure } from "../calendar/measure.js";
import { HorizonError } from "../errors.js";
import { advance, instantReaching } from "../calendar/walk.js";
import type { YearBlock } from "../calendar/yearBlock.js";
import { businessBefore, yearBlock, yearOf } from "../calendar/yearBlock.js";
import type { MetricName, Target } from "../policy/normalizedPolicy.js";
import type { ModeTable } from "./clockModes.js";
import type { MetricRun } from "./ticketHistory.js";
import type { MetricState } from "./types.js";

/** A run measured against a target, in epoch ms (turned into a `MetricStatus` by the caller). */
export interface MeasuredRun {
  readonly metric: MetricName;
  readonly run: MetricRun;
  readonly target: Target;
  /** The target's length for this run in ms (business-day targets depend on the run's start). */
  readonly goal: number;
  /** The metric's mode table (which clock modes count). */
  readonly counts: ModeTable;
  readonly status: MetricState;
  readonly elapsed: number;
  /** The earliest instant at which `elapsed` reached the target, when it has (`elapsed >= goal`). */
  readonly reached: number | null;
  /** `reached` when `elapsed > goal`, else null. */
  readonly breachedAt: number | null;
  /** The run is live and its clock is stopped at `now` (a pause, a pausing status, a status timeIn does not list). */
  readonly paused: boolean;
  readonly warning: boolean;
}

/** The calendar a target runs on: the business clock or the calendar clock. */
export function calendarOf(c: CompiledPolicy, target: Target): Calendar {
  return target.clock === "business" ? c.business : c.clock;
}

/**
 * The refusal of a ticket whose clocks would have to be measured across more than 100 calendar
 * years from its `createdAt` (docs/sla.md, "Tickets older than the horizon"): like every span sla-clock
 * measures, a clock's elapsed time is measured over at most 100 years; no partial answer is made up.
 */
function beyondTicketHorizon(origin: number, t: number): HorizonError {
  return new HorizonError(
    `its clocks would be measured across more than 100 calendar years (36,525 days): from createdAt ${new Date(origin).toISOString()} to ${new Date(t).toISOString()}; ` +
      "sla-clock measures spans of at most 100 years, so a ticket open that long is refused rather than judged; evaluate it at an earlier now, or close it",
  );
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

  /**
   * The earliest instant `u >= from` at which the calendar has run `d` ms since `from` (as
   * `advance`), answered inside the origin's year block when it can be.
   */
  advance(from: number, d: number, what: string): number {
    const b = this.block;
    if (d > 0 && from >= b.start && from < b.end) {
      const target = businessBefore(b, from) + d;
      if (target <= b.total) return instantReaching(b, target);
    }
    return advance(this.cal, from, d, what);
  }

  /** Running ms in `[origin, t)` (negative before the origin). */
  position(t: number): number {
    const b = this.block;
    if (t >= b.start && t < b.end) return businessBefore(b, t) - this.base;
    const memo = this.memo ?? (this.memo = new Map());
    let v = memo.get(t);
    if (v === undefined) {
      if (Math.abs(t - this.origin) > HORIZON_MS) throw beyondTicketHorizon(this.origin, t);
      v = measure(this.cal, this.origin, t, "ticket");
      memo.set(t, v);
    }
    return v;
  }
}

/**
 * The instants at which the time counted over `run`'s spans (in the modes `counts` accepts) first
 * reaches each of `needs` (ascending, >= 0); null for a need it has not reached. A need of 0 is
 * reached at the run's start.
 */
export function countedInstants(clock: ClockReader, run: MetricRun, counts: ModeTable, needs: ReadonlyArray<number>): Array<number | null> {
  const out: Array<number | null> = new Array(needs.length).fill(null);
  let j = 0;
  while (j < needs.length && needs[j]! <= 0) out[j++] = run.start;
  const spans = run.spans;
  let sum = 0;
  for (let i = 0, k = 0; i < spans.length && j < needs.length; i += 2, k++) {
    if (counts[run.modes[k]!] === 0) continue;
    const m = clock.position(spans[i + 1]!) - clock.position(spans[i]!);
    while (j < needs.length && sum + m >= needs[j]!) {
      out[j] = clock.advance(spans[i]!, needs[j]! - sum, "deadline");
      j++;
    }
    sum += m;
  }
  return out;
}

/**
 * Measures `run` against a target of `goal` ms.
 *
 * - `elapsed`: running time of the target's clock over the run's spans whose mode counts.
 * - `reached`: the earliest instant at which `elapsed` reached the goal (when it has).
 * - status: completed → `met` if `elapsed <= goal` else `breached`; live → `breached` if
 *   `elapsed > goal`, else `paused` (the clock is stopped at `now`) or `running`.
 * - `warning`: live, not breached, `elapsed >= warnAt * goal`.
 *
 * @param clock - a reader of the target's calendar.
 * @param modeNow - the clock mode at `now` (ignored for completed runs).
 */
export function measureRun(
  clock: ClockReader,
  metric: MetricName,
  run: MetricRun,
  target: Target,
  goal: number,
  counts: ModeTable,
  modeNow: number,
  warnAt: number,
): MeasuredRun {
  const spans = run.spans;
  let elapsed = 0;
  for (let i = 0, k = 0; i < spans.length; i += 2, k++) {
    if (counts[run.modes[k]!] === 0) continue;
    elapsed += clock.position(spans[i + 1]!) - clock.position(spans[i]!);
  }
  const reached = elapsed >= goal ? countedInstants(clock, run, counts, [goal])[0]! : null;
  const completed = run.completedAt !== null;
  const paused = !completed && counts[modeNow] === 0;
  const over = elapsed > goal;
  const status: MetricState = completed ? (over ? "breached" : "met") : over ? "breached" : paused ? "paused" : "running";
  const warning = !completed && !over && elapsed >= warnAt * goal;
  return { metric, run, target, goal, counts, status, elapsed, reached, breachedAt: over ? reached : null, paused, warning };
}

/**
 * The deadline of a measured run: null while paused; `reached` once `elapsed >= goal` (for an
 * overdue run, the past instant it reached the target); otherwise the instant the rest of the
 * target runs out, counting on from the run's frontier (`now`, or its completion instant) with no
 * further pause — for a completed run, the deadline as it stood when it completed.
 */
export function deadlineOf(clock: ClockReader, m: MeasuredRun, now: number): number | null {
  if (m.paused) return null;
  if (m.reached !== null) return m.reached;
  return clock.advance(m.run.completedAt ?? now, m.goal - m.elapsed, "deadline");
}
