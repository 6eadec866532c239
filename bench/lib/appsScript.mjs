/**
 * The Apps Script bundle (dist/apps-script/sla-clock.js + functions.js) loaded as two classic
 * scripts into a fresh vm context, as Apps Script does, then called with 5,000-row ranges of
 * Dates made in this (another) realm.
 */
import { existsSync, readFileSync } from "node:fs";
import vm from "node:vm";
import { DIST } from "./slaClock.mjs";
import { MS_PER_HOUR, startInstants } from "./schedule.mjs";

const ROWS = 5000;
const RUNS = 7;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function timeRuns(fn) {
  fn();
  fn();
  const times = [];
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return { medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), runs: RUNS };
}

/** @returns {Promise<{ missing?: string, rows?: Array<object>, loadMs?: number }>} */
export async function measureAppsScript(lib) {
  const dir = `${DIST}apps-script/`;
  const files = ["sla-clock.js", "functions.js"];
  const absent = files.filter((f) => !existsSync(dir + f));
  if (absent.length > 0) return { missing: `dist/apps-script/${absent.join(", ")} not built` };

  const context = vm.createContext({ console });
  const t0 = performance.now();
  for (const f of files) vm.runInContext(readFileSync(dir + f, "utf8"), context, { filename: f });
  const loadMs = performance.now() - t0;

  const p = lib.definePolicy(lib.presets.auvikSupportV2);
  const starts = startInstants(ROWS, 31);
  const created = starts.map((t) => [new Date(t)]);
  const ends = starts.map((t) => [new Date(t + 3 * 86_400_000)]);
  const rows = [];

  const check = (name, got, want) => {
    for (const k of [0, 1, 2, 999, 4999]) {
      const g = got[k][0];
      const w = want(k);
      // results come from the vm realm: compare dates by getTime(), never instanceof
      const same =
        typeof w === "number" ? Math.abs(Number(g) - w) < 1e-9
        : typeof w?.getTime === "function" ? typeof g?.getTime === "function" && g.getTime() === w.getTime()
        : g === w;
      if (!same) throw new Error(`${name} row ${k}: ${String(g)} but sla-clock says ${String(w)}`);
    }
  };

  if (typeof context.SLA_DEADLINE === "function") {
    let out;
    const t = timeRuns(() => (out = context.SLA_DEADLINE(created, "sev2")));
    check("SLA_DEADLINE", out, (k) => lib.addBusinessTime(p, starts[k], 4 * MS_PER_HOUR));
    rows.push({ id: "SLA_DEADLINE", label: "SLA_DEADLINE(5,000 rows, \"sev2\")", ...t });
  }
  if (typeof context.SLA_BUSINESS_HOURS === "function") {
    let out;
    const t = timeRuns(() => (out = context.SLA_BUSINESS_HOURS(created, ends)));
    check("SLA_BUSINESS_HOURS", out, (k) => lib.businessTimeBetween(p, starts[k], starts[k] + 3 * 86_400_000) / MS_PER_HOUR);
    rows.push({ id: "SLA_BUSINESS_HOURS", label: "SLA_BUSINESS_HOURS(5,000 × 2 ranges)", ...t });
  }
  if (typeof context.SLA_IS_OPEN === "function") {
    let out;
    const t = timeRuns(() => (out = context.SLA_IS_OPEN(created)));
    check("SLA_IS_OPEN", out, (k) => lib.isBusinessTime(p, starts[k]));
    rows.push({ id: "SLA_IS_OPEN", label: "SLA_IS_OPEN(5,000 rows)", ...t });
  }
  return { loadMs, rows };
}
