/**
 * Fuzzing the business-time arithmetic of `sla-clock` with arbitrary instants, durations and day
 * counts, on a pool of unusual compiled policies and on random valid ones. Answers must look right
 * (valid Dates, finite numbers, the basic laws); errors must be typed. See docs/reliability.md.
 */
import fc from "fast-check";
import { afterAll, afterEach, describe, it } from "vitest";
import * as sla from "../../src/index.js";
import type { Policy } from "../../src/index.js";
import { params } from "../support/runs.js";
import { SPECIAL_NUMBERS, anyDurationArb, anyInstantArb, junkArb } from "./fuzzArbitraries.js";
import { policyPool, validDefinitionArb } from "./fuzzPolicies.js";
import { assertNoPollution, call, dateProblem, finiteProblem, maybePrintStats, spansProblem, withCallerObjects } from "./harness.js";

afterEach(() => assertNoPollution());
afterAll(() => maybePrintStats("business time"));

const pool = policyPool();
/** A compiled policy from the pool, a freshly compiled random one, or junk in place of a policy. */
const policyArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...pool.map((p) => p.policy)) },
  { weight: 2, arbitrary: validDefinitionArb.map((d) => sla.definePolicy(d)) },
  { weight: 1, arbitrary: fc.oneof(junkArb, fc.constant(sla.presets.auvikSupportV2)) },
);

const dayCountArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -400, max: 400 }) },
  { weight: 1, arbitrary: fc.integer({ min: -40_000, max: 40_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_NUMBERS) },
  { weight: 1, arbitrary: junkArb },
);

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

function fuzz(name: string, arbs: fc.Arbitrary<unknown>[], body: (p: Policy, args: unknown[]) => void, runs = 150): void {
  it(`${name}: valid answers or typed errors for arbitrary arguments`, () => {
    fc.assert(
      fc.property(policyArb, fc.tuple(...arbs), fc.boolean(), (p, args, freeze) =>
        withCallerObjects(args, freeze, (a) => body(p as Policy, a as unknown[])),
      ),
      params(runs),
    );
  });
}

describe("fuzz: business-time arithmetic", () => {
  fuzz("isBusinessTime", [anyInstantArb], (p, [at]) => {
    call("isBusinessTime", () => sla.isBusinessTime(p, at as number), (r) => (typeof r === "boolean" ? null : "not a boolean"));
  });

  fuzz("nextBusinessTime", [anyInstantArb], (p, [at]) => {
    call("nextBusinessTime", () => sla.nextBusinessTime(p, at as number), (r) => {
      const t = num(at);
      return dateProblem(r) ?? (t !== null && r.getTime() < Math.floor(t) ? "before `at`" : null) ?? (sla.isBusinessTime(p, r) ? null : "not open");
    });
  });

  fuzz("businessTimeBetween", [anyInstantArb, anyInstantArb], (p, [a, b]) => {
    call("businessTimeBetween", () => sla.businessTimeBetween(p, a as number, b as number), (r) => {
      const [x, y] = [num(a), num(b)];
      return finiteProblem(r) ?? (Number.isInteger(r) ? null : "not whole ms") ?? (x !== null && y !== null && Math.sign(r) * Math.sign(y - x) < 0 ? "wrong sign" : null);
    });
  });

  fuzz("addBusinessTime", [anyInstantArb, anyDurationArb], (p, [start, d]) => {
    call("addBusinessTime", () => sla.addBusinessTime(p, start as number, d as number), (r) => {
      const [s, ms] = [num(start), num(d)];
      if (dateProblem(r) !== null) return dateProblem(r);
      if (s === null) return null;
      if (r.getTime() < Math.floor(s)) return "before start";
      if (ms !== null && sla.businessTimeBetween(p, s, r) !== Math.round(ms)) return "between(start, add(start, d)) != d";
      return null;
    });
  });

  fuzz("subtractBusinessTime", [anyInstantArb, anyDurationArb], (p, [end, d]) => {
    call("subtractBusinessTime", () => sla.subtractBusinessTime(p, end as number, d as number), (r) => {
      const [e, ms] = [num(end), num(d)];
      if (dateProblem(r) !== null) return dateProblem(r);
      if (e === null) return null;
      if (r.getTime() > Math.floor(e)) return "after end";
      if (ms !== null && sla.businessTimeBetween(p, r, e) !== Math.round(ms)) return "between(sub(end, d), end) != d";
      return null;
    });
  });

  fuzz("businessIntervals", [anyInstantArb, anyInstantArb], (p, [from, to]) => {
    call("businessIntervals", () => sla.businessIntervals(p, from as number, to as number), (r) => {
      const problem = spansProblem(r, "intervals");
      if (problem !== null) return problem;
      const [f, t] = [num(from), num(to)];
      if (f !== null && t !== null && r.length > 0 && (r[0]!.start.getTime() < Math.floor(f) || r[r.length - 1]!.end.getTime() > Math.floor(t))) return "outside [from, to)";
      return null;
    }, );
  }, 100);

  fuzz("addBusinessDays", [anyInstantArb, dayCountArb], (p, [at, n]) => {
    call("addBusinessDays", () => sla.addBusinessDays(p, at as number, n as number), (r) => dateProblem(r));
  });

  fuzz("businessDaysBetween", [anyInstantArb, anyInstantArb], (p, [a, b]) => {
    call("businessDaysBetween", () => sla.businessDaysBetween(p, a as number, b as number), (r) =>
      finiteProblem(r) ?? (Number.isInteger(r) ? null : "not a whole number of days"),
    );
  });

  it("every arithmetic function with too few, junk or extra arguments", () => {
    const fns = [
      sla.isBusinessTime, sla.nextBusinessTime, sla.businessTimeBetween, sla.addBusinessTime, sla.subtractBusinessTime,
      sla.businessIntervals, sla.addBusinessDays, sla.businessDaysBetween,
    ] as Array<(...args: unknown[]) => unknown>;
    fc.assert(
      fc.property(fc.constantFrom(...fns), policyArb, fc.array(fc.oneof(anyInstantArb, anyDurationArb, junkArb), { maxLength: 4 }), (fn, p, args) =>
        withCallerObjects(args, false, (a) => {
          call(fn.name, () => fn(p, ...a), () => null);
        }),
      ),
      params(200),
    );
  });
});
