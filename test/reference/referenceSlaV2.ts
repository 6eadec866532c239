/**
 * REFERENCE (test-only, shares no code with src/): the SLA status of a ticket under the SLA model
 * v2 (CONTRACT §6): statuses, nextReply, ownership stints, timeIn metrics, business-day targets,
 * thresholds, calendarElapsed, `TicketStatus.status` / `nextChangeAt`, and checkBreaches' order.
 * It covers the v1 model too (a policy without the new keys): it is a superset of
 * test/deep/referenceSla.ts, written again from the contract rather than extended in place.
 *
 * Obviously correct beats fast. Measured with the slow reference business time
 * (test/reference/referenceBusinessTime.ts), phase by phase:
 * 1. Replay the events (stable-sorted by `at`, those after `now` dropped; a `now` before `createdAt`
 *    measures at `createdAt`) into *phases* — the stretches between consecutive event instants, each
 *    with a snapshot of the ticket (resolved?, held by pause…resume?, status, group) — and into
 *    *runs*: firstResponse, resolution, every update cycle, nextReply cycle and ownership stint, and
 *    one run per timeIn metric, each with its start, completion (or none) and the severity in force
 *    when it completed (or at `now`).
 * 2. A run's elapsed time is the sum, over the phases inside it in which its clock counts, of the
 *    reference's business time on the target's clock. Its clock counts in a phase unless the ticket
 *    is resolved, or (timeIn) is in a status the metric does not list, or (pausable targets) the
 *    ticket is held, in a `pauses: true` status, or in a status whose `pauses` list names the metric.
 * 3. The instant elapsed first reaches g (deadline, breachedAt, thresholds' `at`) is found by walking
 *    the same phases and calling the reference's `add` in the phase where the sum reaches g; g = 0
 *    is reached at the run's start. Beyond `now` (or a completion), it counts on with no further
 *    pause.
 *
 * Decisions where §6 is silent are marked DECISION and match docs/sla.md.
 */
import type { Reference } from "./referenceBusinessTime.js";
import { RefHorizonError, refCovered, refDuration } from "./referenceBusinessTime.js";
import { HORIZON, localDayOf, parseTimeOfDay, wallToEpoch } from "./wallClock.js";

// ---------------------------------------------------------------- the policy, read literally

export type BuiltIn = "firstResponse" | "update" | "resolution" | "nextReply" | "ownership";
export const BUILT_IN: ReadonlyArray<BuiltIn> = ["firstResponse", "update", "resolution", "nextReply", "ownership"];

export type RefTargetV2 =
  | { kind: "duration"; ms: number; clock: "business" | "calendar"; pausable: boolean }
  | { kind: "businessDays"; n: number; at: number | null };

export interface RefStatusDef {
  pauses: true | string[] | null;
  resolves: boolean;
}

