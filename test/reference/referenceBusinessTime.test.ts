/**
 * The slow reference on hand-computed cases, and against the even slower minute walk.
 * (Dates: 2026-03-02 is a Monday; Toronto springs forward on Sunday 2026-03-08 and falls back on
 * Sunday 2026-11-01.)
 */
import { describe, expect, it } from "vitest";
import { RefHorizonError, refInstant, referenceOf } from "./referenceBusinessTime.js";
import { walkAdd, walkBetween, walkNext, walkSubtract } from "./minuteWalk.js";
import { DAY, HOUR, MINUTE, parseDay } from "./wallClock.js";

const TORONTO = "America/Toronto";
const nineToFive = { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]] };
const iso = (t: number) => new Date(t).toISOString();
const office = (extra: object = {}) => referenceOf({ timezone: TORONTO, hours: nineToFive, ...extra });

describe("reference: business time between", () => {
  it("a 24x7 desk in Toronto has 23 hours on the spring-forward Sunday and 25 on the fall-back one", () => {
    const r = referenceOf({ timezone: TORONTO, hours: "24x7" });
    expect(r.businessTimeBetween("2026-03-08", "2026-03-09")).toBe(23 * HOUR);
    expect(r.businessTimeBetween("2026-11-01", "2026-11-02")).toBe(25 * HOUR);
    expect(r.businessTimeBetween("2026-11-02", "2026-11-01")).toBe(-25 * HOUR);
  });

  it("Lord Howe's 30-minute shift gives 23.5- and 24.5-hour days; Dublin 23 and 25", () => {
    const lh = referenceOf({ timezone: "Australia/Lord_Howe", hours: "24x7" });
    expect(lh.businessTimeBetween("2026-10-04", "2026-10-05")).toBe(23.5 * HOUR);
    expect(lh.businessTimeBetween("2026-04-05", "2026-04-06")).toBe(24.5 * HOUR);
    const du = referenceOf({ timezone: "Europe/Dublin", hours: "24x7" });
    expect(du.businessTimeBetween("2026-03-29", "2026-03-30")).toBe(23 * HOUR);
    expect(du.businessTimeBetween("2026-10-25", "2026-10-26")).toBe(25 * HOUR);
  });

  it("counts a working week of 9–17 as 40 hours and respects [start, end)", () => {
    const r = office();
    expect(r.businessTimeBetween("2026-03-02", "2026-03-09")).toBe(40 * HOUR);
    expect(r.businessTimeBetween("2026-03-02T10:15", "2026-03-02T16:45")).toBe(6.5 * HOUR);
    expect(r.isBusinessTime("2026-03-02T09:00")).toBe(true);
    expect(r.isBusinessTime("2026-03-02T17:00")).toBe(false);
    expect(r.isBusinessTime(Date.parse("2026-03-02T22:00Z") - 1)).toBe(true); // 16:59:59.999 EST
  });

  it("an interval straddling the gap loses the skipped hour; one inside the gap vanishes", () => {
    const r = referenceOf({ timezone: TORONTO, hours: { sun: [["01:00", "04:00"], ["02:30", "03:00"]] } });
    expect(r.businessTimeBetween("2026-03-08", "2026-03-09")).toBe(2 * HOUR);
    const g = referenceOf({ timezone: TORONTO, hours: { sun: [["02:30", "03:00"]] } });
    expect(g.businessTimeBetween("2026-03-08", "2026-03-09")).toBe(0);
    expect(g.businessTimeBetween("2026-03-01", "2026-03-02")).toBe(30 * MINUTE);
  });

  it("an interval ending at the fall-back hour uses the earlier 01:30 and the single 02:00", () => {
    const r = referenceOf({ timezone: TORONTO, hours: { sun: [["01:30", "02:00"]] } });
    expect(r.businessIntervals("2026-11-01", "2026-11-02").map((s) => [iso(s[0]), iso(s[1])])).toEqual([
      ["2026-11-01T05:30:00.000Z", "2026-11-01T07:00:00.000Z"],
    ]);
  });

  it("overnight shifts belong to the day they start on; a holiday only removes the shifts starting on it", () => {
    const r = referenceOf({ timezone: TORONTO, hours: { mon: [["22:00", "06:00"]], tue: [["22:00", "06:00"]] }, holidays: [{ date: "2026-03-03" }] });
    // Mon 22:00 → Tue 06:00 still runs; Tue 22:00 → Wed 06:00 is gone
    expect(r.businessTimeBetween("2026-03-02", "2026-03-05")).toBe(8 * HOUR);
    expect(r.isBusinessTime("2026-03-03T05:59")).toBe(true);
    expect(r.isBusinessTime("2026-03-03T23:00")).toBe(false);
    // the spill-over makes Tuesday a business day
    expect(r.businessDaysBetween("2026-03-02", "2026-03-04")).toBe(2);
  });

  it("an interval [t, t] lasts 24 hours, and '24:00' is the next midnight", () => {
    const r = referenceOf({ timezone: TORONTO, hours: { mon: [["09:00", "09:00"]], wed: [["18:00", "24:00"]] } });
    expect(r.businessTimeBetween("2026-03-02", "2026-03-09")).toBe(30 * HOUR);
    expect(r.businessIntervals("2026-03-02", "2026-03-09").map((s) => [iso(s[0]), iso(s[1])])).toEqual([
      ["2026-03-02T14:00:00.000Z", "2026-03-03T14:00:00.000Z"],
      ["2026-03-04T23:00:00.000Z", "2026-03-05T05:00:00.000Z"],
    ]);
  });

  it("merges touching intervals into one segment (24x7 is one segment)", () => {
    const r = referenceOf({ timezone: TORONTO, hours: "24x7" });
    expect(r.businessIntervals("2026-03-02T10:00", "2026-03-05T10:00")).toEqual([[Date.parse("2026-03-02T15:00Z"), Date.parse("2026-03-05T15:00Z")]]);
    const t = referenceOf({ timezone: TORONTO, hours: { mon: [["09:00", "12:00"], ["12:00", "17:00"], ["11:00", "13:00"]] } });
    expect(t.businessIntervals("2026-03-02", "2026-03-03")).toEqual([[Date.parse("2026-03-02T14:00Z"), Date.parse("2026-03-02T22:00Z")]]);
    expect(t.businessIntervals("2026-03-03", "2026-03-02")).toEqual([]);
  });
});

