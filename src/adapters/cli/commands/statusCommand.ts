/**
 * `sla-clock status`: the SLA state of every ticket in a file.
 *
 * @module
 */
import { checkBreaches, evaluateTicket, prioritize } from "../../../index.js";
import type { MetricStatus, Policy, Ticket, TicketStatus } from "../../../index.js";
import type { Command } from "../command.js";
import { COMMON_HELP, instantOption, optionalOption, resolveInstant } from "../command.js";
import { formatDuration } from "../formatDuration.js";
import { formatLocal } from "../formatInstant.js";
import { formatTable } from "../formatTable.js";
import { loadPolicy } from "../loadPolicy.js";
import { readTickets } from "../readTickets.js";
import { jsonText } from "../toJsonValue.js";

/** The `status` command. */
export const statusCommand: Command = {
  name: "status",
  summary: "SLA status of every ticket in a JSON or CSV file",
  help: `Usage: sla-clock status TICKETS [--now INSTANT] [--prioritize] [--policy FILE] [--json]

Evaluates every ticket of TICKETS (a file, or - for standard input) as of --now (default: the
current time) and prints one row per ticket: severity, state (with the ticket's status when the
policy has statuses), next deadline and each metric (nextReply, ownership with its group, and the
policy's timeIn metrics get a column when some severity targets them).

TICKETS is JSON or CSV (by extension; otherwise text starting with [ is JSON):
  JSON  an array of tickets: [{"id":"T-1","createdAt":"2026-11-27T21:30","severity":"sev1",
        "events":[{"type":"response","at":"2026-11-30T05:00"}]}]
  CSV   a header row naming the columns, in any order:
          id,createdAt,severity,respondedAt,resolvedAt,events
        createdAt and severity are required; respondedAt / resolvedAt add a response / resolve
        event; events is a JSON array of further events (quote the cell, double inner quotes).
        RFC 4180: quoted cells may hold commas, quotes ("") and line breaks; CRLF or LF.
Instants without an offset are wall clock in the policy's zone.

  --now INSTANT   evaluate as of this instant (default: now)
  --prioritize    list tickets in work order (earliest deadline first) instead of file order

${COMMON_HELP}

Exit 0 even when tickets are breached (see "breached" in --json, or the BREACHED cells).`,
  options: { now: { type: "string" }, prioritize: { type: "boolean" } },
  positionals: { min: 1, max: 1, name: "TICKETS" },
  run({ io, values, positionals }) {
    const { policy, label } = loadPolicy(io, optionalOption(values, "policy"));
    const tickets = readTickets(io, positionals[0]!);
    const nowText = optionalOption(values, "now");
    const now = resolveInstant(policy, nowText === undefined ? io.now() : instantOption(io, nowText));
    const order = values.prioritize === true ? workOrder(policy, tickets, now) : tickets.map((_, i) => i);
    const statuses = order.map((i) => evaluateTicket(policy, tickets[i]!, now));
    if (values.json === true) {
      io.stdout(jsonText({ now, timezone: policy.timezone, tickets: statuses, breaches: checkBreaches(policy, tickets, now) }, policy.timezone));
      return 0;
    }
    io.stdout(renderStatusTable(policy, label, now, order, statuses));
    return 0;
  },
};

/** Indices of `tickets` in the order `prioritize` puts them. */
function workOrder(policy: Policy, tickets: ReadonlyArray<Ticket>, now: Date): number[] {
  const sorted = prioritize(policy, [...tickets], now);
  const seen = new Set<number>();
  const order = sorted.map((t) => tickets.indexOf(t)).filter((i) => i >= 0 && !seen.has(i) && seen.add(i));
  return order.length === tickets.length ? order : tickets.map((_, i) => i);
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
      return `paused, ${formatDuration(m.remaining)} left`;
    default:
      return `${formatDuration(m.remaining)} left${m.warning ? " (warning)" : ""}`;
  }
}

/**
 * The metrics beyond firstResponse, update and resolution that some severity of the policy
 * targets (nextReply, ownership, then the timeIn metrics in policy order): each gets a column.
 */
function extraMetrics(policy: Policy): string[] {
  const def = policy.definition;
  const targeted = new Set(Object.values(def.severities ?? {}).flatMap((s) => Object.keys(s.targets)));
  return ["nextReply", "ownership", ...Object.keys(def.timeIn ?? {})].filter((m) => targeted.has(m));
}

const HEADINGS: Readonly<Record<string, string>> = { nextReply: "NEXT REPLY", ownership: "OWNERSHIP" };

/** The human table of `status`. */
export function renderStatusTable(policy: Policy, label: string, now: Date, order: ReadonlyArray<number>, statuses: ReadonlyArray<TicketStatus>): string {
  const tz = policy.timezone;
  const extra = extraMetrics(policy);
  const withStatus = policy.definition.statuses !== undefined;
  const rows = statuses.map((s, i) => [
    s.id ?? `#${order[i]}`,
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
  ]);
  const breached = statuses.filter((s) => s.breached).length;
  const warning = statuses.filter((s) => s.warning).length;
  return [
    `status as of ${formatLocal(now, tz)} (${tz}) · policy: ${label}`,
    "",
    formatTable(["TICKET", "SEV", "STATE", "NEXT DEADLINE", "FIRST RESPONSE", "UPDATE", "RESOLUTION", ...extra.map((m) => HEADINGS[m] ?? m)], rows),
    "",
    `${statuses.length} ticket${statuses.length === 1 ? "" : "s"}, ${breached} breached, ${warning} warning`,
  ].join("\n");
}
