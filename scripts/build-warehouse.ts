/**
 * Builds dist/warehouse/ for data warehouses (CONTRACT §8, docs/warehouses.md):
 * - sla-clock-udf.js: the four SQL functions as one classic script (an IIFE defining the global
 *   `SlaClockUdf`; no import/export/require/timers, no date-holidays), minified, under 1 MB, with
 *   the presets' holidays expanded for their `holidayYears` and the zone rules (offset transitions,
 *   UTC years ZONE_YEARS) of UTC, the presets' zones and the zones asked for, so that an engine
 *   without `Intl` time-zone data answers exactly;
 * - bigquery.sql and snowflake.sql: the CREATE FUNCTION statements wrapping it.
 *
 * More zones: `--zones Europe/Berlin,Asia/Tokyo`, or the environment variable SLA_CLOCK_UDF_ZONES
 * (same list) when it runs inside `npm run build`:
 *   npx tsx scripts/build-warehouse.ts --zones Europe/Berlin,Asia/Tokyo
 *   SLA_CLOCK_UDF_ZONES=Europe/Berlin,Asia/Tokyo npm run build
 * `--out DIR` writes the three files to DIR instead of dist/warehouse/.
 * Run after tsup by `npm run build`; needs esbuild (installed with tsup) and Node's full ICU.
 */
import { build } from "esbuild";
import type { Plugin } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { presets } from "../src/index.js";
import { canonicalTimeZoneName, checkTimeZoneName } from "../src/time/timeZoneName.js";
import { encodeZoneTransitions } from "../src/time/zoneTransitions.js";
import { intlZoneTransitions } from "../src/time/zoneRules.js";
import type { EmbeddedZoneRules } from "../src/time/embeddedZones.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outIndex = process.argv.indexOf("--out");
/** Where the files go: dist/warehouse/, or `--out DIR` (the tests build a variant there). */
const outDir = outIndex >= 0 && process.argv[outIndex + 1] !== undefined ? process.argv[outIndex + 1]! : join(root, "dist", "warehouse");
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

/**
 * UTC years whose zone rules are embedded (inclusive); an instant outside is a HorizonError. An
 * instant early in a UTC year may lie in the previous local year, and a local year's calendar reads
 * a day of its neighbours: the table reaches two years beyond 1900–2299 on each side, so that every
 * instant of the UTC years 1900–2299 answers.
 */
export const ZONE_YEARS = { from: 1898, to: 2301 } as const;
/** BigQuery loads a library file of at most 1 MB here (docs/warehouses.md); so must this script. */
const MAX_SCRIPT_BYTES = 1024 * 1024;
/** Snowflake recommends a UDF body under 100 KB, stored compressed (docs/warehouses.md). */
const MAX_SNOWFLAKE_BODY_GZIP = 100 * 1024;
const HOW_TO_EMBED = "rebuild sla-clock-udf.js with the zone: npx tsx scripts/build-warehouse.ts --zones Zone/Name,… (or SLA_CLOCK_UDF_ZONES=Zone/Name,… npm run build) in a checkout of sla-clock; see docs/warehouses.md";

function requestedZones(argv: readonly string[]): string[] {
  const i = argv.indexOf("--zones");
  const eq = argv.find((a) => a.startsWith("--zones="));
  const list = i >= 0 ? argv[i + 1] : eq !== undefined ? eq.slice("--zones=".length) : process.env["SLA_CLOCK_UDF_ZONES"];
  if (i >= 0 && (list === undefined || list.startsWith("--"))) throw new Error("build-warehouse: --zones needs a comma-separated list, e.g. --zones Europe/Berlin,Asia/Tokyo");
  return (list ?? "").split(",").map((z) => z.trim()).filter((z) => z.length > 0);
}

const zoneNames: string[] = [];
for (const name of ["UTC", ...Object.values(presets).map((p) => p.timezone), ...requestedZones(process.argv.slice(2))]) {
  const problem = checkTimeZoneName(name);
  if (problem !== null) throw new Error(`build-warehouse: ${problem}`);
  const canonical = canonicalTimeZoneName(name);
  if (!zoneNames.includes(canonical)) zoneNames.push(canonical);
}

const rules: EmbeddedZoneRules = {
  from: ZONE_YEARS.from,
  to: ZONE_YEARS.to,
  zones: Object.fromEntries(zoneNames.map((z) => [z, encodeZoneTransitions(intlZoneTransitions(z, ZONE_YEARS.from, ZONE_YEARS.to))])),
  howToEmbed: HOW_TO_EMBED,
};

