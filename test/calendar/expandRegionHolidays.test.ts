import { describe, expect, it } from "vitest";
import { expandRegionHolidays, parseYearSpan } from "../../src/calendar/expandRegionHolidays.js";
import { businessIntervals, definePolicy, presets } from "../../src/index.js";
import type { PolicyDefinition } from "../../src/index.js";
import { definePolicy as defineLitePolicy } from "../../src/lite.js";
import { HorizonError, InputError, PolicyError } from "../../src/errors.js";

const base = { timezone: "America/Toronto", hours: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]] } };
type Entry = { date?: string; name?: string; region?: string; annual?: string; hours?: unknown; observed?: string };
const holidaysOf = (def: unknown): Entry[] => (def as { holidays: Entry[] }).holidays;

describe("expandRegionHolidays", () => {
  it("replaces a region entry in place by the region's dates for the span", () => {
    const def = { ...base, holidays: [{ date: "2026-12-24", name: "Christmas Eve" }, { region: "CA-ON" }, { from: "2026-12-31T12:00", to: "2027-01-02T00:00" }] };
    const out = holidaysOf(expandRegionHolidays(def, { from: 2026, to: 2026 }));
    expect(out[0]).toEqual({ date: "2026-12-24", name: "Christmas Eve" });
    expect(out.at(-1)).toEqual({ from: "2026-12-31T12:00", to: "2027-01-02T00:00" });
    expect(out.slice(1, -1).map((h) => h.date)).toEqual([
      "2026-01-01", "2026-02-16", "2026-04-03", "2026-04-06", "2026-05-18", "2026-07-01", "2026-09-07", "2026-10-12", "2026-12-25", "2026-12-26",
    ]);
    expect(out[1]).toEqual({ date: "2026-01-01", name: "New Year's Day" });
    expect(out.some((h) => h.region !== undefined)).toBe(false);
  });

  it("drops except dates, dates a date or annual entry decides, and dates an earlier region added", () => {
    const def = {
      ...base,
      holidays: [
        { date: "2026-07-01", hours: [["10:00", "14:00"]] },
        { annual: "12-25", hours: [["09:00", "12:00"]] },
        { region: "CA-ON", except: ["2026-04-06"] },
        { region: "CA" },
      ],
    };
    const dates = holidaysOf(expandRegionHolidays(def, { from: 2026, to: 2026 })).map((h) => h.date ?? h.annual);
    expect(dates).not.toContain("2026-04-06");
    expect(dates.filter((d) => d === "2026-07-01")).toHaveLength(1);
    expect(dates).not.toContain("2026-12-25");
    expect(new Set(dates).size).toBe(dates.length);
  });

  it("means the same as the region entry within the span (lite vs full)", () => {
    const expanded = expandRegionHolidays(presets.auvikSupportV2, { from: 2025, to: 2027 });
    const lite = defineLitePolicy(expanded);
    const full = definePolicy(presets.auvikSupportV2);
    expect(businessIntervals(lite, "2025-01-01", "2027-12-31")).toEqual(businessIntervals(full, "2025-01-01", "2027-12-31"));
    // Outside the span it knows no region holidays, and says so instead of answering without them
    // (Christmas 2028 is a Monday: the full policy is closed, the expanded one cannot tell).
    expect(businessIntervals(full, "2028-12-25", "2028-12-26")).toEqual([]);
    expect(() => businessIntervals(lite, "2028-12-25", "2028-12-26")).toThrow(HorizonError);
    expect(() => businessIntervals(lite, "2028-12-25", "2028-12-26")).toThrow(/known only for 2025–2027 \(holidayYears\).*sla-clock holidays POLICY\.json --years 2025-2028/);
    expect(() => businessIntervals(lite, "2024-12-25", "2024-12-26")).toThrow(/needs the calendar of 2024/);
  });

  it("records the span it expanded as holidayYears (its overlap with the policy's own holidayYears)", () => {
    expect(expandRegionHolidays(presets.auvikSupportV2, { from: 2025, to: 2027 }).holidayYears).toEqual([2025, 2027]);
    const stated = { ...base, holidayYears: [2026, 2030], holidays: [{ region: "CA-ON" }] };
    expect((expandRegionHolidays(stated, { from: 2020, to: 2027 }) as PolicyDefinition).holidayYears).toEqual([2026, 2027]);
    expect(() => expandRegionHolidays(stated, { from: 2031, to: 2032 })).toThrow(/outside the policy's holidayYears 2026–2030/);
  });

  it("writes observed days as dates, and drops observed from annual entries, meaning the same within the span", () => {
    const def = {
      ...base,
      holidays: [{ region: "CA-ON", observed: "next" }, { annual: "12-24", name: "Christmas Eve", observed: "nearest" }],
    };
    const expanded = expandRegionHolidays(def, { from: 2021, to: 2032 });
    const out = holidaysOf(expanded);
    expect(out).toContainEqual({ annual: "12-24", name: "Christmas Eve" });
    // 2027: Christmas Eve is a Friday (open, closed by the annual entry); Christmas Sat and Boxing Day Sun → Mon 27, Tue 28
    expect(out).toContainEqual({ date: "2027-12-27", name: "Christmas Day (observed)" });
    expect(out).toContainEqual({ date: "2027-12-28", name: "Boxing Day (observed)" });
    // 2022: Christmas Eve is a Saturday → nearest free date is Friday 23
    expect(out).toContainEqual({ date: "2022-12-23", name: "Christmas Eve (observed)" });
    expect(out.some((h) => "observed" in h || h.region !== undefined)).toBe(false);
    const lite = defineLitePolicy(expanded);
    const full = definePolicy(def);
    expect(businessIntervals(lite, "2021-01-01", "2032-12-31T23:00")).toEqual(businessIntervals(full, "2021-01-01", "2032-12-31T23:00"));
  });

  it("skips region dates that an annual entry decides, in any month (01-01 and 10-12 as well as 12-25)", () => {
    const def = { ...base, holidays: [{ annual: "01-01", name: "Closed" }, { annual: "10-12", hours: [["09:00", "12:00"]] }, { region: "CA-ON" }] };
    const dates = holidaysOf(expandRegionHolidays(def, { from: 2026, to: 2026 })).flatMap((h) => (h.date === undefined ? [] : [h.date]));
    // Ontario's 2026: New Year's Day (Thursday 1 January) and Thanksgiving (Monday 12 October) are the annual entries'.
    expect(dates).not.toContain("2026-01-01");
    expect(dates).not.toContain("2026-10-12");
    expect(dates).toContain("2026-02-16");
  });

  it("lists the observed days of a year in date order, even when a later holiday is observed on an earlier day", () => {
    // 2027: Christmas is a Saturday, observed on Monday 27; Boxing Day, a Sunday, is observed on
    // the nearest free day: Saturday 25 is closed and Monday 27 taken, so Friday 24.
    // (Japan's holidays, none in late December, make it a policy with a region to expand.)
    const def = {
      ...base,
      holidays: [
        { annual: "12-25", name: "Christmas", observed: "next" },
        { annual: "12-26", name: "Boxing", observed: "nearest" },
        { region: "JP" },
      ],
    };
    const observed = holidaysOf(expandRegionHolidays(def, { from: 2027, to: 2027 })).filter((h) => h.name?.endsWith("(observed)"));
    expect(observed).toEqual([
      { date: "2027-12-24", name: "Boxing (observed)" },
      { date: "2027-12-27", name: "Christmas (observed)" },
    ]);
  });

  it("places the holidayYears it adds right after holidays, and keeps a stated holidayYears where it was", () => {
    const keys = ["id", "name", "version", "effectiveFrom", "timezone", "hours", "holidays", "holidayYears", "maintenance", "severities"];
    expect(Object.keys(presets.auvikSupportV2)).toEqual(keys.filter((k) => k !== "holidayYears"));
    expect(Object.keys(expandRegionHolidays(presets.auvikSupportV2, { from: 2026, to: 2026 }))).toEqual(keys);
    const stated = { ...presets.auvikSupportV2, holidayYears: [2020, 2030] as [number, number] };
    const out = expandRegionHolidays(stated, { from: 2026, to: 2026 });
    expect(Object.keys(out)).toEqual(Object.keys(definePolicy(stated).definition));
    expect(out.holidayYears).toEqual([2026, 2026]);
  });

  it("expands each part of a combination in its own zone, and keeps the combination's shape", () => {
    const sydney = { timezone: "Australia/Sydney", hours: base.hours, holidays: [{ region: "AU-NSW" }] };
    const toronto = { ...base, holidays: [{ region: "CA-ON" }] };
    const out = expandRegionHolidays({ unionOf: [sydney, { intersectionOf: [toronto, base] }] }, { from: 2026, to: 2026 }) as unknown as {
      unionOf: [PolicyDefinition, { intersectionOf: [PolicyDefinition, PolicyDefinition] }];
    };
    expect(out.unionOf[0]).toEqual(expandRegionHolidays(sydney, { from: 2026, to: 2026 }));
    expect(out.unionOf[1].intersectionOf[0]).toEqual(expandRegionHolidays(toronto, { from: 2026, to: 2026 }));
    expect(out.unionOf[1].intersectionOf[1]).toEqual(base);
    expect(holidaysOf(out.unionOf[0])).toContainEqual({ date: "2026-01-26", name: "Australia Day" });
    expect(holidaysOf(out.unionOf[1].intersectionOf[0])).toContainEqual({ date: "2026-07-01", name: "Canada Day" });
    expect(JSON.stringify(out)).not.toContain('"region"');
  });

  it("returns a copy of a policy without region entries", () => {
    const def = { ...base, holidays: [{ date: "2026-12-24" }] };
    const out = expandRegionHolidays(def, { from: 2026, to: 2027 });
    expect(out).toEqual(def);
    expect(out).not.toBe(def);
  });

  it("validates the policy first", () => {
    expect(() => expandRegionHolidays({ ...base, holidays: [{ region: "XX-YY" }] }, { from: 2026, to: 2026 })).toThrow(PolicyError);
  });

  it.each([
    [{ from: 2030, to: 2026 }, /ends before it starts/],
    [{ from: 2026.5, to: 2027 }, /whole years/],
    [{ from: 1000, to: 1300 }, /more than 200 years/],
  ])("rejects the span %o", (span, message) => {
    expect(() => expandRegionHolidays(presets.auvikSupportV2, span)).toThrow(InputError);
    expect(() => expandRegionHolidays(presets.auvikSupportV2, span)).toThrow(message);
  });
});

describe("parseYearSpan", () => {
  it.each([
    ["2024-2035", { from: 2024, to: 2035 }],
    ["2026", { from: 2026, to: 2026 }],
    [" 2024 .. 2025 ", { from: 2024, to: 2025 }],
  ])("reads %j", (text, span) => expect(parseYearSpan(text)).toEqual(span));
  it.each(["24-35", "2024-", "2024 to 2025", ""])("rejects %j", (text) => expect(() => parseYearSpan(text)).toThrow(/not a span of years/));
});

describe("the span of years", () => {
  const asDefinition = (def: unknown) => def as PolicyDefinition;

  it("runs from 1000 to 9999 and over at most 200 years, both ends included", () => {
    expect(parseYearSpan("1000-1199")).toEqual({ from: 1000, to: 1199 });
    expect(parseYearSpan("9800-9999")).toEqual({ from: 9800, to: 9999 });
    expect(() => parseYearSpan("1000-1200")).toThrow(new InputError("years: 1000-1200 spans more than 200 years"));
    expect(() => parseYearSpan("0999-1000", "--years")).toThrow(new InputError("--years: 999-1000 must be whole years between 1000 and 9999"));
    expect(() => parseYearSpan("2026-2025")).toThrow(new InputError("years: 2026-2025 ends before it starts; write the earlier year first"));
    // a span given as numbers is checked the same way, before the policy is read
    expect(expandRegionHolidays(asDefinition(base), { from: 9999, to: 9999 })).toEqual(base);
    expect(() => expandRegionHolidays(asDefinition(base), { from: 9999, to: 10_000 })).toThrow(new InputError("years: 9999-10000 must be whole years between 1000 and 9999"));
    expect(() => expandRegionHolidays(asDefinition(base), { from: 2026.5, to: 2027 })).toThrow(/must be whole years/);
  });

  it("refuses an expansion with more holiday entries than a policy may hold", () => {
    // 9,990 dated entries of the policy's own, then Ontario's holidays for 2026–2027 (about 20)
    const own = Array.from({ length: 9_990 }, (_, i) => ({ date: new Date(Date.UTC(1100, 0, 1) + i * 86_400_000).toISOString().slice(0, 10) }));
    const def = { ...base, holidays: [...own, { region: "CA-ON" }] };
    expect(() => expandRegionHolidays(asDefinition(def), { from: 2026, to: 2027 })).toThrow(/^years: 2026-2027 expands to 100\d\d holiday entries, more than the 10000 a policy may hold; choose fewer years$/);
    expect(holidaysOf(expandRegionHolidays(asDefinition(def), { from: 2026, to: 2026 }))).toHaveLength(9_990 + holidaysOf(expandRegionHolidays(asDefinition({ ...base, holidays: [{ region: "CA-ON" }] }), { from: 2026, to: 2026 })).length);
  });
});
