/**
 * availability: outages over a period, scheduled maintenance excluded from both sides.
 */
import { describe, expect, it } from "vitest";
import { HorizonError, InputError, definePolicy } from "../../src/index.js";
import { availability } from "../../src/sla/availability.js";
import { maintenanceClock } from "../../src/sla/maintenanceClock.js";
import { H, alwaysOpen, seed } from "./slaFixtures.js";

const WEEK = 168 * H;

describe("availability on the seed preset (maintenance Saturday 07:00–09:00, not pausing clocks)", () => {
  it("the week of Mon 2026-11-23: 168h, 2h maintenance; a Sat 06:00–08:00 outage is 1h down → 1 − 1/166", () => {
    const r = availability(seed, { from: "2026-11-23", to: "2026-11-30", outages: [{ start: "2026-11-28T06:00", end: "2026-11-28T08:00" }] });
    expect(r).toEqual({ period: WEEK, maintenance: 2 * H, downtime: 1 * H, availability: 1 - 1 / 166 });
  });

  it("overlapping outages count once and are clipped to the period", () => {
    const r = availability(seed, { from: "2026-11-23", to: "2026-11-30", outages: [
      { start: "2026-11-22T23:00", end: "2026-11-23T01:00" }, // 1h inside
      { start: "2026-11-24T10:00", end: "2026-11-24T12:00" },
      { start: "2026-11-24T11:00", end: "2026-11-24T13:00" }, // union 10–13 = 3h
      { start: "2026-11-29T23:30", end: "2026-11-30T02:00" }, // 30 min inside
    ] });
    expect(r.downtime).toBe(4.5 * H);
    expect(r.availability).toBe(1 - 4.5 / 166);
  });

  it("no outages: availability 1; an outage inside maintenance costs nothing", () => {
    expect(availability(seed, { from: "2026-11-23", to: "2026-11-30", outages: [] }).availability).toBe(1);
    expect(availability(seed, { from: "2026-11-23", to: "2026-11-30", outages: [{ start: "2026-11-28T07:00", end: "2026-11-28T09:00" }] })).toMatchObject({ downtime: 0, availability: 1 });
  });

  it("maintenance counts the same when it pauses clocks (24x7 desk)", () => {
    expect(availability(alwaysOpen, { from: "2026-11-23", to: "2026-11-30", outages: [] })).toMatchObject({ maintenance: 2 * H });
  });

  it("periods are elapsed time: the fall-back weekend Sat 2026-10-31 → Mon 11-02 lasts 49h", () => {
    expect(availability(seed, { from: "2026-10-31", to: "2026-11-02", outages: [] })).toMatchObject({ period: 49 * H, maintenance: 2 * H });
  });

  it("one-off windows count too, merged with weekly ones", () => {
    const p = definePolicy({ timezone: "UTC", hours: "24x7", maintenance: { windows: [
      { weekly: ["mon"], from: "00:00", to: "01:00" },
      { start: "2026-11-30T00:30", end: "2026-11-30T02:00" },
    ] } });
    expect(availability(p, { from: "2026-11-30", to: "2026-12-01", outages: [{ start: "2026-11-30T01:00", end: "2026-11-30T03:00" }] })).toEqual({
      period: 24 * H, maintenance: 2 * H, downtime: 1 * H, availability: 1 - 1 / 22,
    });
  });

  it("a period that is empty or all maintenance has availability 1", () => {
    expect(availability(seed, { from: "2026-11-23", to: "2026-11-23", outages: [] })).toEqual({ period: 0, maintenance: 0, downtime: 0, availability: 1 });
    expect(availability(seed, { from: "2026-11-28T07:00", to: "2026-11-28T09:00", outages: [{ start: "2026-11-28T07:00", end: "2026-11-28T08:00" }] })).toEqual({
      period: 2 * H, maintenance: 2 * H, downtime: 0, availability: 1,
    });
  });

  it("bad input is an InputError naming the field", () => {
    expect(() => availability(seed, { from: "2026-11-30", to: "2026-11-23", outages: [] })).toThrow(InputError);
    expect(() => availability(seed, { from: "2026-11-30", to: "2026-11-23", outages: [] })).toThrow(/^to: .* is before from/);
    expect(() => availability(seed, { from: "2026-11-23", to: "2026-11-30", outages: [{ start: "2026-11-24", end: "2026-11-25" }, { start: "2026-11-26", end: "2026-11-25" }] })).toThrow(/^outages\[1\]\.end: .* is before its start/);
    expect(() => availability(seed, { from: "2026-11-23", to: "2026-11-30", outages: [{ start: "x", end: "2026-11-25" }] })).toThrow(/^outages\[0\]\.start: "x"/);
  });
});