/** The build-time fact: embeddedZoneRules.ts replaced by the tables computed above. */
const embedZoneRules: Plugin = {
  name: "embed-zone-rules",
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]time[\\/]embeddedZoneRules\.ts$/ }, () => ({
      loader: "ts",
      resolveDir: join(root, "src/time"),
      contents: `/* Zone rules (UTC offset transitions from the tz database, as Node ${process.versions.node} with ICU ${process.versions.icu ?? "?"} / tz ${process.versions.tz ?? "?"} has them), years ${ZONE_YEARS.from}–${ZONE_YEARS.to} (UTC). */
import { createEmbeddedZones } from "./embeddedZones.js";
export const EMBEDDED_ZONES = createEmbeddedZones(${JSON.stringify(rules)});
`,
    }));
  },
};

const result = await build({
  entryPoints: [join(root, "src/adapters/warehouse/udfEntry.ts")],
  bundle: true,
  format: "iife",
  globalName: "SlaClockUdf",
  platform: "neutral",
  mainFields: ["module", "main"],
  target: "es2020",
  // Minified: Snowflake stores the script inside each function body (recommended under 100 KB,
  // compressed), and BigQuery loads it on every worker.
  minify: true,
  legalComments: "none",
  metafile: true,
  plugins: [embedZoneRules],
  write: false,
  logLevel: "warning",
  banner: {
    js: `/* sla-clock ${version} for data warehouses: the global SlaClockUdf with sla_deadline, sla_business_ms, sla_is_open, sla_evaluate (docs/warehouses.md).
 * Embedded zone rules: ${zoneNames.join(", ")} (UTC years ${ZONE_YEARS.from}-${ZONE_YEARS.to}; from Node ${process.versions.node}, ICU ${process.versions.icu ?? "?"}, tz ${process.versions.tz ?? "?"}). MIT license. Bundles zod/mini (MIT, Copyright 2025 Colin McDonnell). */`,
  },
});

