/**
 * A policy with overnight shifts, special hours and a closure, and what it does to deadlines.
 *
 * Run: npx tsx examples/overnight-special-hours-closure.ts
 *
 * The desk (Europe/Berlin) runs a day shift 07:00–15:00 and a night shift 22:00–06:00 on weekdays.
 * An interval belongs to the date on which it starts, so Friday's night shift runs into Saturday
 * morning, and special hours on a date replace only the shifts that *start* that date.
 */
import { businessIntervals, computeDeadline, definePolicy, explainDeadline, isBusinessTime } from "sla-clock";

const weekday = [["07:00", "15:00"], ["22:00", "06:00"]] as const;

const policy = definePolicy({
  name: "NOC desk",
  timezone: "Europe/Berlin",
  hours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
  holidays: [
    // Christmas Eve: day shift until noon only, no night shift starting that evening.
    { date: "2026-12-24", name: "Christmas Eve", hours: [["07:00", "12:00"]] },
    // A closure: removes business time in [from, to), whatever the hours say.
    { from: "2026-12-25T00:00", to: "2026-12-28T07:00", name: "Winter closure" },
    // Every New Year's Eve: a short day, no night shift.
    { annual: "12-31", name: "New Year's Eve", hours: [["07:00", "13:00"]] },
  ],
  severities: {
    critical: { targets: { firstResponse: "1h", resolution: "8h" } },
    normal: { targets: { firstResponse: "4h" } },
  },
});

const tz = policy.timezone;
const fmt = new Intl.DateTimeFormat("en-GB", { timeZone: tz, weekday: "short", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const local = (d: Date): string => fmt.format(d);

console.log(`${policy.name} (${tz})\n`);

console.log("Open or closed?");
for (const at of ["2026-12-18T23:30", "2026-12-19T05:59", "2026-12-19T06:00", "2026-12-23T16:00", "2026-12-24T03:00", "2026-12-24T23:00"]) {
  console.log(`  ${at}  ${isBusinessTime(policy, at) ? "open" : "closed"}`);
}
// Fri 23:30 open (night shift), Sat 05:59 open (Friday's shift runs into Saturday), Sat 06:00 closed,
// Wed 16:00 closed (between shifts), Thu 24th 03:00 open (Wednesday's night shift still runs),
// Thu 24th 23:00 closed (special hours replaced the night shift that would have started then).

console.log("\nBusiness time from Wed 23 Dec to Tue 29 Dec:");
for (const { start, end } of businessIntervals(policy, "2026-12-23T00:00", "2026-12-29T00:00")) {
  console.log(`  ${local(start)} → ${local(end)}`);
}

console.log("\nDeadlines:");
for (const [severity, start] of [["critical", "2026-12-24T11:30"], ["normal", "2026-12-23T14:00"], ["critical", "2026-12-31T12:30"]] as const) {
  const due = computeDeadline(policy, { severity, start })!;
  console.log(`  ${severity.padEnd(8)} opened ${start} → first response due ${local(due)}`);
}

console.log("\nWhy is the Christmas Eve critical ticket due when it is?");
const e = explainDeadline(policy, { severity: "critical", start: "2026-12-24T11:30" });
for (const s of [...e.counted.map((c) => ({ ...c, why: "counted" })), ...e.skipped.map((s) => ({ ...s, why: `skipped (${s.reason}${s.name ? `: ${s.name}` : ""})` }))].sort((a, b) => a.start.getTime() - b.start.getTime())) {
  console.log(`  ${local(s.start)} → ${local(s.end)}  ${s.why}`);
}
