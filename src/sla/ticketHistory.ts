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
 * one `ownership` stint), on the ticket's marks (see {@link TicketHistory.marks}): it started at
 * `marks[from]` and covers the stretches `from … to - 1` (none when `from === to`). Only mark
 * indices are stored (small integers); the instants are the history's. `resolution` covers the
 * resolved stretches between a resolve and a reopen too: their mode says they are resolved, and no
 * metric counts in such a mode.
 */
export interface MetricRun {
  readonly from: number;
  to: number;
  /** Completed (at `marks[to]`), or still live at `now` (then `marks[to]` is `now`). */
  completed: boolean;
  /** Rank of the severity that judges the run: in force at completion, or at `now`. */
  severity: number;
  /** `ownership` stints: the group that owns it. */
  readonly group: string | undefined;
}

/** Everything the metrics need from a ticket's events. */
export interface TicketHistory {
  /** State at `now`. */
  readonly state: TicketState;
  /** Rank of the severity in force at `now`. */
  readonly severity: number;
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
 * The clock mode of a stretch of time: the status in force (index + 1, 0 without statuses),
 * whether an event pause (`pause` … `resume`) holds, and whether the ticket is resolved, as
 * `status * 4 + paused * 2 + resolved`.
 */
export function clockMode(status: number, eventPaused: boolean, resolved: boolean): number {
  return (status + 1) * 4 + (eventPaused ? 2 : 0) + (resolved ? 1 : 0);
}

/** A run that starts live at mark `k` (its `to` is set when it completes, or at the end). */
function newRun(k: number, severity: number, group?: string): MetricRun {
  return { from: k, to: k, completed: false, severity, group };
}

/** Ends a live run at mark `k`: completed there, or (`completed` false) still live at `now`. */
function end(run: MetricRun | null, completed: boolean, k: number, severity: number): null {
  if (run !== null) {
    run.to = k;
    run.completed = completed;
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
  const events = t.events;
  let resolved = false;
  let eventPaused = false;
  let status = t.status;
  let severity = t.severity;
  let group = stints ? t.group : undefined;
  const marks: number[] = [t.createdAt];
  const modes: number[] = [];
  let k = 0; // the current mark: marks[k] is the instant the replay has reached
  const firstResponse = newRun(0, severity);
  const resolution = newRun(0, severity);
  const updates: MetricRun[] = [];
  const replyRuns: MetricRun[] = [];
  const stintRuns: MetricRun[] = [];
  let cycle: MetricRun | null = null;
  let reply: MetricRun | null = null;
  let stint: MetricRun | null = null;
  if (group !== undefined) stintRuns.push((stint = newRun(0, severity, group)));
  // Event -1 is the resolve of a status at creation that resolves; event `count` is `now`.
  const count = events.length;
  for (let i = statuses !== null && statuses[status]!.resolves ? -1 : 0; ; i++) {
    const e = i >= 0 && i < count ? events[i]! : undefined;
    const at = e !== undefined ? e.at : i < 0 ? t.createdAt : t.now;
    if (at > marks[k]!) {
      modes.push(clockMode(status, eventPaused, resolved));
      marks.push(at);
      k++;
    }
    if (i === count) break;
    let type: string = e === undefined ? "resolve" : e.type;
    const arg = e?.arg;
    switch (type) {
      case "response":
      case "update":
        // a response (while not resolved) also completes firstResponse and the nextReply cycle
        if (type === "response") {
          if (resolved) break;
          if (!firstResponse.completed) end(firstResponse, true, k, severity);
          reply = end(reply, true, k, severity);
        } else if (cycle === null) break;
        end(cycle, true, k, severity);
        updates.push((cycle = newRun(k, severity)));
        break;
      case "customerReply":
        if (!resolved && replies && reply === null) replyRuns.push((reply = newRun(k, severity)));
        break;
      case "assign":
        if (!stints || arg === group) break;
        group = arg as string;
        if (resolved) break;
        end(stint, true, k, severity);
        stintRuns.push((stint = newRun(k, severity, group)));
        break;
      case "pause":
        // Independent of a `pauses: true` status: the event pause holds until a `resume`.
        eventPaused = !resolved;
        break;
      case "resume":
        eventPaused = false;
        break;
      case "severity":
        severity = arg as number;
        break;
      case "status":
        if (arg === status) break;
        status = arg as number;
        type = statuses![status]!.resolves ? "resolve" : "reopen";
    }
    if (type === "resolve" && !resolved) {
      if (!firstResponse.completed) end(firstResponse, true, k, severity);
      cycle = end(cycle, true, k, severity);
      reply = end(reply, true, k, severity);
      stint = end(stint, true, k, severity);
      end(resolution, true, k, severity);
      resolved = true;
      eventPaused = false;
    } else if (type === "reopen" && resolved) {
      resolved = false;
      resolution.completed = false;
      updates.push((cycle = newRun(k, severity)));
      if (group !== undefined) stintRuns.push((stint = newRun(k, severity, group)));
    }
  }
  // The runs still live at `now` end there, not completed.
  if (!firstResponse.completed) end(firstResponse, false, k, severity);
  if (!resolution.completed) end(resolution, false, k, severity);
  end(cycle, false, k, severity); // (cycle, reply and stint are null once completed)
  end(reply, false, k, severity);
  end(stint, false, k, severity);
  const pausedByStatus = statuses !== null && statuses[status]!.pausesAll;
  const state: TicketState = resolved ? "resolved" : eventPaused || pausedByStatus ? "paused" : "open";
  return { state, severity, status, mode: clockMode(status, eventPaused, resolved), marks, modes, firstResponse, resolution, updates, replies: replyRuns, stints: stintRuns };
}
