/**
 * Cold start of sla-clock in a fresh Node process: import the built entry and compile a policy,
 * then compute one deadline (the first query also builds the policy's year cache).
 *
 *   npm run build && node scripts/measure-cold-start.mjs [runs=15]
 *
 * Prints the median and the worst of `runs` fresh processes for sla-clock/lite (the preset with
 * its holidays expanded, examples/serverless/policy.json) and, for comparison, the full entry
 * (the preset with date-holidays). Times are measured inside the process, from before the import.
 * "bundled" is dist/lite.js bundled with its dependencies into one minified file, as edge and
 * serverless deployments ship it (no module resolution across node_modules at start-up).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.argv[2] ?? 15);

const bundled = join(mkdtempSync(join(tmpdir(), "sla-clock-cold-")), "lite.bundle.mjs");
await build({ entryPoints: [join(root, "dist/lite.js")], bundle: true, minify: true, format: "esm", platform: "neutral", mainFields: ["module", "main"], outfile: bundled, logLevel: "warning" });

const probe = (entry, policyExpr) => `
const t0 = performance.now();
const m = await import(${JSON.stringify(entry.startsWith("/") ? entry : join(root, "dist", entry))});
const t1 = performance.now();
const p = m.definePolicy(${policyExpr});
const t2 = performance.now();
m.computeDeadline(p, { severity: "sev1", start: "2026-11-27T21:30" });
const t3 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, defineMs: t2 - t1, firstQueryMs: t3 - t2, totalMs: t3 - t0 }));`;

const expandedPreset = `JSON.parse((await import("node:fs")).readFileSync(${JSON.stringify(join(root, "examples/serverless/policy.json"))}, "utf8"))`;
const cases = [
  ["sla-clock/lite, bundled (edge deploy) + definePolicy(expanded preset)", probe(bundled, expandedPreset)],
  ["sla-clock/lite (dist, node_modules) + definePolicy(expanded preset)", probe("lite.js", expandedPreset)],
  ["sla-clock (full) + definePolicy(presets.auvikSupportV2)", probe("index.js", "m.presets.auvikSupportV2")],
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [label, code] of cases) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    samples.push(JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" })));
  }
  const f = (k) => `${median(samples.map((s) => s[k])).toFixed(1)}`;
  const worst = Math.max(...samples.map((s) => s.totalMs)).toFixed(1);
  console.log(`${label}: median import ${f("importMs")} ms + define ${f("defineMs")} ms + first deadline ${f("firstQueryMs")} ms = ${f("totalMs")} ms (worst ${worst} ms, ${runs} runs, node ${process.version})`);
}
