/**
 * Named cases on the built-in policy (Customer Support Policy v2.0): Mon–Fri 04:00–22:00
 * America/Toronto, CA-ON public holidays, Saturday 07:00–09:00 maintenance (not pausing).
 * Each expectation is worked out by hand in its test name or comment.
 */
import { describe, expect, it } from "vitest";
import {
  addBusinessDays, addBusinessTime, businessDaysBetween, businessIntervals, businessTimeBetween, definePolicy,
  HorizonError, InputError, isBusinessTime, nextBusinessTime, presets, subtractBusinessTime,
} from "../../src/index.js";

const p = definePolicy(presets.auvikSupportV2);
const H = 3_600_000;
const iso = (d: Date) => d.toISOString();

describe("deadlines on the seed policy", () => {
  it("sev1 (2h) opened Fri 21:30 ET is due Mon 05:30 ET: 30 min Friday + 90 min Monday", () => {
    expect(iso(addBusinessTime(p, "2026-11-27T21:30", "2h"))).toBe("2026-11-30T10:30:00.000Z");
  });
  it("sev2 (4h) opened Saturday is due Monday 08:00 ET: counting starts at Monday's 04:00 opening", () => {
    expect(iso(addBusinessTime(p, "2026-11-28T10:00", "4h"))).toBe("2026-11-30T13:00:00.000Z");
  });
  it("sev3 (24h) opened Mon 10:00 is due Tue 16:00: 12h Monday (10–22) + 12h Tuesday (04–16)", () => {
    expect(iso(addBusinessTime(p, "2026-11-30T10:00", "24h"))).toBe("2026-12-01T21:00:00.000Z");
  });
  it("sev1 opened Mon 20:00 is due Mon 22:00, the closing instant, not Tuesday 04:00", () => {
    expect(iso(addBusinessTime(p, "2026-11-30T20:00", "2h"))).toBe("2026-12-01T03:00:00.000Z");
  });
  it("across the spring-forward weekend of March 2026: Fri 21:30 EST + 2h = Mon 05:30 EDT (09:30Z)", () => {
    expect(iso(addBusinessTime(p, "2026-03-06T21:30", "2h"))).toBe("2026-03-09T09:30:00.000Z");
  });
  it("across the fall-back weekend of November 2026: Fri 21:30 EDT + 2h = Mon 05:30 EST (10:30Z)", () => {
    expect(iso(addBusinessTime(p, "2026-10-30T21:30", "2h"))).toBe("2026-11-02T10:30:00.000Z");
  });
  it("skips Christmas Day (Fri 2026-12-25), the weekend and Boxing Day observed (Sat 12-26 → Mon 12-28): Thu 20:00 + 4h = Tue 12-29 06:00 EST", () => {
    expect(iso(addBusinessTime(p, "2026-12-24T20:00", "4h"))).toBe("2026-12-29T11:00:00.000Z");
  });
  it("does not pause for Saturday maintenance (pausesClocks is false), which lies outside hours anyway", () => {
    expect(businessTimeBetween(p, "2026-11-28T00:00", "2026-11-29T00:00")).toBe(0);
  });
});

describe("between, subtract and the boundaries", () => {
  it("counts 2h from Fri 21:30 to Mon 05:30 and -2h the other way", () => {
    expect(businessTimeBetween(p, "2026-11-27T21:30", "2026-11-30T05:30")).toBe(2 * H);
    expect(businessTimeBetween(p, "2026-11-30T05:30", "2026-11-27T21:30")).toBe(-2 * H);
  });
  it("subtracting 2h from Mon 05:30 gives Fri 21:30", () => {
    expect(iso(subtractBusinessTime(p, "2026-11-30T05:30", "2h"))).toBe("2026-11-28T02:30:00.000Z");
  });
  it("subtracting exactly the morning lands on Monday's opening, 04:00", () => {
    expect(iso(subtractBusinessTime(p, "2026-11-30T06:00", "2h"))).toBe("2026-11-30T09:00:00.000Z");
  });
  it("is open at 04:00 and closed at 22:00 (half-open)", () => {
    expect(isBusinessTime(p, "2026-11-27T04:00")).toBe(true);
    expect(isBusinessTime(p, "2026-11-27T21:59:59.999")).toBe(true);
    expect(isBusinessTime(p, "2026-11-27T22:00")).toBe(false);
    expect(isBusinessTime(p, "2026-11-27T03:59:59.999")).toBe(false);
  });
  it("next business time after Saturday noon is Monday 04:00; while open it is the instant itself", () => {
    expect(iso(nextBusinessTime(p, "2026-11-28T12:00"))).toBe("2026-11-30T09:00:00.000Z");
    expect(iso(nextBusinessTime(p, "2026-11-27T12:00"))).toBe("2026-11-27T17:00:00.000Z");
  });
  it("lists Friday afternoon and Monday morning between Fri 12:00 and Mon 12:00", () => {
    expect(businessIntervals(p, "2026-11-27T12:00", "2026-11-30T12:00").map((s) => [iso(s.start), iso(s.end)])).toEqual([
      ["2026-11-27T17:00:00.000Z", "2026-11-28T03:00:00.000Z"],
      ["2026-11-30T09:00:00.000Z", "2026-11-30T17:00:00.000Z"],
    ]);
  });
  it("2026 has 251 business days of 18h: 261 weekdays minus 9 weekday CA-ON public holidays and Boxing Day observed", () => {
    // Jan 1, Feb 16, Apr 3, Apr 6, May 18, Jul 1, Sep 7, Oct 12, Dec 25; Dec 26 is a Saturday, so
    // the preset (observed: "next") closes Monday Dec 28 instead.
    expect(businessDaysBetween(p, "2026-01-01", "2026-12-31")).toBe(251);
    expect(businessTimeBetween(p, "2026-01-01", "2027-01-01")).toBe(251 * 18 * H);
  });
  it("reads an ambiguous offset-less time in the fall-back overlap as its earlier (EDT) occurrence", () => {
    expect(isBusinessTime(p, "2026-11-01T01:30")).toBe(false);
    expect(iso(addBusinessTime(p, "2026-11-01T01:30", 0))).toBe("2026-11-01T05:30:00.000Z");
  });
});

