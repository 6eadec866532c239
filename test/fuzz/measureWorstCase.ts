/**
 * Measures the cost of the largest policies the limits allow (docs/reliability.md, "Threat notes
 * and limits"). Not a test: run it on demand, it takes one to two minutes.
 *
 *   npx tsx test/fuzz/measureWorstCase.ts            # hours, holidays, maintenance at their limits
 *   npx tsx test/fuzz/measureWorstCase.ts regions    # + the 10 slowest date-holidays regions
 */
import Holidays from "date-holidays";
import * as sla from "../../src/index.js";
import { POLICY_LIMITS } from "../../src/policy/policyLimits.js";

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, "0");
const rows: string[] = [];

function time(what: string, f: () => unknown): void {
  const t0 = performance.now();
  let outcome: string;
  try {
    const r = f();
    outcome = Array.isArray(r) ? `${r.length} items` : r instanceof Date ? r.toISOString() : typeof r === "object" ? "object" : String(r);
  } catch (e) {
    outcome = (e as Error).name;
  }
  const ms = performance.now() - t0;
  rows.push(`${what.padEnd(58)} ${ms.toFixed(0).padStart(7)} ms  ${outcome}`);
  console.log(rows[rows.length - 1]);
}

/** 48 intervals a day: 15 minutes open, 15 closed. */
const day48 = Array.from({ length: POLICY_LIMITS.intervalsPerDay }, (_, i) => [`${pad(Math.floor(i / 2))}:${i % 2 ? "30" : "00"}`, `${pad(Math.floor(i / 2))}:${i % 2 ? "45" : "15"}`]);
const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

function worstDefinition(): object {
  const holidays: object[] = [];
  for (let i = 0; i < POLICY_LIMITS.holidays; i++) {
    const date = new Date(Date.UTC(2026, 0, 1) + i * 3 * DAY).toISOString().slice(0, 10);
    holidays.push(i % 2 ? { date, hours: day48 } : { date });
  }
  const weekly = Array.from({ length: POLICY_LIMITS.maintenanceWindowsPerWeekday }, (_, i) => ({
    weekly: weekdays,
    from: `${pad(Math.floor(i / 2))}:${i % 2 ? "40" : "10"}`,
    to: `${pad(Math.floor(i / 2))}:${i % 2 ? "50" : "20"}`,
  }));
  const oneOff = Array.from({ length: POLICY_LIMITS.maintenanceWindows - weekly.length }, (_, i) => {
    const start = Date.UTC(2026, 0, 1) + i * 37 * DAY;
    return { start: new Date(start).toISOString().slice(0, 16), end: new Date(start + 5 * 3_600_000).toISOString().slice(0, 16) };
  });
  return {
    timezone: "America/St_Johns",
    hours: Object.fromEntries(weekdays.map((d) => [d, day48])),
    holidays,
    maintenance: { windows: [...weekly, ...oneOff], pausesClocks: true },
    severities: { s: { targets: { firstResponse: "1h", update: "30m", resolution: { duration: "30000d", clock: "calendar" } } }, long: { targets: { resolution: "100000h" } } },
  };
}

