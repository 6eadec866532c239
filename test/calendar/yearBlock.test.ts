import { describe, expect, it } from "vitest";
import { addBusinessTime, businessIntervals, businessTimeBetween, definePolicy, isBusinessTime, presets } from "../../src/index.js";
import { compiledOf } from "../../src/calendar/definePolicy.js";
import { closedTime } from "../../src/calendar/closedTime.js";
import { openSegments } from "../../src/calendar/openSegments.js";
import { MAX_CACHED_SEGMENTS, yearBlock, yearTotal, yearTotals, yearsTotal, yearsTotals } from "../../src/calendar/yearBlock.js";

const H = 3_600_000;

describe("year blocks", () => {
  it("partition the time line: each year ends where the next begins", () => {
    const cal = compiledOf(definePolicy(presets.auvikSupportV2)).business;
    for (let y = 2020; y < 2030; y++) expect(yearBlock(cal, y).end).toBe(yearBlock(cal, y + 1).start);
  });

  it("carry an overnight shift across New Year and merge it into one interval", () => {
    const p = definePolicy({ timezone: "Pacific/Chatham", hours: { thu: [["22:00", "06:00"]] } });
    // 2026-12-31 is a Thursday: 22:00 → Fri 2027-01-01 06:00.
    expect(businessTimeBetween(p, "2026-12-31T23:00", "2027-01-01T01:00")).toBe(2 * H);
    const spans = businessIntervals(p, "2026-12-31T00:00", "2027-01-02T00:00");
    expect(spans).toHaveLength(1);
    expect(spans[0]!.end.getTime() - spans[0]!.start.getTime()).toBe(8 * H);
    expect(isBusinessTime(p, "2027-01-01T05:59")).toBe(true);
  });

  it("keep the hours of a year's last date that its zone skipped: Kiritimati's Saturday 1994-12-31 opens on Sunday 1995-01-01, as Apia's skipped Friday does mid-year (deep seed 810000)", () => {
    // −10 → +14: local 1994-12-31 never happened, so its wall times fall in the 24-hour gap and
    // move forward by it (semantics.md); the year before ends early, and its last date's hours
    // belong to the year after (the year block dropped them unless an interval ran past midnight).
    const p = definePolicy({ timezone: "Pacific/Kiritimati", hours: { sat: [["01:25", "12:55"]] } });
    const spans = businessIntervals(p, "1994-12-29T00:00Z", "1995-01-09T00:00Z").map((s) => [s.start.toISOString(), s.end.toISOString()]);
    expect(spans).toEqual([
      ["1994-12-31T11:25:00.000Z", "1994-12-31T22:55:00.000Z"], // Sun 1995-01-01 01:25–12:55 +14
      ["1995-01-06T11:25:00.000Z", "1995-01-06T22:55:00.000Z"], // Sat 1995-01-07
    ]);
    expect(isBusinessTime(p, "1995-01-01T12:00")).toBe(true);
    expect(addBusinessTime(p, "1994-12-28T00:00Z", H).toISOString()).toBe("1994-12-31T12:25:00.000Z");
    expect(businessTimeBetween(p, "1994-12-24T00:00Z", "1995-01-02T00:00Z")).toBe(2 * 11.5 * H); // Saturdays 12-24 and the skipped 12-31
    const apia = definePolicy({ timezone: "Pacific/Apia", hours: { fri: [["09:00", "17:00"]] } }); // skipped Friday 2011-12-30
    expect(businessIntervals(apia, "2011-12-30T00:00Z", "2011-12-31T12:00Z").map((s) => s.start.toISOString())).toEqual(["2011-12-30T19:00:00.000Z"]);
  });

  let fresh = 0;
  const densest = () => {
    const pad = (n: number) => String(n).padStart(2, "0");
    const slots = Array.from({ length: 48 }, (_, i) => [`${pad(i >> 1)}:${i % 2 ? "30" : "00"}`, `${pad(i >> 1)}:${i % 2 ? "45" : "15"}`]);
    // a distinct definition per test (identical ones share one compiled calendar and its caches)
    return definePolicy({ timezone: "America/Toronto", hours: Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, slots])), holidays: [{ date: `1001-01-${pad(++fresh)}` }] });
  };

  it("keep the cache bounded when the densest policy (48 intervals every day) is queried across 100 years", () => {
    const p = densest();
    const c = compiledOf(p).business;
    for (let y = 1950; y < 2050; y += 1) businessTimeBetween(p, `${y}-03-01`, `${y}-03-02`);
    expect(businessTimeBetween(p, "1950-01-01", "2049-12-31")).toBeGreaterThan(0);
    // 48 segments a day × 365 days = 17,520 per year: 64 years' worth kept, about 27 MB of Float64Arrays.
    expect(MAX_CACHED_SEGMENTS).toBe(64 * 48 * 366);
    expect(c.cache.segmentCount).toBeLessThanOrEqual(MAX_CACHED_SEGMENTS);
    expect(c.cache.blocks.size).toBeLessThan(100);
    expect(c.cache.blocks.size).toBeGreaterThanOrEqual(63);
    expect(c.cache.totals.size).toBe(100);
  });

  it("regression (issue 14: a dense schedule queried across more than 8 years rebuilt a year on every call): 40 dense years stay cached together", () => {
    const p = densest();
    const c = compiledOf(p).business;
    const at = (k: number) => Date.UTC(2000 + (k * 17) % 40, (k * 5) % 12, 1 + (k % 27), 12);
    for (let k = 0; k < 200; k++) addBusinessTime(p, at(k), "2h");
    const kept = new Map([...c.cache.blocks].map(([y, e]) => [y, e.block]));
    expect(kept.size).toBe(40);
    for (let k = 0; k < 200; k++) addBusinessTime(p, at(k + 1), "2h");
    // no year was built again: the very same blocks answer
    for (const [y, e] of c.cache.blocks) expect(e.block).toBe(kept.get(y));
  });
});

