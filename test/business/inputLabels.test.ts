/**
 * The arithmetic functions name the argument a bad input came in (by its parameter name), and a
 * search that finds nothing within the horizon names the function.
 */
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { messageOf } from "../support/errorMessage.js";

const message = (f: () => unknown): string => messageOf(f, sla.SlaClockError);

const q = sla.definePolicy({ timezone: "UTC", hours: { mon: [["09:00", "17:00"]] } });
const closed = sla.definePolicy({ timezone: "UTC", hours: {} });
const MON_NOON = Date.UTC(2026, 10, 30, 12);


describe("a bad instant is named by its parameter", () => {
  const bad = "not a time";
  it.each([
    ["isBusinessTime", "at", () => sla.isBusinessTime(q, bad)],
    ["nextBusinessTime", "at", () => sla.nextBusinessTime(q, bad)],
    ["addBusinessTime", "start", () => sla.addBusinessTime(q, bad, "1h")],
    ["subtractBusinessTime", "end", () => sla.subtractBusinessTime(q, bad, "1h")],
    ["businessTimeBetween (start)", "start", () => sla.businessTimeBetween(q, bad, MON_NOON)],
    ["businessTimeBetween (end)", "end", () => sla.businessTimeBetween(q, MON_NOON, bad)],
    ["businessIntervals (from)", "from", () => sla.businessIntervals(q, bad, MON_NOON)],
    ["businessIntervals (to)", "to", () => sla.businessIntervals(q, MON_NOON, bad)],
    ["addBusinessDays", "at", () => sla.addBusinessDays(q, bad, 1)],
    ["businessDaysBetween (start)", "start", () => sla.businessDaysBetween(q, bad, MON_NOON)],
    ["businessDaysBetween (end)", "end", () => sla.businessDaysBetween(q, MON_NOON, bad)],
  ] as const)("%s: %s", (_fn, param, call) => {
    expect(message(call)).toMatch(new RegExp(`^${param}: "not a time" is not an ISO 8601 date or date-time`));
  });
});

describe("a bad duration or day count", () => {
  it("is named duration for add and subtract", () => {
    expect(message(() => sla.addBusinessTime(q, MON_NOON, "soon"))).toMatch(/^duration: "soon" is not a duration/);
    expect(message(() => sla.subtractBusinessTime(q, MON_NOON, "soon"))).toMatch(/^duration: "soon" is not a duration/);
  });

  it("is named n for addBusinessDays, which takes whole numbers only", () => {
    for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(message(() => sla.addBusinessDays(q, MON_NOON, n))).toMatch(/^n: .* is not a whole number of business days$/);
    }
    expect(message(() => sla.addBusinessDays(q, MON_NOON, "2" as never))).toBe('n: "2" is not a whole number of business days');
  });

  it("-0 business days is the same as 0: the instant itself", () => {
    expect(sla.addBusinessDays(q, MON_NOON, -0).getTime()).toBe(MON_NOON);
    expect(sla.addBusinessDays(q, MON_NOON - 86_400_000, -0).getTime()).toBe(MON_NOON - 86_400_000);
  });
});

describe("a search that finds nothing within 100 years names the function", () => {
  it.each([
    ["addBusinessTime", () => sla.addBusinessTime(closed, MON_NOON, "1h")],
    ["subtractBusinessTime", () => sla.subtractBusinessTime(closed, MON_NOON, "1h")],
  ] as const)("%s", (fn, call) => {
    expect(() => call()).toThrow(sla.HorizonError);
    expect(message(call)).toMatch(new RegExp(`^${fn}: no answer within 100 calendar years`));
  });
});
