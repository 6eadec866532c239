/**
 * `sla-clock demo`: the main job on the built-in policy, for a handful of sample tickets.
 *
 * @module
 */
import { computeDeadline, definePolicy, evaluateTicket, presets, prioritize } from "../../../index.js";
import type { Ticket } from "../../../index.js";
import type { Command } from "../command.js";
import { COMMON_HELP, instantOption, optionalOption, resolveInstant } from "../command.js";
import { formatLocal } from "../formatInstant.js";
import { formatTable } from "../formatTable.js";
import { DEFAULT_PRESET, loadPolicy } from "../loadPolicy.js";
import { jsonText } from "../toJsonValue.js";
import { metricCell } from "./statusCommand.js";

/** The fixed "now" of the demo: Tuesday after Thanksgiving (Mon 2026-10-12, an Ontario holiday), 10:00 Toronto. */
export const DEMO_NOW = "2026-10-13T10:00";

/** Sample tickets, with a note on what each shows. Instants are wall clock in the policy's zone. */
export const DEMO_TICKETS: ReadonlyArray<Ticket & { note: string }> = [
  { id: "T-106", severity: "sev4", createdAt: "2026-10-08T16:00", events: [{ type: "response", at: "2026-10-09T18:00" }], note: "Thu 16:00 + 24 business hours = Fri 22:00 (the close)" },
  { id: "T-101", severity: "sev1", createdAt: "2026-10-09T21:30", events: [{ type: "response", at: "2026-10-13T05:10" }], note: "Friday evening: 30m on Fri, then weekend and Thanksgiving skipped" },
  { id: "T-102", severity: "sev2", createdAt: "2026-10-10T10:00", note: "opened on a Saturday: the clock starts Tue 04:00" },
  { id: "T-103", severity: "sev3", createdAt: "2026-10-12T09:00", note: "opened on Thanksgiving (holiday): counts from Tue 04:00" },
  { id: "T-104", severity: "sev2", createdAt: "2026-10-13T06:30", note: "over 75% of the target used: warning" },
  { id: "T-105", severity: "sev1", createdAt: "2026-10-13T09:15", note: "" },
];

/** The `demo` command. */
export const demoCommand: Command = {
  name: "demo",
  summary: "deadlines and statuses of sample tickets on the built-in policy",
  help: `Usage: sla-clock demo [--now INSTANT] [--policy FILE] [--json]

Runs the main job on sample tickets: a Friday-evening sev1, a Saturday sev2, a ticket opened on
Thanksgiving (an Ontario holiday), and a few more, with their first-response deadlines and their
status as of a fixed instant (${DEMO_NOW} in the policy's zone, so the output never changes),
then the order in which to work on them.

  --now INSTANT   evaluate as of another instant (e.g. "now")

${COMMON_HELP}`,
  options: { now: { type: "string" } },
  positionals: { min: 0, max: 0 },
  run({ io, values }) {
    const path = optionalOption(values, "policy");
    const { policy, label } = path === undefined ? { policy: definePolicy(presets[DEFAULT_PRESET]), label: `preset ${DEFAULT_PRESET}` } : loadPolicy(io, path);
    const tz = policy.timezone;
    const now = resolveInstant(policy, instantOption(io, optionalOption(values, "now") ?? DEMO_NOW));
    const tickets: Ticket[] = DEMO_TICKETS.map(({ note: _note, ...t }) => t);
    const rows = tickets.map((t, i) => {
      const status = evaluateTicket(policy, t, now);
      const due = computeDeadline(policy, { severity: t.severity, start: t.createdAt });
      const responded = t.events?.find((e) => e.type === "response");
      return { ticket: t, note: DEMO_TICKETS[i]!.note, status, due, responded: responded === undefined ? null : resolveInstant(policy, responded.at) };
    });
    const queue = prioritize(policy, tickets, now).filter((t) => evaluateTicket(policy, t, now).nextDeadline !== null).map((t) => t.id);
    if (values.json === true) {
      io.stdout(
        jsonText(
          {
            policy: label,
            timezone: tz,
            now,
            tickets: rows.map((r) => ({ id: r.ticket.id, severity: r.ticket.severity, createdAt: resolveInstant(policy, r.ticket.createdAt), firstResponseDue: r.due, respondedAt: r.responded, status: r.status })),
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
            metricCell(r.status.metrics.firstResponse),
            r.note,
          ]),
        ),
        "",
        `Work next (earliest deadline first): ${queue.join(", ") || "(nothing open)"}`,
        `Try: sla-clock explain --severity sev1 --at 2026-10-09T21:30`,
      ].join("\n"),
    );
    return 0;
  },
};
