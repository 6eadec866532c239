/**
 * `sla-clock demo`: the main job on the built-in policy, for a handful of sample tickets.
 *
 * @module
 */
import { InputError, SlaClockError, computeDeadline, definePolicy, evaluateTicket, explainTicket, presets, prioritize } from "../../../index.js";
import type { MetricStatus, Policy, Ticket } from "../../../index.js";
import type { Command } from "../command.js";
import { COMMON_HELP_BUT_POLICY, instantOption, optionalOption, resolveInstant } from "../command.js";
import { formatDuration } from "../formatDuration.js";
import { formatLocal } from "../formatInstant.js";
import { formatTable } from "../formatTable.js";
import { DEFAULT_PRESET, loadPolicy } from "../loadPolicy.js";
import { jsonText } from "../toJsonValue.js";
import { metricCell } from "../statusRows.js";

/** The fixed "now" of the demo: Tuesday after Thanksgiving (Mon 2026-10-12, an Ontario holiday), 10:00 Toronto. */
export const DEMO_NOW = "2026-10-13T10:00";

/**
 * Sample tickets. `rank` picks the severity: the policy's `rank`-th most severe key (0 = the most
 * severe; the policy's least severe key when it has fewer), so the demo runs on any policy, whatever
 * its severities are called. On the built-in policy ranks 0–3 are sev1–sev4. Instants are wall
 * clock in the policy's zone.
 */
export const DEMO_TICKETS: ReadonlyArray<Omit<Ticket, "severity"> & { id: string; rank: number }> = [
  { id: "T-106", rank: 3, createdAt: "2026-10-08T16:00", events: [{ type: "response", at: "2026-10-09T18:00" }] },
  { id: "T-101", rank: 0, createdAt: "2026-10-09T21:30", events: [{ type: "response", at: "2026-10-13T05:10" }] },
  { id: "T-102", rank: 1, createdAt: "2026-10-10T10:00" }, // a Saturday
  { id: "T-103", rank: 2, createdAt: "2026-10-12T09:00" }, // Thanksgiving
  { id: "T-104", rank: 1, createdAt: "2026-10-13T06:30" },
  { id: "T-105", rank: 0, createdAt: "2026-10-13T09:15" },
];

/** The demo's tickets with the severities of `policy` (see {@link DEMO_TICKETS}). */
export function demoTickets(policy: Policy): Ticket[] {
  const keys = policy.severities;
  if (keys.length === 0) throw new InputError("the policy has no severities; the demo needs at least one");
  return DEMO_TICKETS.map(({ rank, ...t }) => ({ ...t, severity: keys[Math.min(rank, keys.length - 1)]! }));
}

/**
 * The WHY cell of the demo for one ticket's first-response clock, computed from its evaluation
 * (`m`, at `now`) and from `explainTicket` (the clock's spans from `createdAt` to its response or
 * `now`): how much of the target was used, when the clock started if not at the opening, and what
 * it did not count in that time (closed hours, holidays by name, maintenance, pauses), after the
 * deadline too.
 *
 * @example
 * // Saturday sev2 (4h target), evaluated Tue 10:00:
 * demoWhy(policy, ticket, status.metrics.firstResponse, now);
 * //=> "no response: 6h counted against the 4h target; clock started Tue 04:00 (not counted: 48h closed, Thanksgiving)"
 */
export function demoWhy(policy: Policy, ticket: Ticket, m: MetricStatus | undefined, now: Date): string {
  if (m === undefined) return `severity ${ticket.severity} has no first-response target`;
  const used = `${formatDuration(m.elapsed)} counted against the ${formatDuration(m.target)} target`;
  let why: string;
  if (m.completedAt !== null) why = `responded ${m.status === "breached" ? "late" : "in time"}: ${used}`;
  else if (m.status === "breached") why = `no response: ${used}`;
  else if (m.status === "paused") why = `clock paused: ${used}`;
  else why = `${Math.floor(m.percentUsed)}% used: ${used}${m.warning ? ", past the warning threshold" : ""}`;

  // the first-response clock from createdAt to its response or `now`, span by span
  const spans = explainTicket(policy, ticket, now).metrics["firstResponse"]?.spans ?? [];
  const start = resolveInstant(policy, ticket.createdAt).getTime();
  const firstCounted = spans.find((s) => s.kind === "counted")?.start.getTime();
  if (firstCounted !== undefined && firstCounted > start) why += `; clock started ${formatShort(firstCounted, policy.timezone)}`;
  let closed = 0;
  let maintenance = 0;
  let paused = 0;
  const holidays: string[] = [];
  for (const s of spans) {
    const length = s.end.getTime() - s.start.getTime();
    if (s.kind === "closed") closed += length;
    else if (s.kind === "maintenance") maintenance += length;
    else if (s.kind === "paused") paused += length;
    else if (s.kind === "holiday") {
      const name = s.name ?? "holiday";
      if (!holidays.includes(name)) holidays.push(name);
    }
  }
  const skipped = [
    closed > 0 ? `${formatDuration(closed)} closed` : "",
    ...holidays,
    maintenance > 0 ? `${formatDuration(maintenance)} maintenance` : "",
    paused > 0 ? `${formatDuration(paused)} paused` : "",
  ].filter((x) => x !== "");
  if (skipped.length > 0) why += ` (not counted: ${skipped.join(", ")})`;
  return why;
}

