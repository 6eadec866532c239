import { describe, expect, it } from "vitest";
import { offsetChanges } from "../../../src/adapters/svg/offsetChanges.js";
import { timeAxis } from "../../../src/adapters/svg/timeAxis.js";
import { getZoneRules } from "../../../src/time/zoneRules.js";

const H = 3_600_000;
const toronto = getZoneRules("America/Toronto");

describe("timeAxis", () => {
  it("marks local midnights, a 25-hour day included, with dates as labels", () => {
    const axis = timeAxis(toronto, Date.UTC(2026, 9, 30, 20), Date.UTC(2026, 10, 3, 15), 1000);
    expect(axis.unit).toBe("day");
    expect(axis.boundaries.map((b) => new Date(b.at).toISOString())).toEqual([
      "2026-10-31T04:00:00.000Z", "2026-11-01T04:00:00.000Z", "2026-11-02T05:00:00.000Z", "2026-11-03T05:00:00.000Z",
    ]);
    expect(axis.boundaries.map((b) => b.label)).toEqual(["Sat 31 Oct", "Sun 1 Nov", "Mon 2 Nov", "Tue 3 Nov"]);
    expect(axis.leadLabel).toBe("Fri 30 Oct"); // 88 px before the first midnight: room for it
    expect(timeAxis(toronto, Date.UTC(2026, 9, 30, 20), Date.UTC(2026, 10, 3, 15), 800).leadLabel).toBeUndefined(); // 70 px: none
  });

  it("starts a day whose midnight a DST change skips at its first instant (Santiago, 00:00 → 01:00)", () => {
    const santiago = getZoneRules("America/Santiago");
    const axis = timeAxis(santiago, Date.UTC(2026, 8, 5, 12), Date.UTC(2026, 8, 7, 12), 800);
    const sunday = axis.boundaries.find((b) => b.label === "Sun 6 Sep")!;
    expect(new Date(sunday.at).toISOString()).toBe("2026-09-06T04:00:00.000Z"); // 01:00 -03
  });

  it("marks a date the zone skipped whole under the next date's name, once (Apia, 30 December 2011)", () => {
    const apia = getZoneRules("Pacific/Apia");
    const axis = timeAxis(apia, Date.UTC(2011, 11, 29), Date.UTC(2012, 0, 1), 1200);
    expect(axis.boundaries.map((b) => [new Date(b.at).toISOString(), b.label])).toEqual([
      ["2011-12-29T10:00:00.000Z", "Thu 29 Dec"],
      ["2011-12-30T10:00:00.000Z", "Sat 31 Dec"],
      ["2011-12-31T10:00:00.000Z", "Sun 1 Jan"],
    ]);
  });

  it("labels hour ticks as the wall clock reads them, skipping the hour a spring-forward gap removes", () => {
    const axis = timeAxis(toronto, Date.UTC(2026, 2, 8, 5), Date.UTC(2026, 2, 8, 12), 800);
    const labels = axis.hourTicks.map((t) => t.label);
    expect(labels).toEqual(["01:00", "03:00", "04:00", "05:00", "06:00", "07:00"]);
    expect(new Set(axis.hourTicks.map((t) => t.at)).size).toBe(axis.hourTicks.length);
  });

  it("drops labels that would overlap and hour ticks when days are narrow", () => {
    const axis = timeAxis(toronto, Date.UTC(2026, 0, 1), Date.UTC(2026, 1, 15), 600);
    expect(axis.unit).toBe("day");
    expect(axis.hourTicks).toEqual([]);
    const labelled = axis.boundaries.filter((b) => b.label !== undefined);
    expect(labelled.length).toBeGreaterThan(3);
    expect(labelled.length).toBeLessThan(axis.boundaries.length);
  });

  it("uses months, then years, as the span grows, with a bounded number of marks", () => {
    expect(timeAxis(toronto, Date.UTC(2026, 0, 1), Date.UTC(2028, 0, 1), 600).unit).toBe("month");
    const long = timeAxis(toronto, Date.UTC(1000, 0, 1), Date.UTC(9999, 0, 1), 600);
    expect(long.unit).toBe("year");
    expect(long.boundaries.length).toBeLessThanOrEqual(600 / 6 + 1);
    expect(long.offsetChanges).toEqual([]);
  });
});

describe("offsetChanges", () => {
  it("finds the end of DST in Toronto to the millisecond", () => {
    expect(offsetChanges(toronto, Date.UTC(2026, 9, 30), Date.UTC(2026, 10, 3))).toEqual([{ at: Date.UTC(2026, 10, 1, 6), before: -4 * H, after: -5 * H }]);
  });

  it("finds half-hour changes (Lord Howe) and none in UTC", () => {
    const lordHowe = getZoneRules("Australia/Lord_Howe");
    const changes = offsetChanges(lordHowe, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(changes.map((c) => (c.after - c.before) / 60_000)).toEqual([-30, 30]);
    expect(offsetChanges(getZoneRules("UTC"), Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toEqual([]);
  });
});