function queries(p: sla.Policy, label: string): void {
  const from = "2026-01-01";
  const to = "2125-12-31";
  time(`${label}: businessTimeBetween over 100 years (cold)`, () => sla.businessTimeBetween(p, from, to));
  time(`${label}: businessTimeBetween over 100 years (warm)`, () => sla.businessTimeBetween(p, from, to));
  time(`${label}: addBusinessTime beyond the horizon`, () => sla.addBusinessTime(p, from, "2000000h"));
  time(`${label}: addBusinessDays 36,000`, () => sla.addBusinessDays(p, from, 36_000));
  time(`${label}: businessDaysBetween over 100 years`, () => sla.businessDaysBetween(p, from, to));
  time(`${label}: businessIntervals over 1 year`, () => sla.businessIntervals(p, from, "2026-12-31"));
  time(`${label}: businessIntervals over 100 years`, () => sla.businessIntervals(p, from, to));
  time(`${label}: explainDeadline, calendar clock, 30,000 days`, () => sla.explainDeadline(p, { severity: "s", start: from, metric: "resolution" }));
  time(`${label}: explainDeadline, business clock, 100,000 h`, () => sla.explainDeadline(p, { severity: "long", start: from, metric: "resolution" }));
  const created = Date.UTC(2026, 0, 2);
  const events: sla.TicketEvent[] = Array.from({ length: 1_000 }, (_, i) => ({ type: i % 3 ? "update" : "response", at: created + i * 3_600_000 * 7 }));
  time(`${label}: evaluateTicket, 1,000 events, now + 90 years`, () => sla.evaluateTicket(p, { createdAt: created, severity: "s", events }, "2116-01-01"));
  time(`${label}: availability over 100 years`, () => sla.availability(p, { from, to, outages: [] }));
}

interface CacheView {
  blocks: Map<number, unknown>;
  segmentCount: number;
  totals: Map<number, unknown>;
}

/** Heap in MB after a full GC (run with `node --expose-gc`, e.g. `NODE_OPTIONS=--expose-gc npx tsx …`). */
function heapMb(): string {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return "n/a (no --expose-gc)";
  gc();
  const m = process.memoryUsage();
  return `${(m.heapUsed / 1e6).toFixed(1)} MB heap + ${(m.arrayBuffers / 1e6).toFixed(1)} MB array buffers`;
}

const def = worstDefinition();
console.log(`definition: ${(JSON.stringify(def).length / 1e6).toFixed(1)} MB of JSON; heap before: ${heapMb()}`);
let policy: sla.Policy | undefined;
time("worst policy: definePolicy", () => (policy = sla.definePolicy(def)));
console.log(`heap with the compiled policy: ${heapMb()}`);
queries(policy!, "worst policy");
const compiled = (policy as unknown as { compiled: { business: { cache: CacheView }; clock: { cache: CacheView } } }).compiled;
for (const k of ["business", "clock"] as const) {
  const c = compiled[k].cache;
  console.log(`${k} calendar cache: ${c.blocks.size} year blocks, ${c.segmentCount} segments, totals for ${c.totals.size} years`);
}
console.log(`heap after 100-year queries (policy still referenced): ${heapMb()}`);

if (process.argv[2] === "regions") {
  const hd = new Holidays();
  const codes: Array<[string, number]> = [];
  for (const country of Object.keys(hd.getCountries())) {
    for (const code of [country, ...Object.keys(hd.getStates(country) ?? {}).map((s) => `${country}-${s}`)]) {
      const [c, s] = code.split("-");
      const h = new Holidays(c!, s ?? "");
      const t0 = performance.now();
      h.getHolidays(2031);
      codes.push([code, performance.now() - t0]);
    }
  }
  codes.sort((a, b) => b[1] - a[1]);
  const slowest = codes.slice(0, POLICY_LIMITS.regionEntries).map(([c]) => c);
  console.log(`${codes.length} region codes; one year: median ${codes[codes.length >> 1]![1].toFixed(1)} ms, slowest ${slowest.join(", ")}`);
  const types = ["public", "bank", "school", "optional", "observance"];
  const one = sla.definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: slowest[0]!, types }] });
  time(`1 region (${slowest[0]}): businessTimeBetween over 100 years (cold)`, () => sla.businessTimeBetween(one, "2040-01-01", "2139-12-31"));
  const ten = sla.definePolicy({ timezone: "UTC", hours: "24x7", holidays: slowest.map((region) => ({ region, types })) });
  time(`${slowest.length} slowest regions: businessTimeBetween over 100 years (cold)`, () => sla.businessTimeBetween(ten, "2160-01-01", "2259-12-31"));
  time(`${slowest.length} slowest regions: businessTimeBetween over 100 years (warm)`, () => sla.businessTimeBetween(ten, "2160-01-01", "2259-12-31"));
}
