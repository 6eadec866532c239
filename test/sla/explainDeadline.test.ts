/**
 * explainDeadline: what a deadline counted and what it skipped, and why.
 */
import { describe, expect, it } from "vitest";
import { InputError, definePolicy } from "../../src/index.js";
import { explainDeadline } from "../../src/sla/explainDeadline.js";
import { H, alwaysOpen, desk, et, seed } from "./slaFixtures.js";

const span = (a: string, b: string) => ({ start: et(a), end: et(b) });
const total = (xs: Array<{ start: Date; end: Date }>) => xs.reduce((s, x) => s + x.end.getTime() - x.start.getTime(), 0);

describe("explainDeadline on the seed preset", () => {
  it("sev1 opened Fri 21:30: counts Fri 21:30–22:00 and Mon 04:00–05:30, skips the closed weekend", () => {
    const e = explainDeadline(seed, { severity: "sev1", start: "2026-11-27T21:30" });
    expect(e.deadline).toEqual(et("2026-11-30T05:30"));
    expect(e.counted).toEqual([span("2026-11-27T21:30", "2026-11-27T22:00"), span("2026-11-30T04:00", "2026-11-30T05:30")]);
    expect(e.skipped).toEqual([{ ...span("2026-11-27T22:00", "2026-11-30T04:00"), reason: "closed" }]);
    expect(total(e.counted)).toBe(2 * H);
  });

  it("sev3 opened Thu 2026-12-24 10:00 skips the night, Christmas Day by name, the weekend and Boxing Day observed by name: due Tue 12-29 16:00", () => {
    // 12h Thursday (10–22) + 12h Tuesday (04–16) = 24h; Boxing Day is a Saturday, so the preset
    // (observed: "next") closes Monday 28
    const e = explainDeadline(seed, { severity: "sev3", start: "2026-12-24T10:00" });
    expect(e.deadline).toEqual(et("2026-12-29T16:00"));
    expect(e.counted).toEqual([span("2026-12-24T10:00", "2026-12-24T22:00"), span("2026-12-29T04:00", "2026-12-29T16:00")]);
    expect(e.skipped).toEqual([
      { ...span("2026-12-24T22:00", "2026-12-25T04:00"), reason: "closed" },
      { ...span("2026-12-25T04:00", "2026-12-25T22:00"), reason: "holiday", name: "Christmas Day" },
      { ...span("2026-12-25T22:00", "2026-12-28T04:00"), reason: "closed" },
      { ...span("2026-12-28T04:00", "2026-12-28T22:00"), reason: "holiday", name: "Boxing Day (observed)" },
      { ...span("2026-12-28T22:00", "2026-12-29T04:00"), reason: "closed" },
    ]);
  });

  it("a start while closed begins with a skipped span: sev2 opened Sat 10:00 skips Sat 10:00–Mon 04:00", () => {
    const e = explainDeadline(seed, { severity: "sev2", start: "2026-11-28T10:00" });
    expect(e.deadline).toEqual(et("2026-11-30T08:00"));
    expect(e.skipped).toEqual([{ ...span("2026-11-28T10:00", "2026-11-30T04:00"), reason: "closed" }]);
    expect(e.counted).toEqual([span("2026-11-30T04:00", "2026-11-30T08:00")]);
  });

  it("a deadline that fills the day ends on the close with nothing skipped: sev1 Mon 20:00 → 22:00", () => {
    const e = explainDeadline(seed, { severity: "sev1", start: "2026-11-30T20:00" });
    expect(e).toEqual({ deadline: et("2026-11-30T22:00"), counted: [span("2026-11-30T20:00", "2026-11-30T22:00")], skipped: [] });
  });
});

