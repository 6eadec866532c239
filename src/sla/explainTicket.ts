/**
 * A ticket's timeline as data: for each measured metric, the spans that tile its current cycle (or
 * stint) — counted, paused (and by what), closed, holiday, maintenance — with its status.
 *
 * @module
 */
import type { Calendar } from "../calendar/calendar.js";
import { closedTime } from "../calendar/closedTime.js";
import type { CompiledPolicy, Policy } from "../calendar/definePolicy.js";
import { compiledOf } from "../calendar/definePolicy.js";
import type { MetricName, NormalizedPolicy } from "../policy/normalizedPolicy.js";
import type { Instant } from "../time/instant.js";
import { toEpochMs } from "../time/instant.js";
import type { ModeTable } from "./clockModes.js";
import { Slot, metricPlan } from "./metricPlan.js";
import { evaluateTimeline } from "./evaluateTicket.js";
import { calendarOf } from "./metricClock.js";
import type { MetricRun, TicketHistory } from "./ticketHistory.js";
import { replayTicket } from "./ticketHistory.js";
import type { MetricExplanation, TicketExplanation, TimelineSpan, TimelineSpanKind } from "./ticketExplanation.js";
import type { Timeline } from "./ticketTimeline.js";
import { namingTicket, readTicket } from "./ticketTimeline.js";
import type { Ticket } from "./types.js";

/** A span in epoch ms, before it becomes a {@link TimelineSpan}. */
interface RawSpan {
  start: number;
  end: number;
  kind: TimelineSpanKind;
  name: string | undefined;
}

/** The name given to time a metric's clock did not count because the ticket was resolved (between a resolve and a reopen). */
const RESOLVED = "resolved";
/** The name given to time a `pause` … `resume` held the clock. */
const PAUSE_EVENT = "pause";

/**
 * What stopped `metric` in a clock mode in which it does not count: the status in force when the
 * status stops it (a `timeIn` metric outside its statuses, a `pauses: true` status, a `pauses` list
 * naming the metric), else the event pause.
 */
function pauseName(n: NormalizedPolicy, metric: MetricName, mode: number): string {
  const statuses = n.statuses;
  if (statuses !== null && mode >= 4) {
    const rule = statuses[(mode >> 2) - 1]!;
    const timeIn = n.timeIn.find((r) => r.key === metric);
    if (timeIn !== undefined && !timeIn.statuses.includes(rule.key)) return rule.key;
    if (rule.pausesAll || rule.pauses.includes(metric)) return rule.key;
  }
  return PAUSE_EVENT;
}

/**
 * Appends `[from, to)` labelled by the calendar: its closed spans with their reasons, and the time
 * between them (when the calendar runs: `closedTime` leaves exactly that out) as `open` with `name`.
 */
function label(cal: Calendar, from: number, to: number, open: TimelineSpanKind, name: string | undefined, out: RawSpan[]): void {
  let cursor = from;
  for (const c of closedTime(cal, from, to, "explainTicket")) {
    push(out, { start: cursor, end: c.start, kind: open, name });
    push(out, { start: c.start, end: c.end, kind: c.reason, name: c.name });
    cursor = c.end;
  }
  push(out, { start: cursor, end: to, kind: open, name });
}

/** Appends a span, merging it into the last one when they touch and are alike. */
function push(out: RawSpan[], s: RawSpan): void {
  if (s.end <= s.start) return;
  const last = out[out.length - 1];
  if (last !== undefined && last.end === s.start && last.kind === s.kind && last.name === s.name) last.end = s.end;
  else out.push(s);
}

/** The spans of one run: its stretches by mode (counted, paused, or resolved between a resolve and a reopen). */
function runSpans(n: NormalizedPolicy, cal: Calendar, metric: MetricName, h: TicketHistory, run: MetricRun, counts: ModeTable): RawSpan[] {
  const out: RawSpan[] = [];
  for (let s = run.from; s < run.to; s++) {
    const mode = h.modes[s]!;
    const a = h.marks[s]!;
    const b = h.marks[s + 1]!;
    if (counts[mode] === 1) label(cal, a, b, "counted", undefined, out);
    else label(cal, a, b, "paused", mode & 1 ? RESOLVED : pauseName(n, metric, mode), out);
  }
  return out;
}