describe("closed time is labelled", () => {
  it("names holidays, marks weekends closed, and covers the range exactly with the open segments", () => {
    const p = definePolicy(presets.auvikSupportV2);
    const cal = compiledOf(p).business;
    const from = Date.parse("2026-12-24T12:00:00-05:00");
    const to = Date.parse("2026-12-29T12:00:00-05:00");
    const closed = closedTime(cal, from, to, "test");
    const open = openSegments(cal, from, to, "test");
    const total = closed.reduce((s, c) => s + c.end - c.start, 0) + open.reduce((s, x, i) => (i % 2 ? s + x - open[i - 1]! : s), 0);
    expect(total).toBe(to - from);
    const christmas = closed.find((c) => c.reason === "holiday" && c.name === "Christmas Day");
    expect(christmas && new Date(christmas.start).toISOString()).toBe("2026-12-25T09:00:00.000Z");
    expect(christmas && christmas.end - christmas.start).toBe(18 * H);
    expect(closed.some((c) => c.reason === "closed")).toBe(true);
    expect(closed.some((c) => c.reason === "maintenance")).toBe(false); // pausesClocks is false
  });

  it("labels maintenance windows that pause the clocks", () => {
    const p = definePolicy({
      timezone: "UTC", hours: "24x7",
      maintenance: { windows: [{ weekly: ["sat"], from: "07:00", to: "09:00" }], pausesClocks: true },
    });
    const cal = compiledOf(p).business;
    const closed = closedTime(cal, Date.parse("2026-11-28T00:00Z"), Date.parse("2026-11-29T00:00Z"), "test");
    expect(closed).toEqual([{ start: Date.parse("2026-11-28T07:00Z"), end: Date.parse("2026-11-28T09:00Z"), reason: "maintenance" }]);
  });
});

describe("yearsTotal: running sums of whole years", () => {
  it("equals the sum of yearTotal over [from, to), in any order of queries, near and far apart", () => {
    const p = definePolicy({ timezone: "America/St_Johns", hours: { mon: [["09:00", "17:30"]], fri: [["22:00", "02:00"]] }, holidays: [{ annual: "07-01" }] });
    const cal = compiledOf(p).business;
    const direct = (from: number, to: number) => {
      const s = { ms: 0, days: 0 };
      for (let y = from; y < to; y++) {
        s.ms += yearTotal(cal, y);
        s.days += yearTotals(cal, y).days;
      }
      return s;
    };
    // extend upwards, downwards, start afresh far away, come back, empty and one-year ranges
    for (const [from, to] of [[2026, 2036], [2030, 2040], [2010, 2031], [2100, 2110], [1500, 1502], [2020, 2020], [2035, 2036], [2000, 2099], [9990, 10000], [1001, 1003]] as const) {
      const expected = direct(from, to);
      expect(yearsTotal(cal, from, to), `${from}–${to}`).toBe(expected.ms);
      // business days from the same sums (businessDaysBetween reads them): ranges that start after
      // the sums' first year, and sums extended downwards, too
      expect(yearsTotals(cal, from, to), `${from}–${to}`).toEqual(expected);
    }
    expect(yearsTotal(cal, 2040, 2030)).toBe(0);
    expect(yearsTotals(cal, 2040, 2030)).toEqual({ ms: 0, days: 0 });
  });
});