export interface RefSlaPolicy {
  severities: Map<string, Map<string, RefTargetV2>>;
  /** null: the policy has no `statuses`. Key order = workflow order. */
  statuses: Map<string, RefStatusDef> | null;
  /** timeIn metrics in policy order. */
  timeIn: Array<[string, string[]]>;
  warnAt: number[];
  /** Some severity targets `ownership` (only then is `ticket.group` read). */
  usesOwnership: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export function readSlaPolicy(def: Json): RefSlaPolicy {
  const severities = new Map<string, Map<string, RefTargetV2>>();
  let usesOwnership = false;
  for (const [key, sev] of Object.entries<Json>(def.severities ?? {})) {
    const targets = new Map<string, RefTargetV2>();
    for (const [metric, t] of Object.entries<Json>(sev.targets ?? {})) {
      if (metric === "ownership") usesOwnership = true;
      if (typeof t === "object" && t !== null && "businessDays" in t) {
        targets.set(metric, { kind: "businessDays", n: t.businessDays, at: t.at === undefined ? null : parseTimeOfDay(t.at) });
      } else if (typeof t === "object" && t !== null && "duration" in t) {
        targets.set(metric, { kind: "duration", ms: refDuration(t.duration), clock: t.clock ?? "business", pausable: t.pausable ?? true });
      } else {
        targets.set(metric, { kind: "duration", ms: refDuration(t), clock: "business", pausable: true });
      }
    }
    severities.set(key, targets);
  }
  let statuses: Map<string, RefStatusDef> | null = null;
  if (def.statuses !== undefined) {
    statuses = new Map();
    for (const [name, s] of Object.entries<Json>(def.statuses)) statuses.set(name, { pauses: s.pauses ?? null, resolves: s.resolves === true });
  }
  const timeIn = Object.entries<Json>(def.timeIn ?? {}).map(([k, list]) => [k, [...list]] as [string, string[]]);
  const warnAt = def.warnAt === undefined ? [0.75] : typeof def.warnAt === "number" ? [def.warnAt] : [...def.warnAt];
  return { severities, statuses, timeIn, warnAt, usesOwnership };
}

// ---------------------------------------------------------------- tickets

export type RefEventType = "response" | "update" | "pause" | "resume" | "severity" | "resolve" | "reopen" | "status" | "customerReply" | "assign";

export interface RefEventV2 {
  type: RefEventType;
  at: number;
  severity?: string;
  status?: string;
  group?: string;
}

export interface RefTicketV2 {
  id?: string;
  createdAt: number;
  severity: string;
  status?: string;
  group?: string;
  events: RefEventV2[];
}

export interface RefThreshold {
  fraction: number;
  at: number | null;
  reached: boolean;
}

export interface RefMetricStatusV2 {
  metric: string;
  status: "running" | "paused" | "met" | "breached";
  target: number;
  elapsed: number;
  remaining: number;
  percentUsed: number;
  deadline: number | null;
  breachedAt: number | null;
  completedAt: number | null;
  warning: boolean;
  breaches: number;
  thresholds: RefThreshold[];
  calendarElapsed: number;
  group?: string;
}

export interface RefTicketStatusV2 {
  id?: string;
  severity: string;
  state: "open" | "paused" | "resolved";
  status?: string;
  metrics: Record<string, RefMetricStatusV2>;
  breached: boolean;
  warning: boolean;
  nextDeadline: number | null;
  nextChangeAt: number | null;
}

export interface RefBreach {
  ticketId: string;
  metric: string;
  breachedAt: number;
}

export interface SlaClocksV2 {
  /** The policy's business clock. */
  business: Reference;
  /** 24x7 in the policy's zone, with the policy's maintenance (pausing clocks when it does). */
  calendar: Reference;
}

/** The ticket as it stands during a phase. */
export interface Snapshot {
  resolved: boolean;
  /** Held by `pause` … `resume`. */
  held: boolean;
  status: string | null;
}

export interface Phase {
  from: number;
  to: number;
  at: Snapshot;
}

export interface Run {
  metric: string;
  start: number;
  completedAt: number | null;
  /** Severity in force when the run completed; set at `now` for live runs. */
  severity: string | null;
  group?: string;
}

export interface Replay {
  phases: Phase[];
  final: Snapshot;
  severity: string;
  firstResponse: Run;
  resolution: Run;
  updates: Run[];
  replies: Run[];
  stints: Run[];
  timeIn: Run[];
  now: number;
}

export function statusDef(p: RefSlaPolicy, status: string | null): RefStatusDef | null {
  return status === null || p.statuses === null ? null : p.statuses.get(status)!;
}

/** Is the ticket paused as `TicketStatus.state` sees it (pause…resume, or a `pauses: true` status)? */
function pausedState(p: RefSlaPolicy, s: Snapshot): boolean {
  return s.held || statusDef(p, s.status)?.pauses === true;
}

export function replay(p: RefSlaPolicy, ticket: RefTicketV2, nowIn: number): Replay {
  const now = Math.max(nowIn, ticket.createdAt);
  const events = ticket.events
    .map((e, i) => ({ e, i }))
    .sort((x, y) => x.e.at - y.e.at || x.i - y.i)
    .map(({ e }) => e)
    .filter((e) => e.at <= nowIn);

  const firstStatus = p.statuses === null ? null : (ticket.status ?? [...p.statuses.keys()][0]!);
  const snap: Snapshot = { resolved: false, held: false, status: firstStatus };
  let severity = ticket.severity;
  let group: string | null = p.usesOwnership && ticket.group !== undefined ? ticket.group : null;
  const phases: Phase[] = [];
  let phaseStart = ticket.createdAt;

  const newRun = (metric: string, start: number, runGroup?: string): Run =>
    runGroup === undefined ? { metric, start, completedAt: null, severity: null } : { metric, start, completedAt: null, severity: null, group: runGroup };
  const firstResponse = newRun("firstResponse", ticket.createdAt);
  const resolution = newRun("resolution", ticket.createdAt);
  const timeIn = p.timeIn.map(([name]) => newRun(name, ticket.createdAt));
  const updates: Run[] = [];
  const replies: Run[] = [];
  const stints: Run[] = [];
  let update: Run | null = null;
  let reply: Run | null = null;
  let stint: Run | null = null;
  const complete = (run: Run, at: number) => {
    run.completedAt = at;
    run.severity = severity;
  };
  const startStint = (at: number) => {
    stint = newRun("ownership", at, group!);
    stints.push(stint);
  };
  if (group !== null) startStint(ticket.createdAt);

  const resolve = (at: number) => {
    if (firstResponse.completedAt === null) complete(firstResponse, at);
    if (update !== null) complete(update, at);
    update = null;
    if (reply !== null) complete(reply, at);
    reply = null;
    if (stint !== null) complete(stint, at);
    stint = null;
    complete(resolution, at);
    for (const r of timeIn) complete(r, at);
    snap.resolved = true;
    snap.held = false; // resolve ends a pause
  };
  const reopen = (at: number) => {
    snap.resolved = false;
    resolution.completedAt = null;
    for (const r of timeIn) r.completedAt = null;
    update = newRun("update", at);
    updates.push(update);
    if (group !== null) startStint(at);
  };

  // DECISION: a ticket created in a resolving status is resolved at createdAt.
  if (statusDef(p, snap.status)?.resolves === true) resolve(ticket.createdAt);

  for (const e of events) {
    if (e.at > phaseStart) {
      phases.push({ from: phaseStart, to: e.at, at: { ...snap } });
      phaseStart = e.at;
    }
    switch (e.type) {
      case "response":
        if (snap.resolved) break;
        if (firstResponse.completedAt === null) complete(firstResponse, e.at);
        if (update !== null) complete(update, e.at);
        update = newRun("update", e.at);
        updates.push(update);
        if (reply !== null) complete(reply, e.at);
        reply = null;
        break;
      case "update":
        if (update === null) break;
        complete(update, e.at);
        update = newRun("update", e.at);
        updates.push(update);
        break;
      case "pause":
        // DECISION: pause…resume and `pauses: true` statuses are two independent sources: a pause
        // event holds the ticket (even in a pausing status) until a resume; a resume does not end
        // a status's pause, nor does leaving the status end a held pause.
        if (!snap.resolved) snap.held = true;
        break;
      case "resume":
        if (snap.held) snap.held = false;
        break;
      case "severity":
        severity = e.severity!;
        break;
      case "resolve":
        if (!snap.resolved) resolve(e.at);
        break;
      case "reopen":
        if (snap.resolved) reopen(e.at);
        break;
      case "customerReply":
        // DECISION: a customer message while resolved starts no cycle.
        if (!snap.resolved && reply === null) {
          reply = newRun("nextReply", e.at);
          replies.push(reply);
        }
        break;
      case "assign":
        if (!p.usesOwnership || e.group === group) break;
        group = e.group!;
        if (snap.resolved) break; // DECISION: the new group's stint starts at the reopen
        if (stint !== null) complete(stint, e.at);
        startStint(e.at);
        break;
      case "status": {
        // DECISION: the status already in force changes nothing; a non-resolving status while
        // resolved reopens however the ticket was resolved (a `resolve` event included); `resolve`
        // and `reopen` events never change the status in force.
        if (e.status === snap.status) break;
        const after = statusDef(p, e.status!)!;
        snap.status = e.status!;
        if (after.resolves && !snap.resolved) resolve(e.at);
        else if (!after.resolves && snap.resolved) reopen(e.at);
        break;
      }
    }
  }
  if (now > phaseStart) phases.push({ from: phaseStart, to: now, at: { ...snap } });
  for (const run of [firstResponse, resolution, ...timeIn, ...updates, ...replies, ...stints]) if (run.completedAt === null) run.severity = severity;
  return { phases, final: { ...snap }, severity, firstResponse, resolution, updates, replies, stints, timeIn, now };
}

// ---------------------------------------------------------------- measuring one run

interface Resolved {
  ms: number;
  clock: "business" | "calendar";
  pausable: boolean;
}

/** A target as a duration for a run starting at `start` (business-day targets per §6). */
export function resolveTarget(clocks: SlaClocksV2, t: RefTargetV2, start: number): Resolved {
  if (t.kind === "duration") return { ms: t.ms, clock: t.clock, pausable: t.pausable };
  const zone = clocks.business.policy.zone;
  const day = clocks.business.addBusinessDays(start, t.n);
  const d = t.at === null ? day : wallToEpoch(zone, localDayOf(zone, day), t.at);
  return { ms: d > start ? clocks.business.businessTimeBetween(start, d) : 0, clock: "business", pausable: false };
}

interface Measured {
  status: RefMetricStatusV2;
  /** Running: the instants after `now` at which it reaches a threshold or breaches. */
  changes: number[];
}

/**
 * One run's status. `shown = false` (an earlier cycle or stint, of which only the breach is
 * reported) measures only what is reported: its deadline and thresholds are not asked for, so a
 * deadline that only a hidden cycle would have (beyond the horizon, say) never decides the answer.
 */
function measure(clocks: SlaClocksV2, p: RefSlaPolicy, r: Replay, run: Run, shown = true): Measured | null {
  const t = p.severities.get(run.severity!)?.get(run.metric);
  if (t === undefined) return null;
  const target = resolveTarget(clocks, t, run.start);
  const clock = target.clock === "business" ? clocks.business : clocks.calendar;
  const listed = p.timeIn.find(([name]) => name === run.metric)?.[1];
  const counts = (s: Snapshot): boolean => {
    if (s.resolved) return false;
    if (listed !== undefined && (s.status === null || !listed.includes(s.status))) return false;
    if (target.pausable) {
      if (s.held) return false;
      const pauses = statusDef(p, s.status)?.pauses;
      if (pauses === true || (Array.isArray(pauses) && pauses.includes(run.metric))) return false;
    }
    return true;
  };
  const end = run.completedAt ?? r.now;
  const pieces: Array<[number, number]> = [];
  for (const ph of r.phases) {
    if (!counts(ph.at)) continue;
    const a = Math.max(ph.from, run.start);
    const b = Math.min(ph.to, end);
    if (b > a) pieces.push([a, b]);
  }
  const lengths = pieces.map(([a, b]) => clock.businessTimeBetween(a, b));
  const elapsed = lengths.reduce((sum, m) => sum + m, 0);
  /** The first instant elapsed >= g, for g <= elapsed. */
  const reachedAt = (g: number): number => {
    if (g <= 0) return run.start;
    let sum = 0;
    for (let i = 0; i < pieces.length; i++) {
      const m = lengths[i]!;
      if (sum + m >= g) return clock.addBusinessTime(pieces[i]![0], g - sum);
      sum += m;
    }
    throw new Error("reference: reachedAt beyond elapsed");
  };
  const goal = target.ms;
  const completed = run.completedAt !== null;
  const over = elapsed > goal;
  const pausedNow = !completed && !counts(r.final);
  /** First instant elapsed >= g: in the past, or counting on from `end` with no further pause; null while paused. */
  const firstAt = (g: number): number | null => (!shown ? null : elapsed >= g ? reachedAt(g) : pausedNow ? null : clock.addBusinessTime(end, g - elapsed));
  const smallest = p.warnAt[0]!;
  const status: RefMetricStatusV2 = {
    metric: run.metric,
    status: completed ? (over ? "breached" : "met") : over ? "breached" : pausedNow ? "paused" : "running",
    target: goal,
    elapsed,
    remaining: goal - elapsed,
    percentUsed: goal > 0 ? (elapsed * 100) / goal : elapsed > 0 ? Number.POSITIVE_INFINITY : 100,
    deadline: pausedNow && !over ? null : firstAt(goal), // a breached metric keeps its deadline while stopped (CONTRACT §6)
    breachedAt: over ? reachedAt(goal) : null,
    completedAt: run.completedAt,
    warning: !completed && !over && elapsed >= smallest * goal,
    breaches: over ? 1 : 0,
    thresholds: !shown ? [] : p.warnAt.map((fraction) => {
      const x = fraction * goal;
      const reached = elapsed >= x;
      return { fraction, at: reached ? reachedAt(Math.ceil(x)) : firstAt(Math.ceil(x)), reached };
    }),
    calendarElapsed: end - run.start,
  };
  if (run.group !== undefined) status.group = run.group;
  const changes: number[] = [];
  if (shown && status.status === "running") {
    for (const th of status.thresholds) if (!th.reached) changes.push(th.at!);
    const over = firstMsOver(clock, r.now, goal - elapsed + 1); // the first ms elapsed exceeds the target
    if (over !== null) changes.push(over);
  }
  return { status, changes };
}

/**
 * The instant `d` of the clock after `now`, or null when there is none within 100 years: a change
 * that far away is ignored (docs/sla.md §12: `null` rather than a HorizonError) — unless searching
 * those 100 years needed a year outside the policy's `holidayYears` (then the coverage error).
 */
function firstMsOver(clock: Reference, now: number, d: number): number | null {
  try {
    return clock.addBusinessTime(now, d);
  } catch (e) {
    if (!(e instanceof RefHorizonError) || !e.message.includes("within 100 years")) throw e;
    return refCovered(clock.policy, now, now + HORIZON, null);
  }
}

/** Cycles or stints: the last measured one is shown, `breaches` counts every breached one. */
function measureCycles(clocks: SlaClocksV2, p: RefSlaPolicy, r: Replay, runs: Run[]): { shown: Measured | null; all: Measured[] } {
  const all: Measured[] = [];
  const measured = runs.filter((run) => p.severities.get(run.severity!)?.get(run.metric) !== undefined);
  measured.forEach((run, i) => {
    const m = measure(clocks, p, r, run, i === measured.length - 1);
    if (m !== null) all.push(m);
  });
  if (all.length === 0) return { shown: null, all };
  const last = all[all.length - 1]!;
  const breaches = all.reduce((n, m) => n + m.status.breaches, 0);
  return { shown: { status: { ...last.status, breaches }, changes: last.changes }, all };
}

export interface RefEvaluationV2 {
  status: RefTicketStatusV2;
  /** checkBreaches' entries for this ticket, in §6's order. */
  breaches: Array<{ metric: string; breachedAt: number }>;
}

/** The status and checkBreaches' entries of one ticket (one replay for both). */
export function refEvaluationV2(clocks: SlaClocksV2, p: RefSlaPolicy, ticket: RefTicketV2, nowIn: number): RefEvaluationV2 {
  const r = replay(p, ticket, nowIn);
  const metrics: Record<string, RefMetricStatusV2> = {};
  const breaches: Array<{ metric: string; breachedAt: number }> = [];
  let changes: number[] = [];
  const show = (m: Measured | null) => {
    if (m === null) return;
    metrics[m.status.metric] = m.status;
    changes = changes.concat(m.changes);
  };
  const listBreaches = (ms: Measured[]) => {
    for (const m of ms) if (m.status.breachedAt !== null) breaches.push({ metric: m.status.metric, breachedAt: m.status.breachedAt });
  };
  const fr = measure(clocks, p, r, r.firstResponse);
  show(fr);
  listBreaches(fr === null ? [] : [fr]);
  for (const runs of [r.updates, r.replies, r.stints]) {
    const c = measureCycles(clocks, p, r, runs);
    show(c.shown);
    listBreaches(c.all);
  }
  const res = measure(clocks, p, r, r.resolution);
  show(res);
  listBreaches(res === null ? [] : [res]);
  for (const run of r.timeIn) {
    const m = measure(clocks, p, r, run);
    show(m);
    listBreaches(m === null ? [] : [m]);
  }
  let breached = false;
  let warning = false;
  let nextDeadline: number | null = null;
  for (const m of Object.values(metrics)) {
    if (m.breaches > 0) breached = true;
    if (m.warning) warning = true;
    if (m.completedAt === null && m.deadline !== null && (nextDeadline === null || m.deadline < nextDeadline)) nextDeadline = m.deadline;
  }
  const nextChangeAt = changes.length === 0 ? null : Math.min(...changes);
  const state = r.final.resolved ? "resolved" : pausedState(p, r.final) ? "paused" : "open";
  const status: RefTicketStatusV2 = { severity: r.severity, state, metrics, breached, warning, nextDeadline, nextChangeAt };
  if (r.final.status !== null) status.status = r.final.status;
  if (ticket.id !== undefined) status.id = ticket.id;
  return { status, breaches };
}

/** The reference `evaluateTicket`: plain values, instants as epoch ms. */
export function refEvaluateTicketV2(clocks: SlaClocksV2, p: RefSlaPolicy, ticket: RefTicketV2, now: number): RefTicketStatusV2 {
  return refEvaluationV2(clocks, p, ticket, now).status;
}

/** The reference `checkBreaches`: per ticket (in input order) in §6's metric order. */
export function refCheckBreachesV2(clocks: SlaClocksV2, p: RefSlaPolicy, tickets: RefTicketV2[], now: number): RefBreach[] {
  const out: RefBreach[] = [];
  tickets.forEach((t, i) => {
    for (const b of refEvaluationV2(clocks, p, t, now).breaches) out.push({ ticketId: t.id ?? String(i), ...b });
  });
  return out;
}
