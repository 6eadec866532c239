import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", lite: "src/lite.ts", sheets: "src/sheets.ts", svg: "src/svg.ts", duckdb: "src/duckdb.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    // Keep dist/cli.js: the second config writes it concurrently (tsup builds configs in parallel).
    clean: ["!cli.js"],
    target: "es2020",
    splitting: true,
    treeshake: true,
    // zod/mini is bundled in (tree-shaken, ~10 KB gzip) rather than imported: its published entry
    // points load zod's whole module graph, 64 locale files included, which cost ~80 ms of cold
    // start in unbundled Node. Users who bundle were tree-shaking it anyway. zod stays a dependency
    // for the types of `policySchema`.
    noExternal: [/^zod(\/|$)/],
    // sla-clock/duckdb imports the user's DuckDB (an optional peer dependency), never a copy
    external: ["@duckdb/node-api"],
  },
  {
    // The `sla-clock` executable: ESM only, one file (the core is bundled in; date-holidays and zod
    // stay external as runtime dependencies).
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: false,
    clean: false,
    target: "node20",
    platform: "node",
    splitting: false,
    treeshake: true,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