describe("the year-block cache", () => {
  /** 48 quarter-hour segments a day, every day, in UTC: 17,520 or 17,568 segments a year (the cache holds 64 × 48 × 366). */
  let fresh = 0;
  function dense() {
    const pad = (n: number) => String(n).padStart(2, "0");
    const slots = Array.from({ length: 48 }, (_, i) => [`${pad(i >> 1)}:${i % 2 ? "30" : "00"}`, `${pad(i >> 1)}:${i % 2 ? "45" : "15"}`]);
    // a distinct definition per test (identical ones share one compiled calendar and its caches)
    const p = definePolicy({ timezone: "UTC", hours: Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, slots])), holidays: [{ date: `1001-01-${pad(++fresh)}` }] });
    const touch = (y: number) => businessTimeBetween(p, `${y}-01-10T00:00Z`, `${y}-01-11T00:00Z`);
    return { cache: compiledOf(p).business.cache, touch };
  }

  it("keeps every year while they fit", () => {
    const { cache, touch } = dense();
    for (let y = 2000; y < 2064; y++) expect(touch(y)).toBe(12 * H);
    expect([...cache.blocks.keys()].sort()).toEqual(Array.from({ length: 64 }, (_, i) => 2000 + i));
  });

  it("drops the least recently used year first: a year used again stays", () => {
    const { cache, touch } = dense();
    for (let y = 2000; y < 2064; y++) touch(y); // 64 years, 1,122,048 segments: all fit
    touch(2000); // used again: now 2001 is the least recently used
    touch(2064); // over the bound: 2001 goes
    const kept = new Set(cache.blocks.keys());
    expect(kept.has(2000)).toBe(true);
    expect(kept.has(2001)).toBe(false);
    expect(kept.has(2002)).toBe(true);
    expect(kept.has(2064)).toBe(true);
    expect(cache.segmentCount).toBe([...cache.blocks.values()].reduce((s, e) => s + e.block.starts.length, 0));
    expect(cache.segmentCount).toBeLessThanOrEqual(MAX_CACHED_SEGMENTS);
  });
});

describe("running sums of far-apart years", () => {
  it("never build the years between two spans centuries apart", () => {
    const p = definePolicy({ timezone: "UTC", hours: { mon: [["09:00", "17:00"]] } });
    const cal = compiledOf(p).business;
    expect(businessTimeBetween(p, "2026-01-01T00:00Z", "2036-01-01T00:00Z")).toBeGreaterThan(0);
    expect(businessTimeBetween(p, "1500-01-01T00:00Z", "1503-01-01T00:00Z")).toBeGreaterThan(0);
    expect(businessTimeBetween(p, "2030-01-01T00:00Z", "2040-01-01T00:00Z")).toBeGreaterThan(0);
    const built = [...cal.cache.totals.keys()];
    expect(built.every((y) => (y >= 1499 && y <= 1503) || (y >= 2025 && y <= 2040))).toBe(true);
  });
});

describe("the two most recently used years", () => {
  it("answer only for their own instants: a New Year's instant belongs to the next year", () => {
    const p = definePolicy({ timezone: "UTC", hours: "24x7" });
    // 2012 then 2011: 2011 is the year used last, 2012 the one before; 2013-01-01T00:00 is neither
    expect(isBusinessTime(p, "2012-06-01T00:00Z")).toBe(true);
    expect(isBusinessTime(p, "2011-06-01T00:00Z")).toBe(true);
    expect(isBusinessTime(p, "2013-01-01T00:00Z")).toBe(true);
    expect(isBusinessTime(p, "2012-01-01T00:00Z")).toBe(true);
    expect(businessTimeBetween(p, "2012-12-31T23:00Z", "2013-01-01T01:00Z")).toBe(2 * H);
  });
});
