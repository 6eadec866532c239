/**
 * The reference's wall-clock rule on hand-computed cases (Temporal "compatible": a gap time moves
 * forward by the gap, an overlap time is the earlier occurrence).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZONES, transitionsOf } from "../support/arbitraries.js";
import { formatDay, localDayOf, luxonOffsetMinutes, offsetMinutes, parseDay, parseIsoInstant, startOfDay, wallTimeOfDay, wallToEpoch } from "./wallClock.js";

const at = (zone: string, date: string, hh: number, mm = 0) => new Date(wallToEpoch(zone, parseDay(date), (hh * 60 + mm) * 60_000)).toISOString();

describe("reference wall clock", () => {
  it.each([
    // zone, local date, hh, mm, expected instant, why
    ["America/Toronto", "2026-03-08", 2, 30, "2026-03-08T07:30:00.000Z", "gap 02:00→03:00: 02:30 is 03:30 EDT"],
    ["America/Toronto", "2026-11-01", 1, 30, "2026-11-01T05:30:00.000Z", "overlap: the EDT (earlier) 01:30"],
    ["America/Toronto", "2026-11-01", 2, 0, "2026-11-01T07:00:00.000Z", "02:00 exists once, EST"],
    ["America/Toronto", "2026-03-07", 24, 0, "2026-03-08T05:00:00.000Z", "24:00 is the next midnight"],
    ["Australia/Lord_Howe", "2026-10-04", 2, 15, "2026-10-03T15:45:00.000Z", "30-minute gap: 02:15 is 02:45 +11"],
    ["Australia/Lord_Howe", "2026-04-05", 1, 45, "2026-04-04T14:45:00.000Z", "30-minute overlap: earlier is +11"],
    ["America/Santiago", "2026-04-04", 23, 30, "2026-04-05T02:30:00.000Z", "overlap at midnight: earlier is -03"],
    ["America/Santiago", "2026-04-05", 0, 0, "2026-04-05T04:00:00.000Z", "midnight after the overlap is -04"],
    ["America/Santiago", "2026-09-06", 0, 0, "2026-09-06T04:00:00.000Z", "midnight in the gap → 01:00 -03"],
    ["America/Santiago", "2026-09-06", 0, 30, "2026-09-06T04:30:00.000Z", "00:30 in the gap → 01:30 -03"],
    ["Pacific/Chatham", "2026-04-05", 3, 0, "2026-04-04T13:15:00.000Z", "overlap 02:45–03:45: earlier is +13:45"],
    ["Pacific/Chatham", "2026-09-27", 3, 0, "2026-09-26T14:15:00.000Z", "gap 02:45→03:45: 03:00 is 04:00 +13:45"],
    ["Asia/Kathmandu", "2026-01-01", 0, 0, "2025-12-31T18:15:00.000Z", "+05:45 all year"],
    ["Europe/Dublin", "2026-03-29", 1, 30, "2026-03-29T01:30:00.000Z", "gap 01:00→02:00: 01:30 is 02:30 IST (+01)"],
    ["Europe/Dublin", "2026-10-25", 1, 30, "2026-10-25T00:30:00.000Z", "overlap: earlier is +01"],
    ["America/St_Johns", "2026-03-08", 2, 30, "2026-03-08T06:00:00.000Z", "gap: 03:30 NDT (-02:30)"],
  ])("%s %s %i:%i → %s (%s)", (zone, date, hh, mm, expected) => {
    expect(at(zone, date, hh, mm)).toBe(expected);
  });

  it("Europe/Dublin offsets are +00:00 in winter and +01:00 in summer despite the negative DST in IANA", () => {
    expect(offsetMinutes("Europe/Dublin", Date.parse("2026-01-15T12:00Z"))).toBe(0);
    expect(offsetMinutes("Europe/Dublin", Date.parse("2026-07-15T12:00Z"))).toBe(60);
  });

  it("the local date of an instant follows the resolved midnights (Santiago)", () => {
    // the second 23:30 of 2026-04-04 (-04) still belongs to 2026-04-04, a 25-hour day
    expect(formatDay(localDayOf("America/Santiago", Date.parse("2026-04-05T03:30Z")))).toBe("2026-04-04");
    expect(formatDay(localDayOf("America/Santiago", Date.parse("2026-04-05T04:00Z")))).toBe("2026-04-05");
    expect(startOfDay("America/Santiago", parseDay("2026-04-05")) - startOfDay("America/Santiago", parseDay("2026-04-04"))).toBe(25 * 3600e3);
    // 2026-09-06 starts at 01:00 -03 and lasts 23 hours
    expect(formatDay(localDayOf("America/Santiago", Date.parse("2026-09-06T03:59:59.999Z")))).toBe("2026-09-05");
    expect(formatDay(localDayOf("America/Santiago", Date.parse("2026-09-06T04:00Z")))).toBe("2026-09-06");
    expect(startOfDay("America/Santiago", parseDay("2026-09-07")) - startOfDay("America/Santiago", parseDay("2026-09-06"))).toBe(23 * 3600e3);
  });

  it("reads wall-clock time of day as shown on the clock", () => {
    expect(wallTimeOfDay("America/Toronto", Date.parse("2026-11-01T06:30Z"))).toBe(90 * 60_000); // second 01:30 (EST)
    expect(wallTimeOfDay("Asia/Kolkata", Date.parse("2026-01-01T00:00:00.123Z"))).toBe(5.5 * 3600e3 + 123);
  });

  it("parses ISO instants: offset-less is wall clock in the zone, with offset is exact", () => {
    expect(new Date(parseIsoInstant("America/Toronto", "2026-11-01T01:30")).toISOString()).toBe("2026-11-01T05:30:00.000Z");
    expect(new Date(parseIsoInstant("America/Toronto", "2026-11-01")).toISOString()).toBe("2026-11-01T04:00:00.000Z");
    expect(new Date(parseIsoInstant("America/Toronto", "2026-11-01T01:30-05:00")).toISOString()).toBe("2026-11-01T06:30:00.000Z");
    expect(new Date(parseIsoInstant("America/Toronto", "2026-11-01T01:30:15.5Z")).toISOString()).toBe("2026-11-01T01:30:15.500Z");
    expect(new Date(parseIsoInstant("Asia/Kathmandu", "2026-01-01T00:00+0545")).toISOString()).toBe("2025-12-31T18:15:00.000Z");
  });

  it("the offset table agrees with luxon around every 2024–2027 transition and at random instants 1925–2130", () => {
    for (const zone of ZONES) {
      for (const t of transitionsOf(zone)) {
        for (const u of [t - 1, t, t + 1]) expect(offsetMinutes(zone, u)).toBe(luxonOffsetMinutes(zone, u));
      }
    }
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(1925, 0, 1), max: Date.UTC(2130, 0, 1) }), (zone, t) => {
        expect(offsetMinutes(zone, t)).toBe(luxonOffsetMinutes(zone, t));
      }),
      { numRuns: 300 },
    );
  });
});
