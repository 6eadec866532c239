/**
 * DuckDB: `sla_deadline` over N tickets in one query vs a plain JavaScript loop of computeDeadline
 * over the same instants, after checking that the answers are identical (every row of a 20,000-row
 * sample, and a checksum over all N).
 *
 *   node bench/scenarios/duckdb.mjs DIST_DIR [N=1000000]   → JSON { n, sqlMs, loopMs, ratio, ... }
 * As a module: `duckdbReport(distDir, n)` → { lines, verdicts } for RESULTS.md.
 * Needs @duckdb/node-api (a dev dependency of the repository).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

const SELF = fileURLToPath(import.meta.url);
const BASE = Date.UTC(2026, 0, 1);
const SEVERITIES = ["sev1", "sev2", "sev3", "sev4"];
const createdOf = (i) => BASE + ((i * 7919) % 525_600) * 60_000; // minutes spread over 2026
const CHECK_MOD = 1_000_003;

async function child(dist, n) {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const lib = await import(pathToFileURL(`${dist}index.js`).href);
  const { registerSlaFunctions } = await import(pathToFileURL(`${dist}duckdb.js`).href);
  const p = lib.definePolicy(lib.presets.auvikSupportV2);
  const connection = await (await DuckDBInstance.create(":memory:")).connect();
  await connection.run("SET TimeZone = 'UTC'");
  await registerSlaFunctions(connection);
  await connection.run(
    `CREATE TABLE t AS SELECT i::BIGINT AS i, TIMESTAMPTZ '2026-01-01 00:00:00+00' + to_minutes(((i * 7919) % 525600)::BIGINT) AS created, ['sev1','sev2','sev3','sev4'][(i % 4) + 1] AS severity FROM range(${n}) r(i)`,
  );
  const created = Array.from({ length: n }, (_, i) => createdOf(i));

  // identical answers: a sample row by row, then a checksum over all rows
  const sample = await connection.runAndReadAll("SELECT i, epoch_ms(sla_deadline('auvikSupportV2', severity, created)) AS d FROM t WHERE i < 20000 ORDER BY i");
  for (const [i, d] of sample.getRows()) {
    const expected = lib.computeDeadline(p, { severity: SEVERITIES[Number(i) % 4], start: created[Number(i)] }).getTime();
    if (Number(d) !== expected) throw new Error(`row ${i}: DuckDB ${d}, computeDeadline ${expected}`);
  }

  const sqlTimes = [];
  const loopTimes = [];
  const sqlCpu = [];
  const loopCpu = [];
  const cpuMs = (c0) => {
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  let sqlSum = 0n;
  let loopSum = 0;
  for (let round = 0; round < 3; round++) {
    let c0 = process.cpuUsage();
    let t0 = performance.now();
    const r = await connection.runAndReadAll(`SELECT sum((epoch_ms(sla_deadline('auvikSupportV2', severity, created)) // 1000) % ${CHECK_MOD}) FROM t`);
    sqlTimes.push(performance.now() - t0);
    sqlCpu.push(cpuMs(c0));
    sqlSum = BigInt(r.getRows()[0][0]);
    c0 = process.cpuUsage();
    t0 = performance.now();
    let s = 0;
    for (let i = 0; i < n; i++) s += Math.floor(lib.computeDeadline(p, { severity: SEVERITIES[i % 4], start: created[i] }).getTime() / 1000) % CHECK_MOD;
    loopTimes.push(performance.now() - t0);
    loopCpu.push(cpuMs(c0));
    loopSum = s;
  }
  if (sqlSum !== BigInt(loopSum)) throw new Error(`checksums differ: DuckDB ${sqlSum}, loop ${loopSum}`);
  const sqlMs = Math.min(...sqlTimes);
  const loopMs = Math.min(...loopTimes);
  connection.closeSync();
  const cpuRatio = Math.min(...sqlCpu) / Math.min(...loopCpu);
  return { n, sqlMs, loopMs, ratio: sqlMs / loopMs, sqlCpuMs: Math.min(...sqlCpu), loopCpuMs: Math.min(...loopCpu), cpuRatio, checksum: String(sqlSum), sampleRows: 20000 };
}

/** Runs the child and returns Markdown lines and a verdict. */
export function duckdbReport(dist, n = 1_000_000) {
  const r = spawnSync(process.execPath, [SELF, dist, String(n)], { encoding: "utf8", timeout: 20 * 60_000 });
  if (r.status !== 0) return { lines: [`DuckDB: not measured (${(r.stderr || "").trim().split("\n").pop()})`, ""], verdicts: [] };
  const out = JSON.parse(r.stdout);
  const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
  return {
    lines: [
      "## DuckDB (sla-clock/duckdb)",
      "",
      `\`SELECT sum(… sla_deadline('auvikSupportV2', severity, created) …) FROM t\` over ${n.toLocaleString("en-US")} rows: ${fmt(out.sqlMs)}; a plain JavaScript loop of computeDeadline over the same instants: ${fmt(out.loopMs)} — **${out.ratio.toFixed(2)}×** in wall time, ${out.cpuRatio.toFixed(2)}× in CPU time of the process (all of DuckDB's threads included; best of 3 each). Answers identical (${out.sampleRows.toLocaleString("en-US")} rows compared one by one, and a checksum over all rows).`,
      "",
    ],
    verdicts: [{ what: `DuckDB sla_deadline over ${n.toLocaleString("en-US")} rows vs a computeDeadline loop`, target: "≤ 6×", measured: `${out.ratio.toFixed(2)}×`, met: out.ratio <= 6 }],
  };
}

if (process.argv[1] === SELF) {
  const [dist, n] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(await child(dist.endsWith("/") ? dist : `${dist}/`, Number(n ?? 1_000_000))));
}
