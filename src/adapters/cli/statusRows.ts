/**
 * The rows of `sla-clock status`, shared by its table, its JSON and its HTML report: one ticket's
 * outcome, its cells, the extra metric columns a policy calls for, and a metric described for
 * humans.
 *
 * @module
 */
import type { MetricStatus, Policy, PolicyCombinationDefinition, PolicyDefinition, SlaClockError, Ticket, TicketStatus } from "../../index.js";
import { formatDuration } from "./formatDuration.js";
import { formatLocal } from "./formatInstant.js";

/** One ticket's outcome: where it was, and its status or its error. */
export interface Outcome {
  /** Position among the file's tickets (0-based). */
  readonly index: number;
  readonly line?: number;
  readonly ticket?: Ticket;
  readonly id?: string;
  readonly status?: TicketStatus;
  readonly error?: SlaClockError;
}

/** The message of a bad ticket, with its line when the format has lines. */
export function errorText(o: Outcome): string {
  const m = o.error!.message;
  return o.line === undefined || m.startsWith("CSV line") || m.startsWith("NDJSON line") ? m : `line ${o.line}: ${m}`;
}

/** The status table's headings, with a column for each of `extra` (see {@link extraMetrics}). */
export function statusHeadings(extra: ReadonlyArray<string>): string[] {
  return ["TICKET", "SEV", "STATE", "NEXT DEADLINE", "FIRST RESPONSE", "UPDATE", "RESOLUTION", ...extra.map((m) => HEADINGS[m] ?? m)];
}

/** The status table's cells for one evaluated ticket named `name`. */
export function statusCells(s: TicketStatus, name: string, tz: string, withStatus: boolean, extra: ReadonlyArray<string>): string[] {
  return [
    name,
    s.severity,
    withStatus ? `${s.state} (${s.status})` : s.state,
    s.nextDeadline === null ? "-" : formatLocal(s.nextDeadline, tz),
    metricCell(s.metrics.firstResponse),
    metricCell(s.metrics.update),
    metricCell(s.metrics.resolution),
    ...extra.map((m) => {
      const status = s.metrics[m];
      return status?.group === undefined ? metricCell(status) : `${status.group}: ${metricCell(status)}`;
    }),
  ];
}

/** One cell describing a metric for humans. */
export function metricCell(m: MetricStatus | undefined): string {
  if (m === undefined) return "-";
  switch (m.status) {
    case "met":
      return "met";
    case "breached":
      return m.completedAt === null ? `BREACHED ${formatDuration(-m.remaining)} over` : "BREACHED (late)";
    case "paused":
      return `paused, ${formatDuration(m.remaining)} left${m.warning ? " (warning)" : ""}`;
    default:
      return `${formatDuration(m.remaining)} left${m.warning ? " (warning)" : ""}`;
  }
}

/** The plain definition that sets a policy's severities and statuses: a combination's first part. */
export function leadDefinition(policy: Policy): PolicyDefinition {
  let def: PolicyDefinition | PolicyCombinationDefinition = policy.definition;
  for (let depth = 0; depth < 100 && !("timezone" in def); depth++) {
    def = ("unionOf" in def ? def.unionOf[0] : def.intersectionOf[0])!;
  }
  return def as PolicyDefinition;
}

/**
 * The metrics beyond firstResponse, update and resolution that some severity of the policy
 * targets (nextReply, ownership, then the timeIn metrics in policy order): each gets a column.
 */
export function extraMetrics(def: PolicyDefinition): string[] {
  const targeted = new Set(Object.values(def.severities ?? {}).flatMap((s) => Object.keys(s.targets)));
  return ["nextReply", "ownership", ...Object.keys(def.timeIn ?? {})].filter((m) => targeted.has(m));
}

const HEADINGS: Readonly<Record<string, string>> = { nextReply: "NEXT REPLY", ownership: "OWNERSHIP" };