describe("one-off maintenance windows and the horizon", () => {
  const p = definePolicy({
    timezone: "America/Toronto",
    hours: "24x7",
    maintenance: { windows: [{ start: "2026-11-24T10:00Z", end: "2026-11-24T12:00Z" }, { start: "2026-11-25T10:00", end: "2026-11-25T11:00" }] },
  });

  it("a window with an offset is that exact span (10:00Z = 05:00 EST); one without is Toronto wall clock", () => {
    expect(availability(p, { from: "2026-11-23", to: "2026-11-30" })).toEqual({ period: WEEK, maintenance: 3 * H, downtime: 0, availability: 1 });
    expect(availability(p, { from: "2026-11-24T06:00", to: "2026-11-24T06:30" }).maintenance).toBe(30 * 60_000);
    expect(availability(p, { from: "2026-11-25T10:30", to: "2026-11-25T12:00" }).maintenance).toBe(30 * 60_000);
  });

  it("a period longer than 100 years is a HorizonError naming availability", () => {
    expect(() => availability(p, { from: "1950-01-01", to: "2060-01-01" })).toThrow(HorizonError);
    expect(() => availability(p, { from: "1950-01-01", to: "2060-01-01" })).toThrow(/^availability: the span is longer than 100 calendar years/);
  });
});

describe("long periods", () => {
  const saturdaysBetween = (fromDay: number, toDay: number) => {
    let n = 0;
    for (let d = fromDay; d < toDay; d++) if ((d + 4) % 7 === 6) n++; // (d + 4) % 7: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday)
    return n;
  };

  it("a century of the preset has 2 h of maintenance every Saturday (its window never meets a DST change)", () => {
    const from = Date.UTC(2000, 0, 1);
    const to = Date.UTC(2099, 11, 29);
    // the preset's windows are Toronto wall clock; the period starts and ends on UTC midnights, where
    // no Saturday window (07:00–09:00 local: 11:00–13:00 or 12:00–14:00 UTC) is cut
    const want = saturdaysBetween(from / (24 * H), to / (24 * H)) * 2 * H;
    expect(availability(seed, { from, to }).maintenance).toBe(want);
  });

  it("costs about the same over a century as over a month: no step per date (a generous guard, not a benchmark)", () => {
    const from = Date.UTC(2000, 0, 1);
    const century = { from, to: Date.UTC(2099, 11, 31) };
    availability(seed, century); // the years' sums, built once
    const t0 = performance.now();
    for (let i = 0; i < 1_000; i++) availability(seed, century);
    // a step per date took ~2.4 ms a call (2.4 s here); per-year running sums take microseconds
    expect(performance.now() - t0).toBeLessThan(600);
  });
});

describe("the maintenance clock", () => {
  const windows = [
    { weekly: ["sat"], from: "07:00", to: "09:00", name: "weekly patching" },
    { start: "2026-05-02T07:00", end: "2026-05-02T11:00", name: "database upgrade" },
  ];

  it("is the policy's own calendar clock when the windows pause clocks already, named windows too (one calendar, one cache)", () => {
    const p = definePolicy({ timezone: "Europe/Dublin", hours: "24x7", maintenance: { pausesClocks: true, windows } });
    expect(maintenanceClock(p.compiled)).toBe(p.compiled.clock);
    expect(availability(p, { from: "2026-05-01", to: "2026-05-04" }).maintenance).toBe(4 * H);
  });

  it("is its own calendar, cached with the policy, when they do not", () => {
    const p = definePolicy({ timezone: "Europe/Dublin", hours: "24x7", maintenance: { windows } });
    expect(maintenanceClock(p.compiled)).not.toBe(p.compiled.clock);
    expect(maintenanceClock(p.compiled)).toBe(maintenanceClock(p.compiled));
    expect(availability(p, { from: "2026-05-01", to: "2026-05-04" }).maintenance).toBe(4 * H);
  });
});
