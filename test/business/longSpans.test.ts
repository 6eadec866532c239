/**
 * Long spans over a dense policy: the real implementation caches business time per local year in
 * a bounded cache; spans of decades, far-apart queries in random order and New Year boundaries must
 * give the same answers as the reference.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { referenceOf } from "../reference/referenceBusinessTime.js";
import { outcomeOf } from "../support/compareWithReference.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

// six one-hour openings a day (≈ 220,000 segments in a century) plus overnight and holiday rules
const dense = {
  timezone: "America/Toronto",
  hours: {
    mon: [["00:30", "01:30"], ["02:30", "03:30"], ["06:00", "07:00"], ["09:00", "10:00"], ["13:00", "14:00"], ["23:30", "00:45"]],
    tue: [["00:30", "01:30"], ["02:30", "03:30"], ["06:00", "07:00"], ["09:00", "10:00"], ["13:00", "14:00"], ["23:30", "00:45"]],
    wed: [["00:30", "01:30"], ["02:30", "03:30"], ["06:00", "07:00"], ["09:00", "10:00"], ["13:00", "14:00"], ["23:30", "00:45"]],
    thu: [["00:30", "01:30"], ["02:30", "03:30"], ["06:00", "07:00"], ["09:00", "10:00"], ["13:00", "14:00"], ["23:30", "00:45"]],
    fri: [["00:30", "01:30"], ["02:30", "03:30"], ["06:00", "07:00"], ["09:00", "10:00"], ["13:00", "14:00"], ["23:30", "00:45"]],
    sat: [["00:30", "01:30"], ["02:30", "03:30"], ["06:00", "07:00"], ["09:00", "10:00"], ["13:00", "14:00"], ["23:30", "00:45"]],
    sun: [["00:30", "01:30"], ["02:30", "03:30"], ["06:00", "07:00"], ["09:00", "10:00"], ["13:00", "14:00"], ["23:30", "00:45"]],
  },
  holidays: [{ annual: "12-31", hours: [["22:00", "02:00"]] }, { annual: "01-01" }, { region: "CA-ON" }],
};

describe("long spans and far-apart queries", () => {
  const real = sla.definePolicy(dense);
  const ref = referenceOf(dense);
  const A = Date.parse("2026-01-01T00:00-05:00");

  it("agrees over 99 years, then on random queries in random order (after the year cache overflowed)", () => {
    const end = A + 99 * YEAR;
    expect(sla.businessTimeBetween(real, A, end)).toBe(ref.businessTimeBetween(A, end));
    expect(sla.businessTimeBetween(real, end, A)).toBe(ref.businessTimeBetween(end, A));
    expect(sla.businessDaysBetween(real, A, end)).toBe(ref.businessDaysBetween(A, end));
    fc.assert(
      fc.property(
        fc.integer({ min: A - 20 * YEAR, max: A + 99 * YEAR }),
        fc.integer({ min: -30 * YEAR, max: 30 * YEAR }),
        fc.integer({ min: 0, max: 20_000 * HOUR }),
        (a, span, d) => {
          expect(outcomeOf(() => sla.businessTimeBetween(real, a, a + span))).toEqual(outcomeOf(() => ref.businessTimeBetween(a, a + span)));
          expect(outcomeOf(() => sla.addBusinessTime(real, a, d))).toEqual(outcomeOf(() => ref.addBusinessTime(a, d)));
          expect(outcomeOf(() => sla.subtractBusinessTime(real, a, d))).toEqual(outcomeOf(() => ref.subtractBusinessTime(a, d)));
          expect(outcomeOf(() => sla.nextBusinessTime(real, a))).toEqual(outcomeOf(() => ref.nextBusinessTime(a)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("a 24x7 desk: intervals across New Year are one merged segment, and 99-year sums are exact", () => {
    const p = { timezone: "Pacific/Chatham", hours: "24x7" };
    const r = sla.definePolicy(p);
    const from = Date.parse("2026-12-31T00:00+13:45");
    const to = Date.parse("2027-01-02T00:00+13:45");
    expect(sla.businessIntervals(r, from, to).map((s) => [s.start.getTime(), s.end.getTime()])).toEqual([[from, to]]);
    expect(sla.businessTimeBetween(r, A, A + 99 * YEAR)).toBe(99 * YEAR);
    expect(sla.addBusinessTime(r, A, 99 * YEAR).getTime()).toBe(A + 99 * YEAR);
    expect(sla.subtractBusinessTime(r, A, 99 * YEAR).getTime()).toBe(A - 99 * YEAR);
  });
});
