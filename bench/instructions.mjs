#!/usr/bin/env node
/**
 * Machine instructions per call of issue 14's operations, counted by valgrind: a measure that does
 * not move with the load of a shared machine, for weighing a small change (1–3 % of a call) that
 * time comparisons cannot see through their noise. It is not what the targets are judged by (that
 * is time, `npm run bench`): an instruction that waits on memory costs more than one that does not,
 * and `Date`s are made in C++. On demand; needs valgrind (`apt-get install -y valgrind`).
 *
 *   npm run build && node bench/instructions.mjs [ENTRY_FILE] [--calls N]
 *
 * Each operation runs twice under `valgrind --tool=callgrind`, warmed up the same way, with CALLS =
 * N and CALLS = 0; the difference divided by N is its instructions per call. The engine is made
 * deterministic: one thread (no concurrent compilation or marking), fixed hash and random seeds,
 * and a fixed young generation. Without the last, V8 sizes the young generation from allocation
 * rates measured in time, which valgrind slows ~50 times: the count then changed by 15 % between
 * two builds whose times were the same. With these flags, two runs of one build agree within a few
 * instructions per call.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const callsAt = args.indexOf("--calls");
const calls = callsAt >= 0 ? Number(args.splice(callsAt, 2)[1]) : 20_000;
if (!Number.isInteger(calls) || calls < 1) throw new Error("--calls: pass a whole number of calls, e.g. --calls 20000");
const entry = args[0] ?? fileURLToPath(new URL("../dist/index.js", import.meta.url));
const loop = fileURLToPath(new URL("./scenarios/instructionLoop.mjs", import.meta.url));
const NODE_FLAGS = ["--single-threaded", "--hash-seed=1", "--random-seed=1", "--min-semi-space-size=16", "--max-semi-space-size=16"];

/** Total instructions of one run of `op` with `n` calls after the warm-up. */
function instructions(op, n) {
  return new Promise((resolve, reject) => {
    const child = spawn("valgrind", ["--tool=callgrind", "--callgrind-out-file=/dev/null", process.execPath, ...NODE_FLAGS, loop, entry, op, String(n)], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.on("error", (e) => reject(new Error(`valgrind could not be started (${e.message}); install it: apt-get install -y valgrind`)));
    child.on("close", (code) => {
      const m = /I\s+refs:\s+([\d,]+)/.exec(err);
      if (code !== 0 || m === null) reject(new Error(`valgrind run of ${op} (${n} calls) failed with code ${code}:\n${err.slice(-2000)}`));
      else resolve(Number(m[1].replaceAll(",", "")));
    });
  });
}

/** Instructions per call of `op`: its two runs side by side (valgrind runs on one core each). */
async function perCall(op) {
  const [base, with_] = await Promise.all([instructions(op, 0), instructions(op, calls)]);
  return (with_ - base) / calls;
}

const ops = ["add", "text", "evaluateTicket"];
const per = {};
for (const op of ops) per[op] = await perCall(op);
const rows = [
  ...ops.map((op) => ({ what: `${op}: instructions per call`, value: Math.round(per[op]) })),
  { what: "text ÷ add (instructions)", value: +(per.text / per.add).toFixed(2) },
  { what: "evaluateTicket ÷ add (instructions)", value: +(per.evaluateTicket / per.add).toFixed(2) },
];
for (const r of rows) console.log(`${r.what.padEnd(40)} ${r.value}`);
