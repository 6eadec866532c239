/**
 * REFERENCE (test-only, shares no code with src/): the SLA status of a ticket, measured with the
 * slow reference's `businessTimeBetween` and `addBusinessTime` (test/reference/).
 *
 * Straight from docs/sla.md, with no caching and no cleverness:
 * 1. Replay the events (stable-sorted, those after `now` dropped; a `now` before `createdAt` keeps
 *    no event and measures at `createdAt`) into *phases* — the stretches
 *    between consecutive event instants, each with the ticket's state (open / paused / resolved)
 *    — and into *runs*: firstResponse, resolution and each update cycle, each with its start, its
 *    completion instant (or none) and the severity in force when it completed (or at `now`).
 * 2. A run's elapsed time is the sum, over the phases inside the run, of the reference's business
 *    time (on the target's clock) — skipping resolved phases, and paused ones when the target is
 *    pausable. The instant it reached its target is found by walking the same phases and calling
 *    the reference's `add` inside the phase where the sum crosses the target.
 * 3. Status, deadline, remaining, percentUsed, warning and breaches follow the definitions of
 *    docs/sla.md §5–§7 literally. Deadlines are computed for the metrics shown only: the status has
 *    no deadline of a past update cycle (on a policy without business time it would be a horizon
 *    error).
 */
import type { Reference } from "../reference/referenceBusinessTime.js";
import { refDuration } from "../reference/referenceBusinessTime.js";

type State = "open" | "paused" | "resolved";

export interface RefEvent {
  type: "response" | "update" | "pause" | "resume" | "severity" | "resolve" | "reopen";
  at: number;
  severity?: string;
}

export interface RefTicket {
  id?: string;
  createdAt: number;
  severity: string;
  events: RefEvent[];
}

/** The policy's severities as the reference reads them: targets in ms with clock and pausability. */
export interface RefTarget {
  ms: number;
  clock: "business" | "calendar";
  pausable: boolean;
}
export type RefSeverities = Map<string, Partial<Record<Metric, RefTarget>>>;
type Metric = "firstResponse" | "update" | "resolution";

export function readSeverities(def: { severities?: Record<string, { targets: Record<string, unknown> }> }): RefSeverities {
  const out: RefSeverities = new Map();
  for (const [key, sev] of Object.entries(def.severities ?? {})) {
    const targets: Partial<Record<Metric, RefTarget>> = {};
    for (const [metric, t] of Object.entries(sev.targets)) {
      const isObject = typeof t === "object" && t !== null;
      const o = t as { duration?: unknown; clock?: "business" | "calendar"; pausable?: boolean };
      targets[metric as Metric] = {
        ms: refDuration(isObject ? o.duration : t),
        clock: (isObject && o.clock) || "business",
        pausable: isObject && o.pausable !== undefined ? o.pausable : true,
      };
    }
    out.set(key, targets);
  }
  return out;
}

interface Phase {
  from: number;
  to: number;
  state: State;
}

interface Run {
  start: number;
  completedAt: number | null;
  /** Severity in force when the run completed; filled in at `now` for live runs. */
  severity: string | null;
}

/** Plain-value status, comparable with the real TicketStatus after normalization (Dates → ms). */
export interface RefMetricStatus {
  metric: Metric;
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
}

export interface RefTicketStatus {
  id?: string;
  severity: string;
  state: State;
  metrics: Partial<Record<Metric, RefMetricStatus>>;
  breached: boolean;
  warning: boolean;
  nextDeadline: number | null;
}

export interface SlaClocks {
  business: Reference;
  calendar: Reference;
}

