/**
 * Follow-the-sun: warm isBusinessTime, businessTimeBetween and addBusinessTime on a three-region
 * union (Sydney, Berlin, Toronto, each with its own region holidays) against the same calls on one
 * of its parts (Berlin). The union is compiled into one year block per local year, so a warm call
 * should cost at most 2× the call on one part.
 *
 *   node bench/scenarios/followTheSun.mjs [--quick]   (standalone, after `npm run build`)
 *
 * `npm run bench` runs it through {@link followTheSun} and lists the ratios among its targets.
 */
import { fileURLToPath } from "node:url";
import { MS_PER_DAY, MS_PER_HOUR, startInstants } from "../lib/schedule.mjs";

const weekdays = (from, to) => Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [[from, to]]]));

/** The three desks, each Mon–Fri 09:00–17:00 local with its region's public holidays. */
export const REGIONS = {
  sydney: { timezone: "Australia/Sydney", hours: weekdays("09:00", "17:00"), holidays: [{ region: "AU-NSW" }] },
  berlin: { timezone: "Europe/Berlin", hours: weekdays("09:00", "17:00"), holidays: [{ region: "DE-BE" }] },
  toronto: { timezone: "America/Toronto", hours: weekdays("09:00", "17:00"), holidays: [{ region: "CA-ON" }] },
};

/**
 * Measures the three calls on the union and on Berlin alone.
 * @returns {Promise<Array<{ id: string, label: string, part: object, union: object, ratio: number }>>}
 *   `ratio` = time per call on the union / time per call on the part (target ≤ 2).
 */
export async function followTheSun(lib, measure) {
  const part = lib.definePolicy(REGIONS.berlin);
  const union = lib.unionOf(REGIONS.sydney, REGIONS.berlin, REGIONS.toronto);
  const s = startInstants(64);
  const ops = [
    { id: "isOpen", label: "isBusinessTime", fn: (p) => (i) => lib.isBusinessTime(p, s[i & 63]) },
    { id: "between1d", label: "businessTimeBetween (1 day)", fn: (p) => (i) => lib.businessTimeBetween(p, s[i & 63], s[i & 63] + MS_PER_DAY) },
    { id: "add2h", label: "addBusinessTime (2 h)", fn: (p) => (i) => lib.addBusinessTime(p, s[i & 63], 2 * MS_PER_HOUR) },
  ];
  const rows = [];
  for (const op of ops) {
    const one = op.fn(part);
    const all = op.fn(union);
    for (let i = 0; i < 64; i++) one(i), all(i); // warm: every year block the inputs touch is built
    const a = await measure(`${op.label} (one part)`, one);
    const b = await measure(`${op.label} (union of 3)`, all);
    rows.push({ id: op.id, label: op.label, part: a, union: b, ratio: b.msPerOp / a.msPerOp });
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { settings, measure } = await import("../lib/measure.mjs");
  if (process.argv.includes("--quick")) Object.assign(settings, { timeMs: 100, warmupMs: 30, minSamples: 5 });
  const lib = await import("../../dist/index.js");
  const R = await import("../lib/report.mjs");
  const rows = await followTheSun(lib, measure);
  console.log(
    R.table(
      ["operation (warm)", "one part (Berlin)", "union of Sydney, Berlin, Toronto", "union / part", "target"],
      rows.map((r) => [r.label, R.cell(r.part), R.cell(r.union), R.fmtRatio(r.ratio), r.ratio <= 2 ? "≤ 2× met" : "≤ 2× **missed**"]),
    ),
  );
}
