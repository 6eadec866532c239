/**
 * addBusinessDays and businessDaysBetween agree with the reference, and with each other.
 */
import fc from "fast-check";
import { params } from "../support/runs.js";
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { policyWithInstantsArb } from "../support/arbitraries.js";
import { asInput, cachedPair, instantFormArb, outcomeOf } from "../support/compareWithReference.js";
import { localDayOf } from "../reference/wallClock.js";

const DAY = 86_400_000;
const dayCountArb = fc.oneof(fc.integer({ min: -10, max: 10 }), fc.integer({ min: -400, max: 400 }));

describe("business days agree with the reference", () => {
  it("addBusinessDays", () => {
    fc.assert(
      fc.property(policyWithInstantsArb(1), dayCountArb, instantFormArb, ({ def, instants: [t] }, n, form) => {
        const { real, ref } = cachedPair(def);
        const at = asInput(def.timezone, t!, form);
        expect(outcomeOf(() => sla.addBusinessDays(real, at as never, n))).toEqual(outcomeOf(() => ref.addBusinessDays(at, n)));
      }),
      params(60),
    );
  });

  it("businessDaysBetween", () => {
    fc.assert(
      fc.property(
        policyWithInstantsArb(2),
        fc.integer({ min: -40 * DAY, max: 40 * DAY }),
        instantFormArb,
        ({ def, instants: [a, b] }, delta, form) => {
          const { real, ref } = cachedPair(def);
          for (const [x, y] of [
            [a!, b!],
            [a!, a! + delta],
          ] as const) {
            const [ix, iy] = [asInput(def.timezone, x, form), asInput(def.timezone, y, form)];
            expect(outcomeOf(() => sla.businessDaysBetween(real, ix as never, iy as never))).toEqual(
              outcomeOf(() => ref.businessDaysBetween(ix, iy)),
            );
          }
        },
      ),
      params(40),
    );
  });
});

describe("business-day laws (real implementation)", () => {
  it("n business days after at: businessDaysBetween(at, result) = n + (1 if at's date is a business day)", () => {
    fc.assert(
      fc.property(policyWithInstantsArb(1), fc.integer({ min: 1, max: 30 }), ({ def, instants: [t] }, n) => {
        const { real, ref } = cachedPair(def);
        let result: Date;
        try {
          result = sla.addBusinessDays(real, t!, n);
        } catch (e) {
          if (e instanceof sla.HorizonError) return;
          throw e;
        }
        const zone = def.timezone;
        // (the result stays on the n-th business date: no zone here has a gap spanning midnight)
        const startIsBusinessDay = ref.isBusinessDay(localDayOf(zone, t!)) ? 1 : 0;
        expect(sla.businessDaysBetween(real, t!, result)).toBe(n + startIsBusinessDay);
        expect(ref.isBusinessDay(localDayOf(zone, result.getTime()))).toBe(true);
      }),
      params(40),
    );
  });

  it("businessDaysBetween is antisymmetric across different dates", () => {
    fc.assert(
      fc.property(policyWithInstantsArb(2), ({ def, instants: [a, b] }) => {
        const { real } = cachedPair(def);
        const zone = def.timezone;
        fc.pre(localDayOf(zone, a!) !== localDayOf(zone, b!));
        expect(sla.businessDaysBetween(real, a!, b!) === -sla.businessDaysBetween(real, b!, a!)).toBe(true);
      }),
      params(40),
    );
  });
});
