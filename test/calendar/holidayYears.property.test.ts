/**
 * Coverage agrees with the reference (CONTRACT §10): on random policies with a random
 * `holidayYears`, every business-time function either gives the reference's answer or, exactly
 * when the reference needs a year outside the span, a HorizonError.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { policyWithInstantsArb } from "../support/arbitraries.js";
import { cachedPair, outcomeOf } from "../support/compareWithReference.js";
import { params } from "../support/runs.js";

const HOUR = 3_600_000;
const spanArb = fc.tuple(fc.integer({ min: 2023, max: 2028 }), fc.integer({ min: 0, max: 2 })).map(([from, n]) => [from, from + n] as [number, number]);

describe("holidayYears agrees with the reference", () => {
  it("isBusinessTime, nextBusinessTime, businessTimeBetween, addBusinessTime and subtractBusinessTime", () => {
    let refused = 0;
    let answered = 0;
    fc.assert(
      fc.property(policyWithInstantsArb(2), spanArb, fc.integer({ min: 1, max: 400 * HOUR }), ({ def, instants: [a, b] }, holidayYears, d) => {
        const { real, ref } = cachedPair({ ...def, holidayYears });
        const pairs: Array<[string, () => unknown, () => unknown]> = [
          ["isBusinessTime", () => sla.isBusinessTime(real, a!), () => ref.isBusinessTime(a!)],
          ["nextBusinessTime", () => sla.nextBusinessTime(real, a!), () => ref.nextBusinessTime(a!)],
          ["businessTimeBetween", () => sla.businessTimeBetween(real, a!, b!), () => ref.businessTimeBetween(a!, b!)],
          ["addBusinessTime", () => sla.addBusinessTime(real, a!, d), () => ref.addBusinessTime(a!, d)],
          ["subtractBusinessTime", () => sla.subtractBusinessTime(real, b!, d), () => ref.subtractBusinessTime(b!, d)],
        ];
        for (const [what, f, g] of pairs) {
          const got = outcomeOf(f);
          expect(got, what).toEqual(outcomeOf(g));
          if (got === "HorizonError") refused++;
          else answered++;
        }
      }),
      params(80),
    );
    // both outcomes are exercised: each more than 1 in 20 of the checks (20 of the 400 at FC_SCALE=1)
    const checks = refused + answered;
    expect(refused).toBeGreaterThan(checks / 20);
    expect(answered).toBeGreaterThan(checks / 20);
  });
});
