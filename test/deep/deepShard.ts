/**
 * One shard of the deep differential run, as a vitest test body. The run is split into
 * {@link SHARDS} test files (`differential.shardN.test.ts`) so that vitest spreads it over the cores;
 * shard i runs DEEP_CASES / SHARDS cases from seed DEEP_SEED + i.
 *
 * Environment:
 * - `DEEP_CASES` — total cases over all shards (default {@link DEFAULT_CASES}: about 3–4 minutes on
 *   two cores; `.ci/run` uses the default).
 * - `DEEP_SEED` — base seed (default 1). A failure message names the seed that reproduces it.
 * - `DEEP_REPORT` — a directory: each shard writes its counts there as JSON (for docs/reliability.md).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { FUNCTIONS, describeDisagreement, runDeep } from "./differential.js";

export const SHARDS = 4;
export const DEFAULT_CASES = 150_000;

export function runShard(shard: number): void {
  const total = Number(process.env["DEEP_CASES"] ?? DEFAULT_CASES);
  const baseSeed = Number(process.env["DEEP_SEED"] ?? 1);
  if (!Number.isInteger(total) || total < 0) throw new Error(`DEEP_CASES=${process.env["DEEP_CASES"]}: use a whole number`);
  const seed = baseSeed + shard;
  const result = runDeep(seed, Math.ceil(total / SHARDS));
  const perFunction = FUNCTIONS.map((f) => `${f} ${result.cases[f]} (${result.horizon[f]} horizon)`).join(", ");
  const years = [...result.years].sort((a, b) => a - b);
  console.log(
    `deep shard ${shard} (seed ${seed}): ${result.total} cases, ${result.disagreementCount} disagreements, ` +
      `${result.policies} policies, ${result.zones.size} zones, focus years ${years[0]}–${years[years.length - 1]} (${years.length} distinct), ` +
      `${(result.ms / 1000).toFixed(1)} s\n  ${perFunction}`,
  );
  const dir = process.env["DEEP_REPORT"];
  if (dir !== undefined) {
    mkdirSync(dir, { recursive: true });
    const report = { ...result, zones: [...result.zones].sort(), years, at: new Date().toISOString() };
    writeFileSync(join(dir, `deep-seed${seed}.json`), JSON.stringify(report, null, 1));
  }
  for (const d of result.disagreements.slice(0, 5)) console.log(`DISAGREEMENT (seed ${seed})\n${describeDisagreement(d)}`);
  expect(result.disagreementCount, `seed ${seed}: see the DISAGREEMENT lines above`).toBe(0);
}