describe("reference: holidays, closures, maintenance", () => {
  it("precedence is date > annual > region > weekly", () => {
    const region = { region: "CA-ON" };
    expect(office({ holidays: [region] }).businessTimeBetween("2026-12-25", "2026-12-26")).toBe(0);
    expect(office({ holidays: [region, { annual: "12-25", hours: [["10:00", "12:00"]] }] }).businessTimeBetween("2026-12-25", "2026-12-26")).toBe(2 * HOUR);
    expect(office({ holidays: [{ annual: "12-25", hours: [["10:00", "12:00"]] }, region, { date: "2026-12-25" }] }).businessTimeBetween("2026-12-25", "2026-12-26")).toBe(0);
    expect(office({ holidays: [{ date: "2026-12-25", hours: [["10:00", "11:00"]] }, { annual: "12-25" }] }).businessTimeBetween("2026-12-25", "2026-12-26")).toBe(HOUR);
    expect(office({ holidays: [{ region: "CA-ON", except: ["2026-12-25"] }] }).businessTimeBetween("2026-12-25", "2026-12-26")).toBe(8 * HOUR);
  });

  it("special hours open a closed Saturday (the CONTRACT's 21:30 Friday example)", () => {
    const hours = { mon: [["04:00", "22:00"]], tue: [["04:00", "22:00"]], wed: [["04:00", "22:00"]], thu: [["04:00", "22:00"]], fri: [["04:00", "22:00"]] };
    const r = referenceOf({ timezone: TORONTO, hours, holidays: [{ date: "2026-11-28", hours: [["09:00", "13:00"]] }] });
    expect(iso(r.addBusinessTime("2026-11-27T21:30", "2h"))).toBe("2026-11-28T15:30:00.000Z"); // Sat 10:30 EST
  });

  it("region holidays: substitute days count, other types only when asked for", () => {
    const gb = (extra: object) => referenceOf({ timezone: "Europe/London", hours: "24x7", holidays: [{ region: "GB-ENG", ...extra }] });
    expect(gb({}).businessTimeBetween("2026-12-28", "2026-12-29")).toBe(0); // Boxing Day (substitute day)
    expect(gb({}).businessTimeBetween("2026-04-05", "2026-04-06")).toBe(24 * HOUR); // Easter Sunday: observance
    expect(gb({ types: ["public", "observance"] }).businessTimeBetween("2026-04-05", "2026-04-06")).toBe(0);
    const us = referenceOf({ timezone: "America/New_York", hours: "24x7", holidays: [{ region: "US" }] });
    expect(us.businessTimeBetween("2027-12-31", "2028-01-01")).toBe(0); // New Year's Day 2028 observed
  });

  it("a holiday keeps the overnight tail of the previous day's 24x7 hours? no: 24x7 ends at midnight", () => {
    const r = referenceOf({ timezone: TORONTO, hours: "24x7", holidays: [{ date: "2026-03-03" }] });
    expect(r.businessTimeBetween("2026-03-02", "2026-03-05")).toBe(48 * HOUR);
    expect(r.businessIntervals("2026-03-02", "2026-03-05")).toEqual([
      [Date.parse("2026-03-02T05:00Z"), Date.parse("2026-03-03T05:00Z")],
      [Date.parse("2026-03-04T05:00Z"), Date.parse("2026-03-05T05:00Z")],
    ]);
  });

  it("closures remove [from, to), wall clock or exact", () => {
    expect(office({ holidays: [{ from: "2026-03-03T12:00", to: "2026-03-03T14:00" }] }).businessTimeBetween("2026-03-03", "2026-03-04")).toBe(6 * HOUR);
    expect(office({ holidays: [{ from: "2026-03-03T17:00Z", to: "2026-03-03T19:00Z" }] }).businessTimeBetween("2026-03-03", "2026-03-04")).toBe(6 * HOUR);
    expect(office({ holidays: [{ from: "2026-03-03T12:00", to: "2026-03-09T10:00" }] }).businessTimeBetween("2026-03-02", "2026-03-10")).toBe(8 * HOUR + 3 * HOUR + 7 * HOUR);
  });

  it("maintenance windows pause the clock only with pausesClocks: true", () => {
    const windows = [{ weekly: ["tue"], from: "10:00", to: "11:00" }, { start: "2026-03-04T16:00", end: "2026-03-05T10:00" }];
    expect(office({ maintenance: { windows, pausesClocks: true } }).businessTimeBetween("2026-03-02", "2026-03-09")).toBe(40 * HOUR - 3 * HOUR);
    expect(office({ maintenance: { windows, pausesClocks: false } }).businessTimeBetween("2026-03-02", "2026-03-09")).toBe(40 * HOUR);
    expect(office({ maintenance: { windows } }).businessTimeBetween("2026-03-02", "2026-03-09")).toBe(40 * HOUR);
    const overnight = [{ weekly: ["mon"], from: "16:00", to: "10:00" }];
    expect(office({ maintenance: { windows: overnight, pausesClocks: true } }).businessTimeBetween("2026-03-02", "2026-03-04")).toBe(16 * HOUR - 2 * HOUR);
  });
});

