/**
 * Region holidays, cold (issue 15): each measurement runs in a fresh `node` process against the
 * built library, so nothing is cached (neither date-holidays' module nor its years).
 *
 *   node bench/scenarios/regionHolidays.mjs DIST_DIR MODE     (child: prints ms as JSON)
 *
 * MODE `between100y:REGION:ZONE`: compile a policy with one region entry, then time
 * businessTimeBetween over 100 years (CA-ON, a typical region; TW and HK, the most expensive regions of
 * date-holidays per year: its lunar rules).
 * MODE `isOpen10`: compile a policy with ten region entries, then time one isBusinessTime.
 * MODE `deadline:index.js` / `deadline:lite.js`: process start → import + compile of a policy
 * without region entries + one deadline (wall time of the whole process, measured by the parent).
 *
 * `measureRegionHolidays(dist, runs)` (used by bench/run.mjs) runs the children and returns medians.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

const TEN_REGIONS = ["US", "GB", "DE", "FR", "JP", "CN", "IN", "BR", "AU", "CA"];
const NO_REGIONS = {
  timezone: "America/Toronto",
  hours: { mon: [["04:00", "22:00"]], tue: [["04:00", "22:00"]], wed: [["04:00", "22:00"]], thu: [["04:00", "22:00"]], fri: [["04:00", "22:00"]] },
  holidays: [{ date: "2026-12-25", name: "Christmas Day" }, { annual: "01-01", name: "New Year's Day", observed: "next" }],
  severities: { sev1: { targets: { firstResponse: "2h" } } },
};

async function child(dist, mode) {
  const [what, arg, zone] = mode.split(":");
  const entry = what === "deadline" ? arg : "index.js";
  const lib = await import(pathToFileURL(`${dist}${entry}`).href);
  // The first two measure the query alone: definePolicy (which loads date-holidays and checks the
  // region codes) runs before the clock starts; no region year is computed before the query.
  let t0 = performance.now();
  if (what === "between100y") {
    const p = lib.definePolicy({ timezone: zone, hours: { mon: [["09:00", "18:00"]], tue: [["09:00", "18:00"]] }, holidays: [{ region: arg }] });
    t0 = performance.now();
    lib.businessTimeBetween(p, "2030-01-01", "2129-12-31");
  } else if (what === "isOpen10") {
    const p = lib.definePolicy({ timezone: "UTC", hours: "24x7", holidays: TEN_REGIONS.map((region) => ({ region })) });
    t0 = performance.now();
    lib.isBusinessTime(p, "2031-06-16T12:00Z");
  } else if (what === "deadline") {
    const p = lib.definePolicy(NO_REGIONS);
    lib.computeDeadline(p, { severity: "sev1", start: "2026-12-24T21:00" });
  }
  process.stdout.write(JSON.stringify({ ms: performance.now() - t0 }));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function run(dist, mode) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), dist, mode], { encoding: "utf8" });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`regionHolidays ${mode}: ${r.stderr}`);
  return { ...JSON.parse(r.stdout), wall };
}

/**
 * Medians over `runs` fresh processes of each measurement, with the targets; `met` is null
 * for a ratio the noise made not measurable.
 */
export function measureRegionHolidays(dist, runs) {
  const pick = (mode, key) => median(Array.from({ length: runs }, () => run(dist, mode)[key]));
  // Bare Node, sla-clock and sla-clock/lite start in turn in each round, so that the load of the
  // machine at that moment weighs on the three alike, and the overheads are the medians of each
  // round's own differences (full − bare, lite − bare): paired, a busy spell weighs on both sides of
  // a difference. (Medians of each kind taken apart once made bare Node slower than sla-clock: a
  // negative overhead, and a ratio of -43.88×.)
  const rounds = Array.from({ length: runs }, () => {
    const t0 = performance.now();
    spawnSync(process.execPath, ["-e", "0"]);
    const bareMs = performance.now() - t0;
    return { bareMs, fullMs: run(dist, "deadline:index.js").wall, liteMs: run(dist, "deadline:lite.js").wall };
  });
  const bare = median(rounds.map((r) => r.bareMs));
  const full = median(rounds.map((r) => r.fullMs));
  const lite = median(rounds.map((r) => r.liteMs));
  const fullOver = median(rounds.map((r) => r.fullMs - r.bareMs));
  const liteOver = median(rounds.map((r) => r.liteMs - r.bareMs));
  // An overhead the noise hides (sla-clock's or lite's start no slower than bare Node's) cannot be
  // compared: `met` is null (not measurable), neither met nor missed.
  const measurable = liteOver > 0 && fullOver > 0;
  const between = pick("between100y:CA-ON:America/Toronto", "ms");
  const betweenTw = pick("between100y:TW:Asia/Taipei", "ms");
  const betweenHk = pick("between100y:HK:Asia/Hong_Kong", "ms");
  const isOpen = pick("isOpen10", "ms");
  return [
    { what: "cold businessTimeBetween over 100 years, one region entry (CA-ON)", target: "< 1 s", measured: between, met: between < 1000 },
    { what: "cold businessTimeBetween over 100 years, one region entry (TW: date-holidays' lunar rules)", target: "< 1 s", measured: betweenTw, met: betweenTw < 1000 },
    { what: "cold businessTimeBetween over 100 years, one region entry (HK: the slowest region per year)", target: "< 1 s", measured: betweenHk, met: betweenHk < 1000 },
    { what: "cold isBusinessTime on ten region entries", target: "< 100 ms", measured: isOpen, met: isOpen < 100 },
    {
      what: "cold process: import `sla-clock` + compile a policy without regions + one deadline, over bare Node, vs the same with `sla-clock/lite`",
      target: "≤ 1.2×",
      measured: measurable ? fullOver / liteOver : Number.NaN,
      ratio: true,
      met: measurable ? fullOver <= 1.2 * liteOver : null,
      detail: { bare, full, lite, fullOver, liteOver },
    },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.length >= 4) await child(process.argv[2], process.argv[3]);