function toSpan(s: RawSpan): TimelineSpan {
  return { start: new Date(s.start), end: new Date(s.end), kind: s.kind, ...(s.name !== undefined && { name: s.name }) };
}

/**
 * A ticket's timeline at `now` (CONTRACT §11): for each metric `evaluateTicket` measures, the spans
 * that tile its current cycle (for `update` and `nextReply`) or stint (`ownership`) from its start
 * to its completion or `now`, with its `MetricStatus`. `timelineSvg` (in `sla-clock/svg`) draws it.
 *
 * The rule: spans are half-open, in order, without gaps or overlaps, neighbours of the same kind
 * and name merged.
 * - `counted`: the metric's clock ran; these sum exactly to the status's `elapsed`. On a
 *   `clock: "calendar"` target closed time counts, so it is `counted` too.
 * - `closed`, `holiday` (with its `name`), `maintenance`: as in `explainDeadline` — time the
 *   target's clock does not run at all.
 * - `paused`: only time the clock would otherwise have counted. `name` says what stopped it: the
 *   status in force (a `pauses` status, or a status a `timeIn` metric does not list), else
 *   `"pause"` (a `pause` … `resume`), or `"resolved"` between a resolve and a reopen. A pause over
 *   a weekend shows the weekend as `closed`: the pause cost nothing there.
 *
 * Edge cases: a metric absent from `evaluateTicket`'s answer is absent here; a run that starts at
 * `now` (or completes where it starts) has no spans; `now` before `createdAt` explains the ticket
 * at `createdAt` (`to` is then `createdAt`). Cost: an `evaluateTicket`, a second replay of the
 * events and one pass over the calendar's closed spans in the ticket's life — nothing walks minute
 * by minute.
 *
 * @param ticket - as for `evaluateTicket`.
 * @param now - the instant to explain at (never read from the clock).
 * @throws InputError for a bad ticket, event or `now` (as `evaluateTicket`). HorizonError when a
 *   deadline lies more than 100 years away.
 * @example
 * const p = definePolicy(presets.auvikSupportV2); // Mon–Fri 04:00–22:00 America/Toronto
 * const e = explainTicket(p, { createdAt: "2026-11-27T21:30", severity: "sev1" }, "2026-11-30T05:00");
 * e.metrics.firstResponse.spans;
 * //=> [{ Fri 21:30 → 22:00, kind: "counted" }, { Fri 22:00 → Mon 04:00, kind: "closed" },
 * //    { Mon 04:00 → 05:00, kind: "counted" }]   (as Dates)
 * e.metrics.firstResponse.status.elapsed; //=> 5_400_000 (the counted spans' 30 + 60 min)
 * @category SLA
 */
export function explainTicket(p: Policy, ticket: Ticket, now: Instant): TicketExplanation {
  const c = compiledOf(p);
  const timeline = readTicket(c, ticket, toEpochMs(now, c.zone, "now"));
  return namingTicket(timeline, undefined, explainTimeline, c);
}

function explainTimeline(c: CompiledPolicy, timeline: Timeline): TicketExplanation {
  const n = c.normalized;
  const plan = metricPlan(n);
  const status = evaluateTimeline(c, timeline).status!;
  const h = replayTicket(timeline, n.statuses, plan.replies, plan.stints);
  const metrics: { [metric: string]: MetricExplanation } = {};
  // by slot (see metricPlan.ts); timeIn metrics live on the resolution run
  const runsOf = [[h.firstResponse], h.updates, h.replies, h.stints];
  for (let slot = Slot.FirstResponse; slot < Slot.TimeIn + n.timeIn.length; slot++) {
    const runs = runsOf[slot] ?? [h.resolution];
    // the run the status shows: the last one its judging severity targets
    for (let i = runs.length - 1; i >= 0; i--) {
      const run = runs[i]!;
      const aim = plan.aims[run.severity]![slot];
      if (aim === undefined) continue;
      const s = status.metrics[aim.metric]!;
      metrics[aim.metric] = { spans: runSpans(n, calendarOf(c, aim.target), aim.metric, h, run, aim.counts).map(toSpan), status: s };
      break;
    }
  }
  const out: TicketExplanation = { timezone: c.normalized.timezone, from: new Date(timeline.createdAt), to: new Date(timeline.now), metrics };
  return timeline.id === undefined ? out : { id: timeline.id, ...out };
}
