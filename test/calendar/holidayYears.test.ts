/**
 * Coverage (CONTRACT §10): a policy that states `holidayYears` answers only about the local years
 * its holiday list is complete for; outside them every calculation throws a HorizonError naming
 * the span and how to extend it, never a silently holiday-free answer. This holds for a policy
 * written by hand, for `sla-clock/lite`'s presets and for the spreadsheet functions.
 */
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import * as lite from "../../src/lite.js";
import { createSheetFunctions } from "../../src/adapters/sheets/createSheetFunctions.js";
import { defaultSheetEnv } from "../../src/adapters/sheets/defaultSheetEnv.js";
import { referenceOf } from "../reference/referenceBusinessTime.js";
import { outcomeOf } from "../support/compareWithReference.js";

const NINE_TO_FIVE = [["09:00", "17:00"]];
const def = {
  timezone: "Europe/Paris",
  hours: { mon: NINE_TO_FIVE, tue: NINE_TO_FIVE, wed: NINE_TO_FIVE, thu: NINE_TO_FIVE, fri: NINE_TO_FIVE },
  holidays: [{ date: "2026-12-25", name: "Christmas" }, { date: "2027-12-25", name: "Christmas" }],
  holidayYears: [2026, 2027] as [number, number],
};
const span = /the policy's holidays are known only for 2026–2027 \(holidayYears\)/;

describe("a policy with holidayYears", () => {
  const p = sla.definePolicy(def);

  it("answers inside the span", () => {
    expect(sla.isBusinessTime(p, "2026-12-24T10:00")).toBe(true);
    expect(sla.isBusinessTime(p, "2027-12-31T16:00")).toBe(true);
    expect(sla.businessTimeBetween(p, "2026-01-01", "2027-12-31T23:00")).toBeGreaterThan(0);
  });

  it.each([
    ["isBusinessTime in the year after", () => sla.isBusinessTime(p, "2028-01-03T10:00"), /needs the calendar of 2028/],
    ["isBusinessTime in the year before", () => sla.isBusinessTime(p, "2025-12-31T10:00"), /needs the calendar of 2025/],
    ["a deadline that runs past the span", () => sla.addBusinessTime(p, "2027-12-31T16:00", "2h"), /needs the calendar of 2028/],
    ["a count that reaches past the span", () => sla.businessTimeBetween(p, "2027-12-01", "2028-01-05"), /needs the calendar of 2028/],
    ["a search back before the span", () => sla.subtractBusinessTime(p, "2026-01-01T10:00", "3h"), /needs the calendar of 2025/],
    ["business days past the span", () => sla.addBusinessDays(p, "2027-12-30T10:00", 3), /needs the calendar of 2028/],
  ])("throws a HorizonError for %s, naming the span and how to extend it", (_, call, year) => {
    expect(call).toThrow(sla.HorizonError);
    expect(call).toThrow(span);
    expect(call).toThrow(year);
    expect(call).toThrow(/sla-clock holidays POLICY\.json --years 20\d\d-20\d\d/);
  });

  it("agrees with the reference about which answers need a year outside the span", () => {
    const ref = referenceOf(def);
    const cases: Array<[string, string]> = [
      ["2027-12-31T10:00", "2027-12-31T17:00"],
      ["2027-12-31T10:00", "2028-01-01T00:00"],
      ["2027-12-31T10:00", "2028-01-01T00:01"],
      ["2025-12-31T23:59", "2026-01-02T10:00"],
    ];
    for (const [a, b] of cases) {
      expect(outcomeOf(() => sla.businessTimeBetween(p, a, b))).toEqual(outcomeOf(() => ref.businessTimeBetween(a, b)));
    }
    for (const [a, d] of [["2027-12-31T10:00", "7h"], ["2027-12-31T10:00", "7h1m"], ["2026-01-01T10:00", "1m"]] as const) {
      expect(outcomeOf(() => sla.addBusinessTime(p, a, d))).toEqual(outcomeOf(() => ref.addBusinessTime(a, d)));
    }
  });

  it("counts back from the first instant after the span within the span (seed -625610200): only the time before the end counts", () => {
    const ref = referenceOf(def);
    // 2028-01-01T00:00 Paris ends the span; an hour back is Friday 31 December 2027, 16:00
    expect(sla.subtractBusinessTime(p, "2028-01-01T00:00", "1h")).toEqual(new Date("2027-12-31T15:00Z"));
    for (const [b, d] of [["2028-01-01T00:00", "1h"], ["2028-01-01T00:00", 1], ["2028-01-01T00:00:00.001", "1h"], ["2026-01-01T00:00", "1h"]] as const) {
      expect(outcomeOf(() => sla.subtractBusinessTime(p, b, d))).toEqual(outcomeOf(() => ref.subtractBusinessTime(b, d)));
    }
    // one ms into 2028 is inside 2028: refused
    expect(() => sla.subtractBusinessTime(p, "2028-01-01T00:00:00.001", "1h")).toThrow(/needs the calendar of 2028/);
  });
});

