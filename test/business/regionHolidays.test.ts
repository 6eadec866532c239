/**
 * Region holidays (date-holidays) on both sides, year by year: every local date of 2024–2027 in
 * each region, with each type selection, is a business day for the real implementation exactly
 * when it is for the reference.
 */
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { referenceOf } from "../reference/referenceBusinessTime.js";
import { REGIONS } from "../support/arbitraries.js";

const ZONE_OF: Record<string, string> = { "CA-ON": "America/Toronto", "GB-ENG": "Europe/London", "AU-NSW": "Australia/Sydney", US: "America/New_York" };
const TYPES = [undefined, ["public", "bank"], ["observance"], ["public", "optional", "school"]];

describe("region holidays agree with the reference", () => {
  it.each(REGIONS.flatMap((region) => TYPES.map((types) => [region, types] as const)))("%s %j", (region, types) => {
    const def = {
      timezone: ZONE_OF[region]!,
      hours: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]], sat: [["22:00", "02:00"]], sun: [["10:00", "12:00"]] },
      holidays: [types === undefined ? { region, except: ["2026-12-25"] } : { region, types }],
    };
    const real = sla.definePolicy(def);
    const ref = referenceOf(def);
    const from = Date.parse("2024-01-01T00:00Z") - 86_400_000;
    const to = Date.parse("2028-01-01T00:00Z") + 86_400_000;
    const realSpans = sla.businessIntervals(real, from, to).map((s) => [s.start.getTime(), s.end.getTime()]);
    expect(realSpans).toEqual(ref.businessIntervals(from, to));
    expect(sla.businessDaysBetween(real, from, to)).toBe(ref.businessDaysBetween(from, to));
  });
});
