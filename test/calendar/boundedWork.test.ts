/**
 * A query builds only the local years it needs (the per-year blocks are the expensive part of a
 * compiled calendar): a policy that is never open, an empty span, or a request beyond the horizon
 * is answered without building any year, and a span ending exactly at New Year does not build the
 * next year. Each test compiles a fresh policy so that its cache starts empty.
 */
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import type { Calendar } from "../../src/calendar/calendar.js";
import { compiledOf } from "../../src/calendar/definePolicy.js";
import { openSegments } from "../../src/calendar/openSegments.js";

const DAY = 86_400_000;
const HORIZON = 36_525 * DAY;
const T = Date.UTC(2025, 5, 11, 12);
const ALL_DAY: [string, string][] = [["00:00", "24:00"]];
const WEEKDAYS = { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY }; // a Wednesday, mid-year: no neighbouring year is consulted

/** The local years whose block (or total) the calendar has built so far, ascending. */
function builtYears(cal: Calendar): number[] {
  return [...cal.cache.totals.keys()].sort((a, b) => a - b);
}

const fresh = (hours: sla.PolicyDefinition["hours"]) => {
  const policy = sla.definePolicy({ timezone: "UTC", hours });
  return { policy, cal: compiledOf(policy).business };
};

describe("a policy that is never open", () => {
  it("answers every query without building a single year", () => {
    const { policy, cal } = fresh({});
    expect(sla.isBusinessTime(policy, T)).toBe(false);
    expect(sla.businessTimeBetween(policy, T, T + 10 * DAY)).toBe(0);
    expect(sla.businessIntervals(policy, T, T + 10 * DAY)).toEqual([]);
    expect(sla.businessDaysBetween(policy, T, T + 10 * DAY)).toBe(0);
    expect(() => sla.nextBusinessTime(policy, T)).toThrow(sla.HorizonError);
    expect(() => sla.addBusinessTime(policy, T, 60_000)).toThrow(sla.HorizonError);
    expect(() => sla.subtractBusinessTime(policy, T, 60_000)).toThrow(sla.HorizonError);
    expect(() => sla.addBusinessDays(policy, T, 1)).toThrow(sla.HorizonError);
    expect(builtYears(cal)).toEqual([]);
  });
});

describe("a policy whose holiday entries only close dates", () => {
  it("is never open either, and builds no year", () => {
    const policy = sla.definePolicy({ timezone: "UTC", hours: {}, holidays: [{ date: "2026-01-01" }, { date: "2026-01-02", hours: [] }, { annual: "12-25" }] });
    const cal = compiledOf(policy).business;
    expect(sla.businessTimeBetween(policy, T, T + 10 * DAY)).toBe(0);
    expect(() => sla.nextBusinessTime(policy, T)).toThrow(sla.HorizonError);
    expect(builtYears(cal)).toEqual([]);
  });
});

describe("region holidays", () => {
  it("are never looked up for a policy without region entries (annual and date entries are enough)", () => {
    const policy = sla.definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ annual: "12-25" }, { date: "2025-06-12" }] });
    const cal = compiledOf(policy).business;
    expect(sla.businessTimeBetween(policy, T, T + 2 * DAY)).toBe(DAY);
    expect(cal.cache.regionDays.size).toBe(0);
  });
});

describe("requests that cannot be answered within the horizon", () => {
  it("a duration longer than 100 years is refused before any year is built", () => {
    const { policy, cal } = fresh("24x7");
    expect(() => sla.addBusinessTime(policy, T, HORIZON + 1)).toThrow(sla.HorizonError);
    expect(() => sla.subtractBusinessTime(policy, T, HORIZON + 1)).toThrow(sla.HorizonError);
    expect(builtYears(cal)).toEqual([]);
  });

  it("more business days than 100 years have dates is refused before any year is built", () => {
    const { policy, cal } = fresh("24x7");
    expect(() => sla.addBusinessDays(policy, T, 36_526)).toThrow(sla.HorizonError);
    expect(() => sla.addBusinessDays(policy, T, -36_526)).toThrow(sla.HorizonError);
    expect(builtYears(cal)).toEqual([]);
  });

  it("a day count that runs past the horizon stops after about 101 years, not where the answer would be", () => {
    // 30,000 weekdays are about 115 years away; the walk gives up after the horizon's years.
    const { policy, cal } = fresh(WEEKDAYS);
    expect(() => sla.addBusinessDays(policy, T, 30_000)).toThrow(/^addBusinessDays: no answer within 100 calendar years/);
    const years = builtYears(cal);
    expect(years[0]).toBe(2025);
    expect(years.at(-1)!).toBeLessThanOrEqual(2025 + 102);
  });

  it("when nothing opens within 100 years, the search for the next opening stops after the horizon's years", () => {
    const policy = sla.definePolicy({ timezone: "UTC", hours: {}, holidays: [{ date: "2000-01-03", hours: [["09:00", "10:00"]] }] });
    const cal = compiledOf(policy).business;
    expect(() => sla.nextBusinessTime(policy, T)).toThrow(/^nextBusinessTime: no answer within 100 calendar years/);
    const years = builtYears(cal);
    expect(years[0]).toBe(2025);
    expect(years.at(-1)!).toBeLessThanOrEqual(2025 + 101);
  });
});

describe("empty spans and spans ending at New Year", () => {
  it("an empty span builds nothing", () => {
    const { policy, cal } = fresh("24x7");
    expect(sla.businessTimeBetween(policy, T, T)).toBe(0);
    expect(sla.businessIntervals(policy, T, T)).toEqual([]);
    expect(builtYears(cal)).toEqual([]);
  });

  it("a reversed range has no open segments, however far apart its ends are", () => {
    const { cal } = fresh("24x7");
    expect(openSegments(cal, T + 2 * HORIZON, T, "test")).toEqual([]);
    expect(openSegments(cal, T + DAY, T, "test")).toEqual([]);
  });

  it("a span ending exactly at the start of the next local year builds only its own year", () => {
    const { policy, cal } = fresh("24x7");
    const newYear = Date.UTC(2026, 0, 1);
    expect(sla.businessTimeBetween(policy, T, newYear)).toBe(newYear - T);
    expect(sla.businessIntervals(policy, T, newYear)).toEqual([{ start: new Date(T), end: new Date(newYear) }]);
    expect(builtYears(cal)).toEqual([2025]);
  });
});
