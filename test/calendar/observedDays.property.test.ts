/**
 * Observed days agree with the slow reference (test/reference/referencePolicy.ts) on random
 * policies whose holidays crowd around the turn of the year, where observed days chain (Christmas,
 * Boxing Day, New Year on a weekend; holidays that take each other's free dates; mixed "next" and
 * "nearest" entries; region entries with and without date-holidays' own substitute days).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { referenceOf } from "../reference/referenceBusinessTime.js";
import { params } from "../support/runs.js";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const MONTH_DAYS = ["12-20", "12-23", "12-24", "12-25", "12-26", "12-27", "12-30", "12-31", "01-01", "01-02", "01-03", "01-06"];
const REGION_ZONES: ReadonlyArray<readonly [string, string]> = [
  ["CA-ON", "America/Toronto"],
  ["US", "America/New_York"],
  ["GB-ENG", "Europe/London"],
  ["AU-NSW", "Australia/Sydney"],
];

const policyArb = fc
  .record({
    region: fc.constantFrom(...REGION_ZONES),
    open: fc.subarray([...WEEKDAYS], { minLength: 1, maxLength: 6 }),
    annual: fc.uniqueArray(fc.record({ annual: fc.constantFrom(...MONTH_DAYS), observed: fc.constantFrom("none", "next", "nearest") }), {
      maxLength: 5,
      selector: (a) => a.annual,
    }),
    regionObserved: fc.option(fc.constantFrom("none", "next", "nearest"), { nil: undefined }),
    year: fc.integer({ min: 2020, max: 2034 }),
  })
  .map(({ region: regionZone, open, annual, regionObserved, year }) => ({
    year,
    def: {
      timezone: regionZone[1],
      hours: Object.fromEntries(open.map((d) => [d, [["09:00", "17:00"]]])),
      holidays: [...annual, ...(regionObserved === undefined ? [] : [{ region: regionZone[0], observed: regionObserved }])],
    },
  }));

describe("observed days agree with the reference", () => {
  it("business intervals from 1 December to 1 February, and whether any observed day closed a date", () => {
    let observedSomewhere = 0;
    fc.assert(
      fc.property(policyArb, ({ year, def }) => {
        const from = Date.parse(`${year}-12-01T00:00Z`);
        const to = Date.parse(`${year + 1}-02-01T00:00Z`);
        const real = sla.businessIntervals(sla.definePolicy(def), from, to).map((s) => [s.start.getTime(), s.end.getTime()]);
        expect(real).toEqual(referenceOf(def).businessIntervals(from, to));
        const none = { ...def, holidays: def.holidays.map((h) => ({ ...h, observed: "none" })) };
        if (sla.businessTimeBetween(sla.definePolicy(none), from, to) !== sla.businessTimeBetween(sla.definePolicy(def), from, to)) observedSomewhere++;
      }),
      params(120),
    );
    // the property is not vacuous: observed days changed the answer in a good share of the runs
    expect(observedSomewhere).toBeGreaterThan(10);
  });
});
