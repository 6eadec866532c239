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
 * one `ownership` stint), on the ticket's marks (see {@link TicketHistory.marks}): the run was live
 * over the stretches `from … to - 1` (mark indices; none when `from === to`) and, for `resolution`
 * after a reopen, over the `earlier` pieces too (flat `[from0, to0, …]`, in order, before `from`).
 */
export interface MetricRun {
  readonly start: number;
  from: number;
  to: number;
  earlier: number[] | null;
  /** Completion instant, or null while the run is still live at `now`. */
  completedAt: number | null;
  /** Severity that judges the run: in force at completion, or at `now`. */
  severity: string;
  /** `ownership` stints: the group that owns it. */
  readonly group: string | undefined;
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
  /**
   * The instants at which something can change, ascending and distinct: `createdAt`, each later
   * event instant, and `now` (when later). Stretch `i` is `[marks[i], marks[i + 1])`.
   */
  readonly marks: ReadonlyArray<number>;
  /** `modes[i]`: the clock mode of stretch `i` (see {@link clockMode}). */
  readonly modes: ReadonlyArray<number>;
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

/** A run that starts live at mark `k` (its `to` is set when it completes, or at the end). */
function newRun(start: number, k: number, severity: string, group: string | undefined): MetricRun {
  return { start, from: k, to: -1, earlier: null, completedAt: null, severity, group };
}

/** Completes a live run at `at` (mark `k`; null: still live at `now`), judged by `severity`. */
function complete(run: MetricRun | null, at: number | null, k: number, severity: string): null {
  if (run !== null) {
    run.to = k;
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
 * Cost: one pass over the events; a run records only the marks where it starts and ends, so nothing
 * is done per live run per event.
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
  const marks: number[] = [t.createdAt];
  const modes: number[] = [];
  let k = 0; // the current mark: marks[k] is the instant the replay has reached
  const firstResponse = newRun(t.createdAt, 0, severity, undefined);
  const resolution = newRun(t.createdAt, 0, severity, undefined);
  const updates: MetricRun[] = [];
  const replyRuns: MetricRun[] = [];
  const stintRuns: MetricRun[] = [];
  let cycle: MetricRun | null = null;
  let reply: MetricRun | null = null;
  let stint: MetricRun | null = null;
  if (stints && group !== undefined) stintRuns.push((stint = newRun(t.createdAt, 0, severity, group)));

  const events = t.events;
  const count = events.length;
  // A status at creation that resolves resolves the ticket at createdAt: as a resolve before the first event.
  let resolveAtStart = statuses !== null && statuses[status]!.resolves;
  for (let i = resolveAtStart ? -1 : 0; i <= count; i++) {
    const at = i < 0 ? t.createdAt : i < count ? events[i]!.at : t.now;
    if (at > marks[k]!) {
      modes.push(mode);
      marks.push(at);
      k++;
    }
    if (i === count) break;
    let type: string;
    let e: (typeof events)[number] | undefined;
    if (i < 0) {
      type = "resolve";
      resolveAtStart = false;
    } else {
      e = events[i]!;
      type = e.type;
    }
    switch (type) {
      case "response":
        if (resolved) break;
        if (firstResponse.completedAt === null) complete(firstResponse, at, k, severity);
        cycle = complete(cycle, at, k, severity);
        updates.push((cycle = newRun(at, k, severity, undefined)));
        reply = complete(reply, at, k, severity);
        break;
      case "update":
        if (cycle === null) break;
        cycle = complete(cycle, at, k, severity);
        updates.push((cycle = newRun(at, k, severity, undefined)));
        break;
      case "customerReply":
        if (resolved || !replies || reply !== null) break;
        replyRuns.push((reply = newRun(at, k, severity, undefined)));
        break;
      case "assign":
        if (!stints || e!.group === group) break;
        group = e!.group;
        if (resolved) break;
        stint = complete(stint, at, k, severity);
        if (group !== undefined) stintRuns.push((stint = newRun(at, k, severity, group)));
        break;
      case "pause":
        // Independent of a `pauses: true` status: the event pause holds until a `resume`.
        if (!resolved) eventPaused = true;
        break;
      case "resume":
        eventPaused = false;
        break;
      case "severity":
        severity = e!.severity!;
        break;
      case "status": {
        if (e!.status === status) break;
        status = e!.status!;
        const resolves = statuses![status]!.resolves;
        if (resolves && !resolved) type = "resolve";
        else if (!resolves && resolved) type = "reopen";
        break;
      }
    }
    if (type === "resolve" && !resolved) {
      if (firstResponse.completedAt === null) complete(firstResponse, at, k, severity);
      cycle = complete(cycle, at, k, severity);
      reply = complete(reply, at, k, severity);
      stint = complete(stint, at, k, severity);
      complete(resolution, at, k, severity);
      resolved = true;
      eventPaused = false;
    } else if (type === "reopen" && resolved) {
      resolved = false;
      resolution.completedAt = null;
      if (resolution.to > resolution.from) (resolution.earlier ??= []).push(resolution.from, resolution.to);
      resolution.from = k;
      updates.push((cycle = newRun(at, k, severity, undefined)));
      if (group !== undefined) stintRuns.push((stint = newRun(at, k, severity, group)));
    }
    mode = clockMode(status, eventPaused);
  }
  if (firstResponse.completedAt === null) complete(firstResponse, null, k, severity);
  if (resolution.completedAt === null) complete(resolution, null, k, severity);
  complete(cycle, null, k, severity);
  complete(reply, null, k, severity);
  complete(stint, null, k, severity);
  const pausedByStatus = statuses !== null && statuses[status]!.pausesAll;
  const state: TicketState = resolved ? "resolved" : eventPaused || pausedByStatus ? "paused" : "open";
  return { state, severity, status, mode, marks, modes, firstResponse, resolution, updates, replies: replyRuns, stints: stintRuns };
}

/**
 * A run's spans in epoch ms, as flat `[start0, end0, …]` with the clock mode of each, touching
 * stretches of the same mode merged (what `explainTicket` draws).
 */
export function spansOfRun(h: TicketHistory, run: MetricRun): { spans: number[]; modes: number[] } {
  const spans: number[] = [];
  const modes: number[] = [];
  const pieces = run.earlier === null ? [run.from, run.to] : [...run.earlier, run.from, run.to];
  for (let i = 0; i < pieces.length; i += 2) {
    for (let j = pieces[i]!; j < pieces[i + 1]!; j++) {
      const from = h.marks[j]!;
      const mode = h.modes[j]!;
      const n = spans.length;
      if (n > 0 && spans[n - 1] === from && modes[modes.length - 1] === mode) spans[n - 1] = h.marks[j + 1]!;
      else {
        spans.push(from, h.marks[j + 1]!);
        modes.push(mode);
      }
    }
  }
  return { spans, modes };
}