/** `"Tue 04:00"`: weekday and time in `timezone` (the full date is in the table beside it). */
function formatShort(t: number, timezone: string): string {
  const full = formatLocal(new Date(t), timezone); // "Tue 2026-10-13 04:00"
  return `${full.slice(0, 3)} ${full.slice(-5)}`;
}

/** The `demo` command. */
export const demoCommand: Command = {
  name: "demo",
  summary: "deadlines and statuses of sample tickets on the built-in policy",
  help: `Usage: sla-clock demo [--now INSTANT] [--policy FILE] [--json]

Runs the main job on sample tickets: a Friday-evening sev1, a Saturday sev2, a ticket opened on
Thanksgiving (an Ontario holiday), and a few more, with their first-response deadlines and their
status as of a fixed instant (${DEMO_NOW} in the policy's zone, so the output never changes),
then the order in which to work on them. The WHY column is computed from each evaluation: the
business time counted against the target, when the clock started, and what it did not count.

  --now INSTANT   evaluate as of another instant (e.g. "now")
  --policy FILE   run on your policy (JSON; default: the built-in preset): the tickets take its
                  severities, most severe first

${COMMON_HELP_BUT_POLICY}`,
  options: { now: { type: "string" } },
  positionals: { min: 0, max: 0 },
  run({ io, values }) {
    const path = optionalOption(values, "policy");
    const { policy, label } = path === undefined ? { policy: definePolicy(presets[DEFAULT_PRESET]), label: `preset ${DEFAULT_PRESET}` } : loadPolicy(io, path);
    const tz = policy.timezone;
    const now = resolveInstant(policy, instantOption(io, optionalOption(values, "now") ?? DEMO_NOW));
    const tickets = demoTickets(policy);
    const rows = tickets.map((t) => {
      // the first response, once it has happened as of --now (a later one is not shown yet)
      const response = t.events?.find((e) => e.type === "response");
      const at = response === undefined ? null : resolveInstant(policy, response.at);
      const responded = at !== null && at.getTime() <= now.getTime() ? at : null;
      try {
        const status = evaluateTicket(policy, t, now);
        const due = computeDeadline(policy, { severity: t.severity, start: t.createdAt });
        return { ticket: t, why: demoWhy(policy, t, status.metrics.firstResponse, now), status, due, responded };
      } catch (e) {
        // A policy the demo's tickets cannot be judged on (a target longer than 100 years, no
        // business hours): say so in the row, in the library's words without its parameter name,
        // nor the ticket's name (`ticket "T-1": `), which the row already shows.
        if (!(e instanceof SlaClockError)) throw e;
        const words = e.message.replace(/^ticket(?: "(?:[^"\\]|\\.)*")?: /, "").replace(/^[\w.[\]]+: /, "");
        return { ticket: t, why: `not evaluated: ${words}`, status: null, due: null, responded };
      }
    });
    const judged = rows.filter((r) => r.status !== null && r.status.nextDeadline !== null).map((r) => r.ticket);
    const queue = prioritize(policy, judged, now).map((t) => t.id);
    if (values.json === true) {
      io.stdout(
        jsonText(
          {
            policy: label,
            timezone: tz,
            now,
            tickets: rows.map((r) => ({ id: r.ticket.id, severity: r.ticket.severity, createdAt: resolveInstant(policy, r.ticket.createdAt), firstResponseDue: r.due, respondedAt: r.responded, status: r.status, why: r.why })),
            queue,
          },
          tz,
        ),
      );
      return 0;
    }
    const p = policy; // its id, name and version (those of the definition)
    io.stdout(
      [
        `sla-clock demo · ${p.name ?? p.id ?? label}${p.version === undefined ? "" : ` v${p.version}`} (${tz}) · status as of ${formatLocal(now, tz)}`,
        "",
        formatTable(
          ["TICKET", "SEV", "OPENED", "FIRST RESPONSE DUE", "RESPONDED", "STATUS", "WHY"],
          rows.map((r) => [
            r.ticket.id ?? "",
            r.ticket.severity,
            formatLocal(resolveInstant(policy, r.ticket.createdAt), tz),
            r.due === null ? "-" : formatLocal(r.due, tz),
            r.responded === null ? "-" : formatLocal(r.responded, tz),
            r.status === null ? "-" : metricCell(r.status.metrics.firstResponse),
            r.why,
          ]),
        ),
        "",
        `Work next (earliest deadline first): ${queue.join(", ") || (rows.every((r) => r.status === null) ? "(no ticket could be evaluated on this policy)" : "(nothing open)")}`,
        `Try: sla-clock explain --severity ${policy.severities[0]} --at 2026-10-09T21:30${path === undefined ? "" : ` --policy ${path}`}`,
      ].join("\n"),
    );
    return 0;
  },
};
