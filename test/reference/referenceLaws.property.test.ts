/**
 * The reference obeys the business-time laws on random policies, and its scans agree with the
 * minute walk on small windows: a check of the reference (and of the arbitraries) that does not
 * need the real implementation.
 */
import fc from "fast-check";
import { params } from "../support/runs.js";
import { describe, expect, it } from "vitest";
import { durationArb, policyWithInstantsArb } from "../support/arbitraries.js";
import { RefHorizonError, referenceOf, type Reference } from "./referenceBusinessTime.js";
import { walkAdd, walkBetween, walkNext } from "./minuteWalk.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const cache = new WeakMap<object, Reference>();
const refOf = (def: object) => {
  let r = cache.get(def);
  if (r === undefined) cache.set(def, (r = referenceOf(def)));
  return r;
};
function unlessHorizon<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof RefHorizonError) return undefined;
    throw e;
  }
}

describe("reference laws", () => {
  it("between(a, add(a, d)) = d and between(subtract(b, d), b) = d; add is the earliest, subtract the latest", () => {
    fc.assert(
      fc.property(policyWithInstantsArb(1), durationArb, ({ def, instants: [a] }, d) => {
        const r = refOf(def);
        const u = unlessHorizon(() => r.addBusinessTime(a!, d));
        if (u !== undefined) {
          expect(r.businessTimeBetween(a!, u)).toBe(d);
          if (d > 0) expect(r.isBusinessTime(u - 1)).toBe(true);
        }
        const s = unlessHorizon(() => r.subtractBusinessTime(a!, d));
        if (s !== undefined) {
          expect(r.businessTimeBetween(s, a!)).toBe(d);
          if (d > 0) expect(r.isBusinessTime(s)).toBe(true);
        }
      }),
      params(60),
    );
  });

  it("between is antisymmetric and additive; isBusinessTime matches the intervals", () => {
    fc.assert(
      fc.property(policyWithInstantsArb(3), ({ def, instants: [a, b, c] }) => {
        const r = refOf(def);
        expect(r.businessTimeBetween(a!, b!) + r.businessTimeBetween(b!, c!)).toBe(r.businessTimeBetween(a!, c!));
        expect(r.businessTimeBetween(b!, a!) === -r.businessTimeBetween(a!, b!)).toBe(true);
        const inside = r.businessIntervals(a! - DAY, a! + DAY).some(([s, e]) => s <= a! && a! < e);
        expect(r.isBusinessTime(a!)).toBe(inside);
      }),
      params(60),
    );
  });

  it("scans agree with the minute walk over a day (minute-aligned instants)", () => {
    fc.assert(
      fc.property(policyWithInstantsArb(1), fc.integer({ min: 1, max: 12 * 60 }), ({ def, instants: [t] }, minutes) => {
        const r = refOf(def);
        const a = Math.floor(t! / MINUTE) * MINUTE;
        expect(r.businessTimeBetween(a, a + DAY)).toBe(walkBetween(r.policy, a, a + DAY));
        const walked = walkAdd(r.policy, a, minutes * MINUTE, 2 * DAY);
        if (walked !== null) expect(r.addBusinessTime(a, minutes * MINUTE)).toBe(walked);
        const next = walkNext(r.policy, a, DAY);
        if (next !== null) expect(r.nextBusinessTime(a)).toBe(next);
      }),
      params(8),
    );
  });
});