describe("a span at the edge of the supported years (1000 or 9999)", () => {
  const edge = (zone: string, holidayYears: [number, number]) => ({ ...def, timezone: zone, holidays: [], holidayYears });
  const outside = /the answer lies outside the supported years 1000–9999/;

  it("covers the hours of local year 999 that the supported instants reach (New York is still in 999 at 1000-01-01T00:00Z)", () => {
    const d = edge("America/New_York", [1000, 1005]);
    const p = sla.definePolicy(d);
    const ref = referenceOf(d);
    // 1000-01-01T01:00Z is Tuesday 31 December 999, 20:04 local mean time (−4:56:02): closed, and known to be
    expect(sla.isBusinessTime(p, "1000-01-01T01:00Z")).toBe(false);
    // then Wednesday 1 January 1000, 09:00–17:00 local: 8 hours, and not refused for needing 999
    expect(sla.businessTimeBetween(p, "1000-01-01T00:00Z", "1000-01-02T00:00Z")).toBe(8 * 3_600_000);
    for (const [a, b] of [["1000-01-01T00:00Z", "1000-01-03T00:00Z"], ["1000-01-01T00:00Z", "1000-01-01T04:59Z"]] as const) {
      expect(outcomeOf(() => sla.businessTimeBetween(p, a, b))).toEqual(outcomeOf(() => ref.businessTimeBetween(a, b)));
    }
  });

  it("counting back past 1000-01-01T00:00Z is outside the supported years, not a year holidayYears could name", () => {
    const p = sla.definePolicy({ timezone: "UTC", hours: "24x7", holidayYears: [1000, 1005] });
    expect(() => sla.subtractBusinessTime(p, "1000-01-01T00:00Z", "1h")).toThrow(outside);
    expect(() => sla.subtractBusinessTime(p, "1000-01-01T00:00Z", "1h")).not.toThrow(/needs the calendar of 999/);
    // the same answer as without holidayYears
    const q = sla.definePolicy({ timezone: "UTC", hours: "24x7" });
    expect(() => sla.subtractBusinessTime(q, "1000-01-01T00:00Z", "1h")).toThrow(outside);
  });

  it("a deadline that runs past 9999 is outside the supported years, not a year holidayYears could name", () => {
    const p = sla.definePolicy({ timezone: "Pacific/Kiritimati", hours: "24x7", holidayYears: [9990, 9999] });
    // 9999-12-31T21:00 in Kiritimati; five hours on is 10000-01-01T02:00 there
    expect(() => sla.addBusinessTime(p, "9999-12-31T21:00", "5h")).toThrow(outside);
    expect(() => sla.addBusinessTime(p, "9999-12-31T21:00", "5h")).not.toThrow(/needs the calendar of 10000/);
    expect(sla.addBusinessTime(p, "9999-12-31T21:00", "3h")).toEqual(new Date("9999-12-31T10:00Z"));
  });

  it("still refuses the year before a span that starts later (1001)", () => {
    const p = sla.definePolicy(edge("America/New_York", [1001, 1005]));
    expect(() => sla.isBusinessTime(p, "1000-06-01T12:00Z")).toThrow(/needs the calendar of 1000/);
  });
});

describe("the lite presets carry their span (2020–2040)", () => {
  const p = lite.definePolicy(lite.presets.auvikSupportV2);

  it("closes Christmas 2040 and refuses Christmas 2041 instead of treating it as business time", () => {
    expect(lite.isBusinessTime(p, "2040-12-25T10:00")).toBe(false);
    expect(() => lite.isBusinessTime(p, "2041-12-25T10:00")).toThrow(lite.HorizonError);
    expect(() => lite.computeDeadline(p, { severity: "sev1", start: "2041-12-24T21:00" })).toThrow(/known only for 2020–2040 \(holidayYears\)/);
    expect(lite.presets.auvikSupportV2.holidayYears).toEqual([2020, 2040]);
    expect(lite.PRESET_HOLIDAY_YEARS).toEqual({ from: 2020, to: 2040 });
  });
});

describe("the spreadsheet functions (embedded presets, 2020–2040)", () => {
  const f = createSheetFunctions(defaultSheetEnv);

  it('SLA_DEADLINE("2041-12-24 21:00", "sev1") is an error naming the span, not a deadline on Christmas Day', () => {
    expect(() => f.SLA_DEADLINE("2041-12-24 21:00", "sev1")).toThrow(/known only for 2020–2040/);
    const out = f.SLA_DEADLINE([["2040-12-24 21:00"], ["2041-12-24 21:00"]], "sev1") as unknown[][];
    expect(out[0]![0]).toBeInstanceOf(Date);
    expect(out[1]![0]).toMatch(/^ERROR: .*known only for 2020–2040 \(holidayYears\)/);
  });

  it("SLA_IS_OPEN and SLA_BUSINESS_HOURS refuse years outside the span", () => {
    expect(() => f.SLA_IS_OPEN("2019-12-31T10:00")).toThrow(/needs the calendar of 2019/);
    expect(() => f.SLA_BUSINESS_HOURS("2040-12-01", "2041-01-15")).toThrow(/needs the calendar of 2041/);
  });
});