describe("business days", () => {
  it("the business day after Thu 2026-12-24 10:00 is Tue 12-29 10:00 (Christmas Friday, weekend, Boxing Day observed Monday)", () => {
    expect(iso(addBusinessDays(p, "2026-12-24T10:00", 1))).toBe("2026-12-29T15:00:00.000Z");
  });
  it("one business day before Monday 10:00 is Friday 10:00; n = 0 returns the instant", () => {
    expect(iso(addBusinessDays(p, "2026-11-30T10:00", -1))).toBe("2026-11-27T15:00:00.000Z");
    expect(iso(addBusinessDays(p, "2026-11-28T10:00", 0))).toBe("2026-11-28T15:00:00.000Z");
  });
  it("counts NETWORKDAYS-style, both ends inclusive, negative when reversed", () => {
    expect(businessDaysBetween(p, "2026-11-23", "2026-11-29")).toBe(5);
    expect(businessDaysBetween(p, "2026-11-29", "2026-11-23")).toBe(-5);
    expect(businessDaysBetween(p, "2026-11-28", "2026-11-28")).toBe(0);
    expect(businessDaysBetween(p, "2026-11-27", "2026-11-27")).toBe(1);
  });
  it("rejects a fractional number of days", () => {
    expect(() => addBusinessDays(p, "2026-11-30T10:00", 1.5)).toThrow(InputError);
  });
});

describe("the horizon", () => {
  it("throws HorizonError fast on a policy with no business time", () => {
    const closed = definePolicy({ timezone: "UTC", hours: {} });
    const t0 = performance.now();
    expect(() => addBusinessTime(closed, "2026-01-01", "1h")).toThrow(HorizonError);
    expect(() => nextBusinessTime(closed, "2026-01-01")).toThrow(HorizonError);
    expect(() => subtractBusinessTime(closed, "2026-01-01", "1h")).toThrow(HorizonError);
    expect(() => addBusinessDays(closed, "2026-01-01", 1)).toThrow(HorizonError);
    expect(businessTimeBetween(closed, "2026-01-01", "2027-01-01")).toBe(0);
    expect(performance.now() - t0).toBeLessThan(100);
  });
  it("throws HorizonError for a duration whose answer lies past 100 years", () => {
    expect(() => addBusinessTime(p, "2026-01-01", 1e15)).toThrow(HorizonError);
    expect(() => addBusinessTime(p, "2026-01-01", `${200 * 4536}h`)).toThrow(HorizonError);
  });
  it("walks 100 years of a policy whose only business time is one special day, then gives up", () => {
    const once = definePolicy({ timezone: "UTC", hours: {}, holidays: [{ date: "2026-06-01", hours: [["09:00", "10:00"]] }] });
    expect(iso(addBusinessTime(once, "2020-01-01", "1h"))).toBe("2026-06-01T10:00:00.000Z");
    const t0 = performance.now();
    expect(() => addBusinessTime(once, "2020-01-01", "2h")).toThrow(HorizonError);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe("signs", () => {
  it("never answers -0 for an empty reversed span", () => {
    expect(Object.is(businessTimeBetween(p, "2026-11-29T12:00", "2026-11-28T12:00"), 0)).toBe(true);
    expect(Object.is(businessDaysBetween(p, "2026-11-29", "2026-11-28"), 0)).toBe(true);
  });
});
