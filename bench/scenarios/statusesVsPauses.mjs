/**
 * Issue 13's speed target: `evaluateTicket` on a ten-event ticket whose pauses are statuses costs
 * at most 1.5× the same events written as pause/resume on a policy without statuses (same hours,
 * same targets), measured in one process.
 *
 * In `npm run bench` it is one row of the SLA table (run.mjs passes its tinybench `measure`).
 * Standalone, with a plain timing loop (no bench/node_modules needed):
 *   node bench/scenarios/statusesVsPauses.mjs            # the built library (dist/)
 *   npx tsx bench/scenarios/statusesVsPauses.mjs --src   # the sources
 *   … [--quick]                                         # short samples
 */
const H = 3_600_000;

/** The preset with update and resolution targets, with and without statuses. */
function policies(lib) {
  const base = lib.presets.auvikSupportV2;
  const severities = {};
  for (const [key, s] of Object.entries(base.severities)) {
    severities[key] = { ...s, targets: { ...s.targets, update: "8h", resolution: { duration: "5d", clock: "calendar" } } };
  }
  const plain = lib.definePolicy({ ...base, severities });
  const withStatuses = lib.definePolicy({
    ...base,
    severities,
    statuses: { open: {}, pending: { pauses: true }, solved: { resolves: true } },
  });
  return { plain, withStatuses };
}

/** Ten events; the pauses as `pause`/`resume` or as `status` pending/open. */
function ticket(created, id, asStatuses) {
  const at = (h) => created + h * H;
  const pause = (h) => (asStatuses ? { type: "status", at: at(h), status: "pending" } : { type: "pause", at: at(h) });
  const resume = (h) => (asStatuses ? { type: "status", at: at(h), status: "open" } : { type: "resume", at: at(h) });
  return {
    id,
    createdAt: created,
    severity: "sev2",
    events: [
      { type: "response", at: at(1) },
      { type: "update", at: at(5) },
      pause(6),
      resume(26),
      { type: "update", at: at(28) },
      { type: "severity", at: at(30), severity: "sev1" },
      { type: "update", at: at(32) },
      pause(50),
      resume(52),
      { type: "update", at: at(54) },
    ],
  };
}

/**
 * Measures both and returns `{ pauses, statuses, ratio }` (results of `measure`; ratio = time per
 * call with statuses / without). Checks first that both describe the same clocks.
 */
export async function measureStatusesVsPauses(lib, measure) {
  const { plain, withStatuses } = policies(lib);
  const starts = Array.from({ length: 64 }, (_, i) => Date.UTC(2026, 2, 2, 13) + i * 7_919_000);
  const a = starts.map((s, k) => ticket(s, `P-${k}`, false));
  const b = starts.map((s, k) => ticket(s, `S-${k}`, true));
  const now = (t) => t.createdAt + 72 * H;
  for (let i = 0; i < 64; i++) {
    const x = lib.evaluateTicket(plain, a[i], now(a[i])).metrics;
    const y = lib.evaluateTicket(withStatuses, b[i], now(b[i])).metrics;
    if (JSON.stringify(x) !== JSON.stringify(y)) throw new Error(`statusesVsPauses: the two tickets disagree at start ${starts[i]}`);
  }
  const pauses = await measure("evaluateTicket pause/resume", (i) => lib.evaluateTicket(plain, a[i & 63], now(a[i & 63])).breached);
  const statuses = await measure("evaluateTicket statuses", (i) => lib.evaluateTicket(withStatuses, b[i & 63], now(b[i & 63])).breached);
  return { pauses, statuses, ratio: pauses.opsPerSec / statuses.opsPerSec };
}

/** A plain timing loop: median ops/s of `samples` samples of ~`sampleMs` each, after a warm-up. */
function simpleMeasure(sampleMs, samples) {
  return async (_name, fn) => {
    let n = 0;
    const warmEnd = performance.now() + sampleMs * 2;
    while (performance.now() < warmEnd) fn(n++);
    const rates = [];
    for (let s = 0; s < samples; s++) {
      let calls = 0;
      const t0 = performance.now();
      while (performance.now() - t0 < sampleMs) for (let k = 0; k < 50; k++) fn(calls++);
      rates.push(calls / ((performance.now() - t0) / 1000));
    }
    rates.sort((x, y) => x - y);
    const opsPerSec = rates[samples >> 1];
    return { opsPerSec, msPerOp: 1000 / opsPerSec, samples };
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = new Set(process.argv.slice(2));
  const lib = args.has("--src") ? await import("../../src/index.ts") : await import("../../dist/index.js");
  const quick = args.has("--quick");
  const r = await measureStatusesVsPauses(lib, simpleMeasure(quick ? 100 : 400, quick ? 7 : 15));
  const fmt = (x) => `${Math.round(x.opsPerSec).toLocaleString("en")}/s (${(x.msPerOp * 1000).toFixed(1)} µs)`;
  console.log(`evaluateTicket, ten events: pause/resume ${fmt(r.pauses)}; statuses ${fmt(r.statuses)}; statuses cost ${r.ratio.toFixed(2)}× (target ≤ 1.5×)`);
}