describe("reference: observed days and holidayYears (hand-computed)", () => {
  it('CA-ON with observed "next": Christmas 2027 (Sat) and Boxing Day (Sun) close Monday 27 and Tuesday 28', () => {
    // weekdays 20–24 and 27–31 December 2027 are 10; the observed days take 27 and 28
    expect(office({ holidays: [{ region: "CA-ON", observed: "next" }] }).businessDaysBetween("2027-12-20", "2027-12-31")).toBe(8);
    expect(office({ holidays: [{ region: "CA-ON" }] }).businessDaysBetween("2027-12-20", "2027-12-31")).toBe(10);
  });

  it('"nearest": 4 July 2026 (Sat) closes Friday 3, 4 July 2027 (Sun) Monday 5; a tie (Mon–Thu hours) goes to Thursday', () => {
    const r = office({ holidays: [{ annual: "07-04", observed: "nearest" }] });
    expect(r.isBusinessTime("2026-07-03T10:00")).toBe(false);
    expect(r.isBusinessTime("2026-07-06T10:00")).toBe(true);
    expect(r.isBusinessTime("2027-07-05T10:00")).toBe(false);
    const { fri: _, ...monThu } = nineToFive;
    const t = referenceOf({ timezone: TORONTO, hours: monThu, holidays: [{ annual: "07-04", observed: "nearest" }] });
    expect(t.isBusinessTime("2026-07-02T10:00")).toBe(false); // Sat 4 July: Thu 2 and Mon 6 are both two days away
    expect(t.isBusinessTime("2026-07-06T10:00")).toBe(true);
  });

  it("US with observed: Christmas 2021 already has date-holidays' Friday 24, so Monday 27 stays open", () => {
    const r = office({ holidays: [{ region: "US", observed: "next" }] });
    expect(r.isBusinessTime("2021-12-24T10:00")).toBe(false);
    expect(r.isBusinessTime("2021-12-27T10:00")).toBe(true);
  });

  it("holidayYears: answers inside the span, a RefHorizonError for instants outside it", () => {
    const r = office({ holidayYears: [2026, 2026] });
    expect(r.isBusinessTime("2026-12-31T10:00")).toBe(true);
    expect(() => r.isBusinessTime("2027-01-04T10:00")).toThrow(RefHorizonError);
    expect(() => r.businessTimeBetween("2026-12-31T10:00", "2027-01-01T00:01")).toThrow(RefHorizonError);
    expect(r.businessTimeBetween("2026-12-31T10:00", "2027-01-01T00:00")).toBe(7 * HOUR);
  });
});

