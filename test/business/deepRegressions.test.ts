/**
 * Regressions found by the deep differential run (`npm run test:deep`, test/deep/), each named after
 * the seed that found it. They run in the normal `npm test`.
 */
import { describe, expect, it } from "vitest";
import { HorizonError, addBusinessDays, businessDaysBetween, businessIntervals, businessTimeBetween, definePolicy, evaluateTicket, isBusinessTime } from "../../src/index.js";

describe("deep seed 1000: a date the zone skipped is not a business day", () => {
  // Crossing the date line, these zones jumped from the end of one date to the start of the day
  // after the next: the skipped date has no instants, so it has no business time, even 24x7.
  it.each([
    // zone, day before, skipped date, day after, the day before 12:00 and the day after 12:00 as instants
    ["Pacific/Apia", "2011-12-29", "2011-12-30", "2011-12-31", "2011-12-29T22:00:00.000Z", "2011-12-30T22:00:00.000Z"], // −10 → +14
    ["Pacific/Fakaofo", "2011-12-29", "2011-12-30", "2011-12-31", "2011-12-29T23:00:00.000Z", "2011-12-30T23:00:00.000Z"], // −11 → +13
    ["Pacific/Kiritimati", "1994-12-30", "1994-12-31", "1995-01-01", "1994-12-30T22:00:00.000Z", "1994-12-31T22:00:00.000Z"], // −10 → +14
    ["Pacific/Kwajalein", "1993-08-20", "1993-08-21", "1993-08-22", "1993-08-21T00:00:00.000Z", "1993-08-22T00:00:00.000Z"], // −12 → +12
  ])("%s skipped %s: counted out of business days, never the answer of addBusinessDays", (zone, before, _skipped, after, beforeNoon, afterNoon) => {
    const p = definePolicy({ timezone: zone, hours: "24x7" });
    expect(businessDaysBetween(p, `${before}T12:00`, `${after}T12:00`)).toBe(2);
    expect(businessDaysBetween(p, `${after}T12:00`, `${before}T12:00`)).toBe(-2);
    // one business day back from the day after is the day before (it was the instant itself)
    expect(addBusinessDays(p, `${after}T12:00`, -1).toISOString()).toBe(beforeNoon);
    expect(addBusinessDays(p, `${before}T12:00`, 1).toISOString()).toBe(afterNoon);
    expect(addBusinessDays(p, `${after}T12:00`, 0).toISOString()).toBe(afterNoon); // n = 0 returns the instant
  });

  it("the policy that found it: 8 business days back from Fakaofo's 2011-12-31 00:30 is 12-22 00:30", () => {
    const template = [["00:00", "10:00"], ["23:00", "09:30"], ["11:42:22", "17:27:22"]];
    const p = definePolicy({
      timezone: "Pacific/Fakaofo",
      hours: { mon: template, wed: template, thu: template, fri: template, sun: template },
    });
    // overnight intervals make every existing date a business day; 2011-12-30 does not exist
    expect(addBusinessDays(p, "2011-12-31T00:30", -1)).toEqual(new Date("2011-12-29T11:30:00Z")); // 12-29 00:30 −11
    expect(addBusinessDays(p, "2011-12-31T00:30", -8)).toEqual(new Date("2011-12-22T11:30:00Z"));
    expect(addBusinessDays(p, "2011-12-29T00:30", 1)).toEqual(new Date("2011-12-30T11:30:00Z")); // 12-31 00:30 +13
  });
});

describe("deep seed 1002: only the deadlines a status shows are computed", () => {
  // Saturday hours entirely inside a pausing maintenance window: the business clock never runs.
  const p = definePolicy({
    timezone: "America/Nuuk",
    hours: { sat: [["02:00", "24:00"]] },
    maintenance: { windows: [{ weekly: ["fri", "sat"], from: "06:00", to: "06:00" }], pausesClocks: true },
    severities: { s3: { targets: { update: "28h", resolution: "24h14m" } } },
  });
  const created = Date.UTC(2038, 2, 25, 12);
  const events = [
    { type: "response" as const, at: created + 3_600_000 }, // starts the first update cycle
    { type: "response" as const, at: created + 2 * 3_600_000 }, // completes it (its deadline is never shown)
    { type: "pause" as const, at: created + 3 * 3_600_000 },
  ];

  it("a paused ticket on a clock that never runs: paused metrics without deadlines, no HorizonError", () => {
    const s = evaluateTicket(p, { createdAt: created, severity: "s3", events }, created + 4 * 3_600_000);
    expect(s.state).toBe("paused");
    expect(s.nextDeadline).toBeNull();
    expect(s.metrics.update).toMatchObject({ status: "paused", elapsed: 0, deadline: null, breaches: 0 });
    expect(s.metrics.resolution).toMatchObject({ status: "paused", elapsed: 0, deadline: null });
  });

  it("once running again, the shown deadline lies beyond the horizon: HorizonError", () => {
    const running = [...events, { type: "resume" as const, at: created + 4 * 3_600_000 }];
    expect(() => evaluateTicket(p, { createdAt: created, severity: "s3", events: running }, created + 5 * 3_600_000)).toThrow(HorizonError);
  });
});

