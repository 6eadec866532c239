/**
 * StrykerJS mutation testing of the core (`npm run test:mutation`; on demand, not in CI).
 *
 * Mutates src/time, src/calendar, src/business, src/sla and src/policy; one folder at a time with the MUTATE
 * environment variable (CPU-heavy: about an hour per large folder on 2 cores):
 *   MUTATE=calendar npm run test:mutation        # or time, business, sla, policy; unset = all five
 * Add --ignoreStatic to skip mutants that only run while a module loads (they re-run every test).
 * Results: reports/mutation/<folder>.html / .json, and an incremental file per folder
 * (reports/stryker-incremental-<folder>.json) so that a re-run only tests mutants whose code or
 * covering tests changed. Scores and equivalent mutants are recorded
 * in docs/reliability.md, "Mutation testing".
 *
 * The business-time property tests run with a quarter of their cases (FC_SCALE below); they still
 * count. test/sla/laws.property.test.ts keeps its 60 runs (it asserts that each law was exercised).
 */
process.env.FC_SCALE ??= "0.25";

const FOLDERS = ["time", "calendar", "business", "sla", "policy"];
const only = process.env.MUTATE;
if (only !== undefined && !FOLDERS.includes(only)) throw new Error(`MUTATE=${only}: use one of ${FOLDERS.join(", ")}`);
const folders = only === undefined ? FOLDERS : [only];
// MUTATE_FILES=walk,measure (with MUTATE=<folder>): only those files of the folder, reported as
// <folder>-<MUTATE_PART or "part">, so that one large folder can run as two processes.
const files = process.env.MUTATE_FILES?.split(",").map((f) => f.trim()).filter(Boolean);
if (files !== undefined && only === undefined) throw new Error("MUTATE_FILES needs MUTATE=<folder>");
const name = files === undefined ? (only ?? "all") : `${only}-${process.env.MUTATE_PART ?? "part"}`;

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: files === undefined ? folders.map((f) => `src/${f}/**/*.ts`) : files.map((f) => `src/${only}/${f}.ts`),
  tempDirName: `.stryker-tmp-${name}`,
  // (examples/ stays in the sandbox: the preset and JSON-schema tests read examples/policies/)
  ignorePatterns: ["dist", "docs/api", "bench", "coverage", "reports", ".ci", ".stryker-tmp*"],
  coverageAnalysis: "perTest",
  concurrency: 2,
  timeoutMS: 10_000,
  timeoutFactor: 1.5,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${name}.json`,
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  thresholds: { high: 90, low: 85, break: null },
  cleanTempDir: "always",
};
