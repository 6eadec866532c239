/**
 * Measurements that need a fresh Node process: cold start (import + compile) and memory.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DIST, ROOT } from "./slaClock.mjs";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function runNode(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 60_000 });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${r.stderr}`);
  return { out: r.stdout, wall };
}

export function writeTempJson(name, value) {
  const dir = mkdtempSync(join(tmpdir(), "sla-clock-bench-"));
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

/**
 * Cold start of `entry` compiling the policy in `policyFile`, `runs` fresh processes.
 * Times are medians in ms: import, compile, import + compile, first query, process wall time.
 */
export function coldStart(entry, policyFile, runs) {
  const samples = [];
  const file = entry.startsWith("/") ? entry : `${DIST}${entry}`;
  for (let k = 0; k < runs; k++) {
    const { out, wall } = runNode([here("../scenarios/coldStart.mjs"), file, policyFile]);
    const r = JSON.parse(out);
    samples.push({ ...r, total: r.import + r.compile, wall });
  }
  const pick = (key) => ({
    median: median(samples.map((s) => s[key])),
    min: Math.min(...samples.map((s) => s[key])),
    max: Math.max(...samples.map((s) => s[key])),
  });
  return { runs, import: pick("import"), compile: pick("compile"), total: pick("total"), firstQuery: pick("firstQuery"), wall: pick("wall") };
}

/** Wall time of `node -e 0`: what any Node program pays before its first import. */
export function nodeBaseline(runs) {
  const walls = [];
  for (let k = 0; k < runs; k++) walls.push(runNode(["-e", "0"]).wall);
  return { median: median(walls), min: Math.min(...walls), max: Math.max(...walls) };
}

export function memory(entry, policyFile) {
  const { out } = runNode(["--expose-gc", here("../scenarios/memory.mjs"), `${DIST}${entry}`, policyFile]);
  return JSON.parse(out);
}

/**
 * dist/lite.js bundled the way an edge function ships it (esbuild, minified, luxon and zod/mini
 * inlined; the same settings as scripts/size-budget.mjs), written to a temp file. Null when
 * esbuild (a tsup dependency in the root) is not installed.
 */
export async function bundleLite() {
  let esbuild;
  try {
    const { createRequire } = await import("node:module");
    const { pathToFileURL } = await import("node:url");
    esbuild = await import(pathToFileURL(createRequire(`${ROOT}package.json`).resolve("esbuild")).href);
  } catch {
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), "sla-clock-bench-"));
  const outfile = join(dir, "lite.bundle.mjs");
  await esbuild.build({
    entryPoints: [`${DIST}lite.js`],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    target: "es2020",
    mainFields: ["module", "main"],
    conditions: ["import", "module", "default"],
    outfile,
    logLevel: "silent",
  });
  return outfile;
}
