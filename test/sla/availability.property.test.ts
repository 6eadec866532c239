/**
 * `availability` on random policies (zones with DST and odd offsets, weekly maintenance windows
 * across midnight or lasting a whole day, one-off windows as wall clock or with offsets) against
 * the slow references in test/reference/referenceAvailability.ts, which share no code with src/:
 * minute by minute over periods of up to ten days (near DST changes and local New Year), span by
 * span near the strangest clocks (skipped dates, changes at midnight, the first and last supported
 * years), and window by window, date by date, over periods of up to three years.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { availability, definePolicy } from "../../src/index.js";
import { refAvailability, refAvailabilityBySpans, refMaintenanceByDates } from "../reference/referenceAvailability.js";
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

  it("span by span where the clocks are strangest: skipped dates, midnight changes, odd offsets, the first and last supported years (local mean time, whose offsets have seconds)", () => {
    // [zone, an instant near which its clock does something unusual]
    const anchors: ReadonlyArray<readonly [string, number]> = [
      ["Pacific/Apia", Date.UTC(2011, 11, 29, 10)], // skipped Friday 2011-12-30
      ["Pacific/Kiritimati", Date.UTC(1994, 11, 30, 10)], // skipped Saturday 1994-12-31
      ["America/Santiago", Date.UTC(2022, 8, 11, 4)], // midnight skipped (DST starts at 00:00)
      ["America/Santiago", Date.UTC(2023, 3, 2, 3)], // midnight repeated
      ["Asia/Kathmandu", Date.UTC(1985, 11, 31, 18)], // +05:30 → +05:45 at local midnight of 1986-01-01
      ["Australia/Lord_Howe", Date.UTC(2026, 3, 4, 15)], // half-hour DST change
      ["America/St_Johns", Date.UTC(2026, 10, 1, 5)], // -02:30 → -03:30
      ["America/Toronto", Date.UTC(1000, 0, 5, 12)], // the first supported year (every outage starts after its first day)
      ["Asia/Tokyo", Date.UTC(9999, 11, 18)], // the last supported year (every outage ends before its last day)
    ];
    const arb = fc.constantFrom(...anchors).chain(([zone, anchor]) =>
      fc.record({
        def: policyInZoneArb(zone).filter((d) => (d.maintenance?.windows?.length ?? 0) > 0),
        from: fc.integer({ min: -3 * 1_440, max: 2 * 1_440 }).map((m) => Math.floor(anchor / MIN) * MIN + m * MIN),
        minutes: fc.integer({ min: 0, max: 4 * 1_440 }),
        outages: fc.array(fc.tuple(fc.integer({ min: -1_440, max: 5 * 1_440 }), fc.integer({ min: 0, max: 2 * 1_440 })), { maxLength: 3 }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ def, from, minutes, outages }) => {
        const to = from + minutes * MIN;
        const spans = outages.map(([at, length]) => [from + at * MIN, from + (at + length) * MIN] as const);
        const got = availability(definePolicy(def), { from, to, outages: spans.map(([start, end]) => ({ start, end })) });
        expect(got).toEqual(refAvailabilityBySpans(compileReferencePolicy(def), from, to, spans));
      }),
      params(40),
    );
  });
});

describe("the day counts of the references", () => {
  it("agree with each other on short periods (whole minutes, where the minute walk is exact)", () => {
    fc.assert(
      fc.property(caseArb(4 * 1_440), ({ def, from, to, outages }) => {
        const ref = compileReferencePolicy(def);
        expect(refAvailabilityBySpans(ref, from, to, outages)).toEqual(refAvailability(ref, from, to, outages));
      }),
      params(30),
    );
  });
});
