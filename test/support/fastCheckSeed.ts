/**
 * Vitest setup: when `FC_SEED` is set, every fast-check property in the run starts from that seed
 * (`fc.configureGlobal`), including those that pass their own parameters without one. `.ci/run`
 * sets it from the commit, so a clean-clone run of `.ci/run` judges exactly the cases CI judges;
 * a plain `npm test` leaves it unset and explores new random cases every run. A failure prints its
 * seed; `FC_SEED=<seed> npx vitest run <file>` replays it.
 */
import fc from "fast-check";

const seed = process.env["FC_SEED"];
if (seed !== undefined && seed !== "") {
  const n = Number(seed);
  if (!Number.isInteger(n)) throw new Error(`FC_SEED must be an integer, got ${JSON.stringify(seed)}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: n });
}
