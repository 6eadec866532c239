/**
 * Timing with tinybench: each task is calibrated into a batch of calls long enough (~2 ms) that
 * timer resolution and call overhead do not matter, warmed up, then sampled until both a time
 * budget and a minimum sample count are met. Reports the median ops/s over the samples and the
 * spread (median absolute deviation, as a percentage of the median).
 */
import { Bench } from "tinybench";

/** Global knobs; `--quick` shrinks them for a smoke run. */
export const settings = {
  batchMs: 2,
  timeMs: 400,
  warmupMs: 100,
  minSamples: 10,
};

/** Calls `fn(i)` for i = 0, 1, … and returns ms per call, roughly (for calibration). */
function roughCost(fn) {
  fn(0);
  let n = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn(i);
    const dt = performance.now() - t0;
    if (dt > 5 || n >= 1 << 20) return dt / n;
    n *= 4;
  }
}

let sink = 0;
/** Keeps results alive so the optimizer cannot drop the calls. */
export function consume(x) {
  sink ^= typeof x === "number" ? x | 0 : x ? 1 : 0;
}

/**
 * Measures `fn(i)` (i cycles through the caller's inputs).
 * @returns {{ opsPerSec: number, spreadPct: number, samples: number, batch: number, msPerOp: number }}
 */
export async function measure(name, fn) {
  globalThis.gc?.();
  const cost = roughCost(fn);
  const batch = Math.max(1, Math.round(settings.batchMs / cost));
  const perSample = cost * batch;
  const minSamples = perSample > 50 ? Math.max(5, Math.min(settings.minSamples, Math.ceil(3000 / perSample))) : settings.minSamples;
  let i = 0;
  const bench = new Bench({
    name,
    time: perSample > 50 ? 0 : settings.timeMs,
    iterations: minSamples,
    warmupTime: perSample > 50 ? 0 : settings.warmupMs,
    warmupIterations: perSample > 50 ? 1 : 5,
    throws: true,
  });
  bench.add(name, () => {
    for (let k = 0; k < batch; k++) consume(fn(i++));
  });
  await bench.run();
  const r = bench.tasks[0].result;
  const medianMs = r.latency.p50;
  return {
    opsPerSec: (1000 * batch) / medianMs,
    spreadPct: (100 * r.latency.mad) / medianMs,
    samples: r.latency.samplesCount,
    batch,
    msPerOp: medianMs / batch,
  };
}

export function sinkValue() {
  return sink;
}
