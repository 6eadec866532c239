/**
 * Reading a target's clock over a ticket's history: the running time at each of its marks, the
 * time counted over a metric run, and the instant a count is reached.
 *
 * @module
 */
import type { Calendar } from "../calendar/calendar.js";
import type { CompiledPolicy } from "../calendar/definePolicy.js";
import { HORIZON_MS } from "../calendar/horizon.js";
import { measure } from "../calendar/measure.js";
import { HorizonError, isoOf } from "../errors.js";
import { advance, instantReaching } from "../calendar/walk.js";
import type { YearBlock } from "../calendar/yearBlock.js";
import { blockAt, businessBeforeIn, lastStartAtOrBefore } from "../calendar/yearBlock.js";
import type { Target } from "../policy/normalizedPolicy.js";
import type { ModeTable } from "./clockModes.js";
import type { MetricRun, TicketHistory } from "./ticketHistory.js";

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
    `its clocks would be measured across more than 100 calendar years (36,525 days): from createdAt ${isoOf(origin)} to ${isoOf(t)}; ` +
      "a ticket open that long is refused rather than judged; evaluate it at an earlier now, or close it",
  );
}

/**
 * Running time of a calendar since a ticket's `createdAt`, read at the ticket's marks (the instants
 * of its history, see {@link TicketHistory.marks}). One evaluation asks for the same marks over and
 * over, for several metrics and cycles: each mark's position is computed once, on first need, in
 * order (marks ascend, so a mark is never read without the ones before it). Instants in the
 * origin's local year are answered from that year's block with one binary search, others through
 * `measure`; past `createdAt` + 100 years, or in a year outside the policy's `holidayYears`, a
 * position is refused, or NaN when the ticket is judged (`across`), and the stretches there are
 * measured by {@link ClockReader.span}.
 */
export class ClockReader {
  private readonly block: YearBlock;
  private readonly base: number;
  private readonly origin: number;
  /** Positions of `marks[0 … pos.length - 1]`. */
  private readonly pos: number[] = [0];
  /** The block segment of the last mark read: the last one starting at or before it (-1: none). */
  private seg: number;
  /** The origin's block is one open segment (a 24×7 clock's year): a position is time elapsed. */
  private readonly open: boolean;
  constructor(
    readonly cal: Calendar,
    readonly history: TicketHistory,
    /**
     * Judge a ticket open for more than 100 years, or past `holidayYears`, instead of refusing it
     * (`checkBreaches`, `prioritize`): the stretches past `createdAt` + 100 years, or in a year
     * whose holidays are unknown, are measured by {@link span}, only as far as a target needs
     * (refused when that needs such a year).
     */
    private readonly across: boolean,
  ) {
    const origin = history.marks[0]!;
    this.origin = origin;
    const b = (this.block = blockAt(cal, origin));
    this.base = businessBeforeIn(b, (this.seg = lastStartAtOrBefore(b, origin)), origin);
    this.open = b.total === b.end - b.start;
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
      if (target <= b.total) {
        if (this.open) return from + d;
        // From the last mark read (usually `now`), the answer is rarely more than a few segments on.
        if (k !== this.pos.length - 1) return instantReaching(b, target);
        const cum = b.cum;
        let i = this.seg < 0 ? 0 : this.seg;
        for (let steps = 0; cum[i + 1]! < target; i++) if (++steps > 8) return instantReaching(b, target);
        return b.starts[i]! + (target - cum[i]!);
      }
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
        // Judged (`across`), a position past the century, or in a year whose holidays are unknown
        // (the HorizonErrors measuring it can meet), is NaN: the stretches there are measured by
        // `span`, only as far as a target needs (refused when that needs such a year).
        try {
          if (t - this.origin > HORIZON_MS) throw beyondTicketHorizon(this.origin, t);
          pos.push(measure(this.cal, this.origin, t, "ticket"));
        } catch (e) {
          if (!this.across || !(e instanceof HorizonError)) throw e;
          pos.push(NaN);
        }
        continue;
      }
      if (this.open) {
        pos.push(t - this.origin);
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

  /**
   * Running time of the stretch `[marks[s], marks[s + 1])` (its positions read by {@link upTo}), or,
   * past `createdAt` + 100 years (`across`), as much of it as `cap` needs: exactly when it is at most
   * `cap`, otherwise a lower bound over `cap` (`cap + 1`, found by counting `cap + 1` on from its
   * start, so no years are built beyond those the count crosses); 0 when `cap` is negative. Each
   * call costs at most the years of the stretch or of that count, whichever is fewer (a stretch of
   * at most `cap` ms is measured directly).
   *
   * @throws HorizonError when a stretch over 100 years long does not reach `cap + 1` within its
   *   first 100 (a target longer than a century of the policy's running time).
   */
  span(s: number, cap: number): number {
    const d = this.pos[s + 1]! - this.pos[s]!;
    if (d === d) return d;
    if (cap < 0 || this.cal.neverOpen) return 0;
    const a = this.history.marks[s]!;
    const b = this.history.marks[s + 1]!;
    // No longer than `cap` (calendar time bounds running time), it is measured at once; longer, the
    // count of cap + 1 from its start says whether it holds more, and costs only the years it crosses.
    if (b - a > cap) {
      try {
        if (advance(this.cal, a, cap + 1, "deadline") <= b) return cap + 1;
      } catch (e) {
        if (b - a > HORIZON_MS) throw e;
      }
    }
    return measure(this.cal, a, b, "ticket");
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
  let sum = 0;
  for (let s = run.from; s < run.to; s++) {
    const m = counts[modes[s]!] === 1 ? pos[s + 1]! - pos[s]! : 0;
    if (sum + m >= need) return clock.advanceFromMark(s, need - sum, "deadline");
    sum += m;
  }
  // NaN: a position past createdAt + 100 years (checkBreaches, prioritize)
  return sum === sum ? null : (countedAcross(clock, run, counts, need, true) as number | null);
}

/**
 * Running time of `clock` over `run`'s stretches whose mode `counts` accepts: exact when at most
 * `goal`; past `createdAt` + 100 years (see {@link ClockReader.span}) a lower bound over `goal`
 * when the exact time is over it.
 */
export function countedTime(clock: ClockReader, run: MetricRun, counts: ModeTable, goal: number): number {
  const pos = clock.upTo(run.to);
  const modes = clock.history.modes;
  let sum = 0;
  for (let s = run.from; s < run.to; s++) if (counts[modes[s]!] === 1) sum += pos[s + 1]! - pos[s]!;
  // NaN: a position past createdAt + 100 years (checkBreaches, prioritize)
  return sum === sum ? sum : (countedAcross(clock, run, counts, goal, false) as number);
}

/**
 * {@link countedTime} (`instant` false) and {@link instantCounting} (`instant` true) of a run with
 * positions past `createdAt` + 100 years: each stretch measured by {@link ClockReader.span} only as
 * far as `need` requires.
 */
function countedAcross(clock: ClockReader, run: MetricRun, counts: ModeTable, need: number, instant: boolean): number | null {
  const modes = clock.history.modes;
  let sum = 0;
  for (let s = run.from; s < run.to; s++) {
    const m = counts[modes[s]!] === 1 ? clock.span(s, need - sum) : 0;
    if (instant && sum + m >= need) return clock.advanceFromMark(s, need - sum, "deadline");
    sum += m;
  }
  return instant ? null : sum;
}
