/**
 * Builds dist/apps-script/ for Google Sheets (CONTRACT §4):
 * - sla-clock.js: the lite API + spreadsheet functions as one classic ES2020 script, an IIFE that
 *   defines the global `SlaClock` (no import/export/require/timers, no date-holidays);
 * - functions.js: top-level `function SLA_…()` declarations with @customfunction JSDoc, generated
 *   from SHEET_FUNCTION_SPECS, each delegating to `SlaClock.sheets`.
 * Run after tsup by `npm run build`; needs only esbuild (installed with tsup).
 */
import { build } from "esbuild";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "dist", "apps-script");
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;

// zod/mini is third-party code nobody reads in the script editor: it goes in minified (names and
// all), while sla-clock's own code stays readable. A first build minifies zod/mini as one ES module;
// the plugin hands that module to the main build wherever `zod/mini` is imported.
// Only the members sla-clock uses (`z.member` in src/, comments left out: a comment that names
// `z.tuple` must not bundle it), so that tree-shaking still applies.
const zodExports = await import("zod/mini");
const used = new Set();
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith(".ts")) {
      // block comments, and line comments that start a line or follow a space (not "https://…")
      const code = readFileSync(path, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/[^\n]*/g, "$1");
      for (const m of code.matchAll(/\bz\.([A-Za-z]\w*)/g)) used.add(m[1]);
    }
  }
};
walk(join(root, "src"));
const members = [...used].filter((name) => typeof zodExports[name] === "function").sort();
const zodMini = await build({
  stdin: { contents: `export { ${members.join(", ")} } from "zod/mini";`, resolveDir: root },
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2020",
  minify: true,
  legalComments: "none",
  write: false,
  logLevel: "warning",
});
const minifiedZod = {
  name: "minified-zod-mini",
  setup(b) {
    b.onResolve({ filter: /^zod\/mini$/ }, () => ({ path: "zod/mini", namespace: "minified-zod" }));
    b.onLoad({ filter: /.*/, namespace: "minified-zod" }, () => ({ contents: zodMini.outputFiles[0].text, loader: "js" }));
  },
};

const result = await build({
  entryPoints: [join(root, "src/adapters/sheets/appsScriptEntry.ts")],
  bundle: true,
  format: "iife",
  globalName: "SlaClock",
  platform: "browser",
  target: "es2020",
  // Not minified: Apps Script users read (and debug) this file in the script editor. Whitespace and
  // names cost little once gzipped (the budget is 60 KB gzip for both files, scripts/size-budget.mjs).
  minify: false,
  legalComments: "none",
  metafile: true,
  plugins: [minifiedZod],
  write: false,
  logLevel: "warning",
  banner: {
    js: `/* sla-clock ${version} for Google Apps Script: the lite API as the global SlaClock, plus SlaClock.sheets (used by functions.js).
 * Paste this file and functions.js into Extensions > Apps Script, or clasp push them. Docs: docs/spreadsheets.md in the sla-clock package.
 * MIT license. Bundles zod/mini (MIT, Copyright 2025 Colin McDonnell). */`,
  },
});

const inputs = Object.keys(result.metafile.inputs);
const forbidden = inputs.filter((p) => /date-holidays|node_modules\/luxon|node:|^(fs|path|os|vm|util)$/.test(p));
if (forbidden.length > 0) throw new Error(`apps-script bundle must not include ${forbidden.join(", ")}`);

// esbuild's comment naming each module's source file ("  // src/sla/evaluateTicket.ts") is left
// out: a line of its own, worth ~0.6 KB gzip in all, of no use to someone reading the script in
// Apps Script (the code keeps its names and layout).
const code = result.outputFiles[0].text.replace(/^[ \t]*\/\/ (?:src|node_modules)\/[^\n]*\n/gm, "");
for (const [re, what] of [
  [/\bsetTimeout\s*\(/, "setTimeout"],
  [/\brequire\s*\(/, "require()"],
  [/^\s*(import|export)\s/m, "import/export"],
]) {
  if (re.test(code)) throw new Error(`apps-script bundle contains ${what}`);
}

// The function declarations, from the specs in the sources (bundled on their own: they are not in
// sla-clock.js, whose size they would only add to).
const specsBuild = await build({
  entryPoints: [join(root, "src/adapters/sheets/sheetFunctionSpecs.ts")],
  bundle: true,
  format: "iife",
  globalName: "Specs",
  platform: "neutral",
  write: false,
  logLevel: "warning",
});
const specsContext = vm.createContext({});
vm.runInContext(`${specsBuild.outputFiles[0].text}\nthis.Specs = Specs;`, specsContext);
const specs = JSON.parse(JSON.stringify(specsContext.Specs.SHEET_FUNCTION_SPECS));
// Smoke test of the bundle: it runs in a bare realm and has a function for every declaration.
const context = vm.createContext({});
vm.runInContext(`${code}\nthis.SlaClock = SlaClock;`, context);
for (const s of specs) {
  if (typeof context.SlaClock.sheets[s.name] !== "function") throw new Error(`apps-script bundle: SlaClock.sheets.${s.name} is missing`);
}
const RETURNS = { SLA_DEADLINE: "Date", SLA_STATUS: "string", SLA_REMAINING: "number", SLA_BUSINESS_HOURS: "number", SLA_ADD_BUSINESS_HOURS: "Date", SLA_IS_OPEN: "boolean", SLA_BUSINESS_DAYS: "number", SLA_INFO: "string" };

const declarations = specs.map((s) => {
  const params = s.params.map((p) => p.name);
  const lines = [
    "/**",
    ` * ${s.summary}`,
    " *",
    ...s.params.map((p) => ` * @param {${p.type}} ${p.name} ${p.optional ? "(optional) " : ""}${p.description}`),
    ` * @return {${RETURNS[s.name] ?? "*"}} ${s.returns}`,
    " * @customfunction",
    " */",
    `function ${s.name}(${params.join(", ")}) {`,
    `  return SlaClock.sheets.${s.name}(${params.join(", ")});`,
    "}",
  ];
  return lines.join("\n");
});

const functions = `/**
 * sla-clock ${version}: custom functions for Google Sheets. Needs sla-clock.js in the same Apps Script project.
 * Every date argument and range takes one cell or a 2-D range (answers spill in the same shape);
 * blank cells give ""; a bad row gives "ERROR: …" in its cell. Docs: docs/spreadsheets.md.
 * Generated by scripts/build-apps-script.mjs; do not edit.
 */

${declarations.join("\n\n")}
`;

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "sla-clock.js"), code);
writeFileSync(join(outDir, "functions.js"), functions);
writeFileSync(
  join(outDir, "appsscript.json"),
  `${JSON.stringify({ timeZone: context.SlaClock.expandedPresets.auvikSupportV2.timezone, runtimeVersion: "V8", exceptionLogging: "STACKDRIVER" }, null, 2)}\n`,
);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`apps-script: sla-clock.js ${kb(code.length)}, functions.js ${kb(functions.length)} → dist/apps-script/`);
