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
import { blockAt, businessBeforeIn, lastStartAtOrBefore } from "../calendar/yearBlock.js";
import type { MetricName, Target } from "../policy/normalizedPolicy.js";
import type { ModeTable } from "./clockModes.js";
import type { MetricRun, TicketHistory } from "./ticketHistory.js";
import type { MetricState } from "./types.js";

/** A run measured against a target, in epoch ms (turned into a `MetricStatus` by the caller). */
export interface MeasuredRun {
  readonly metric: MetricName;
  readonly run: MetricRun;
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
      "a ticket open that long is refused rather than judged; evaluate it at an earlier now, or close it",
  );
}

/**
 * Running time of a calendar since a ticket's `createdAt`, read at the ticket's marks (the instants
 * of its history, see {@link TicketHistory.marks}). One evaluation asks for the same marks over and
 * over, for several metrics and cycles: each mark's position is computed once, on first need, in
 * order (marks ascend, so a mark is never read without the ones before it). Instants in the
 * origin's local year are answered from that year's block with one binary search, others through
 * `measure`.
 */
export class ClockReader {
  private readonly block: YearBlock;
  private readonly base: number;
  private readonly origin: number;
  /** Positions of `marks[0 … pos.length - 1]`. */
  private readonly pos: number[] = [0];
  /** The block segment of the last mark read: the last one starting at or before it (-1: none). */
  private seg: number;
  constructor(
    readonly cal: Calendar,
    readonly history: TicketHistory,
  ) {
    const origin = history.marks[0]!;
    this.origin = origin;
    const b = (this.block = blockAt(cal, origin));
    this.base = businessBeforeIn(b, (this.seg = lastStartAtOrBefore(b, origin)), origin);
  }

  /**
   * The earliest instant `u >= marks[k]` at which the calendar has run `d` ms since `marks[k]` (as
   * `advance`), answered inside the origin's year block when it can be.
   */
  advanceFromMark(k: number, d: number, what: string): number {
    const b = this.block;
    const from = this.history.marks[k]!;
    if (d > 0 && from < b.end) {
      const target = this.base + this.upTo(k)[k]! + d;
      if (target <= b.total) return instantReaching(b, target);
    }
    return advance(this.cal, from, d, what);
  }

  /**
   * The positions (running ms since the origin) of `marks[0 … k]` at least, computed on first need
   * and in order (marks ascend, so a mark is never read without the ones before it): inside the
   * origin's block, the segment cursor steps forward from the last mark's segment (a few steps,
   * then a binary search); beyond it, through `measure`.
   */
  upTo(k: number): ReadonlyArray<number> {
    const pos = this.pos;
    if (pos.length > k) return pos;
    const marks = this.history.marks;
    const b = this.block;
    const starts = b.starts;
    let i = this.seg;
    for (let j = pos.length; j <= k; j++) {
      const t = marks[j]!;
      if (t >= b.end) {
        if (t - this.origin > HORIZON_MS) throw beyondTicketHorizon(this.origin, t);
        pos.push(measure(this.cal, this.origin, t, "ticket"));
        continue;
      }
      for (let steps = 0; i + 1 < starts.length && starts[i + 1]! <= t; i++) {
        if (++steps > 8) {
          i = lastStartAtOrBefore(b, t);
          break;
        }
      }
      pos.push(businessBeforeIn(b, i, t) - this.base);
    }
    this.seg = i;
    return pos;
  }
}

/**
 * The instant at which the time counted over `run`'s stretches (in the modes `counts` accepts)
 * first reaches `need` (>= 0), or null when it has not. A need of 0 is reached at the run's start.
 */
export function instantCounting(clock: ClockReader, run: MetricRun, counts: ModeTable, need: number): number | null {
  if (need <= 0) return clock.history.marks[run.from]!;
  const pos = clock.upTo(run.to);
  const modes = clock.history.modes;
  for (let s = run.from, sum = 0; s < run.to; s++) {
    const m = counts[modes[s]!] === 1 ? pos[s + 1]! - pos[s]! : 0;
    if (sum + m >= need) return clock.advanceFromMark(s, need - sum, "deadline");
    sum += m;
  }
  return null;
}

/** Running time of `clock` over `run`'s stretches whose mode `counts` accepts. */
export function countedTime(clock: ClockReader, run: MetricRun, counts: ModeTable): number {
  const pos = clock.upTo(run.to);
  const modes = clock.history.modes;
  let sum = 0;
  for (let s = run.from; s < run.to; s++) if (counts[modes[s]!] === 1) sum += pos[s + 1]! - pos[s]!;
  return sum;
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
  goal: number,
  counts: ModeTable,
  modeNow: number,
  warnAt: number,
): MeasuredRun {
  const elapsed = countedTime(clock, run, counts);
  const reached = elapsed >= goal ? instantCounting(clock, run, counts, goal) : null;
  const completed = run.completed;
  const paused = !completed && counts[modeNow] === 0;
  const over = elapsed > goal;
  const status: MetricState = completed ? (over ? "breached" : "met") : over ? "breached" : paused ? "paused" : "running";
  const warning = !completed && !over && elapsed >= warnAt * goal;
  return { metric, run, goal, counts, status, elapsed, reached, breachedAt: over ? reached : null, paused, warning };
}

/**
 * The deadline of a measured run: null while its status is `paused` (its clock is stopped and it is
 * not overdue); `reached` once `elapsed >= goal` (for an overdue run, the past instant it reached
 * the target, whether or not its clock is stopped now: CONTRACT §6, "deadline: null while stopped
 * (unless breached)"); otherwise the instant the rest of the
 * target runs out, counting on from the run's frontier (`now`, or its completion instant) with no
 * further pause — for a completed run, the deadline as it stood when it completed. (The frontier is
 * the run's last mark, `run.to`.)
 */
export function deadlineOf(clock: ClockReader, m: MeasuredRun): number | null {
  if (m.status === "paused") return null;
  if (m.reached !== null) return m.reached;
  return clock.advanceFromMark(m.run.to, m.goal - m.elapsed, "deadline");
}
