/**
 * Loads the built library (../dist) and wraps it in the same shape as the competitors.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { slaPolicyDefinition } from "./schedule.mjs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/**
 * The bench reads a snapshot of dist/ taken at its start (bench/.dist/), so that a rebuild while
 * it runs cannot pull files from under the cold-start and memory child processes. Bare imports
 * from the snapshot (luxon, zod, date-holidays) resolve through bench/node_modules and then the
 * root's node_modules, as from dist/.
 */
export const DIST = fileURLToPath(new URL("../.dist/", import.meta.url));

export function snapshotDist() {
  const from = `${ROOT}dist/`;
  if (!existsSync(`${from}index.js`)) throw new Error(`${from}index.js is missing: run \`npm run build\` in the repository root first`);
  rmSync(DIST, { recursive: true, force: true });
  cpSync(from, DIST, { recursive: true });
  // dist/ resolves `#load-date-holidays` through the package's "imports"; the snapshot gets the same
  // mapping (paths from the package root, so "./dist/x.js" becomes "./x.js" here).
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8"));
  const imports = JSON.parse(JSON.stringify(pkg.imports ?? {}).replaceAll('"./dist/', '"./'));
  writeFileSync(`${DIST}package.json`, JSON.stringify({ type: pkg.type, imports }, null, 2));
}

export async function loadSlaClock(entry = "index.js") {
  const file = `${DIST}${entry}`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` in the repository root first`);
  return import(pathToFileURL(file).href);
}

/** The competitor-shaped adapter of sla-clock on the bench schedule in `zone`. */
export function slaClockOn(lib, zone) {
  const p = lib.definePolicy(slaPolicyDefinition(zone));
  return {
    name: "sla-clock",
    zone,
    policy: p,
    isOpen: (t) => lib.isBusinessTime(p, t),
    add: (t, ms) => lib.addBusinessTime(p, t, ms).getTime(),
    between: (a, b) => lib.businessTimeBetween(p, a, b),
  };
}
