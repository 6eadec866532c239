/**
 * Child process for `bench/instructions.mjs`: warms one operation of issue 14's ratios, then calls
 * it CALLS more times. Run under valgrind, the difference between CALLS = N and CALLS = 0 is the
 * machine instructions of N calls.
 *
 *   node bench/scenarios/instructionLoop.mjs ENTRY_FILE OP CALLS
 *
 * OP: add (addBusinessTime on the preset, epoch ms and ms), text (the same with ISO text and "2h"),
 * evaluateTicket (the ten-event ticket of bench/scenarios/tenantScale.mjs).
 */
import { pathToFileURL } from "node:url";

const [entry, op, callsText] = process.argv.slice(2);
const calls = Number(callsText);
if (!Number.isInteger(calls) || calls < 0) throw new Error(`CALLS: ${callsText} is not a whole number`);
const lib = await import(pathToFileURL(entry).href);
const H = 3_600_000;
const DAY = 24 * H;

// The same inputs as bench/scenarios/tenantScale.mjs.
const preset = lib.definePolicy(lib.presets.auvikSupportV2);
const instants = Array.from({ length: 1024 }, (_, i) => Date.UTC(2026, 0, 1) + ((i * 7919) % 365) * DAY + (i % 24) * H + 17 * 60_000);
const isoTexts = instants.map((t) => new Date(t).toISOString());
const slaDef = {
  ...lib.presets.auvikSupportV2,
  severities: Object.fromEntries(
    Object.entries(lib.presets.auvikSupportV2.severities).map(([k, s]) => [k, { ...s, targets: { ...s.targets, update: "8h", resolution: { duration: "5d", clock: "calendar" } } }]),
  ),
};
const slaPolicy = lib.definePolicy(slaDef);
const created = Date.UTC(2026, 2, 2, 14);
const events = [];
for (let k = 0; k < 10; k++) events.push({ type: ["response", "pause", "resume", "update", "update"][k % 5], at: created + (k + 1) * 3 * H });
const tickets = instants.map(() => ({ id: "T", createdAt: created, severity: "sev2", events }));

let sink = 0;
const ops = {
  add: (i) => (sink += lib.addBusinessTime(preset, instants[i & 1023], 2 * H).getTime()),
  text: (i) => (sink += lib.addBusinessTime(preset, isoTexts[i & 1023], "2h").getTime()),
  evaluateTicket: (i) => (sink += lib.evaluateTicket(slaPolicy, tickets[i & 1023], created + 40 * H) ? 1 : 0),
};
const fn = ops[op];
if (fn === undefined) throw new Error(`unknown OP ${op}; one of ${Object.keys(ops).join(", ")}`);
// Warm-up: the same for CALLS = 0 and CALLS = N, so that it cancels out (optimized code by then).
for (let i = 0; i < 30_000; i++) fn(i);
for (let i = 0; i < calls; i++) fn(i);
process.stdout.write(String(sink & 1));
