/**
 * Replaying a ticket's events into the life of each SLA clock: when each metric (each `update` and
 * `nextReply` cycle, each `ownership` stint) started, the stretches during which it was live, the
 * clock mode of each stretch (status in force, paused by an event or not), when it completed, and
 * which severity judges it. No policy arithmetic happens here; which modes count for which metric
 * is decided by `clockModes.ts`.
 *
 * @module
 */
import type { StatusRule } from "../policy/normalizedPolicy.js";
import type { Timeline } from "./ticketTimeline.js";
import type { TicketState } from "./types.js";

/**
 * The life of one measured thing (`firstResponse`, `resolution`, one `update` or `nextReply` cycle,
 * one `ownership` stint). `spans` is flat `[start0, end0, start1, end1, …]` (epoch ms, half-open,
 * in order, non-empty); `modes[i]` is the clock mode of span i (see {@link clockMode}).
 */
export interface MetricRun {
  readonly start: number;
  readonly spans: number[];
  readonly modes: number[];
  /** Completion instant, or null while the run is still live at `now`. */
  completedAt: number | null;
  /** Severity that judges the run: in force at completion, or at `now`. */
  severity: string;
  /** `ownership` stints: the group that owns it. */
  readonly group?: string;
}

/** Everything the metrics need from a ticket's events. */
export interface TicketHistory {
  /** State at `now`. */
  readonly state: TicketState;
  /** Severity in force at `now`. */
  readonly severity: string;
  /** Status index in force at `now` (-1 without statuses). */
  readonly status: number;
  /** Clock mode at `now`. */
  readonly mode: number;
  readonly firstResponse: MetricRun;
  /** Also the run of every `timeIn` metric (they start and complete with it; only counting differs). */
  readonly resolution: MetricRun;
  /** The update cycles, in order; the last one may still be live. */
  readonly updates: ReadonlyArray<MetricRun>;
  /** The nextReply cycles, in order (empty unless the policy targets `nextReply`). */
  readonly replies: ReadonlyArray<MetricRun>;
  /** The ownership stints, in order (empty unless the policy targets `ownership`). */
  readonly stints: ReadonlyArray<MetricRun>;
}

/**
 * The clock mode of a stretch of time: the status in force (index + 1, 0 without statuses) and
 * whether an event pause (`pause` … `resume`) holds, as `status * 2 + paused`.
 */
export function clockMode(status: number, eventPaused: boolean): number {
  return (status + 1) * 2 + (eventPaused ? 1 : 0);
}

function newRun(start: number, severity: string, group?: string): MetricRun {
  return group === undefined
    ? { start, spans: [], modes: [], completedAt: null, severity }
    : { start, spans: [], modes: [], completedAt: null, severity, group };
}

/** Appends `[from, to)` to a live run, extending its last span when it touches with the same mode. */
function extend(run: MetricRun, from: number, to: number, mode: number): void {
  const k = run.spans.length;
  if (k > 0 && run.spans[k - 1] === from && run.modes[run.modes.length - 1] === mode) {
    run.spans[k - 1] = to;
  } else {
    run.spans.push(from, to);
    run.modes.push(mode);
  }
}

function complete(run: MetricRun | null, at: number, severity: string): null {
  if (run !== null) {
    run.completedAt = at;
    run.severity = severity;
  }
  return null;
}

/**
 * Replays the (sorted, validated) events of `t` up to its `now`.
 *
 * Rules (docs/sla.md, "Timeline"):
 * - `firstResponse` completes at the first `response`, or at the first resolve if none came before.
 * - `resolution` (and every `timeIn` metric) is live while the ticket is not resolved; it completes
 *   at resolve and a reopen resumes it.
 * - `update` cycles: the first starts at the first `response`; while a cycle is live, a `response` or
 *   `update` completes it and starts the next; resolve completes it; reopen starts a new one.
 *   A `response`/`update` while no cycle is live (before the first response, or while resolved) is
 *   ignored by the update metric.
 * - `nextReply` cycles: a `customerReply` while not resolved starts one when none is live; the next
 *   `response`, or resolve, completes it.
 * - `ownership` stints: one starts at `createdAt` when the ticket has a group, and at each `assign`
 *   to another group while not resolved (completing the live one); resolve completes it; reopen
 *   starts one for the group in force. An `assign` while resolved only changes the group.
 * - `pause` while not resolved sets the event pause (independent of a `pauses: true` status: it
 *   holds until a `resume`); `resume` clears it; resolve clears it.
 * - A `status` event naming the status in force changes nothing. Otherwise it enters the status;
 *   entering one that `resolves` while not resolved resolves; entering one that does not while
 *   resolved (however it was resolved) reopens. A status at creation that resolves resolves the
 *   ticket at `createdAt`.
 * - `resolve` while resolved and `reopen` while not resolved are ignored; neither changes the status.
 * - A `severity` event always changes the severity in force.
 *
 * @param statuses - the policy's statuses (null: none).
 * @param replies - track `nextReply` cycles; @param stints - track `ownership` stints.
 */
