/**
 * The limits of the arithmetic, exactly at their edges: the 100-year horizon (36,525 days, inclusive)
 * and the supported years 1000–9999 (inclusive), with the function named in each HorizonError.
 * A 24x7 UTC desk makes every answer computable by hand.
 */
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { messageOf } from "../support/errorMessage.js";

const horizonMessage = (f: () => unknown): string => messageOf(f, sla.HorizonError);

const DAY = 86_400_000;
const HORIZON = 36_525 * DAY;
const always = sla.definePolicy({ timezone: "UTC", hours: "24x7" });
const never = sla.definePolicy({ timezone: "UTC", hours: {} });
const T = Date.UTC(2000, 0, 1);
const MIN = Date.UTC(1000, 0, 1);
const MAX = Date.UTC(10000, 0, 1); // 10000-01-01T00:00 in UTC: the end of the year 9999


describe("spans of exactly 100 years are measured; one millisecond more is refused", () => {
  it("businessTimeBetween and businessIntervals, both directions", () => {
    expect(sla.businessTimeBetween(always, T, T + HORIZON)).toBe(HORIZON);
    expect(sla.businessTimeBetween(always, T + HORIZON, T)).toBe(-HORIZON);
    expect(sla.businessIntervals(always, T, T + HORIZON)).toHaveLength(1);
    expect(horizonMessage(() => sla.businessTimeBetween(always, T, T + HORIZON + 1))).toMatch(/^businessTimeBetween: the span is longer than 100 calendar years/);
    expect(horizonMessage(() => sla.businessTimeBetween(always, T + HORIZON + 1, T))).toMatch(/^businessTimeBetween: /);
    expect(horizonMessage(() => sla.businessIntervals(always, T, T + HORIZON + 1))).toMatch(/^businessIntervals: the span is longer than 100 calendar years/);
  });

  it("businessDaysBetween counts dates 36,525 days apart, not 36,526", () => {
    expect(sla.businessDaysBetween(always, T, T + HORIZON)).toBe(36_526);
    expect(horizonMessage(() => sla.businessDaysBetween(always, T, T + HORIZON + DAY))).toMatch(/^businessDaysBetween: the span is longer than 100 calendar years/);
  });
});

describe("answers exactly 100 years away are found; one millisecond further is not", () => {
  it("addBusinessTime and subtractBusinessTime", () => {
    expect(sla.addBusinessTime(always, T, HORIZON).getTime()).toBe(T + HORIZON);
    expect(sla.subtractBusinessTime(always, T, HORIZON).getTime()).toBe(T - HORIZON);
    expect(horizonMessage(() => sla.addBusinessTime(always, T, HORIZON + 1))).toMatch(/^addBusinessTime: no answer within 100 calendar years/);
    expect(horizonMessage(() => sla.subtractBusinessTime(always, T, HORIZON + 1))).toMatch(/^subtractBusinessTime: no answer within 100 calendar years/);
  });

  it("addBusinessDays: ±36,525 days, not ±36,526", () => {
    expect(sla.addBusinessDays(always, T, 36_525).getTime()).toBe(T + HORIZON);
    expect(sla.addBusinessDays(always, T, -36_525).getTime()).toBe(T - HORIZON);
    expect(horizonMessage(() => sla.addBusinessDays(always, T, 36_526))).toMatch(/^addBusinessDays: no answer within 100 calendar years/);
    expect(horizonMessage(() => sla.addBusinessDays(always, T, -36_526))).toMatch(/^addBusinessDays: no answer within 100 calendar years/);
  });

  it("addBusinessDays on a weekday desk: the last weekday within 36,525 days, not the next one", () => {
    const allDay: [string, string][] = [["00:00", "24:00"]];
    const weekdays = sla.definePolicy({ timezone: "UTC", hours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay } });
    expect(new Date(T).getUTCDay()).toBe(6); // a Saturday: not counted by businessDaysBetween
    const n = sla.businessDaysBetween(weekdays, T, T + HORIZON);
    const last = sla.addBusinessDays(weekdays, T, n).getTime();
    expect(last).toBeLessThanOrEqual(T + HORIZON);
    expect(last).toBeGreaterThan(T + HORIZON - 3 * DAY);
    expect(horizonMessage(() => sla.addBusinessDays(weekdays, T, n + 1))).toMatch(/^addBusinessDays: no answer within 100 calendar years/);
    expect(horizonMessage(() => sla.addBusinessDays(weekdays, T + HORIZON, -n - 1))).toMatch(/^addBusinessDays: no answer within 100 calendar years/);
  });

  it("a policy that is never open: every search names its function", () => {
    expect(horizonMessage(() => sla.nextBusinessTime(never, T))).toMatch(/^nextBusinessTime: no answer within 100 calendar years/);
    expect(horizonMessage(() => sla.addBusinessDays(never, T, 1))).toMatch(/^addBusinessDays: no answer/);
    expect(horizonMessage(() => sla.addBusinessDays(never, T, -1))).toMatch(/^addBusinessDays: no answer/);
    expect(sla.isBusinessTime(never, T)).toBe(false);
    expect(sla.businessTimeBetween(never, T, T + DAY)).toBe(0);
    expect(sla.businessIntervals(never, T, T + DAY)).toEqual([]);
    expect(sla.businessDaysBetween(never, T, T + DAY)).toBe(0);
  });
});

