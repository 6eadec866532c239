/**
 * Laws of business-time arithmetic, checked on the real implementation alone (the reference is
 * not consulted): they would catch a bug shared by both.
 */
import fc from "fast-check";
import { params } from "../support/runs.js";
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { durationArb, policyWithInstantsArb } from "../support/arbitraries.js";
import { cachedPair } from "../support/compareWithReference.js";

const DAY = 86_400_000;
const RUNS = 60;

/** f(), or undefined when it hits the horizon (a policy with little or no business time). */
function unlessHorizon<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof sla.HorizonError) return undefined;
    throw e;
  }
}

describe("business-time laws", () => {
  it("between(a, add(a, d)) = d, and add(a, d) is the earliest such instant", () => {
    fc.assert(
      fc.property(policyWithInstantsArb(1), durationArb, ({ def, instants: [a] }, d) => {
        const p = cachedPair(def).real;
        const u = unlessHorizon(() => sla.addBusinessTime(p, a!, d));
        if (u === undefined) return;
        expect(u.getTime()).toBeGreaterThanOrEqual(a!);
        expect(sla.businessTimeBetween(p, a!, u)).toBe(d);
        if (d > 0) expect(sla.isBusinessTime(p, u.getTime() - 1)).toBe(true);
        else expect(u.getTime()).toBe(a!);
      }),
      params(RUNS),
    );
  });

  it("between(subtract(b, d), b) = d, and subtract(b, d) is the latest such instant", () => {
    fc.assert(
      fc.property(policyWithInstantsArb(1), durationArb, ({ def, instants: [b] }, d) => {
        const p = cachedPair(def).real;
        const s = unlessHorizon(() => sla.subtractBusinessTime(p, b!, d));
        if (s === undefined) return;
        expect(s.getTime()).toBeLessThanOrEqual(b!);
        expect(sla.businessTimeBetween(p, s, b!)).toBe(d);
        if (d > 0) expect(sla.isBusinessTime(p, s)).toBe(true);
        else expect(s.getTime()).toBe(b!);
      }),
      params(RUNS),
    );
  });

  it("subtract(add(a, d), d) = nextBusinessTime(a) for d > 0", () => {
    fc.assert(
      fc.property(policyWithInstantsArb(1), durationArb, ({ def, instants: [a] }, d) => {
        fc.pre(d > 0);
        const p = cachedPair(def).real;
        const u = unlessHorizon(() => sla.addBusinessTime(p, a!, d));
        if (u === undefined) return;
        expect(sla.subtractBusinessTime(p, u, d).getTime()).toBe(sla.nextBusinessTime(p, a!).getTime());
      }),
      params(RUNS),
    );
  });

  it("between is antisymmetric and additive", () => {
    fc.assert(
      fc.property(policyWithInstantsArb(3), ({ def, instants: [a, b, c] }) => {
        const p = cachedPair(def).real;
        const ab = sla.businessTimeBetween(p, a!, b!);
        // (compared with ===: -0 and +0 are the same answer)
        expect(sla.businessTimeBetween(p, b!, a!) === -ab).toBe(true);
        expect(ab + sla.businessTimeBetween(p, b!, c!) === sla.businessTimeBetween(p, a!, c!)).toBe(true);
        expect(sla.businessTimeBetween(p, a!, a!) === 0).toBe(true);
      }),
      params(RUNS),
    );
  });

  it("isBusinessTime(t) ⇔ t lies in businessIntervals(t − 1 day, t + 1 day)", () => {
    fc.assert(
      fc.property(policyWithInstantsArb(3), ({ def, instants }) => {
        const p = cachedPair(def).real;
        for (const t of instants) {
          const spans = sla.businessIntervals(p, t - DAY, t + DAY);
          const inside = spans.some((s) => s.start.getTime() <= t && t < s.end.getTime());
          expect(sla.isBusinessTime(p, t)).toBe(inside);
        }
      }),
      params(RUNS),
    );
  });

  it("businessIntervals are sorted, disjoint, non-touching, inside [from, to), and sum to between(from, to)", () => {
    fc.assert(
      fc.property(policyWithInstantsArb(1), fc.integer({ min: 0, max: 20 * DAY }), ({ def, instants: [from] }, length) => {
        const p = cachedPair(def).real;
        const to = from! + length;
        const spans = sla.businessIntervals(p, from!, to).map((s) => [s.start.getTime(), s.end.getTime()] as const);
        let previousEnd = -Infinity;
        let sum = 0;
        for (const [s, e] of spans) {
          expect(s).toBeGreaterThan(previousEnd);
          expect(e).toBeGreaterThan(s);
          expect(s).toBeGreaterThanOrEqual(from!);
          expect(e).toBeLessThanOrEqual(to);
          previousEnd = e;
          sum += e - s;
        }
        expect(sum).toBe(sla.businessTimeBetween(p, from!, to));
        expect(sla.businessIntervals(p, to, from!)).toEqual([]);
      }),
      params(RUNS),
    );
  });

  it("add is monotone in the duration and in the start", () => {
    fc.assert(
      fc.property(policyWithInstantsArb(2), durationArb, durationArb, ({ def, instants: [a1, a2] }, d1, d2) => {
        const p = cachedPair(def).real;
        const [lo, hi] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const [early, late] = a1! <= a2! ? [a1!, a2!] : [a2!, a1!];
        const x = unlessHorizon(() => sla.addBusinessTime(p, early, lo));
        const y = unlessHorizon(() => sla.addBusinessTime(p, early, hi));
        const z = unlessHorizon(() => sla.addBusinessTime(p, late, lo));
        if (x !== undefined && y !== undefined) expect(x.getTime()).toBeLessThanOrEqual(y.getTime());
        if (x !== undefined && z !== undefined) expect(x.getTime()).toBeLessThanOrEqual(z.getTime());
      }),
      params(RUNS),
    );
  });

  it("nextBusinessTime(t) is open, and there is no business time in [t, next)", () => {
    fc.assert(
      fc.property(policyWithInstantsArb(2), ({ def, instants }) => {
        const p = cachedPair(def).real;
        for (const t of instants) {
          const next = unlessHorizon(() => sla.nextBusinessTime(p, t));
          if (next === undefined) continue;
          expect(next.getTime()).toBeGreaterThanOrEqual(t);
          expect(sla.isBusinessTime(p, next)).toBe(true);
          expect(sla.businessTimeBetween(p, t, next)).toBe(0);
          if (sla.isBusinessTime(p, t)) expect(next.getTime()).toBe(t);
        }
      }),
      params(RUNS),
    );
  });
});
