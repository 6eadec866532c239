import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", lite: "src/lite.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    clean: true,
    target: "es2020",
    splitting: true,
    treeshake: true,
  },
]);
