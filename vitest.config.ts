import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

export default defineConfig({
  // The examples import the package by name; in the tests the names mean the sources (as in
  // tsconfig.json's paths). The built package is tested through dist/ by the tests that say so.
  resolve: {
    alias: [
      { find: /^sla-clock$/, replacement: src("index.ts") },
      { find: /^sla-clock\/lite$/, replacement: src("lite.ts") },
      { find: /^sla-clock\/sheets$/, replacement: src("sheets.ts") },
    ],
  },
  test: {
    // Builds dist/ once per run when it is missing or older than its sources.
    globalSetup: ["test/support/buildDist.ts"],
    // FC_SEED, when set, seeds every fast-check property (see the file).
    setupFiles: ["test/support/fastCheckSeed.ts"],
    include: ["test/**/*.test.ts"],
    exclude: ["test/deep/**", "node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