export function refEvaluateTicket(clocks: SlaClocks, severities: RefSeverities, warnAt: number, ticket: RefTicket, nowIn: number): RefTicketStatus {
  const now = Math.max(nowIn, ticket.createdAt);
  const events = ticket.events
    .map((e, i) => ({ e, i }))
    .sort((x, y) => x.e.at - y.e.at || x.i - y.i)
    .map(({ e }) => e)
    .filter((e) => e.at <= nowIn); // "events after now are ignored": the given now, even when before createdAt

  // 1. replay
  let state: State = "open";
  let severity = ticket.severity;
  const phases: Phase[] = [];
  let phaseStart = ticket.createdAt;
  const firstResponse: Run = { start: ticket.createdAt, completedAt: null, severity: null };
  const resolution: Run = { start: ticket.createdAt, completedAt: null, severity: null };
  const cycles: Run[] = [];
  let cycle: Run | null = null;
  const complete = (run: Run, at: number) => {
    run.completedAt = at;
    run.severity = severity;
  };
  for (const e of events) {
    if (e.at > phaseStart) {
      phases.push({ from: phaseStart, to: e.at, state });
      phaseStart = e.at;
    }
    if (e.type === "response" && state !== "resolved") {
      if (firstResponse.completedAt === null) complete(firstResponse, e.at);
      if (cycle !== null) complete(cycle, e.at);
      cycle = { start: e.at, completedAt: null, severity: null };
      cycles.push(cycle);
    } else if (e.type === "update" && cycle !== null) {
      complete(cycle, e.at);
      cycle = { start: e.at, completedAt: null, severity: null };
      cycles.push(cycle);
    } else if (e.type === "pause" && state === "open") {
      state = "paused";
    } else if (e.type === "resume" && state === "paused") {
      state = "open";
    } else if (e.type === "severity") {
      severity = e.severity!;
    } else if (e.type === "resolve" && state !== "resolved") {
      if (firstResponse.completedAt === null) complete(firstResponse, e.at);
      if (cycle !== null) complete(cycle, e.at);
      cycle = null;
      complete(resolution, e.at);
      state = "resolved";
    } else if (e.type === "reopen" && state === "resolved") {
      state = "open";
      resolution.completedAt = null;
      cycle = { start: e.at, completedAt: null, severity: null };
      cycles.push(cycle);
    }
  }
  if (now > phaseStart) phases.push({ from: phaseStart, to: now, state });
  for (const run of [firstResponse, resolution, ...cycles]) if (run.completedAt === null) run.severity = severity;

  // 2. measure
  const measure = (metric: Metric, run: Run) => {
    const target = severities.get(run.severity!)?.[metric];
    if (target === undefined) return null;
    const clock = target.clock === "business" ? clocks.business : clocks.calendar;
    const end = run.completedAt ?? now;
    const pieces: Array<[number, number]> = [];
    for (const p of phases) {
      if (p.state === "resolved" || (p.state === "paused" && target.pausable)) continue;
      const a = Math.max(p.from, run.start);
      const b = Math.min(p.to, end);
      if (b > a) pieces.push([a, b]);
    }
    let elapsed = 0;
    for (const [a, b] of pieces) elapsed += clock.businessTimeBetween(a, b);
    const goal = target.ms;
    let reached: number | null = null;
    if (goal === 0) {
      // a zero target is reached where the run starts (docs/sla.md: "every threshold is reached at
      // the start"), even when its first counted piece starts later (resolved at creation, reopened)
      reached = run.start;
    } else if (elapsed >= goal) {
      let sum = 0;
      for (const [a, b] of pieces) {
        const m = clock.businessTimeBetween(a, b);
        if (sum + m >= goal) {
          reached = clock.addBusinessTime(a, goal - sum);
          break;
        }
        sum += m;
      }
    }
    const completed = run.completedAt !== null;
    const over = elapsed > goal;
    const pausedNow = !completed && state === "paused" && target.pausable;
    const status: RefMetricStatus = {
      metric,
      status: completed ? (over ? "breached" : "met") : over ? "breached" : pausedNow ? "paused" : "running",
      target: goal,
      elapsed,
      remaining: goal - elapsed,
      percentUsed: goal > 0 ? (elapsed * 100) / goal : elapsed > 0 ? Number.POSITIVE_INFINITY : 100,
      deadline: null, // filled in by `withDeadline` for the metrics shown (a hidden update cycle's deadline is never computed)
      breachedAt: over ? reached : null,
      completedAt: run.completedAt,
      warning: !completed && !over && elapsed >= warnAt * goal,
      breaches: over ? 1 : 0,
    };
    const withDeadline = (): RefMetricStatus => ({ ...status, deadline: pausedNow && !over ? null : reached ?? clock.addBusinessTime(end, goal - elapsed) });
    return { status, withDeadline };
  };

  const metrics: Partial<Record<Metric, RefMetricStatus>> = {};
  let breached = false;
  const fr = measure("firstResponse", firstResponse);
  if (fr !== null) metrics.firstResponse = fr.withDeadline();
  let lastCycle: ReturnType<typeof measure> = null;
  let cycleBreaches = 0;
  for (const c of cycles) {
    const m = measure("update", c);
    if (m === null) continue;
    cycleBreaches += m.status.breaches;
    lastCycle = m;
  }
  if (lastCycle !== null) metrics.update = { ...lastCycle.withDeadline(), breaches: cycleBreaches };
  const res = measure("resolution", resolution);
  if (res !== null) metrics.resolution = res.withDeadline();

  let warning = false;
  let nextDeadline: number | null = null;
  for (const m of Object.values(metrics)) {
    if (m.breaches > 0) breached = true;
    if (m.warning) warning = true;
    if (m.completedAt === null && m.deadline !== null && (nextDeadline === null || m.deadline < nextDeadline)) nextDeadline = m.deadline;
  }
  const out: RefTicketStatus = { severity, state, metrics, breached, warning, nextDeadline };
  return ticket.id === undefined ? out : { id: ticket.id, ...out };
}
