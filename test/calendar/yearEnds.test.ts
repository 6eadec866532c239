/**
 * Queries whose answer lies just across a New Year: the last opening of a year, a range starting at
 * a closing instant, and business days landing on December 31 (leap and common years), each checked
 * against an answer worked out by hand.
 */
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";

const DAY = 86_400_000;
const H = 3_600_000;
const preset = sla.definePolicy(sla.presets.auvikSupportV2);

describe("after the last opening of a year", () => {
  it("the next opening is the first one of the next year", () => {
    // 2026-12-31 is a Thursday; 2027-01-01 is a company holiday, then a weekend: Monday 04:00 ET.
    expect(sla.nextBusinessTime(preset, "2026-12-31T23:00").toISOString()).toBe("2027-01-04T09:00:00.000Z");
    expect(sla.nextBusinessTime(preset, "2026-12-31T22:00").toISOString()).toBe("2027-01-04T09:00:00.000Z");
  });

  it("a UTC weekday desk closing on Friday 2027-12-31 opens again on Monday 2028-01-03", () => {
    const p = sla.definePolicy({ timezone: "UTC", hours: { mon: [["09:00", "17:00"]], fri: [["09:00", "17:00"]] } });
    expect(sla.nextBusinessTime(p, Date.UTC(2027, 11, 31, 17)).getTime()).toBe(Date.UTC(2028, 0, 3, 9));
  });
});

describe("a range starting exactly when the desk closes", () => {
  it("does not begin with an empty interval at the closing instant", () => {
    // Friday 2026-11-27 22:00 ET is a closing instant; the next hours are Monday 04:00–22:00.
    const spans = sla.businessIntervals(preset, "2026-11-27T22:00", "2026-11-30T12:00");
    expect(spans.map((s) => [s.start.toISOString(), s.end.toISOString()])).toEqual([["2026-11-30T09:00:00.000Z", "2026-11-30T17:00:00.000Z"]]);
  });

  it("also when the interval that closed belongs to the previous local year", () => {
    const p = sla.definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ date: "2027-01-01" }] });
    const from = Date.UTC(2026, 11, 31, 0) + 24 * H; // 2027-01-01T00:00Z: the 24x7 segment of 2026 ends here
    const spans = sla.businessIntervals(p, from, from + 2 * DAY);
    expect(spans).toEqual([{ start: new Date(from + DAY), end: new Date(from + 2 * DAY) }]);
  });
});

describe("business days landing on December 31", () => {
  const always = sla.definePolicy({ timezone: "UTC", hours: "24x7" });
  for (const year of [2023, 2024]) {
    it(`in ${year} (${year % 4 === 0 ? "leap" : "common"} year): forward from January 1 and backward from the next January 1`, () => {
      const jan1 = Date.UTC(year, 0, 1, 12);
      const dec31 = Date.UTC(year, 11, 31, 12);
      const days = Math.round((dec31 - jan1) / DAY);
      expect(sla.addBusinessDays(always, jan1, days).getTime()).toBe(dec31);
      expect(sla.addBusinessDays(always, Date.UTC(year + 1, 0, 1, 12), -1).getTime()).toBe(dec31);
      expect(sla.addBusinessDays(always, Date.UTC(year, 11, 30, 12), 1).getTime()).toBe(dec31);
      expect(sla.addBusinessDays(always, dec31 - 300 * DAY, 300).getTime()).toBe(dec31);
    });
  }
});
