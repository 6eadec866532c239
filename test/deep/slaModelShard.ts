/**
 * The SLA model v2 share of the deep run: `evaluateTicket` and `checkBreaches` against the v2
 * reference (test/reference/referenceSlaV2.ts) on random policies and event logs, as in
 * test/sla/slaModel.property.test.ts but many more tickets, split over {@link SLA_SHARDS} test files.
 *
 * Environment:
 * - `SLA_DEEP_TICKETS` — tickets over all shards (default {@link DEFAULT_SLA_TICKETS}, the bounded
 *   share that `npm run test:deep` and `.ci/run` check). The on-demand run of docs/reliability.md:
 *   `SLA_DEEP_TICKETS=200000 npx vitest run --config vitest.deep.config.ts test/deep/slaModel`.
 * - `DEEP_SEED` — base seed (default 1); shard i runs fast-check seed DEEP_SEED + 1000 + i.
 * - `DEEP_REPORT` — a directory: each shard writes its tally there as JSON (every 25 policies while
 *   it runs, and at the end; a disagreement is written as soon as it is found).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { expect } from "vitest";
import { agreementProperty, describe as describeDisagreement, type Disagreement, type Tally } from "../support/slaModelAgreement.js";

export const SLA_SHARDS = 2;
export const DEFAULT_SLA_TICKETS = 24_000;
const PER_POLICY = 80;

export function runSlaShard(shard: number): void {
  const total = Number(process.env["SLA_DEEP_TICKETS"] ?? DEFAULT_SLA_TICKETS);
  if (!Number.isInteger(total) || total < 0) throw new Error(`SLA_DEEP_TICKETS=${process.env["SLA_DEEP_TICKETS"]}: use a whole number`);
  const seed = Number(process.env["DEEP_SEED"] ?? 1) + 1000 + shard;
  const policies = Math.ceil(total / SLA_SHARDS / PER_POLICY);
  const tally: Tally = { tickets: 0, policies: 0, horizon: 0, breachChecks: 0 };
  let first: Disagreement | null = null;
  const t0 = Date.now();
  const dir = process.env["DEEP_REPORT"];
  const report = (state: string, extra: Record<string, unknown> = {}) => {
    if (dir === undefined) return;
    mkdirSync(dir, { recursive: true });
    const body = { seed, state, ...tally, ms: Date.now() - t0, at: new Date().toISOString(), ...extra };
    writeFileSync(join(dir, `sla-model-seed${seed}.json`), JSON.stringify(body, null, 1));
  };
  // progress after every 25 policies, so that a run stopped early still tells what it checked
  const onPolicy = () => {
    if (tally.policies % 25 === 0) report("running", { disagreements: 0 });
  };
  const onDisagreement = (d: Disagreement) => {
    first ??= d;
    report("disagreement", { disagreement: describeDisagreement(d) });
  };
  const run = fc.check(agreementProperty(PER_POLICY, tally, onDisagreement, onPolicy), { numRuns: policies, seed, endOnFailure: true });
  const ms = Date.now() - t0;
  const disagreements = run.failed ? 1 : 0;
  console.log(
    `sla model shard ${shard} (seed ${seed}): ${tally.tickets} tickets on ${tally.policies} policies, ${tally.breachChecks} checkBreaches calls, ${tally.prioritized ?? 0} prioritize batches, ` +
      `${tally.horizon} horizon on both sides, ${disagreements} disagreements, ${(ms / 1000).toFixed(1)} s`,
  );
  report(run.failed ? "failed" : "done", { disagreements });
  if (run.failed) throw new Error(`seed ${seed}: ${first === null ? String(run.errorInstance) : describeDisagreement(first)}`);
  expect(tally.tickets).toBe(policies * PER_POLICY);
}