describe("reference: add, subtract, next", () => {
  const r = office();
  it("filling a day exactly lands on the closing instant; subtracting lands on the opening", () => {
    expect(iso(r.addBusinessTime("2026-03-02T09:00", "8h"))).toBe("2026-03-02T22:00:00.000Z");
    expect(iso(r.addBusinessTime("2026-03-02T16:00", 2 * HOUR))).toBe("2026-03-03T15:00:00.000Z");
    expect(iso(r.addBusinessTime("2026-03-06T16:00", "PT1H30M"))).toBe("2026-03-09T13:30:00.000Z"); // Fri → Mon 09:30 EDT
    expect(iso(r.subtractBusinessTime("2026-03-03T10:00", "1h"))).toBe("2026-03-03T14:00:00.000Z");
    expect(iso(r.subtractBusinessTime("2026-03-03T10:00", "2h"))).toBe("2026-03-02T21:00:00.000Z");
    expect(iso(r.subtractBusinessTime("2026-03-09T09:00", "8h"))).toBe("2026-03-06T14:00:00.000Z");
    expect(r.addBusinessTime(12345, 0)).toBe(12345);
    expect(r.subtractBusinessTime(12345, 0)).toBe(12345);
    expect(iso(r.addBusinessTime("2026-03-07T12:00", "1m"))).toBe("2026-03-09T13:01:00.000Z");
  });

  it("next business time is the instant itself when open, else the next opening", () => {
    expect(iso(r.nextBusinessTime("2026-03-02T09:00"))).toBe("2026-03-02T14:00:00.000Z");
    expect(iso(r.nextBusinessTime("2026-03-02T17:00"))).toBe("2026-03-03T14:00:00.000Z");
    expect(iso(r.nextBusinessTime("2026-03-07T12:00"))).toBe("2026-03-09T13:00:00.000Z");
  });

  it("an empty policy and a 101-year span hit the horizon", () => {
    const empty = referenceOf({ timezone: TORONTO, hours: {} });
    expect(() => empty.addBusinessTime("2026-03-02", "1h")).toThrow(RefHorizonError);
    expect(() => empty.subtractBusinessTime("2026-03-02", "1h")).toThrow(RefHorizonError);
    expect(() => empty.nextBusinessTime("2026-03-02")).toThrow(RefHorizonError);
    expect(() => empty.addBusinessDays("2026-03-02", 1)).toThrow(RefHorizonError);
    expect(empty.businessTimeBetween("2026-03-02", "2036-03-02")).toBe(0);
    const t0 = Date.parse("2026-01-01T00:00Z");
    expect(() => r.businessTimeBetween(t0, t0 + 36_526 * DAY)).toThrow(RefHorizonError);
    expect(() => r.businessDaysBetween(t0 + 36_526 * DAY, t0)).toThrow(RefHorizonError);
    expect(() => r.businessIntervals(t0, t0 + 36_526 * DAY)).toThrow(RefHorizonError);
  });
});

