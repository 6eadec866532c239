/**
 * Follow-the-sun: a global support desk that is the union of three regional desks, each with its
 * own zone, hours and public holidays — and the intersection of two of them for joint escalations.
 *
 * Run: npx tsx examples/follow-the-sun.ts
 *
 * Sydney (AU-NSW), Berlin (DE-BE) and Toronto (CA-ON) each work Mon–Fri 09:00–17:00 local time.
 * A sev1 ticket opened on Friday afternoon in Toronto is counted by Toronto until it closes, then by
 * Sydney's Monday morning, then by Berlin's — not left waiting for Toronto's Monday (2026-05-18,
 * a public holiday in Ontario). Every time printed below is computed by sla-clock when the example runs.
 */
import { businessIntervals, businessTimeBetween, definePolicy, explainDeadline, intersectionOf, isBusinessTime, unionOf } from "sla-clock";
import type { Policy, PolicyDefinition } from "sla-clock";

const weekdays = Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [["09:00", "17:00"]] as [string, string][]]));

const regions: Record<string, PolicyDefinition> = {
  Sydney: { timezone: "Australia/Sydney", hours: weekdays, holidays: [{ region: "AU-NSW" }] },
  Berlin: { timezone: "Europe/Berlin", hours: weekdays, holidays: [{ region: "DE-BE" }] },
  Toronto: {
    timezone: "America/Toronto",
    hours: weekdays,
    holidays: [{ region: "CA-ON" }],
    // The first part's severities and warnAt are the desk's: here Toronto's, where tickets are logged.
    severities: { sev1: { targets: { firstResponse: "1h", resolution: "16h" } }, sev2: { targets: { firstResponse: "4h" } } },
  },
};
const parts: Record<string, Policy> = Object.fromEntries(Object.entries(regions).map(([name, def]) => [name, definePolicy(def)]));

// The desk: open whenever any region is open. The first part (Toronto) gives the zone, so
// offset-less times below are Toronto wall clock, and the severities.
const desk = unionOf(regions.Toronto!, regions.Sydney!, regions.Berlin!);
// The same desk as JSON, as a CLI --policy file or a spreadsheet policy cell would give it:
const fromJson = definePolicy(JSON.parse(JSON.stringify({ unionOf: [regions.Toronto, regions.Sydney, regions.Berlin] })));

const utc = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ") + "Z";
const local = (d: Date, zone: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: zone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d);
const whoIsOpen = (d: Date) => Object.keys(parts).filter((name) => isBusinessTime(parts[name]!, d)).join(" + ") || "nobody";
const hours = (ms: number) => `${(ms / 3_600_000).toFixed(2).replace(/\.?0+$/, "")} h`;

const start = "2026-05-15T16:30"; // Friday 16:30 in Toronto
const e = explainDeadline(desk, { severity: "sev1", metric: "resolution", start });
console.log(`sev1 opened ${start} Toronto; resolution target 16 business hours of the desk`);
console.log(`  due ${utc(e.deadline)} = ${local(e.deadline, "Europe/Berlin")} Berlin = ${local(e.deadline, "America/Toronto")} Toronto`);
const alone = explainDeadline(parts.Toronto!, { severity: "sev1", metric: "resolution", start });
const holidays = alone.skipped.filter((s) => s.reason === "holiday").map((s) => s.name ?? "a holiday");
console.log(`  (Toronto alone: due ${utc(alone.deadline)}, after skipping ${holidays.join(", ") || "no holiday"})`);
console.log("  counted, split where the regions on duty change:");
for (const c of e.counted) {
  // the instants inside the counted segment where some region opens or closes
  const cuts = new Set([c.start.getTime(), c.end.getTime()]);
  for (const part of Object.values(parts)) {
    for (const i of businessIntervals(part, c.start, c.end)) cuts.add(i.start.getTime()).add(i.end.getTime());
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [new Date(points[k]!), new Date(points[k + 1]!)];
    console.log(`    ${utc(a)} → ${utc(b)}  ${hours(b.getTime() - a.getTime()).padStart(6)}  on duty: ${whoIsOpen(a)}`);
  }
}
console.log("  skipped:");
for (const s of e.skipped) console.log(`    ${utc(s.start)} → ${utc(s.end)}  ${s.reason}${s.name === undefined ? "" : ` (${s.name})`}`);
console.log(`  the JSON form agrees: ${explainDeadline(fromJson, { severity: "sev1", metric: "resolution", start }).deadline.getTime() === e.deadline.getTime()}`);

// Joint escalations need Berlin and Toronto on the call at once: the intersection.
const joint = intersectionOf(regions.Berlin!, regions.Toronto!);
console.log("\nBerlin and Toronto both open, week of 2026-05-18 (Berlin wall clock):");
for (const span of businessIntervals(joint, "2026-05-18T00:00+02:00", "2026-05-23T00:00+02:00")) {
  console.log(`  ${local(span.start, "Europe/Berlin")} → ${local(span.end, "Europe/Berlin")}  (${hours(span.end.getTime() - span.start.getTime())})`);
}
console.log(`  total ${hours(businessTimeBetween(joint, "2026-05-18T00:00+02:00", "2026-05-23T00:00+02:00"))}; Toronto open on Monday 2026-05-18 at noon: ${isBusinessTime(parts.Toronto!, "2026-05-18T12:00-04:00")}`);