describe("deep seed 6000: the horizon of a span does not depend on the policy", () => {
  const DAY = 86_400_000;
  // Europe/Moscow: 1983-01-01 02:59 → 2083-01-01 03:00, local dates exactly 36,525 days apart
  const a = Date.UTC(1982, 11, 31, 23, 59);
  const b = Date.UTC(2083, 0, 1);

  it("businessDaysBetween measures its span in local dates: 36,525 days apart is within the horizon", () => {
    const p = definePolicy({ timezone: "Europe/Moscow", hours: "24x7" });
    expect(businessDaysBetween(p, a, b)).toBe(36_526); // both dates count
    expect(businessDaysBetween(p, b, a)).toBe(-36_526);
    expect(() => businessDaysBetween(p, a, b + DAY)).toThrow(HorizonError);
  });

  it("a policy with no business time refuses spans longer than 100 years like any other (it answered 0)", () => {
    for (const hours of [{}, "24x7"] as const) {
      const p = definePolicy({ timezone: "UTC", hours });
      const start = Date.UTC(2000, 0, 1);
      const end = start + 36_526 * DAY;
      expect(() => businessTimeBetween(p, start, end)).toThrow(HorizonError);
      expect(() => businessTimeBetween(p, end, start)).toThrow(HorizonError);
      expect(() => businessIntervals(p, start, end)).toThrow(HorizonError);
      expect(() => businessDaysBetween(p, start, end)).toThrow(HorizonError);
    }
    const closed = definePolicy({ timezone: "UTC", hours: {} });
    expect(businessTimeBetween(closed, Date.UTC(2000, 0, 1), Date.UTC(2099, 0, 1))).toBe(0);
    expect(businessDaysBetween(closed, Date.UTC(2000, 0, 1), Date.UTC(2099, 0, 1))).toBe(0);
  });
});

describe("deep seed 734213: a region holiday is of the type date-holidays gives it, not of a lower type another rule gives the same date", () => {
  // Ireland's data has "03-17" (public) and "03-17 and if saturday then next monday if sunday then
  // next monday" (bank, for its substitute Monday); likewise 12-26. date-holidays lists St Patrick's
  // Day once, as public (a holiday of the same name and start keeps its highest type), and the
  // substitute Monday as bank. So types ["bank"] close the substitute Mondays, not the days themselves.
  const bank = definePolicy({ timezone: "Europe/Dublin", hours: "24x7", holidays: [{ region: "IE", types: ["bank"] }] });
  const both = definePolicy({ timezone: "Europe/Dublin", hours: "24x7", holidays: [{ region: "IE", types: ["public", "bank"] }] });

  it("Friday 2006-03-17 and Tuesday 2006-12-26 are public holidays only: open under types [bank], closed under [public, bank]", () => {
    for (const date of ["2006-03-17", "2006-12-26"]) {
      expect(isBusinessTime(bank, `${date}T12:00`), date).toBe(true);
      expect(isBusinessTime(both, `${date}T12:00`), date).toBe(false);
    }
  });

  it("the substitute Mondays are bank holidays: 2007-03-19 (for Saturday 03-17) and 2004-12-27 (for Sunday 12-26)", () => {
    expect(isBusinessTime(bank, "2007-03-19T12:00")).toBe(false);
    expect(isBusinessTime(bank, "2004-12-27T12:00")).toBe(false);
    expect(isBusinessTime(bank, "2007-03-17T12:00")).toBe(true); // the Saturday itself is public
  });

  it("the policy that found it: 5 business days back from Moscow's 1970-01-01 03:00 is 1969-12-25 03:00", () => {
    const p = definePolicy({
      timezone: "Europe/Moscow",
      hours: { mon: [["09:15", "19:30"], ["04:10", "12:57"]], wed: [["15:45", "15:45"]], thu: [], fri: [["00:03", "01:03"]], sat: [["15:00", "22:30"]] },
      holidays: [{ region: "IE", types: ["bank", "observance"] }],
    });
    // Wed 15:45 runs 24 h, into Thursday: Wed 12-31, Mon 12-29, Sat 12-27, Fri 12-26 (public only,
    // so open), Thu 12-25 (Christmas, public: open from Wednesday's interval) — 12-25 03:00 MSK (+3)
    expect(addBusinessDays(p, 0, -5)).toEqual(new Date("1969-12-25T00:00:00.000Z"));
    expect(businessDaysBetween(p, "1969-12-24T12:00", "1969-12-27T12:00")).toBe(4); // 12-24 to 12-27, both inclusive (NETWORKDAYS)
  });
});
