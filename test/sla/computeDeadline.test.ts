/**
 * computeDeadline on the seed preset and on policies with calendar-clock targets and pausing
 * maintenance; the arithmetic is in each test's name.
 */
import { describe, expect, it } from "vitest";
import { InputError, addBusinessTime, definePolicy } from "../../src/index.js";
import { computeDeadline } from "../../src/sla/computeDeadline.js";
import { alwaysOpen, desk, et, seed } from "./slaFixtures.js";

describe("computeDeadline on the seed preset (Mon–Fri 04:00–22:00 Toronto)", () => {
  it("sev1 (2h) opened Fri 2026-11-27 21:30 is due Mon 05:30: 30 min Friday + 90 min Monday", () => {
    expect(computeDeadline(seed, { severity: "sev1", start: "2026-11-27T21:30" })).toEqual(et("2026-11-30T05:30"));
  });
  it("sev2 (4h) opened Saturday is due Monday 08:00: counting starts at Monday's 04:00 opening", () => {
    expect(computeDeadline(seed, { severity: "sev2", start: "2026-11-28T10:00" })).toEqual(et("2026-11-30T08:00"));
  });
  it("sev3 (24h) opened Mon 10:00 is due Tue 16:00: 12h Monday (10–22) + 12h Tuesday (04–16)", () => {
    expect(computeDeadline(seed, { severity: "sev3", start: "2026-11-30T10:00" })).toEqual(et("2026-12-01T16:00"));
  });
  it("sev1 opened Mon 20:00 is due Mon 22:00, the closing instant, not Tue 04:00", () => {
    expect(computeDeadline(seed, { severity: "sev1", start: "2026-11-30T20:00" })).toEqual(et("2026-11-30T22:00"));
  });
  it("skips Christmas Day (Fri 2026-12-25), the weekend and Boxing Day observed (Mon 12-28): sev2 opened Thu 20:00 is due Tue 12-29 06:00 (2h Thu + 2h Tue)", () => {
    expect(computeDeadline(seed, { severity: "sev2", start: "2026-12-24T20:00" })).toEqual(et("2026-12-29T06:00"));
  });
  it("a business-clock deadline equals addBusinessTime(start, target)", () => {
    const start = "2026-11-25T13:17:42.123-05:00";
    expect(computeDeadline(seed, { severity: "sev3", start })).toEqual(addBusinessTime(seed, start, "24h"));
  });
  it("metric defaults to firstResponse, and a metric without a target gives null", () => {
    expect(computeDeadline(seed, { severity: "sev1", start: "2026-11-30T09:00", metric: "firstResponse" })).toEqual(et("2026-11-30T11:00"));
    expect(computeDeadline(seed, { severity: "sev1", start: "2026-11-30T09:00", metric: "resolution" })).toBeNull();
    expect(computeDeadline(seed, { severity: "sev4", start: "2026-11-30T09:00", metric: "update" })).toBeNull();
  });
});

describe("computeDeadline on the calendar clock", () => {
  it("sev1 resolution 3d (calendar) opened Fri 21:30 is due Mon 21:30: 72 elapsed hours, closed time included", () => {
    expect(computeDeadline(desk, { severity: "sev1", start: "2026-11-27T21:30", metric: "resolution" })).toEqual(et("2026-11-30T21:30"));
  });
  it("3d across the fall-back night of 2026-11-01 is 72 elapsed hours: Fri 12:00 EDT → Mon 11:00 EST", () => {
    expect(computeDeadline(desk, { severity: "sev1", start: "2026-10-30T12:00", metric: "resolution" })).toEqual(
      new Date(Date.UTC(2026, 10, 2, 16, 0)),
    );
  });
});

describe("computeDeadline with maintenance that pauses clocks (24x7, Saturday 07:00–09:00)", () => {
  it("sev1 (2h) opened Sat 06:00 is due Sat 10:00: 1h before the window, 1h after it", () => {
    expect(computeDeadline(alwaysOpen, { severity: "sev1", start: "2026-11-28T06:00" })).toEqual(et("2026-11-28T10:00"));
  });
  it("a calendar-clock target also stops in the window: 1d from Sat 06:00 is Sun 08:00", () => {
    expect(computeDeadline(alwaysOpen, { severity: "sev1", start: "2026-11-28T06:00", metric: "resolution" })).toEqual(
      et("2026-11-29T08:00"),
    );
  });
  it("the seed's windows do not pause (pausesClocks false): a 24x7 copy counts straight through them", () => {
    const p = definePolicy({ timezone: "America/Toronto", hours: "24x7", maintenance: { windows: [{ weekly: ["sat"], from: "07:00", to: "09:00" }] }, severities: { s: { targets: { firstResponse: "2h" } } } });
    expect(computeDeadline(p, { severity: "s", start: "2026-11-28T06:00" })).toEqual(et("2026-11-28T08:00"));
  });
});

describe("computeDeadline rejects bad options", () => {
  it("an unknown severity is an InputError listing the policy's severities", () => {
    expect(() => computeDeadline(seed, { severity: "sev9", start: "2026-11-30T09:00" })).toThrow(InputError);
    expect(() => computeDeadline(seed, { severity: "sev9", start: "2026-11-30T09:00" })).toThrow(/severity: "sev9".*"sev1", "sev2"/);
  });
  it("an unknown metric and a bad start are InputErrors naming the field", () => {
    // (any string type-checks as a metric: timeIn metrics are named by the policy)
    expect(() => computeDeadline(seed, { severity: "sev1", start: "2026-11-30T09:00", metric: "ttr" })).toThrow(/metric: "ttr"/);
    expect(() => computeDeadline(seed, { severity: "sev1", start: "yesterday" })).toThrow(/start: "yesterday"/);
  });
});
