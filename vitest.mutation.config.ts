/**
 * Vitest configuration used by StrykerJS (`npm run test:mutation`, see stryker.config.mjs).
 *
 * The tests that exercise src/time, src/calendar, src/business and src/sla: everything under test/
 * except the adapters (CLI binaries, spreadsheets, serverless bundles: they spawn processes or build
 * bundles and only reach the core through the public API) and the examples' runs
 * (test/sla/v2Examples.test.ts: each example runs in a child process), the reference's own tests (they never
 * touch src/), the timing test (test/sla/performance.test.ts: instrumented code is several times
 * slower), the fuzz and host-independence suites and the deep differential run. Property tests
 * DO run (with fewer cases: FC_SCALE is set by stryker.config.mjs), so a mutant they kill counts.
 *
 * Speed: Stryker runs the tests covering each mutant and stops at the first failure, so example
 * files run before property files (a mutant is usually killed by a fast example). Test files stay
 * isolated (the default): with `isolate: false` module-level caches of src/ (zone tables, region
 * holidays) built by an earlier run would hide mutants in the code that builds them.
 */
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** Example tests first, property tests (slow) last; alphabetical within each group. */
class ExamplesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const slow = (f: TestSpecification) => (/property|horizon|performance|longSpans|regionHolidays/.test(f.moduleId) ? 1 : 0);
    return [...files].sort((a, b) => slow(a) - slow(b) || (a.moduleId < b.moduleId ? -1 : 1));
  }
}

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/deep/**", "test/adapters/**", "test/reference/**", "test/sla/performance.test.ts", "test/sla/v2Examples.test.ts", "test/fuzz/**", "test/host/**", "node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    sequence: { sequencer: ExamplesFirst },
  },
});
