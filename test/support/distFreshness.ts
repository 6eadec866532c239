/**
 * Whether dist/ is older than what builds it. The tests of the built package (CLI binary,
 * serverless bundle, sheets entry, Apps Script files) run against dist/; test/support/buildDist.ts
 * (vitest's globalSetup) rebuilds it once per run when this finds it missing or stale, so no test
 * passes against yesterday's build.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** What `npm run build` writes that the tests read. */
export const DIST_OUTPUTS = [
  "dist/index.js", "dist/index.cjs", "dist/lite.js", "dist/lite.cjs", "dist/sheets.js", "dist/sheets.cjs", "dist/cli.js",
  "dist/apps-script/sla-clock.js", "dist/apps-script/functions.js",
  "dist/warehouse/sla-clock-udf.js", "dist/warehouse/bigquery.sql", "dist/warehouse/snowflake.sql",
] as const;

/** What the build reads: a change to any of them makes dist/ stale. */
export const BUILD_INPUTS = ["src", "scripts/build-apps-script.mjs", "scripts/build-warehouse.ts", "scripts/generate-sheets-presets.ts", "tsup.config.ts", "package.json"] as const;

function newestFile(path: string): { path: string; mtimeMs: number } | null {
  if (!existsSync(path)) return null;
  const stat = statSync(path);
  if (!stat.isDirectory()) return { path, mtimeMs: stat.mtimeMs };
  let newest: { path: string; mtimeMs: number } | null = null;
  for (const name of readdirSync(path)) {
    const found = newestFile(join(path, name));
    if (found !== null && (newest === null || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/**
 * Why dist/ under `root` must be rebuilt — a missing output, or an input modified after the oldest
 * output — or null when it is fresh.
 */
export function distStaleReason(root: string, outputs: readonly string[] = DIST_OUTPUTS, inputs: readonly string[] = BUILD_INPUTS): string | null {
  let oldest: { path: string; mtimeMs: number } | null = null;
  for (const out of outputs) {
    const path = join(root, out);
    if (!existsSync(path)) return `${out} is missing`;
    const mtimeMs = statSync(path).mtimeMs;
    if (oldest === null || mtimeMs < oldest.mtimeMs) oldest = { path: out, mtimeMs };
  }
  for (const input of inputs) {
    const newest = newestFile(join(root, input));
    if (newest !== null && oldest !== null && newest.mtimeMs > oldest.mtimeMs) {
      return `${newest.path.slice(root.length).replace(/^[\\/]/, "")} changed after ${oldest.path} was built`;
    }
  }
  return null;
}
