/**
 * `npm run test:deep`: the deep differential run (test/deep/**), kept out of `npm test`.
 * Budget and seed come from the environment (DEEP_CASES, DEEP_SEED, DEEP_REPORT; see test/deep/deepShard.ts).
 * The cases are split over a few test files so that both cores of a small CI machine work.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/deep/**/*.test.ts"],
    testTimeout: 60 * 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: Number(process.env["DEEP_WORKERS"] ?? 2),
    reporters: ["default"],
  },
});