describe("explainDeadline on the calendar clock", () => {
  it("a calendar-clock target counts one segment and skips nothing when maintenance does not pause", () => {
    const e = explainDeadline(desk, { severity: "sev1", start: "2026-11-27T21:30", metric: "resolution" });
    expect(e.counted).toEqual([span("2026-11-27T21:30", "2026-11-30T21:30")]);
    expect(e.skipped).toEqual([]);
  });
  it("with pausing maintenance it is split around the window, which is skipped as maintenance", () => {
    // 1d from Sat 06:00: 06–07 (1h) + 09:00 Sat → 08:00 Sun (23h)
    const e = explainDeadline(alwaysOpen, { severity: "sev1", start: "2026-11-28T06:00", metric: "resolution" });
    expect(e.deadline).toEqual(et("2026-11-29T08:00"));
    expect(e.counted).toEqual([span("2026-11-28T06:00", "2026-11-28T07:00"), span("2026-11-28T09:00", "2026-11-29T08:00")]);
    expect(e.skipped).toEqual([{ ...span("2026-11-28T07:00", "2026-11-28T09:00"), reason: "maintenance" }]);
  });
  it("a business-clock target on the 24x7 desk skips only the maintenance window", () => {
    const e = explainDeadline(alwaysOpen, { severity: "sev1", start: "2026-11-28T06:00" });
    expect(e.counted).toEqual([span("2026-11-28T06:00", "2026-11-28T07:00"), span("2026-11-28T09:00", "2026-11-28T10:00")]);
    expect(e.skipped).toEqual([{ ...span("2026-11-28T07:00", "2026-11-28T09:00"), reason: "maintenance" }]);
  });
});

describe("explainDeadline rejects what it cannot explain", () => {
  it("a severity without a target for the metric is an InputError (computeDeadline returns null)", () => {
    expect(() => explainDeadline(seed, { severity: "sev1", start: "2026-11-30T09:00", metric: "resolution" })).toThrow(InputError);
    expect(() => explainDeadline(seed, { severity: "sev1", start: "2026-11-30T09:00", metric: "resolution" })).toThrow(/no "resolution" target/);
  });
});

describe("explainDeadline's spans carry a name only when there is one", () => {
  it("closed time has no name key at all; a holiday has its name", () => {
    const e = explainDeadline(seed, { severity: "sev1", start: "2026-12-24T21:00" });
    const closed = e.skipped.filter((s) => s.reason === "closed");
    expect(closed.length).toBeGreaterThan(0);
    for (const s of closed) expect(Object.keys(s).sort()).toEqual(["end", "reason", "start"]);
    expect(e.skipped.find((s) => s.reason === "holiday")).toHaveProperty("name", "Christmas Day");
  });
});

describe("explainDeadline shows touching skipped spans of one reason and name as one span, as explainTicket does", () => {
  const skippedOf = (holidays: unknown[], maintenance?: unknown) =>
    explainDeadline(definePolicy({ timezone: "UTC", hours: "24x7", holidays, ...(maintenance === undefined ? {} : { maintenance }), severities: { s: { targets: { firstResponse: "3h" } } } } as never), {
      severity: "s",
      start: "2026-06-01T11:00Z",
    }).skipped.map((s) => [s.start.toISOString().slice(11, 16), s.end.toISOString().slice(11, 16), s.reason, s.name]);

  it("two closures named X back to back: one holiday span X", () => {
    const x = (from: string, to: string, name?: string) => ({ from: `2026-06-01T${from}`, to: `2026-06-01T${to}`, ...(name === undefined ? {} : { name }) });
    expect(skippedOf([x("12:00", "13:00", "X"), x("13:00", "14:00", "X")])).toEqual([["12:00", "14:00", "holiday", "X"]]);
    // different names, or one without, stay apart
    expect(skippedOf([x("12:00", "13:00", "X"), x("13:00", "14:00", "Y")])).toEqual([
      ["12:00", "13:00", "holiday", "X"],
      ["13:00", "14:00", "holiday", "Y"],
    ]);
    expect(skippedOf([x("12:00", "13:00", "X"), x("13:00", "14:00")])).toEqual([
      ["12:00", "13:00", "holiday", "X"],
      ["13:00", "14:00", "holiday", undefined],
    ]);
  });

  it("two maintenance windows named M back to back: one maintenance span M", () => {
    const w = (start: string, end: string) => ({ start: `2026-06-01T${start}`, end: `2026-06-01T${end}`, name: "M" });
    expect(skippedOf([], { pausesClocks: true, windows: [w("12:00", "12:30"), w("12:30", "13:00")] })).toEqual([["12:00", "13:00", "maintenance", "M"]]);
  });
});
