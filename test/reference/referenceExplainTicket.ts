/**
 * REFERENCE (test-only, shares no code with src/): `explainTicket` (CONTRACT §11) read literally
 * from the v2 reference's replay (test/reference/referenceSlaV2.ts) and the naive closed-time
 * reasons (test/reference/referenceClosedReasons.ts).
 *
 * For each metric the reference's `evaluateTicket` shows, take the run it shows (the single run,
 * or the last cycle or stint whose judging severity targets the metric) and walk its
 * `[start, completion or now)` instant by instant — at its start and at every instant where
 * anything could change (an event, an opening or closing, a holiday's or window's edge), since
 * between two such instants nothing does — asking at each: what is the target's clock doing?
 * - the calendar says it does not run (closed, holiday, maintenance): that reason;
 * - else the metric counts in the ticket's state (the phase's snapshot): `counted`;
 * - else `paused`, named for what stopped it: `resolved`, else the status in force when the status
 *   stops it (timeIn outside its statuses, `pauses: true`, a `pauses` list naming the metric),
 *   else `pause` (the event pause).
 * Neighbouring pieces of one kind and name are merged. Holiday names are not modelled here (the
 * closed-time labelling is checked against its own reference in test/calendar/).
 */
import { refReasonAt, refReasonBoundaries } from "./referenceClosedReasons.js";
import type { Replay, RefSlaPolicy, RefTicketV2, Run, SlaClocksV2, Snapshot } from "./referenceSlaV2.js";
import { replay, resolveTarget, statusDef } from "./referenceSlaV2.js";

export interface RefSpan {
  start: number;
  end: number;
  kind: "counted" | "paused" | "closed" | "holiday" | "maintenance";
  /** Only for `paused`: what stopped the clock. */
  name?: string;
}

function runs(r: Replay, metric: string): Run[] {
  switch (metric) {
    case "firstResponse":
      return [r.firstResponse];
    case "resolution":
      return [r.resolution];
    case "update":
      return r.updates;
    case "nextReply":
      return r.replies;
    case "ownership":
      return r.stints;
    default:
      return r.timeIn.filter((run) => run.metric === metric);
  }
}

/** What the metric's clock does in the ticket state `s`, when the calendar runs: counted, or paused by what. */
function stateKind(p: RefSlaPolicy, metric: string, pausable: boolean, s: Snapshot): RefSpan["kind"] | string {
  if (s.resolved) return "resolved";
  const listed = p.timeIn.find(([name]) => name === metric)?.[1];
  if (listed !== undefined && (s.status === null || !listed.includes(s.status))) return s.status!;
  if (pausable) {
    const pauses = statusDef(p, s.status)?.pauses;
    if (pauses === true || (Array.isArray(pauses) && pauses.includes(metric))) return s.status!;
    if (s.held) return "pause";
  }
  return "counted";
}

/** The reference explanation: metric → spans, for the metrics the reference measures. */
export function refExplainTicket(clocks: SlaClocksV2, p: RefSlaPolicy, ticket: RefTicketV2, now: number, metrics: string[]): Record<string, RefSpan[]> {
  const r = replay(p, ticket, now);
  const out: Record<string, RefSpan[]> = {};
  for (const metric of metrics) {
    const shown = runs(r, metric).filter((run) => p.severities.get(run.severity!)?.get(metric) !== undefined);
    const run = shown[shown.length - 1];
    if (run === undefined) continue;
    const target = resolveTarget(clocks, p.severities.get(run.severity!)!.get(metric)!, run.start);
    const calendarClock = target.clock === "calendar";
    const policy = clocks.business.policy;
    const end = run.completedAt ?? r.now;
    const points = new Set<number>([run.start]);
    for (const ph of r.phases) if (ph.from > run.start && ph.from < end) points.add(ph.from);
    for (const b of refReasonBoundaries(policy, run.start, end)) points.add(b);
    const sorted = [...points].filter((t) => t < end).sort((a, b) => a - b);
    const spans: RefSpan[] = [];
    sorted.forEach((t, i) => {
      const next = i + 1 < sorted.length ? sorted[i + 1]! : end;
      const reason = refReasonAt(policy, t, calendarClock);
      let piece: RefSpan;
      if (reason !== "open") piece = { start: t, end: next, kind: reason };
      else {
        const phase = r.phases.find((ph) => ph.from <= t && t < ph.to)!;
        const k = stateKind(p, metric, target.pausable, phase.at);
        piece = k === "counted" ? { start: t, end: next, kind: "counted" } : { start: t, end: next, kind: "paused", name: k };
      }
      const last = spans[spans.length - 1];
      if (last !== undefined && last.end === piece.start && last.kind === piece.kind && last.name === piece.name) last.end = piece.end;
      else spans.push(piece);
    });
    out[metric] = spans;
  }
  return out;
}
