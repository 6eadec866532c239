/**
 * Replaying a ticket's events into the life of each SLA clock: when each metric (and each `update`
 * cycle) started, the stretches during which it was live, which of those the ticket spent paused,
 * when it completed, and which severity judges it. No policy arithmetic happens here.
 *
 * @module
 */
import type { Timeline } from "./ticketTimeline.js";
import type { TicketState } from "./types.js";

/**
 * The life of one measured thing (`firstResponse`, `resolution`, or one `update` cycle).
 * `spans` is flat `[start0, end0, start1, end1, …]` (epoch ms, half-open, in order, non-empty);
 * `paused[i]` says whether the ticket was waiting on the customer during span i.
 */
export interface MetricRun {
  readonly start: number;
  readonly spans: number[];
  readonly paused: boolean[];
  /** Completion instant, or null while the run is still live at `now`. */
  completedAt: number | null;
  /** Severity that judges the run: in force at completion, or at `now`. */
  severity: string;
}

/** Everything the metrics need from a ticket's events. */
export interface TicketHistory {
  /** State at `now`. */
  readonly state: TicketState;
  /** Severity in force at `now`. */
  readonly severity: string;
  readonly firstResponse: MetricRun;
  readonly resolution: MetricRun;
  /** The update cycles, in order; the last one may still be live. */
  readonly updates: ReadonlyArray<MetricRun>;
}

function newRun(start: number, severity: string): MetricRun {
  return { start, spans: [], paused: [], completedAt: null, severity };
}

/** Appends `[from, to)` to a live run, extending its last span when it touches with the same pause flag. */
function extend(run: MetricRun, from: number, to: number, paused: boolean): void {
  if (to <= from) return;
  const k = run.spans.length;
  if (k > 0 && run.spans[k - 1] === from && run.paused[run.paused.length - 1] === paused) {
    run.spans[k - 1] = to;
  } else {
    run.spans.push(from, to);
    run.paused.push(paused);
  }
}

/**
 * Replays the (sorted, validated) events of `t` up to its `now`.
 *
 * Rules (docs/sla.md, "Timeline"):
 * - `firstResponse` completes at the first `response`, or at the first `resolve` if none came before.
 * - `resolution` is live while the ticket is not resolved; it completes at `resolve` and a `reopen`
 *   resumes it.
 * - `update` cycles: the first starts at the first `response`; while a cycle is live, a `response` or
 *   `update` completes it and starts the next; `resolve` completes it; `reopen` starts a new one.
 *   A `response`/`update` while no cycle is live (before the first response, or while resolved) is
 *   ignored by the update metric.
 * - `pause` while open pauses; `resume` while paused resumes; otherwise both are ignored.
 *   `resolve` ends a pause; `reopen` leaves the ticket open.
 * - `resolve` while resolved and `reopen` while not resolved are ignored.
 * - A `severity` event always changes the severity in force.
 */
export function replayTicket(t: Timeline): TicketHistory {
  let state: TicketState = "open";
  let severity = t.severity;
  const firstResponse = newRun(t.createdAt, severity);
  const resolution = newRun(t.createdAt, severity);
  const updates: MetricRun[] = [];
  let cycle: MetricRun | null = null;
  let mark = t.createdAt;

  const advanceTo = (to: number): void => {
    if (to <= mark) return;
    const paused = state === "paused";
    if (firstResponse.completedAt === null) extend(firstResponse, mark, to, paused);
    if (state !== "resolved") extend(resolution, mark, to, paused);
    if (cycle !== null) extend(cycle, mark, to, paused);
    mark = to;
  };
  const completeCycle = (at: number): void => {
    if (cycle === null) return;
    cycle.completedAt = at;
    cycle.severity = severity;
    cycle = null;
  };
  const startCycle = (at: number): void => {
    cycle = newRun(at, severity);
    updates.push(cycle);
  };

  for (const e of t.events) {
    advanceTo(e.at);
    switch (e.type) {
      case "response":
        if (state === "resolved") break;
        if (firstResponse.completedAt === null) {
          firstResponse.completedAt = e.at;
          firstResponse.severity = severity;
        }
        completeCycle(e.at);
        startCycle(e.at);
        break;
      case "update":
        if (cycle === null) break;
        completeCycle(e.at);
        startCycle(e.at);
        break;
      case "pause":
        if (state === "open") state = "paused";
        break;
      case "resume":
        if (state === "paused") state = "open";
        break;
      case "severity":
        severity = e.severity!;
        break;
      case "resolve":
        if (state === "resolved") break;
        if (firstResponse.completedAt === null) {
          firstResponse.completedAt = e.at;
          firstResponse.severity = severity;
        }
        completeCycle(e.at);
        resolution.completedAt = e.at;
        resolution.severity = severity;
        state = "resolved";
        break;
      case "reopen":
        if (state !== "resolved") break;
        state = "open";
        resolution.completedAt = null;
        startCycle(e.at);
        break;
    }
  }
  advanceTo(t.now);
  if (firstResponse.completedAt === null) firstResponse.severity = severity;
  if (resolution.completedAt === null) resolution.severity = severity;
  const live = cycle as MetricRun | null;
  if (live !== null) live.severity = severity;
  return { state, severity, firstResponse, resolution, updates };
}
