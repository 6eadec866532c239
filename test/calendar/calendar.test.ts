/**
 * Compiling a policy into its two calendars (business and calendar clock), and the per-year region
 * holiday lookup: which parts each calendar carries, which name a date shared by two region
 * entries gets, and that region holidays are cached per year within a bound.
 */
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { regionHolidaysOf } from "../../src/calendar/calendar.js";
import { closedTime } from "../../src/calendar/closedTime.js";
import { compiledOf } from "../../src/calendar/definePolicy.js";
import { measure } from "../../src/calendar/measure.js";

const DAY = 86_400_000;
const maintenance = (pausesClocks: boolean) => ({
  windows: [{ weekly: ["sat" as const], from: "07:00", to: "09:00" }, { start: "2026-05-02T10:00", end: "2026-05-02T11:00", name: "Upgrade" }],
  pausesClocks,
});

describe("the two calendars of a policy", () => {
  it("maintenance that does not pause the clocks is in neither calendar", () => {
    const c = compiledOf(sla.definePolicy({ timezone: "UTC", hours: "24x7", maintenance: maintenance(false) }));
    for (const cal of [c.business, c.clock]) {
      expect(cal.maintenanceWeekly).toEqual([]);
      expect(cal.maintenanceOneOff).toEqual([]);
    }
  });

  it("maintenance that pauses the clocks is in both", () => {
    const c = compiledOf(sla.definePolicy({ timezone: "UTC", hours: "24x7", maintenance: maintenance(true) }));
    for (const cal of [c.business, c.clock]) {
      expect(cal.maintenanceWeekly).toHaveLength(1);
      expect(cal.maintenanceOneOff).toEqual([{ start: Date.parse("2026-05-02T10:00Z"), end: Date.parse("2026-05-02T11:00Z"), name: "Upgrade" }]);
    }
  });

  it("the calendar clock never looks up region holidays", () => {
    const c = compiledOf(sla.definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: "CA-ON" }] }));
    const from = Date.parse("2026-01-01T00:00Z");
    expect(measure(c.clock, from, from + 60 * DAY, "test")).toBe(60 * DAY);
    expect(c.clock.regionRules).toEqual([]);
    expect(c.clock.cache.regionDays.size).toBe(0);
    expect(measure(c.business, from, from + 60 * DAY, "test")).toBe(58 * DAY); // New Year's Day, Family Day
    expect(c.business.cache.regionDays.size).toBeGreaterThan(0);
  });
});

describe("a date that two region entries both make a holiday", () => {
  it("takes its name from the first entry", () => {
    const newYear = Date.parse("2026-01-01T00:00Z");
    const nameOn = (regions: string[]) => {
      const cal = compiledOf(sla.definePolicy({ timezone: "UTC", hours: "24x7", holidays: regions.map((region) => ({ region })) })).business;
      return closedTime(cal, newYear, newYear + DAY, "test").map((s) => [s.reason, s.name]);
    };
    expect(nameOn(["DE", "US"])).toEqual([["holiday", "Neujahr"]]);
    expect(nameOn(["US", "DE"])).toEqual([["holiday", "New Year's Day"]]);
  });
});

describe("the names of date and annual entries", () => {
  it("label the holiday time they close, and the weekly hours that special hours take away", () => {
    const policy = sla.definePolicy({
      timezone: "UTC",
      hours: "24x7",
      holidays: [{ date: "2026-12-24", hours: [["09:00", "12:00"]], name: "Christmas Eve" }, { annual: "12-25", name: "Christmas Day" }, { date: "2026-12-26" }],
    });
    const cal = compiledOf(policy).business;
    const from = Date.parse("2026-12-24T00:00Z");
    const spans = closedTime(cal, from, from + 3 * DAY, "test").map((s) => [new Date(s.start).toISOString().slice(5, 16), s.reason, s.name]);
    expect(spans).toEqual([
      ["12-24T00:00", "holiday", "Christmas Eve"],
      ["12-24T12:00", "holiday", "Christmas Eve"],
      ["12-25T00:00", "holiday", "Christmas Day"],
      ["12-26T00:00", "holiday", undefined],
    ]);
  });
});

describe("region holidays per year", () => {
  // a distinct definition per test (identical ones share one compiled calendar and its caches)
  let n = 0;
  const cal = () => compiledOf(sla.definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: "GB-ENG" }, { date: `1001-01-${String(++n).padStart(2, "0")}` }] })).business;

  it("are computed once per year and reused", () => {
    const c = cal();
    const first = regionHolidaysOf(c, 2026);
    expect(first.size).toBeGreaterThan(5);
    expect(regionHolidaysOf(c, 2026)).toBe(first);
  });

  it("keep every recent year, and at most 257 years in all", () => {
    const c = cal();
    for (let y = 2020; y <= 2030; y++) regionHolidaysOf(c, y);
    expect([...c.cache.regionDays.keys()]).toEqual(Array.from({ length: 11 }, (_, i) => 2020 + i));
    for (let y = 1800; y < 2100; y++) regionHolidaysOf(c, y);
    expect(c.cache.regionDays.size).toBeGreaterThan(11);
    expect(c.cache.regionDays.size).toBeLessThanOrEqual(257);
  });
});
