/**
 * The real business-time functions agree with the slow reference (test/reference/) on random
 * policies in DST-heavy zones, at instants concentrated around the zones' transitions.
 * Answers are compared as exact epoch ms; a horizon error must occur on both sides or neither.
 */
import fc from "fast-check";
import { params } from "../support/runs.js";
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { durationArb, policyWithInstantsArb } from "../support/arbitraries.js";
import { asInput, cachedPair, durationInputs, instantFormArb, outcomeOf } from "../support/compareWithReference.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RUNS = 60;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const run = <T extends [unknown, ...unknown[]]>(p: fc.IProperty<T>, numRuns = RUNS) => fc.assert(p, params(numRuns));

describe("business time agrees with the reference", () => {
  it("isBusinessTime", () => {
    run(
      fc.property(policyWithInstantsArb(4), instantFormArb, ({ def, instants }, form) => {
        const { real, ref } = cachedPair(def);
        for (const t of instants) {
          const at = asInput(def.timezone, t, form);
          expect(outcomeOf(() => sla.isBusinessTime(real, at as never))).toEqual(outcomeOf(() => ref.isBusinessTime(at)));
        }
      }),
    );
  });

  it("nextBusinessTime", () => {
    run(
      fc.property(policyWithInstantsArb(3), instantFormArb, ({ def, instants }, form) => {
        const { real, ref } = cachedPair(def);
        for (const t of instants) {
          const at = asInput(def.timezone, t, form);
          expect(outcomeOf(() => sla.nextBusinessTime(real, at as never))).toEqual(outcomeOf(() => ref.nextBusinessTime(at)));
        }
      }),
    );
  });

  it("businessTimeBetween, over short and long spans, in both directions", () => {
    run(
      fc.property(
        policyWithInstantsArb(2),
        fc.integer({ min: 0, max: 3 * DAY }),
        instantFormArb,
        ({ def, instants: [a, b] }, short, form) => {
          const { real, ref } = cachedPair(def);
          const pairs: Array<[number, number]> = [
            [a!, b!],
            [a!, a! + short],
            [a! + short, a!],
          ];
          for (const [x, y] of pairs) {
            const [ix, iy] = [asInput(def.timezone, x, form), asInput(def.timezone, y, form)];
            expect(outcomeOf(() => sla.businessTimeBetween(real, ix as never, iy as never))).toEqual(
              outcomeOf(() => ref.businessTimeBetween(ix, iy)),
            );
          }
        },
      ),
    );
  });

  it("addBusinessTime", () => {
    run(
      fc.property(policyWithInstantsArb(1), durationArb, instantFormArb, ({ def, instants: [a] }, d, form) => {
        const { real, ref } = cachedPair(def);
        const at = asInput(def.timezone, a!, form);
        const expected = outcomeOf(() => ref.addBusinessTime(at, d));
        for (const dur of durationInputs(d)) {
          expect(outcomeOf(() => sla.addBusinessTime(real, at as never, dur as never))).toEqual(expected);
        }
      }),
    );
  });

  it("subtractBusinessTime", () => {
    run(
      fc.property(policyWithInstantsArb(1), durationArb, instantFormArb, ({ def, instants: [b] }, d, form) => {
        const { real, ref } = cachedPair(def);
        const at = asInput(def.timezone, b!, form);
        const expected = outcomeOf(() => ref.subtractBusinessTime(at, d));
        for (const dur of durationInputs(d)) {
          expect(outcomeOf(() => sla.subtractBusinessTime(real, at as never, dur as never))).toEqual(expected);
        }
      }),
    );
  });

  it("businessIntervals, clipped and merged", () => {
    run(
      fc.property(policyWithInstantsArb(2), fc.integer({ min: -DAY, max: 10 * DAY }), ({ def, instants: [a, b] }, length) => {
        const { real, ref } = cachedPair(def);
        for (const [from, to] of [
          [a!, a! + length],
          [Math.min(a!, b!), Math.max(a!, b!)],
        ] as const) {
          expect(outcomeOf(() => sla.businessIntervals(real, from, to))).toEqual(outcomeOf(() => ref.businessIntervals(from, to)));
        }
      }),
      40,
    );
  });
});
