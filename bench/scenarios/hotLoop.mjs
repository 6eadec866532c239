/**
 * Child process for `bench/profile.mjs`: runs one operation of the built library in a loop.
 * argv: OP [SECONDS]
 */
import * as lib from "../../dist/index.js";
import { MS_PER_HOUR, MS_PER_YEAR, slaPolicyDefinition, startInstants } from "../lib/schedule.mjs";
import { tenEventTicket, ticketQueue, withAllMetrics } from "../lib/slaOps.mjs";

const [op, seconds = "3"] = process.argv.slice(2);
const p = lib.definePolicy(slaPolicyDefinition("America/Toronto"));
const preset = lib.definePolicy(lib.presets.auvikSupportV2);
const s = startInstants(64);
const ops = {
  add2h: (i) => lib.addBusinessTime(p, s[i & 63], 2 * MS_PER_HOUR),
  add2000h: (i) => lib.addBusinessTime(p, s[i & 63], 2000 * MS_PER_HOUR),
  between1d: (i) => lib.businessTimeBetween(p, s[i & 63], s[i & 63] + 86_400_000),
  between1y: (i) => lib.businessTimeBetween(p, s[i & 63], s[i & 63] + MS_PER_YEAR),
  between10y: (i) => lib.businessTimeBetween(p, s[i & 63], s[i & 63] + 10 * MS_PER_YEAR),
  isOpen: (i) => lib.isBusinessTime(p, s[i & 63]),
  computeDeadline: (i) => lib.computeDeadline(preset, { severity: "sev2", start: s[i & 63] }),
  evaluateTicket: (() => {
    const full = lib.definePolicy(withAllMetrics(lib.presets.auvikSupportV2));
    const tickets = s.map((t, k) => tenEventTicket(t, `T-${k}`));
    return (i) => lib.evaluateTicket(full, tickets[i & 63], tickets[i & 63].createdAt + 72 * MS_PER_HOUR);
  })(),
  prioritize: (() => {
    const now = Date.UTC(2026, 2, 4, 15);
    const q = ticketQueue(10_000, now);
    return () => lib.prioritize(preset, q, now);
  })(),
  definePolicy: () => lib.definePolicy(lib.presets.auvikSupportV2),
  isoString: (() => {
    const iso = s.map((t) => new Date(t).toISOString());
    return (i) => lib.addBusinessTime(preset, iso[i & 63], 2 * MS_PER_HOUR);
  })(),
};
const fn = ops[op];
if (!fn) throw new Error(`unknown op ${op}; one of ${Object.keys(ops).join(", ")}`);
const end = performance.now() + Number(seconds) * 1000;
let n = 0;
const inner = op === "prioritize" || op === "definePolicy" ? 1 : 100;
while (performance.now() < end) for (let k = 0; k < inner; k++) fn(n++);
process.stdout.write(JSON.stringify({ op, calls: n, opsPerSec: n / Number(seconds) }));
