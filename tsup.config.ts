import { defineConfig } from "tsup";
import type { Plugin } from "esbuild";

/**
 * `sla-clock` loads date-holidays the first time a policy needs a region: the entry imports
 * `#load-date-holidays`, which package.json maps to the lazy `createRequire` loader under Node and
 * to a plain static import elsewhere (bundlers, Deno, Workers). In the sources the import is the
 * Node loader itself (`./loadDateHolidays.js`), which tests, tsx and the CLI use directly.
 */
const dateHolidaysLoader: Plugin = {
  name: "date-holidays-loader",
  setup(build) {
    build.onResolve({ filter: /\/loadDateHolidays\.js$/ }, (args) =>
      args.kind === "entry-point" ? undefined : { path: "#load-date-holidays", external: true },
    );
  },
};

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      lite: "src/lite.ts",
      sheets: "src/sheets.ts",
      svg: "src/svg.ts",
      duckdb: "src/duckdb.ts",
      "loadDateHolidays.node": "src/calendar/loadDateHolidays.ts",
      "loadDateHolidays.static": "src/calendar/loadDateHolidays.static.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    // Keep dist/cli.js: the second config writes it concurrently (tsup builds configs in parallel).
    clean: ["!cli.js"],
    target: "es2020",
    splitting: true,
    treeshake: true,
    // zod/mini is bundled in (tree-shaken, ~4 KB gzip) rather than imported: its published entry
    // points load zod's whole module graph, 64 locale files included, which cost ~80 ms of cold
    // start in unbundled Node. Users who bundle were tree-shaking it anyway. zod stays a dependency
    // for the types of `policySchema`.
    noExternal: [/^zod(\/|$)/],
    // sla-clock/duckdb imports the user's DuckDB (an optional peer dependency), never a copy
    external: ["@duckdb/node-api"],
    esbuildPlugins: [dateHolidaysLoader],
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