const inputs = Object.keys(result.metafile.inputs);
const forbidden = inputs.filter((p) => /date-holidays|node_modules\/luxon|node:|^(fs|path|os|vm|util)$/.test(p));
if (forbidden.length > 0) throw new Error(`build-warehouse: the UDF script must not include ${forbidden.join(", ")}`);
const code = result.outputFiles[0]!.text;
for (const [re, what] of [
  [/\bset(Timeout|Interval|Immediate)\s*\(/, "timers"],
  [/\brequire\s*\(/, "require()"],
  [/^\s*(import|export)\s/m, "import/export"],
  [/\$\$/, "$$ (it would end Snowflake's $$-quoted body)"],
] as const) {
  if (re.test(code)) throw new Error(`build-warehouse: the UDF script contains ${what}`);
}
const bytes = Buffer.byteLength(code);
if (bytes >= MAX_SCRIPT_BYTES) throw new Error(`build-warehouse: sla-clock-udf.js is ${bytes} bytes, over the 1 MB limit; embed fewer zones`);

// Smoke test: the script alone, in a realm with nothing else.
const context = vm.createContext({});
vm.runInContext(`${code}\nthis.SlaClockUdf = SlaClockUdf;`, context);
const smoke = (context as { SlaClockUdf: { sla_deadline(...a: unknown[]): Date | null } }).SlaClockUdf.sla_deadline("auvikSupportV2", "sev1", Date.UTC(2026, 10, 30, 15));
if (smoke === null || typeof smoke.getTime !== "function") throw new Error("build-warehouse: the smoke test gave no deadline");

/** The SQL functions: name, parameters (name, generic type), return type, JS call. */
type SqlType = "text" | "instant" | "double" | "boolean";
interface SqlFunction { readonly name: string; readonly params: ReadonlyArray<readonly [string, SqlType]>; readonly returns: SqlType; readonly doc: string }
const FUNCTIONS: readonly SqlFunction[] = [
  { name: "sla_deadline", params: [["policy", "text"], ["severity", "text"], ["created", "instant"]], returns: "instant", doc: "deadline of firstResponse; NULL when the severity has no target" },
  { name: "sla_deadline", params: [["policy", "text"], ["severity", "text"], ["created", "instant"], ["metric", "text"]], returns: "instant", doc: "deadline of metric; NULL when the severity has no target for it" },
  { name: "sla_business_ms", params: [["policy", "text"], ["start_at", "instant"], ["end_at", "instant"]], returns: "double", doc: "business milliseconds from start_at to end_at (negative when reversed)" },
  // (not `at`: a reserved keyword of BigQuery, which refuses it as a parameter name unquoted)
  { name: "sla_is_open", params: [["policy", "text"], ["at_time", "instant"]], returns: "boolean", doc: "whether at_time is business time" },
  { name: "sla_evaluate", params: [["policy", "text"], ["ticket_json", "text"], ["now", "instant"]], returns: "text", doc: "JSON text of the ticket's status at now (instants as UTC ISO strings)" },
];

// BigQuery: no INT64 anywhere (its JavaScript UDFs do not take it); TIMESTAMP arrives as a Date.
// No overloading in BigQuery: sla_deadline takes its metric ('firstResponse' for the default).
const BQ: Record<SqlType, string> = { text: "STRING", instant: "TIMESTAMP", double: "FLOAT64", boolean: "BOOL" };
const bigquery = `-- sla-clock ${version}: the SLA functions as BigQuery JavaScript UDFs. Generated by scripts/build-warehouse.ts; docs/warehouses.md.
-- 1. Copy sla-clock-udf.js to Cloud Storage:  gcloud storage cp sla-clock-udf.js gs://YOUR-BUCKET/sla-clock-udf.js
-- 2. Replace YOUR-BUCKET and YOUR_DATASET below, then run this script once.
-- Types: instants are TIMESTAMP (a JavaScript Date inside, milliseconds kept), business time FLOAT64
-- milliseconds; no INT64 argument or result (BigQuery JavaScript UDFs do not accept INT64).
-- BigQuery has no overloading: sla_deadline always takes the metric ('firstResponse', 'resolution', ...).
-- A NULL argument gives NULL. A bad policy, severity or ticket fails the query with sla-clock's message.
-- Embedded zone rules: ${zoneNames.join(", ")} (UTC years ${ZONE_YEARS.from}-${ZONE_YEARS.to}).
${FUNCTIONS.filter((f) => !(f.name === "sla_deadline" && f.params.length === 3)).map((f) => `
-- ${f.name}: ${f.doc}
CREATE OR REPLACE FUNCTION YOUR_DATASET.${f.name}(${f.params.map(([n, t]) => `${n} ${BQ[t]}`).join(", ")})
RETURNS ${BQ[f.returns]}
DETERMINISTIC
LANGUAGE js
OPTIONS (library = ["gs://YOUR-BUCKET/sla-clock-udf.js"])
AS r"""
  return SlaClockUdf.${f.name}(${f.params.map(([n]) => n).join(", ")});
""";
`).join("")}`;

// Snowflake: no library files for JavaScript UDFs, so each body carries the script, evaluated once
// per JavaScript environment (the global-state pattern of Snowflake's documentation), not per row.
const SF: Record<SqlType, string> = { text: "VARCHAR", instant: "TIMESTAMP_TZ", double: "DOUBLE", boolean: "BOOLEAN" };
const snowflakeBody = (f: SqlFunction): string => `
if (typeof sla_clock_udf === "undefined") {
${code.trimEnd()}
if (typeof globalThis === "object") globalThis.sla_clock_udf = SlaClockUdf; else sla_clock_udf = SlaClockUdf;
}
return sla_clock_udf.${f.name}(${f.params.map(([n]) => n.toUpperCase()).join(", ")});
`;
const snowflake = `-- sla-clock ${version}: the SLA functions as Snowflake JavaScript UDFs. Generated by scripts/build-warehouse.ts; docs/warehouses.md.
-- Run this script once in the database and schema the functions should live in (USE SCHEMA ...).
-- Each body carries sla-clock-udf.js (Snowflake JavaScript UDFs have no library files) and evaluates
-- it once per JavaScript environment, not once per row: the first call stores it in the global
-- sla_clock_udf, later rows reuse it (and its compiled policies).
-- Types: instants are TIMESTAMP_TZ (a JavaScript Date inside), business time DOUBLE milliseconds.
-- A NULL argument gives NULL (RETURNS NULL ON NULL INPUT). A bad policy, severity or ticket fails
-- the query with sla-clock's message.
-- Embedded zone rules: ${zoneNames.join(", ")} (UTC years ${ZONE_YEARS.from}-${ZONE_YEARS.to}).
${FUNCTIONS.map((f) => `
-- ${f.name}: ${f.doc}
CREATE OR REPLACE FUNCTION ${f.name}(${f.params.map(([n, t]) => `${n.toUpperCase()} ${SF[t]}`).join(", ")})
RETURNS ${SF[f.returns]}
LANGUAGE JAVASCRIPT
RETURNS NULL ON NULL INPUT
IMMUTABLE
AS $$${snowflakeBody(f)}$$;
`).join("")}`;

const bodyGzip = gzipSync(snowflakeBody(FUNCTIONS[0]!), { level: 9 }).length;
if (bodyGzip >= MAX_SNOWFLAKE_BODY_GZIP) throw new Error(`build-warehouse: a Snowflake function body is ${bodyGzip} bytes gzipped, over Snowflake's recommended 100 KB`);

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "sla-clock-udf.js"), code);
writeFileSync(join(outDir, "bigquery.sql"), bigquery);
writeFileSync(join(outDir, "snowflake.sql"), snowflake);
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
console.log(`warehouse: sla-clock-udf.js ${kb(bytes)} (${kb(gzipSync(code, { level: 9 }).length)} gzip; zones ${zoneNames.join(", ")}), bigquery.sql, snowflake.sql → ${outDir}`);