export function replayTicket(t: Timeline, statuses: ReadonlyArray<StatusRule> | null, replies: boolean, stints: boolean): TicketHistory {
  let resolved = false;
  let eventPaused = false;
  let status = t.status;
  let mode = clockMode(status, false);
  let severity = t.severity;
  let group = stints ? t.group : undefined;
  const firstResponse = newRun(t.createdAt, severity);
  const resolution = newRun(t.createdAt, severity);
  const updates: MetricRun[] = [];
  const replyRuns: MetricRun[] = [];
  const stintRuns: MetricRun[] = [];
  let cycle: MetricRun | null = null;
  let reply: MetricRun | null = null;
  let stint: MetricRun | null = null;
  let mark = t.createdAt;

  const advanceTo = (to: number): void => {
    if (to <= mark) return;
    if (firstResponse.completedAt === null) extend(firstResponse, mark, to, mode);
    if (!resolved) extend(resolution, mark, to, mode);
    if (cycle !== null) extend(cycle, mark, to, mode);
    if (reply !== null) extend(reply, mark, to, mode);
    if (stint !== null) extend(stint, mark, to, mode);
    mark = to;
  };
  const startCycle = (at: number): void => {
    cycle = newRun(at, severity);
    updates.push(cycle);
  };
  const startStint = (at: number): void => {
    if (group === undefined) return;
    stint = newRun(at, severity, group);
    stintRuns.push(stint);
  };
  const resolve = (at: number): void => {
    if (firstResponse.completedAt === null) complete(firstResponse, at, severity);
    cycle = complete(cycle, at, severity);
    reply = complete(reply, at, severity);
    stint = complete(stint, at, severity);
    complete(resolution, at, severity);
    resolved = true;
    eventPaused = false;
  };
  const reopen = (at: number): void => {
    resolved = false;
    resolution.completedAt = null;
    startCycle(at);
    startStint(at);
  };

  startStint(t.createdAt);
  if (statuses !== null && statuses[status]!.resolves) resolve(t.createdAt);

  for (const e of t.events) {
    advanceTo(e.at);
    switch (e.type) {
      case "response":
        if (resolved) break;
        if (firstResponse.completedAt === null) complete(firstResponse, e.at, severity);
        cycle = complete(cycle, e.at, severity);
        startCycle(e.at);
        reply = complete(reply, e.at, severity);
        break;
      case "update":
        if (cycle === null) break;
        cycle = complete(cycle, e.at, severity);
        startCycle(e.at);
        break;
      case "customerReply":
        if (resolved || !replies || reply !== null) break;
        reply = newRun(e.at, severity);
        replyRuns.push(reply);
        break;
      case "assign":
        if (!stints || e.group === group) break;
        group = e.group;
        if (resolved) break;
        stint = complete(stint, e.at, severity);
        startStint(e.at);
        break;
      case "pause":
        // Independent of a `pauses: true` status: the event pause holds until a `resume`.
        if (!resolved) eventPaused = true;
        break;
      case "resume":
        eventPaused = false;
        break;
      case "severity":
        severity = e.severity!;
        break;
      case "resolve":
        if (!resolved) resolve(e.at);
        break;
      case "reopen":
        if (resolved) reopen(e.at);
        break;
      case "status": {
        if (e.status === status) break;
        status = e.status!;
        const resolves = statuses![status]!.resolves;
        if (resolves && !resolved) resolve(e.at);
        else if (!resolves && resolved) reopen(e.at);
        break;
      }
    }
    mode = clockMode(status, eventPaused);
  }
  advanceTo(t.now);
  if (firstResponse.completedAt === null) firstResponse.severity = severity;
  if (resolution.completedAt === null) resolution.severity = severity;
  for (const live of [cycle as MetricRun | null, reply as MetricRun | null, stint as MetricRun | null]) if (live !== null) live.severity = severity;
  const pausedByStatus = statuses !== null && statuses[status]!.pausesAll;
  const state: TicketState = resolved ? "resolved" : eventPaused || pausedByStatus ? "paused" : "open";
  return { state, severity, status, mode, firstResponse, resolution, updates, replies: replyRuns, stints: stintRuns };
}