describe("answers must lie in the years 1000–9999 (both ends included)", () => {
  it("adding up to 10000-01-01T00:00Z (the end of 9999 in UTC) works; a millisecond past it is a HorizonError", () => {
    expect(sla.addBusinessTime(always, MAX - DAY, DAY).getTime()).toBe(MAX);
    expect(horizonMessage(() => sla.addBusinessTime(always, MAX - DAY, DAY + 1))).toMatch(/^addBusinessTime: the answer lies outside the supported years 1000–9999/);
    expect(horizonMessage(() => sla.addBusinessDays(always, MAX - DAY, 2))).toMatch(/^addBusinessDays: the answer lies outside the supported years 1000–9999/);
    expect(sla.nextBusinessTime(always, MAX).getTime()).toBe(MAX);
  });

  it("subtracting down to 1000-01-01T00:00Z works; a millisecond before it is a HorizonError", () => {
    expect(sla.subtractBusinessTime(always, MIN + DAY, DAY).getTime()).toBe(MIN);
    expect(horizonMessage(() => sla.subtractBusinessTime(always, MIN + DAY, DAY + 1))).toMatch(/^subtractBusinessTime: the answer lies outside the supported years 1000–9999/);
    expect(horizonMessage(() => sla.addBusinessDays(always, MIN + DAY, -2))).toMatch(/^addBusinessDays: the answer lies outside the supported years 1000–9999/);
  });

  it("a Monday-only desk near the end of 9999 has no next opening inside the supported years", () => {
    const mondays = sla.definePolicy({ timezone: "UTC", hours: { mon: [["09:00", "17:00"]] } });
    // 10000-01-01 is a Saturday: the next Monday is past the end of 9999
    expect(new Date(MAX).getUTCDay()).toBe(6);
    expect(() => sla.nextBusinessTime(mondays, MAX)).toThrow(sla.HorizonError);
  });
});

describe("searches that run off the years 1000–9999 say so, naming the function", () => {
  it("adding or subtracting years of business time near either end", () => {
    const years3 = 3 * 365 * DAY;
    expect(horizonMessage(() => sla.addBusinessTime(always, MAX - DAY, years3))).toBe("addBusinessTime: the answer lies outside the supported years 1000–9999");
    expect(horizonMessage(() => sla.subtractBusinessTime(always, MIN + DAY, years3))).toBe("subtractBusinessTime: the answer lies outside the supported years 1000–9999");
  });

  it("an answer found in the local year 10000 is refused with its date", () => {
    expect(horizonMessage(() => sla.addBusinessTime(always, MAX - DAY, 2 * DAY))).toBe(
      "addBusinessTime: the answer lies outside the supported years 1000–9999 (+010000-01-02T00:00:00.000Z)",
    );
  });

  it("west of Greenwich the first hours of 1000-01-01 UTC belong to the local year 999, and are reachable", () => {
    const toronto = sla.definePolicy({ timezone: "America/Toronto", hours: "24x7" });
    expect(sla.subtractBusinessTime(toronto, MIN + DAY, DAY).getTime()).toBe(MIN);
  });

  it("adding or subtracting hundreds of business days near either end", () => {
    expect(horizonMessage(() => sla.addBusinessDays(always, MAX - DAY, 800))).toBe("addBusinessDays: the answer lies outside the supported years 1000–9999");
    expect(horizonMessage(() => sla.addBusinessDays(always, MIN + DAY, -800))).toBe("addBusinessDays: the answer lies outside the supported years 1000–9999");
  });

  it("the next opening: found in the year 10000 (and refused with its date), or not found before it ends", () => {
    const mondays = sla.definePolicy({ timezone: "UTC", hours: { mon: [["09:00", "17:00"]] } });
    expect(horizonMessage(() => sla.nextBusinessTime(mondays, MAX))).toBe(
      "nextBusinessTime: the answer lies outside the supported years 1000–9999 (+010000-01-03T09:00:00.000Z)",
    );
    // open on one date only: from 9990 on, nothing opens before the supported years end
    const once = sla.definePolicy({ timezone: "UTC", hours: {}, holidays: [{ date: "2000-01-03", hours: [["09:00", "10:00"]] }] });
    expect(horizonMessage(() => sla.nextBusinessTime(once, Date.UTC(9990, 0, 1)))).toBe("nextBusinessTime: the answer lies outside the supported years 1000–9999");
  });
});

describe("the next opening 100 years away, to the millisecond", () => {
  // Open on one date only, 2100-01-01 00:00–01:00 UTC: every local year before it is closed.
  const once = sla.definePolicy({ timezone: "UTC", hours: {}, holidays: [{ date: "2100-01-01", hours: [["00:00", "01:00"]] }] });
  const opening = Date.UTC(2100, 0, 1);

  it("is found from exactly 36,525 days before it (the closed year before it ends exactly at the limit)", () => {
    expect(sla.nextBusinessTime(once, opening - HORIZON).getTime()).toBe(opening);
  });

  it("is beyond the horizon from one millisecond earlier", () => {
    expect(horizonMessage(() => sla.nextBusinessTime(once, opening - HORIZON - 1))).toMatch(/^nextBusinessTime: no answer within 100 calendar years/);
  });
});
