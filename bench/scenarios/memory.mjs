/**
 * Child process (node --expose-gc): the heap a compiled policy keeps after answering queries
 * spread over 100 years. Prints JSON with the heap (+ array buffer) delta in bytes.
 * argv: ENTRY_FILE POLICY_JSON_FILE
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

if (typeof globalThis.gc !== "function") throw new Error("run with --expose-gc");
const [entry, policyFile] = process.argv.slice(2);
const lib = await import(pathToFileURL(entry).href);
const def = JSON.parse(readFileSync(policyFile, "utf8"));

function used() {
  for (let i = 0; i < 4; i++) globalThis.gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

// One query first so that lazily loaded modules and one-time tables do not count as the cache.
const warmPolicy = lib.definePolicy(def);
lib.addBusinessTime(warmPolicy, Date.UTC(2026, 0, 5, 12), 7_200_000);

const p = lib.definePolicy(def);
const before = used();
const FROM = Date.UTC(1950, 0, 1);
const SPAN = 100 * 365.25 * 86_400_000;
let seed = 12345;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
let sink = 0;
const queries = 200_000;
const t0 = performance.now();
for (let i = 0; i < queries; i++) {
  const t = FROM + Math.floor(rnd() * SPAN);
  switch (i % 4) {
    case 0: sink += lib.isBusinessTime(p, t) ? 1 : 0; break;
    case 1: sink += lib.addBusinessTime(p, t, 7_200_000).getTime() & 1; break; // spread over 1950–2050
    case 2: sink += lib.businessTimeBetween(p, t, Math.min(FROM + SPAN, t + Math.floor(rnd() * 20 * 365 * 86_400_000))) & 1; break;
    default: sink += lib.addBusinessTime(p, t, 2000 * 3_600_000).getTime() & 1; break;
  }
}
const elapsed = performance.now() - t0;
const after = used();
process.stdout.write(JSON.stringify({ queries, years: 100, bytes: after - before, ms: elapsed, sink }));
// keep the policy alive until after the measurement
if (p === null) console.log(p);
