/**
 * A helpdesk that keys its SLA clocks to its statuses, the way Zendesk or Jira Service Management
 * admins configure them: "pending" (waiting on the customer) stops every clock, "on-hold" (waiting
 * on a third party) stops only resolution and agent work, "solved" resolves. Customers' messages
 * start next-reply clocks; agent work time counts only while the ticket is New or Open; tickets
 * move between support tiers (group SLAs); escalation levels at 50 / 75 / 90 %.
 *
 * Run: npx tsx examples/helpdesk-statuses.ts
 *
 * Everything is computed at an explicit `now`, so the output is the same on every machine.
 */
import { checkBreaches, definePolicy, evaluateTicket, presets } from "sla-clock";
import type { MetricStatus, Ticket } from "sla-clock";

const helpdesk = definePolicy({
  ...structuredClone(presets.auvikSupportV2), // Mon–Fri 04:00–22:00 America/Toronto, Ontario holidays
  statuses: {
    new: {},
    open: {},
    pending: { pauses: true },
    "on-hold": { pauses: ["resolution", "agentWork"] },
    solved: { resolves: true },
  },
  timeIn: { agentWork: ["new", "open"], requesterWait: ["new", "open", "on-hold"] },
  warnAt: [0.5, 0.75, 0.9],
  severities: {
    sev1: { targets: { firstResponse: "2h", nextReply: "1h", agentWork: "8h", ownership: "3h", resolution: "24h" } },
    sev2: { targets: { firstResponse: "4h", nextReply: "4h", requesterWait: "16h", resolution: { businessDays: 2, at: "17:00" } } },
  },
});

// The helpdesk's tickets with their histories (wall clock in the desk's zone).
const tickets: Ticket[] = [
  {
    id: "HD-101",
    createdAt: "2026-11-30T08:00",
    severity: "sev1",
    group: "tier-1",
    events: [
      { type: "status", at: "2026-11-30T08:20", status: "open" },
      { type: "response", at: "2026-11-30T08:25" },
      { type: "status", at: "2026-11-30T08:30", status: "pending" }, // asked the customer for logs
      { type: "customerReply", at: "2026-11-30T09:30" }, // …which arrive an hour later
      { type: "status", at: "2026-11-30T09:30", status: "open" },
      { type: "assign", at: "2026-11-30T10:00", group: "tier-2" },
      { type: "customerReply", at: "2026-11-30T10:15" }, // "any news?" — the 09:30 message is still unanswered
    ],
  },
  {
    id: "HD-102",
    createdAt: "2026-11-27T15:00", // Friday afternoon
    severity: "sev2",
    events: [
      { type: "response", at: "2026-11-27T16:00" },
      { type: "status", at: "2026-11-27T16:00", status: "on-hold" }, // waiting on the vendor
      { type: "status", at: "2026-11-30T09:00", status: "open" },
    ],
  },
  {
    id: "HD-103",
    createdAt: "2026-11-30T07:00",
    severity: "sev2",
    events: [
      { type: "response", at: "2026-11-30T07:30" },
      { type: "status", at: "2026-11-30T09:00", status: "solved" },
    ],
  },
];

const now = "2026-11-30T11:00"; // Monday
const hours = (ms: number) => `${(ms / 3_600_000).toFixed(2)} h`;
const local = (d: Date | null) =>
  d === null ? "-" : d.toLocaleString("en-CA", { timeZone: helpdesk.timezone, weekday: "short", hour: "2-digit", minute: "2-digit", hour12: false });

function describe(m: MetricStatus): string {
  const levels = m.thresholds.map((t) => `${t.fraction * 100}%${t.reached ? "✓" : ""}`).join(" ");
  const group = m.group === undefined ? "" : ` [${m.group}]`;
  return `${m.metric.padEnd(14)}${group.padEnd(10)} ${m.status.padEnd(8)} used ${hours(m.elapsed)} of ${hours(m.target)} (waited ${hours(m.calendarElapsed)}), due ${local(m.deadline)}, levels ${levels}${m.breaches > 0 ? `, breaches ${m.breaches}` : ""}`;
}

for (const t of tickets) {
  const s = evaluateTicket(helpdesk, t, now);
  console.log(`${t.id} ${s.severity} — ${s.state}, status "${s.status}", next change ${local(s.nextChangeAt)}`);
  for (const m of Object.values(s.metrics)) console.log(`  ${describe(m!)}`);
}

console.log("\nBreaches:");
for (const b of checkBreaches(helpdesk, tickets, now)) console.log(`  ${b.ticketId} ${b.metric} at ${local(b.breachedAt)}`);
