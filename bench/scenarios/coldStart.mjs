/**
 * Child process for the cold-start measurement: imports one entry of the built library and
 * compiles a policy, then answers one query. Prints the phases in ms as JSON.
 * argv: ENTRY_FILE POLICY  where POLICY is a JSON file (a definition read from configuration: fully
 * validated) or `preset:NAME` (the library's own `presets[NAME]` object, as most users pass it).
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [entry, policyFile] = process.argv.slice(2);
const presetName = policyFile.startsWith("preset:") ? policyFile.slice("preset:".length) : null;
const def = presetName === null ? JSON.parse(readFileSync(policyFile, "utf8")) : null;
const url = pathToFileURL(entry).href;

const t0 = performance.now();
const lib = await import(url);
const t1 = performance.now();
const p = lib.definePolicy(presetName === null ? def : lib.presets[presetName]);
const t2 = performance.now();
lib.addBusinessTime(p, Date.UTC(2026, 2, 4, 15, 7), 7_200_000);
const t3 = performance.now();
process.stdout.write(JSON.stringify({ import: t1 - t0, compile: t2 - t1, firstQuery: t3 - t2, sinceProcessStart: t3 }));
