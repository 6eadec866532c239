/**
 * A scheduler that never polls: it evaluates each ticket once, sleeps until the earliest
 * `nextChangeAt` in its queue, wakes exactly when some clock reaches an escalation level or breaches,
 * notifies, and goes back to sleep. The clock is simulated (the loop jumps from one instant to the
 * next), so a whole working week runs in moments — in production the same loop would sleep with a
 * timer and re-evaluate a ticket whenever its events change.
 *
 * Run: npx tsx examples/sla-scheduler.ts
 */
import { definePolicy, evaluateTicket, presets } from "sla-clock";
import type { Ticket, TicketStatus } from "sla-clock";

const policy = definePolicy({
  ...structuredClone(presets.auvikSupportV2), // Mon–Fri 04:00–22:00 America/Toronto, Ontario holidays
  warnAt: [0.5, 0.75, 1], // notify at 50 %, 75 % and 100 % of each target (ServiceNow style)
  severities: {
    sev1: { targets: { firstResponse: "2h", resolution: "16h" } },
    sev2: { targets: { firstResponse: "4h", resolution: { businessDays: 2, at: "17:00" } } },
  },
});

// Instants with their offset (EST), so that the loop can also wake at each event with Date.parse.
const tickets: Ticket[] = [
  { id: "A", createdAt: "2026-11-27T20:00-05:00", severity: "sev1", events: [{ type: "response", at: "2026-11-30T04:45-05:00" }] },
  { id: "B", createdAt: "2026-11-30T09:00-05:00", severity: "sev2" },
  {
    id: "C",
    createdAt: "2026-11-30T10:00-05:00",
    severity: "sev1",
    events: [
      { type: "response", at: "2026-11-30T10:20-05:00" },
      { type: "resolve", at: "2026-11-30T15:00-05:00" },
    ],
  },
];

const local = (t: number) =>
  new Date(t).toLocaleString("en-CA", { timeZone: policy.timezone, weekday: "short", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", fractionalSecondDigits: 3, hour12: false });

/**
 * What a notification would say: every threshold reached and every breach, per metric. A breach
 * shows one millisecond after the 100 % level: breached means elapsed > target.
 */
function levels(s: TicketStatus): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of Object.values(s.metrics)) {
    const reached = m!.thresholds.filter((t) => t.reached).map((t) => `${t.fraction * 100}%`);
    out.set(m!.metric, `${reached.join(" ") || "-"}${m!.status === "breached" ? " BREACHED" : ""}${m!.completedAt !== null ? ` (${m!.status})` : ""}`);
  }
  return out;
}

let now = Date.parse("2026-11-27T20:00:00-05:00"); // Friday 20:00
const end = Date.parse("2026-12-05T00:00:00-05:00"); // the simulated week ends Saturday
const seen = new Map<string, Map<string, string>>();
let wakeUps = 0;

while (now < end) {
  wakeUps++;
  let next = Number.POSITIVE_INFINITY;
  for (const t of tickets) {
    const s = evaluateTicket(policy, t, now);
    const before = seen.get(t.id!);
    const after = levels(s);
    for (const [metric, text] of after) {
      if (before?.get(metric) !== text) console.log(`${local(now)}  ${t.id} ${metric.padEnd(13)} ${text}`);
    }
    seen.set(t.id!, after);
    if (s.nextChangeAt !== null) next = Math.min(next, s.nextChangeAt.getTime());
    // A ticket's events can also change it: wake at its next event too.
    for (const e of t.events ?? []) {
      const at = Date.parse(e.at as string);
      if (at > now) next = Math.min(next, at);
    }
  }
  if (next === Number.POSITIVE_INFINITY) break;
  now = next; // "sleep" until then
}
console.log(`\n${wakeUps} wake-ups for the whole week; nothing was polled in between.`);
