#!/usr/bin/env node
/**
 * Size budgets (run after `npm run build`; called from .ci/run):
 *
 * - `sla-clock/lite` (dist/lite.js) bundled the way an edge function would bundle it — esbuild,
 *   minified, zod/mini included, platform neutral, ESM — must be ≤ 40 KB gzip, and must
 *   not contain date-holidays. (40 KB was set for the SLA model and Temporal values; follow-the-sun
 *   combinations, holiday coverage and explainTicket, which the contract also puts in lite, took it
 *   to 42.0 KB; the presets' holidays written one line per year and shared pieces brought it back
 *   to 41.5 KB, and the hours interval checked without z.tuple (same issues) and helpers written
 *   once to 40.9 KB (41,931 bytes). Issue 14's tenant work then added the column-wise table of dated
 *   holidays, the one-pass check of plain dated holidays and the direct reading of canonical ISO
 *   text (memory per tenant 42.8 → 28 KB, compile 4,400 → ~1,500 warm adds) and the warehouse build
 *   its seam for embedded zone rules, and evaluateMany its async iterator: 42.4 KB (43,435 bytes).
 *   What was cut then, with no behaviour, message or speed lost: the entries re-export the shared
 *   API first, so that bundlers place the policy schemas next to the JSON Schema within gzip's
 *   32 KB window (-158 B); and the policy schemas, which check nearly everything in their own
 *   refinements, no longer pull in zod's classes for closed objects (-978 B), records (-418 B),
 *   lists (-336 B), enums and booleans (-274 B), strings and numbers (-191 B), optional keys
 *   (-169 B) and pipes (-122 B): the blocks of policy/schemaBlocks.ts do the same parse with zod's
 *   own issues, each tested against the zod schema it replaces (test/policy/schemaBlocks.test.ts).
 *   39.8 KB (40,789 bytes). Issue 14's faster addBusinessDays and text inputs (+223 B) and the
 *   readTicket that tracks its path in variables (+25 B, then -54 B with one variable less; the
 *   whole-number dayFromCivil, -57 B, was left out: a few ns) end at 40,955 bytes; the leaner ticket evaluation of the rounds after it (a metric measured in one step, -157 B, which paid for the clock positions in one loop, a 24×7 clock read as elapsed time, the common metrics stored by name, a few events sorted by insertion and a deadline search stepped forward from `now`) at 40,958 bytes; the text inputs' memo of the last duration text and the whole-number day of a date (+46 B), paid for by the presets' dated holidays with their names written once (-60 B), at 40,944 bytes; own-key checks through the one `hasOwn`, `Infinity` for `Number.POSITIVE_INFINITY` and one path builder less in the ticket reader (-46 B), then shared calendars' hash as a parameter for their collision test (+6 B), at 40,904 bytes; CONTRACT §12 for every caller-built value (durations, options, lists, the tickets' iterator: +279 B), paid for by the unions written out in schemaBlocks (-301 B) and the entries' exports ordered for gzip's window (-138 B), at 40,743 bytes; then sections that are not plain JSON refused and over-large duration parts reported at their path (+120 B), at 40,863 bytes; plain JSON from another realm, offsets with seconds, touching skipped spans merged and a message for parts whose holidayYears do not overlap (+118 B), paid for by an unused constant, the combined calendar's shell reduced to what compileCalendar reads, `Infinity` for `Number.POSITIVE_INFINITY`, and one weekly-window loop and one point resolver shared by the calendar and scheduledMaintenance (-141 B), at 40,855 bytes; lists refused for their length before they are read, a Temporal value in year 275760 refused as out of range, any number of `unionOf` parts folded (+89 B), at 40,944 bytes; century-old tickets judged stretch by stretch in batches and counting back from a year's first instant (+15 B), at 40,959 bytes; a definition read once through a copy, and a batch's iterator checked (+201 B), paid for by the policy reader's checks that earlier checks already guarantee, parsers passed straight to checkedString, one `setOwn`, and shared failure and span builders in the calendar and sla code (-305 B), at 40,838 bytes; a stretch past the century no longer than its target measured at once (+8 B), at 40,846 bytes; the definition's copy taking symbol keys and throwing getters as validation meets them, and the tickets' iterator closing as a loop does (+65 B), at 40,911 bytes; one `ownEnumerableKeys` for the record schema and the definition's copy (-34 B), at 40,877 bytes, and 40,939 bytes after the rounds that followed; `policySchema` reading combinations as `definePolicy` does, through one walker for both (+142 B), paid for by `policySchema` as a refinement of `z.unknown()` rather than a `z.lazy` wrapper (zod's lazy schema no longer bundled: -354 B), at 40,727 bytes. What weighs most now: the JSON Schema (~2.5 KB gzip, an export of the
 *   contract), zod/mini's core (~4 KB: the base type, union, errors and parse), the policy
 *   reader, the duration and ISO text readers, and the calendar's year blocks.)
 * - `dist/apps-script/` (sla-clock.js + functions.js, as pasted into Apps Script) ≤ 60 KB gzip;
 * - `sla-clock/svg` (dist/svg.js) bundled the same way must be ≤ 10 KB gzip and contain no package
 *   at all (no date-holidays, zod or luxon: it draws with sla-clock's own time layer);
 * - `dist/warehouse/sla-clock-udf.js` (minified by the build, the zone rules it embeds included) must
 *   be < 1 MB as it is (BigQuery's limit for a JavaScript library file), and its gzip size, which
 *   is what Snowflake's recommended 100 KB for a compressed UDF body is about, < 100 KB;
 * - the full entry (dist/index.js, with date-holidays) is bundled the same way and reported.
 *
 * KB = 1,024 bytes; gzip at level 9. Prints a table; exits 1 when a budget is exceeded or an
 * input is missing (`--warn-only`: report, exit 0).
 *
 *   node scripts/size-budget.mjs [--json] [--warn-only]
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const KB = 1024;
const BUDGETS = { lite: 40 * KB, svg: 10 * KB, appsScript: 60 * KB, warehouseRaw: 1024 * KB, warehouseGzip: 100 * KB };

let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  console.error("size-budget: esbuild is not installed (it comes with tsup: run `npm ci` first)");
  process.exit(1);
}

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

async function bundle(entry) {
  const result = await esbuild.build({
    entryPoints: [`${ROOT}${entry}`],
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    target: "es2020",
    mainFields: ["module", "main"],
    conditions: ["import", "module", "default"],
    legalComments: "none",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.keys(result.metafile.inputs);
  // minified bytes per package (the library's own files count as "sla-clock")
  const share = {};
  for (const [path, v] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? "sla-clock";
    share[name] = (share[name] ?? 0) + v.bytesInOutput;
  }
  const packages = new Set(
    inputs
      .map((p) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p)?.[1])
      .filter((p) => p !== undefined),
  );
  return { raw: code.length, gzip: gzip(code), packages: [...packages].sort(), share };
}

const rows = [];
const problems = [];
let liteShare;

for (const f of ["dist/lite.js", "dist/svg.js", "dist/index.js"]) {
  if (!existsSync(`${ROOT}${f}`)) problems.push(`${f} is missing: run \`npm run build\` first`);
}

if (problems.length === 0) {
  const lite = await bundle("dist/lite.js");
  liteShare = lite.share;
  const okLite = lite.gzip <= BUDGETS.lite && !lite.packages.includes("date-holidays");
  if (lite.packages.includes("date-holidays")) problems.push("sla-clock/lite pulls in date-holidays (nothing reachable from lite may import it)");
  if (lite.gzip > BUDGETS.lite) problems.push(`sla-clock/lite is ${kb(lite.gzip)} gzip, over its ${kb(BUDGETS.lite)} budget`);
  rows.push(["sla-clock/lite, bundled + minified", lite.packages.join(", "), kb(lite.raw), kb(lite.gzip), `≤ ${kb(BUDGETS.lite)}`, okLite ? "ok" : "OVER"]);

  const svg = await bundle("dist/svg.js");
  const okSvg = svg.gzip <= BUDGETS.svg && svg.packages.length === 0;
  if (svg.packages.length > 0) problems.push(`sla-clock/svg pulls in ${svg.packages.join(", ")} (it may use no package)`);
  if (svg.gzip > BUDGETS.svg) problems.push(`sla-clock/svg is ${kb(svg.gzip)} gzip, over its ${kb(BUDGETS.svg)} budget`);
  rows.push(["sla-clock/svg, bundled + minified", svg.packages.join(", ") || "(no package)", kb(svg.raw), kb(svg.gzip), `≤ ${kb(BUDGETS.svg)}`, okSvg ? "ok" : "OVER"]);

  const full = await bundle("dist/index.js");
  const shown = full.packages.length > 4 ? `${full.packages.filter((p) => ["date-holidays", "luxon", "zod"].includes(p)).join(", ")} + ${full.packages.length - 3} more` : full.packages.join(", ");
  rows.push(["sla-clock (full), bundled + minified", shown, kb(full.raw), kb(full.gzip), "report only", ""]);
}

const appsDir = `${ROOT}dist/apps-script/`;
const appsFiles = ["sla-clock.js", "functions.js"];
const missingApps = appsFiles.filter((f) => !existsSync(appsDir + f));
if (missingApps.length > 0) {
  problems.push(`dist/apps-script/${missingApps.join(", dist/apps-script/")} missing: the build must write both files`);
} else {
  let raw = 0;
  let gz = 0;
  for (const f of appsFiles) {
    const bytes = readFileSync(appsDir + f);
    raw += bytes.length;
    gz += gzip(bytes);
    rows.push([`  dist/apps-script/${f}`, "", kb(bytes.length), kb(gzip(bytes)), "", ""]);
  }
  const ok = gz <= BUDGETS.appsScript;
  if (!ok) problems.push(`dist/apps-script/ is ${kb(gz)} gzip, over its ${kb(BUDGETS.appsScript)} budget`);
  rows.push(["dist/apps-script/ (both files)", "", kb(raw), kb(gz), `≤ ${kb(BUDGETS.appsScript)}`, ok ? "ok" : "OVER"]);
}

const udfPath = `${ROOT}dist/warehouse/sla-clock-udf.js`;
if (!existsSync(udfPath)) {
  problems.push("dist/warehouse/sla-clock-udf.js is missing: the build must write it");
} else {
  const bytes = readFileSync(udfPath);
  const ok = bytes.length < BUDGETS.warehouseRaw && gzip(bytes) < BUDGETS.warehouseGzip;
  if (bytes.length >= BUDGETS.warehouseRaw) problems.push(`dist/warehouse/sla-clock-udf.js is ${kb(bytes.length)}, over BigQuery's 1 MB per library file`);
  if (gzip(bytes) >= BUDGETS.warehouseGzip) problems.push(`dist/warehouse/sla-clock-udf.js is ${kb(gzip(bytes))} gzip, over Snowflake's recommended 100 KB (compressed) per UDF body`);
  rows.push(["dist/warehouse/sla-clock-udf.js (as built)", "zod", kb(bytes.length), kb(gzip(bytes)), `< ${kb(BUDGETS.warehouseRaw)}, < ${kb(BUDGETS.warehouseGzip)} gzip`, ok ? "ok" : "OVER"]);
}

const notes = [];
if (liteShare) {
  const parts = Object.entries(liteShare).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${kb(v)}`);
  notes.push(`sla-clock/lite minified bytes by package: ${parts.join(", ")}`);
}

if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ rows, problems }, null, 2));
} else {
  const header = ["bundle", "includes", "minified", "gzip", "budget", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cols) => cols.map((c, i) => String(c).padEnd(widths[i])).join("  ").trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const r of rows) console.log(line(r));
  for (const n of notes) console.log(n);
}
const warnOnly = process.argv.includes("--warn-only");
for (const p of problems) console.error(`size-budget: ${warnOnly ? "warning: " : ""}${p}`);
process.exit(problems.length > 0 && !warnOnly ? 1 : 0);
