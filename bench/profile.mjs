#!/usr/bin/env node
/**
 * Where the time goes: runs one operation of the built library under `node --cpu-prof` and prints
 * the functions with the most self time (file:line in dist/, which tsup keeps close to src/).
 *
 *   node bench/profile.mjs between1y [seconds] [top]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const [op = "between1y", seconds = "3", top = "20"] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), "sla-clock-prof-"));
const script = fileURLToPath(new URL("./scenarios/hotLoop.mjs", import.meta.url));
const r = spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, script, op, seconds], { encoding: "utf8" });
if (r.status !== 0) {
  console.error(r.stderr);
  process.exit(1);
}
console.log(r.stdout);
const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
const prof = JSON.parse(readFileSync(join(dir, file), "utf8"));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
let total = 0;
for (const id of prof.samples) {
  const cf = byId.get(id).callFrame;
  const key = `${cf.functionName || "(anonymous)"}  ${cf.url.replace(/^.*\/(dist|node_modules)\//, "$1/")}:${cf.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + 1);
  total++;
}
console.log(`self time, ${total} samples (profile: ${join(dir, file)})`);
for (const [k, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`${((100 * c) / total).toFixed(1).padStart(5)}%  ${k}`);
