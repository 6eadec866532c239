#!/usr/bin/env node
/**
 * Re-scores the survivors of a StrykerJS JSON report against tests written after the run, without a
 * new Stryker run (which re-tests every mutant whose covering tests changed: all of them, when new
 * tests cover a whole folder).
 *
 *   node scripts/mutation-rescore.mjs reports/mutation/calendar-cs.json out.json test/calendar/x.test.ts …
 *
 * For each Survived or NoCoverage mutant: copies the repository's `src` and `test` into a scratch
 * directory (once), applies the mutant's replacement to its file there, runs the given test files
 * with vitest (Stryker's configuration, vitest.mutation.config.ts: the given files run whatever it
 * includes), and records Killed (the tests fail), Timeout (they run for over 5 minutes) or
 * Survived. The tests are first run on the unmutated copy; if they fail there, it stops. Writes the report with the statuses updated (the reason names the re-score) to
 * `out.json`, and prints one line per mutant.
 *
 * A file whose source changed since the run: each mutant is moved to the current source when every
 * line it spans is found unchanged, at the same line number or exactly once elsewhere in the current
 * file (otherwise it is reported UNMAPPED and keeps its status). Mutants of code added since the run are not in the report: re-run
 * Stryker for complete numbers.
 *
 * Why the given tests are enough: a mutant that survived the run survived every test that existed
 * then, so only the tests added since can kill it; pass those.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const [report, out, ...tests] = process.argv.slice(2);
if (report === undefined || out === undefined || tests.length === 0) {
  console.error("usage: node scripts/mutation-rescore.mjs <stryker-report.json> <out.json> <test files…>");
  process.exit(2);
}
const root = process.cwd();
const work = fs.mkdtempSync(path.join(os.tmpdir(), "sla-clock-rescore-"));
for (const entry of ["src", "test"]) fs.cpSync(path.join(root, entry), path.join(work, entry), { recursive: true });
for (const entry of ["package.json", "tsconfig.json", "vitest.mutation.config.ts"]) fs.copyFileSync(path.join(root, entry), path.join(work, entry));
fs.symlinkSync(path.join(root, "node_modules"), path.join(work, "node_modules"));

/**
 * Runs the given tests in the scratch copy with Stryker's own vitest configuration (no build of
 * dist/ first: the copy has no build scripts, and vitest.config.ts's globalSetup would fail there,
 * making every mutant look killed).
 */
function runTests() {
  return spawnSync("npx", ["vitest", "run", "--config", "vitest.mutation.config.ts", "--bail=1", ...tests], { cwd: work, encoding: "utf8", timeout: 300_000 });
}

// The tests must pass on the unmutated copy, or a failure would say nothing about a mutant.
const baseline = runTests();
if (baseline.error !== undefined || baseline.status !== 0) {
  fs.rmSync(work, { recursive: true, force: true });
  console.error(`mutation-rescore: the given tests fail without any mutant applied; fix that first:\n${(baseline.stdout + baseline.stderr).slice(-3000)}`);
  process.exit(1);
}

const r = JSON.parse(fs.readFileSync(report, "utf8"));
try {
  for (const [file, entry] of Object.entries(r.files)) {
    const target = path.join(work, file);
    const original = fs.readFileSync(target, "utf8");
    const lineStarts = [0];
    for (let i = 0; i < original.length; i++) if (original[i] === "\n") lineStarts.push(i + 1);
    const offset = (p) => lineStarts[p.line - 1] + p.column - 1; // Stryker: 1-based lines and columns
    // line number in the report's source → line number in the current source (identical text, unique)
    const oldLines = entry.source.split("\n");
    const newLines = original.split("\n");
    const where = new Map();
    newLines.forEach((text, i) => where.set(text, where.has(text) ? -1 : i + 1));
    // a line still in the same place with the same text stays; otherwise its text must be unique
    const relocate = (line) => (newLines[line - 1] === oldLines[line - 1] ? line : (where.get(oldLines[line - 1]) ?? -1));
    for (const m of entry.mutants) {
      if (m.status !== "Survived" && m.status !== "NoCoverage") continue;
      const span = m.location.end.line - m.location.start.line;
      const first = relocate(m.location.start.line);
      const last = first + span;
      const moved = first > 0 && Array.from({ length: span + 1 }, (_, k) => relocate(m.location.start.line + k)).every((line, k) => line === first + k);
      if (!moved) {
        console.log(`UNMAPPED ${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName}: its code changed since the run`);
        continue;
      }
      const start = offset({ line: first, column: m.location.start.column });
      const end = offset({ line: last, column: m.location.end.column });
      fs.writeFileSync(target, original.slice(0, start) + m.replacement + original.slice(end));
      let run;
      try {
        run = runTests();
      } finally {
        fs.writeFileSync(target, original);
      }
      const status = run.error !== undefined ? "Timeout" : run.status !== 0 ? "Killed" : "Survived";
      console.log(`${status.padEnd(8)} ${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${JSON.stringify(m.replacement).slice(0, 80)}`);
      if (status !== "Survived") {
        m.status = status;
        m.statusReason = `re-scored by scripts/mutation-rescore.mjs with ${tests.join(", ")}`;
      }
    }
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
fs.writeFileSync(out, JSON.stringify(r));
