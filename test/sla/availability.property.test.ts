/**
 * `availability` on random policies (zones with DST and odd offsets, weekly maintenance windows
 * across midnight or lasting a whole day, one-off windows as wall clock or with offsets) against
 * the slow references in test/reference/referenceAvailability.ts, which share no code with src/:
 * minute by minute over periods of up to ten days (near DST changes and local New Year), and
 * window by window, date by date, over periods of up to three years.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { availability, definePolicy } from "../../src/index.js";
import { refAvailability, refMaintenanceByDates } from "../reference/referenceAvailability.js";
import { compileReferencePolicy } from "../reference/referencePolicy.js";
import { instantArb, policyInZoneArb, ZONES } from "../support/arbitraries.js";
import { params } from "../support/runs.js";

const MIN = 60_000;

/** A policy that has maintenance windows, a period starting on a whole minute, and outages around it. */
function caseArb(maxMinutes: number) {
  return fc.constantFrom(...ZONES).chain((zone) =>
    fc
      .record({
        def: policyInZoneArb(zone).filter((d) => (d.maintenance?.windows?.length ?? 0) > 0),
        from: instantArb(zone).map((t) => Math.floor(t / MIN) * MIN),
        minutes: fc.oneof(fc.integer({ min: 0, max: 3 * 1_440 }), fc.integer({ min: 0, max: maxMinutes })),
        outages: fc.array(fc.tuple(fc.integer({ min: -1_440, max: maxMinutes + 1_440 }), fc.integer({ min: 0, max: 2 * 1_440 })), { maxLength: 4 }),
      })
      .map(({ def, from, minutes, outages }) => ({
        def,
        from,
        to: from + minutes * MIN,
        outages: outages.map(([at, length]) => [from + at * MIN, from + (at + length) * MIN] as const),
      })),
  );
}

describe("availability agrees with the references", () => {
  it("minute by minute, over periods of up to ten days", () => {
    fc.assert(
      fc.property(caseArb(10 * 1_440), ({ def, from, to, outages }) => {
        const got = availability(definePolicy(def), { from, to, outages: outages.map(([start, end]) => ({ start, end })) });
        const want = refAvailability(compileReferencePolicy(def), from, to, outages);
        expect(got).toEqual(want);
      }),
      params(60),
    );
  });

  it("window by window, date by date, over periods of up to three years (local New Years and DST changes inside)", () => {
    fc.assert(
      fc.property(caseArb(3 * 366 * 1_440), ({ def, from, to }) => {
        const got = availability(definePolicy(def), { from, to, outages: [] });
        expect(got.maintenance).toBe(refMaintenanceByDates(compileReferencePolicy(def), from, to));
      }),
      params(40),
    );
  });

  it("maintenance adds up over consecutive periods, whatever the cut", () => {
    fc.assert(
      fc.property(caseArb(2 * 366 * 1_440), fc.double({ min: 0, max: 1, noNaN: true }), ({ def, from, to }, cut) => {
        const p = definePolicy(def);
        const mid = from + Math.floor(((to - from) * cut) / MIN) * MIN;
        const whole = availability(p, { from, to, outages: [] }).maintenance;
        const parts = availability(p, { from, to: mid, outages: [] }).maintenance + availability(p, { from: mid, to, outages: [] }).maintenance;
        expect(parts).toBe(whole);
      }),
      params(40),
    );
  });
});

describe("the day counts of the references", () => {
  it("agree with each other on short periods", () => {
    fc.assert(
      fc.property(caseArb(4 * 1_440), ({ def, from, to }) => {
        const ref = compileReferencePolicy(def);
        expect(refMaintenanceByDates(ref, from, to)).toBe(refAvailability(ref, from, to, []).maintenance);
      }),
      params(30),
    );
  });
});