describe("reference: business days", () => {
  it("adds business days at the same wall-clock time, skipping closed dates", () => {
    const r = office({ holidays: [{ date: "2026-03-10" }] });
    expect(iso(r.addBusinessDays("2026-03-06T10:00", 1))).toBe("2026-03-09T14:00:00.000Z"); // Mon 10:00 EDT
    expect(iso(r.addBusinessDays("2026-03-06T10:00", 2))).toBe("2026-03-11T14:00:00.000Z"); // skips Tue holiday
    expect(iso(r.addBusinessDays("2026-03-07T20:00", 1))).toBe("2026-03-10T00:00:00.000Z"); // Sat → Mon 20:00 EDT
    expect(iso(r.addBusinessDays("2026-03-09T10:00", -1))).toBe("2026-03-06T15:00:00.000Z"); // Mon → Fri 10:00 EST
    expect(r.addBusinessDays(42, 0)).toBe(42);
  });

  it("a wall-clock time in the gap moves forward by the gap", () => {
    const r = referenceOf({ timezone: TORONTO, hours: "24x7" });
    expect(iso(r.addBusinessDays("2026-03-07T02:30", 1))).toBe("2026-03-08T07:30:00.000Z");
    expect(iso(r.addBusinessDays("2026-10-31T01:30", 1))).toBe("2026-11-01T05:30:00.000Z");
    // the second 01:30 (EST) keeps its wall time 01:30
    expect(iso(r.addBusinessDays(Date.parse("2026-11-01T06:30Z"), 1))).toBe("2026-11-02T06:30:00.000Z");
  });

  it("counts business days NETWORKDAYS-style, both ends inclusive, negative when reversed", () => {
    const r = office();
    expect(r.businessDaysBetween("2026-03-02T23:00", "2026-03-06T01:00")).toBe(5);
    expect(r.businessDaysBetween("2026-03-06T01:00", "2026-03-02T23:00")).toBe(-5);
    expect(r.businessDaysBetween("2026-03-07", "2026-03-08T12:00")).toBe(0);
    expect(r.businessDaysBetween("2026-03-02", "2026-03-02")).toBe(1);
    expect(r.isBusinessDay(parseDay("2026-03-07"))).toBe(false);
  });

  it("Santiago's midnight transitions: the 25-hour 2026-04-04 and the 23-hour 2026-09-06", () => {
    const r = referenceOf({ timezone: "America/Santiago", hours: "24x7" });
    expect(r.businessTimeBetween("2026-04-04", "2026-04-05")).toBe(25 * HOUR);
    expect(r.businessTimeBetween("2026-09-06", "2026-09-07")).toBe(23 * HOUR);
    expect(r.businessDaysBetween(Date.parse("2026-04-05T03:30Z"), Date.parse("2026-04-05T04:00Z"))).toBe(2);
    expect(iso(r.addBusinessDays("2026-09-05T00:00", 1))).toBe("2026-09-06T04:00:00.000Z");
  });
});

describe("reference scans agree with the minute walk", () => {
  const cases = [
    { timezone: TORONTO, hours: { sun: [["01:00", "04:00"], ["22:30", "01:15"]], sat: [["23:00", "02:30"]] } },
    { timezone: "Australia/Lord_Howe", hours: { sun: [["01:45", "02:40"]], sat: [["22:00", "22:00"]] }, holidays: [{ from: "2026-10-04T02:35", to: "2026-10-04T03:05" }] },
    { timezone: "America/Santiago", hours: { sat: [["23:15", "00:30"]], sun: [["00:00", "01:15"]] }, maintenance: { windows: [{ weekly: ["sun"], from: "00:45", to: "01:00" }], pausesClocks: true } },
  ];
  const starts = ["2026-03-07T20:00", "2026-10-03T20:00", "2026-09-05T20:00", "2026-04-04T20:00", "2026-11-01T00:50"];
  it.each(cases.map((c, i) => [i, c] as const))("case %i", (_i, def) => {
    const r = referenceOf(def);
    for (const s of starts) {
      const a = refInstant(r.policy, s);
      const b = a + 30 * HOUR;
      expect(r.businessTimeBetween(a, b)).toBe(walkBetween(r.policy, a, b));
      const walkedNext = walkNext(r.policy, a, 20 * DAY);
      expect(r.nextBusinessTime(a)).toBe(walkedNext);
      for (const d of [MINUTE, 15 * MINUTE, HOUR, 2 * HOUR + 13 * MINUTE]) {
        expect(r.addBusinessTime(a, d)).toBe(walkAdd(r.policy, a, d, 20 * DAY));
        expect(r.subtractBusinessTime(b, d)).toBe(walkSubtract(r.policy, b, d, 20 * DAY));
      }
    }
  });
});
