/**
 * Day numbers of calendar dates: dayFromCivil (whole-number arithmetic from year 0 on, floors
 * before it) against the Date object's proleptic Gregorian calendar.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilFromDay, dayFromCivil, daysInMonth, formatDay } from "../../src/time/calendarDate.js";

/** Day number of a date by the Date object (years before 100 set with setUTCFullYear, which keeps them). */
function referenceDay(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime() / 86_400_000;
}

describe("dayFromCivil", () => {
  it("counts every date of years 0000–9999 as the Date object does, and civilFromDay reads it back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (year, month, day) => {
        const n = dayFromCivil(year, month, day);
        expect(n).toBe(referenceDay(year, month, day));
        expect(civilFromDay(n)).toEqual({ year, month, day });
      }),
      { numRuns: 5_000 },
    );
  });

  it("counts years before 0 and far after 9999, and days past the month's end, as the Date object does", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: -40, max: 70 }), (year, month, day) => {
        expect(dayFromCivil(year, month, day)).toBe(referenceDay(year, month, day));
      }),
      { numRuns: 5_000 },
    );
  });

  it("gives the first and last days of the supported years and the leap days around a century", () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(dayFromCivil(1000, 1, 1)).toBe(referenceDay(1000, 1, 1));
    expect(dayFromCivil(9999, 12, 31)).toBe(referenceDay(9999, 12, 31));
    expect(dayFromCivil(0, 1, 1)).toBe(referenceDay(0, 1, 1));
    expect(dayFromCivil(2000, 3, 1) - dayFromCivil(2000, 2, 28)).toBe(2);
    expect(dayFromCivil(1900, 3, 1) - dayFromCivil(1900, 2, 28)).toBe(1);
  });
});

describe("civilFromDay", () => {
  it("reads back every day of a month, the 29th to the 31st included", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, wanted) => {
        const day = Math.min(wanted, daysInMonth(year, month));
        expect(civilFromDay(dayFromCivil(year, month, day))).toEqual({ year, month, day });
      }),
      { numRuns: 5_000 },
    );
  });

  it("reads back the leap day that ends each 400-year era, and the days around it", () => {
    // The last day of an era (day 146,096 of it) is the one day the era's 400-year correction
    // applies: a random date almost never lands on it.
    for (const year of [-400, 0, 400, 1600, 2000, 2400, 9600]) {
      for (const [month, day] of [[2, 28], [2, 29], [3, 1]] as const) {
        expect(civilFromDay(dayFromCivil(year, month, day))).toEqual({ year, month, day });
      }
    }
  });
});

describe("formatDay", () => {
  it("writes YYYY-MM-DD, padding years below 1000 to four digits", () => {
    expect(formatDay(dayFromCivil(2026, 11, 27))).toBe("2026-11-27");
    expect(formatDay(dayFromCivil(5, 3, 7))).toBe("0005-03-07");
    expect(formatDay(dayFromCivil(999, 12, 31))).toBe("0999-12-31");
  });
});
