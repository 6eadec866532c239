/**
 * The SLA model v2 (CONTRACT §6) agrees with the slow reference (test/reference/referenceSlaV2.ts)
 * on random policies — statuses, timeIn metrics, warnAt lists, business-day targets, zones with DST
 * and odd offsets, holidays, closures, pausing maintenance — and random event logs: several events
 * at one instant, events at opening and closing instants, across DST changes. Every field of
 * `evaluateTicket` and every `checkBreaches` entry is compared.
 *
 * `SLA_MODEL_POLICIES` × `SLA_MODEL_TICKETS` tickets (default 125 × 80 = 10,000); the deep share
 * and the on-demand 200,000 run are test/deep/slaModel.deep.test.ts.
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import { agreementProperty, describe as describeDisagreement, type Disagreement, type Tally } from "../support/slaModelAgreement.js";

const POLICIES = Number(process.env["SLA_MODEL_POLICIES"] ?? 125);
const PER_POLICY = Number(process.env["SLA_MODEL_TICKETS"] ?? 80);
/**
 * The seed: FC_SEED when set (`.ci/run` sets it from the commit, so a clean-clone run judges exactly
 * the tickets CI judges), else a new random one every run. A failure names its seed.
 */
const SEED = process.env["FC_SEED"] === undefined ? undefined : Number(process.env["FC_SEED"]);

it(`evaluateTicket and checkBreaches agree with the v2 reference on ${POLICIES * PER_POLICY} random tickets`, () => {
  const tally: Tally = { tickets: 0, policies: 0, horizon: 0, breachChecks: 0 };
  let first: Disagreement | null = null;
  const run = fc.check(agreementProperty(PER_POLICY, tally, (d) => (first ??= d)), { numRuns: POLICIES, endOnFailure: true, ...(SEED === undefined ? {} : { seed: SEED }) });
  if (run.failed) throw new Error(`seed ${run.seed}: ${first === null ? String(run.errorInstance) : describeDisagreement(first)}`);
  console.log(`SLA model v2: ${tally.tickets} tickets on ${tally.policies} policies, ${tally.breachChecks} checkBreaches calls, ${tally.prioritized ?? 0} prioritize batches, ${tally.horizon} horizon on both sides, 0 disagreements`);
  console.log(Object.entries(tally.seen ?? {}).sort().map(([k, n]) => `${k}: ${n}`).join(", "));
  expect(tally.tickets).toBe(POLICIES * PER_POLICY);
  // the comparison was exercised, not skipped: most tickets are measured, not lost to the horizon
  expect(tally.horizon).toBeLessThan(tally.tickets / 10);
}, 300_000); // ~30 s alone; the slow reference on 10,000 tickets must not time out on a shared machine
