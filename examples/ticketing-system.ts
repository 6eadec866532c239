/**
 * A small ticketing-system integration: pick the policy version each ticket is judged by, evaluate
 * a batch of tickets at one instant, print their SLA clocks as a table, list the breaches, and show
 * the work queue in priority order.
 *
 * Run: npx tsx examples/ticketing-system.ts
 *
 * Everything is computed at an explicit `now`; nothing reads the host clock or time zone, so the
 * output is the same on every machine.
 */
import { checkBreaches, definePolicy, evaluateTicket, explainDeadline, prioritize, presets, selectPolicy } from "sla-clock";
import type { MetricStatus, Policy, Ticket } from "sla-clock";

// --- Policies: the seed policy (v2.0, in force from 2023-08-01) and its predecessor ------------
// v2.0 states only first-response targets; this desk adds status updates for sev1/sev2 and
// resolution targets, as many teams do on top of it.
const v2 = definePolicy({
  ...structuredClone(presets.auvikSupportV2),
  severities: {
    sev1: { label: "Severity 1", targets: { firstResponse: "2h", update: "4h", resolution: { duration: "3d", clock: "calendar" } } },
    sev2: { label: "Severity 2", targets: { firstResponse: "4h", update: "8h", resolution: "40h" } },
    sev3: { label: "Severity 3", targets: { firstResponse: "24h", resolution: "80h" } },
    sev4: { label: "Severity 4", targets: { firstResponse: "24h" } },
  },
});
const v1 = definePolicy({ ...structuredClone(presets.auvikSupportV2), version: "1.0", effectiveFrom: "2020-01-01" });
const versions: Policy[] = [v1, v2];

// --- Tickets, as a ticketing system would export them (ISO strings in the desk's zone) ---------
const tickets: Ticket[] = [
  { id: "T-101", createdAt: "2026-11-27T21:30", severity: "sev1" }, // Friday night, nobody answered yet
  {
    id: "T-102", createdAt: "2026-11-30T05:00", severity: "sev1",
    events: [
      { type: "response", at: "2026-11-30T05:20" },
      { type: "update", at: "2026-11-30T10:00" }, // late: the first update was due 09:20
    ],
  },
  {
    id: "T-103", createdAt: "2026-11-28T10:00", severity: "sev2", // opened on a Saturday
    events: [
      { type: "response", at: "2026-11-30T06:30" },
      { type: "pause", at: "2026-11-30T07:00" }, // waiting on the customer
    ],
  },
  {
    id: "T-104", createdAt: "2026-11-30T08:00", severity: "sev3",
    events: [{ type: "severity", at: "2026-11-30T09:00", severity: "sev2" }], // re-triaged up
  },
  {
    id: "T-105", createdAt: "2026-11-26T15:00", severity: "sev2",
    events: [
      { type: "response", at: "2026-11-26T16:00" },
      { type: "resolve", at: "2026-11-27T11:00" },
    ],
  },
  { id: "T-106", createdAt: "2026-11-30T10:30", severity: "sev4" },
];

const now = new Date("2026-11-30T16:00:00Z"); // Monday 11:00 in Toronto

// --- Formatting (in the policy's zone, never the host's) ---------------------------------------
const local = new Intl.DateTimeFormat("en-CA", {
  timeZone: v2.timezone, weekday: "short", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});
const when = (d: Date | null) => (d === null ? "—" : local.format(d));
const hours = (ms: number) => `${ms < 0 ? "-" : ""}${(Math.abs(ms) / 3_600_000).toFixed(1)}h`;
function clock(m: MetricStatus | undefined): string {
  if (m === undefined) return "—";
  if (m.status === "met") return "met";
  if (m.status === "breached" && m.completedAt !== null) return "breached";
  const cycles = m.breaches > 0 && m.metric === "update" ? ` (${m.breaches} late)` : "";
  return `${m.status} ${hours(m.remaining)}${m.warning ? " !" : ""}${cycles}`;
}
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join("  ")).join("\n");
}

// --- Evaluate each ticket by the policy version in force when it was created --------------------
const rows = [["ticket", "policy", "sev", "state", "first response", "update", "resolution", "next deadline"]];
for (const t of tickets) {
  const p = selectPolicy(versions, t.createdAt);
  const s = evaluateTicket(p, t, now);
  rows.push([
    t.id!, p.version ?? "?", s.severity, s.state,
    clock(s.metrics.firstResponse), clock(s.metrics.update), clock(s.metrics.resolution), when(s.nextDeadline),
  ]);
}
console.log(`SLA clocks at ${when(now)} (${v2.timezone}); "!" = warning, remaining time after the status\n`);
console.log(table(rows));

// --- Breaches, for the morning report (all tickets here were created under v2.0) ---------------
console.log("\nBreaches:");
for (const b of checkBreaches(v2, tickets, now)) console.log(`  ${b.ticketId}  ${b.metric.padEnd(13)}  breached ${when(b.breachedAt)}`);

// --- The queue: overdue first, then by deadline, severity, age --------------------------------
console.log("\nWork queue:");
prioritize(v2, tickets, now).forEach((t, i) => {
  const s = evaluateTicket(v2, t, now);
  console.log(`  ${i + 1}. ${t.id}  ${s.severity}  next deadline ${when(s.nextDeadline)}${s.breached ? "  (breached)" : ""}`);
});

// --- Why is T-101 due when it is? ---------------------------------------------------------------
const why = explainDeadline(v2, { severity: "sev1", start: "2026-11-27T21:30" });
console.log(`\nT-101 first response due ${when(why.deadline)}:`);
for (const c of why.counted) console.log(`  counted  ${when(c.start)} → ${when(c.end)}`);
for (const s of why.skipped) console.log(`  skipped  ${when(s.start)} → ${when(s.end)}  ${s.reason}${s.name ? ` (${s.name})` : ""}`);

// --- Which version judges a ticket? The one in force on its creation date ----------------------
console.log(`\nA ticket created 2023-07-31 is judged by v${selectPolicy(versions, "2023-07-31T12:00").version}, one created 2023-08-01 by v${selectPolicy(versions, "2023-08-01T12:00").version}.`);
