/**
 * Maintenance windows that pause SLA clocks, compared with windows that only count for
 * availability (the default).
 *
 * Run: npx tsx examples/maintenance-pauses-clocks.ts
 *
 * A 24x7 hosted service with a weekly Sunday 02:00–04:00 window and a one-off upgrade window.
 * With `pausesClocks: true` the SLA clocks stop inside the windows (the service is down on
 * purpose); with `false` the windows matter only to `availability`.
 *
 * Note 2026-03-08: New York springs forward at 02:00, so that Sunday's 02:00–04:00 window is
 * 03:00–04:00 EDT — one hour — and a p1 opened at 01:00 is due 06:00 (not pausing) or 07:00.
 */
import { availability, computeDeadline, definePolicy, evaluateTicket, isBusinessTime } from "sla-clock";

const definition = (pausesClocks: boolean) => ({
  name: `Hosting (windows ${pausesClocks ? "pause" : "do not pause"} clocks)`,
  timezone: "America/New_York",
  hours: "24x7" as const,
  maintenance: {
    windows: [
      { weekly: ["sun" as const], from: "02:00", to: "04:00", name: "Weekly patching" },
      { start: "2026-03-14T22:00", end: "2026-03-15T01:00", name: "Database upgrade" },
    ],
    pausesClocks,
  },
  severities: {
    p1: { targets: { firstResponse: "30m", resolution: { duration: "4h", clock: "calendar" as const } } },
    p2: { targets: { firstResponse: "2h", resolution: { duration: "1d", clock: "calendar" as const, pausable: true } } },
  },
});

const pausing = definePolicy(definition(true));
const counting = definePolicy(definition(false));
const fmt = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York", dateStyle: "short", timeStyle: "short", hourCycle: "h23" });

for (const policy of [counting, pausing]) {
  console.log(`\n${policy.name}`);
  console.log(`  open Sun 2026-03-08 03:00? ${isBusinessTime(policy, "2026-03-08T03:00")}`);
  for (const [severity, metric, start] of [["p1", "resolution", "2026-03-08T01:00"], ["p1", "firstResponse", "2026-03-14T21:45"], ["p2", "resolution", "2026-03-14T12:00"]] as const) {
    const due = computeDeadline(policy, { severity, metric, start })!;
    console.log(`  ${severity} ${metric.padEnd(13)} from ${start} → due ${fmt.format(due)}`);
  }
  // A ticket waiting on the customer for 20 minutes; evaluated just after the upgrade window.
  const status = evaluateTicket(
    policy,
    { id: "INC-7", createdAt: "2026-03-14T21:00", severity: "p1", events: [{ type: "response", at: "2026-03-14T21:20" }, { type: "pause", at: "2026-03-14T21:30" }, { type: "resume", at: "2026-03-14T21:50" }] },
    "2026-03-15T01:30",
  );
  const r = status.metrics.resolution!;
  console.log(`  INC-7 resolution at 01:30: ${r.status}, elapsed ${(r.elapsed / 3_600_000).toFixed(2)} h of ${r.target / 3_600_000} h`);
}

// Availability is the same either way: maintenance is excluded from the denominator.
const report = availability(pausing, {
  from: "2026-03-01T00:00",
  to: "2026-04-01T00:00",
  outages: [{ start: "2026-03-08T03:30", end: "2026-03-08T05:00" }, { start: "2026-03-20T10:00", end: "2026-03-20T10:45" }],
});
console.log(`\nMarch availability: ${(report.availability * 100).toFixed(3)} % (downtime ${report.downtime / 60_000} min outside ${report.maintenance / 60_000} min of maintenance)`);
