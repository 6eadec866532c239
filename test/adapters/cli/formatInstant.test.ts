import { describe, expect, it } from "vitest";
import { formatInstant, formatLocal } from "../../../src/adapters/cli/formatInstant.js";
import { toEpochMs } from "../../../src/time/instant.js";
import { getZoneRules } from "../../../src/time/zoneRules.js";

describe("formatInstant", () => {
  it("prints the offset in force, Z for UTC", () => {
    expect(formatInstant(new Date("2026-11-30T10:30:00Z"), "America/Toronto")).toBe("2026-11-30T05:30:00-05:00");
    expect(formatInstant(Date.UTC(2026, 10, 30, 10, 30, 0, 5), "UTC")).toBe("2026-11-30T10:30:00.005Z");
    expect(formatInstant(Date.UTC(2026, 0, 1), "Asia/Kathmandu")).toBe("2026-01-01T05:45:00+05:45");
  });

  it("regression (issue 14: Monrovia 1971 printed -00:45): sub-minute historical offsets are printed exactly, never rounded", () => {
    expect(formatInstant(Date.UTC(1971, 5, 1, 12), "Africa/Monrovia")).toBe("1971-06-01T11:15:30-00:44:30");
    expect(formatLocal(Date.UTC(1971, 5, 1, 12), "Africa/Monrovia")).toBe("Tue 1971-06-01 11:15:30");
    // from 1972-01-07 Monrovia keeps GMT
    expect(formatInstant(Date.UTC(1972, 5, 1, 12), "Africa/Monrovia")).toBe("1972-06-01T12:00:00+00:00");
  });

  it("prints what it reads back: every printed instant, historical offsets with seconds included, is the same instant as input", () => {
    const zones = ["Africa/Monrovia", "Europe/Dublin", "Europe/Amsterdam", "America/Toronto", "Asia/Kathmandu", "Pacific/Chatham", "UTC"];
    for (const zone of zones) {
      for (const t of [Date.UTC(1900, 0, 1, 12), Date.UTC(1916, 9, 1, 2, 30), Date.UTC(1937, 6, 1), Date.UTC(1971, 5, 1, 12, 0, 0, 250), Date.UTC(2026, 2, 8, 7)]) {
        const printed = formatInstant(t, zone);
        expect(toEpochMs(printed, getZoneRules("UTC"), "at"), `${zone} ${printed}`).toBe(t);
      }
    }
  });

  it("prints the end of the year 9999", () => {
    expect(formatInstant(Date.UTC(10000, 0, 1), "UTC")).toBe("10000-01-01T00:00:00Z");
  });
});
