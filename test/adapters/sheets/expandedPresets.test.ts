import { describe, expect, it } from "vitest";
import { expandRegionHolidays } from "../../../src/calendar/expandRegionHolidays.js";
import { EXPANDED_PRESETS, PACKAGE_VERSION, SHEETS_HOLIDAY_YEARS } from "../../../src/policy/expandedPresets.generated.js";
import { presets } from "../../../src/index.js";
import packageJson from "../../../package.json";

describe("expandedPresets.generated.ts", () => {
  it("is up to date with the presets and package.json (regenerate with npm run build)", () => {
    expect(Object.keys(EXPANDED_PRESETS)).toEqual(Object.keys(presets));
    for (const [name, def] of Object.entries(presets)) {
      expect(EXPANDED_PRESETS[name], name).toEqual(expandRegionHolidays(def, SHEETS_HOLIDAY_YEARS));
    }
    expect(PACKAGE_VERSION).toBe(packageJson.version);
  });

  it("covers 2020–2040", () => {
    expect(SHEETS_HOLIDAY_YEARS).toEqual({ from: 2020, to: 2040 });
    const dates = (EXPANDED_PRESETS.auvikSupportV2 as unknown as { holidays: Array<{ date?: string }> }).holidays.map((h) => h.date ?? "");
    expect(dates).toContain("2020-01-01");
    expect(dates).toContain("2040-12-25");
    expect(dates.some((d) => d.startsWith("2041"))).toBe(false);
  });
});
