/**
 * explainTicket: a ticket's timeline, metric by metric, on the seed preset's hours and holidays.
 */
import { describe, expect, it } from "vitest";
import { InputError, definePolicy, evaluateTicket, explainTicket, presets } from "../../src/index.js";
import type { Ticket, TimelineSpan } from "../../src/index.js";
import { H, desk, et, seed } from "./slaFixtures.js";

const span = (a: string, b: string, kind: TimelineSpan["kind"], name?: string): TimelineSpan =>
  name === undefined ? { start: et(a), end: et(b), kind } : { start: et(a), end: et(b), kind, name };
const counted = (spans: TimelineSpan[]) => spans.filter((s) => s.kind === "counted").reduce((n, s) => n + s.end.getTime() - s.start.getTime(), 0);

/** The docs' example (docs/timelines.md): sev2, answered after 2 h, paused overnight, across Christmas Day and a weekend. */
const christmas = {
  id: "4711",
  createdAt: "2026-12-23T14:00",
  severity: "sev2",
  events: [
    { type: "response", at: "2026-12-23T16:00" },
    { type: "pause", at: "2026-12-23T20:00" },
    { type: "resume", at: "2026-12-24T10:00" },
  ],
} as const;

describe("explainTicket on the seed preset's hours", () => {
  it("sev1 opened Fri 21:30 and seen Mon 05:00: counted Fri 21:30–22:00, the weekend closed, counted Mon 04:00–05:00", () => {
    const e = explainTicket(seed, { createdAt: "2026-11-27T21:30", severity: "sev1" }, "2026-11-30T05:00");
    expect(e.metrics.firstResponse!.spans).toEqual([
      span("2026-11-27T21:30", "2026-11-27T22:00", "counted"),
      span("2026-11-27T22:00", "2026-11-30T04:00", "closed"),
      span("2026-11-30T04:00", "2026-11-30T05:00", "counted"),
    ]);
    expect(e.metrics.firstResponse!.status.elapsed).toBe(1.5 * H);
    expect(e).toMatchObject({ timezone: "America/Toronto", from: et("2026-11-27T21:30"), to: et("2026-11-30T05:00") });
    expect(e).not.toHaveProperty("id");
  });

  it("a pause overnight is paused only where the desk was open; Christmas Day is a named holiday; each metric's status is evaluateTicket's", () => {
    const now = "2026-12-28T16:00";
    const e = explainTicket(desk, christmas, now);
    const s = evaluateTicket(desk, christmas, now);
    expect(e.id).toBe("4711");
    expect(Object.keys(e.metrics)).toEqual(["firstResponse", "update", "resolution"]);
    for (const [metric, m] of Object.entries(e.metrics)) expect(m.status).toEqual(s.metrics[metric as "update"]);
    expect(e.metrics.firstResponse!.spans).toEqual([span("2026-12-23T14:00", "2026-12-23T16:00", "counted")]);
    // the update cycle starts at the response
    expect(e.metrics.update!.spans).toEqual([
      span("2026-12-23T16:00", "2026-12-23T20:00", "counted"),
      span("2026-12-23T20:00", "2026-12-23T22:00", "paused", "pause"),
      span("2026-12-23T22:00", "2026-12-24T04:00", "closed"),
      span("2026-12-24T04:00", "2026-12-24T10:00", "paused", "pause"),
      span("2026-12-24T10:00", "2026-12-24T22:00", "counted"),
      span("2026-12-24T22:00", "2026-12-25T04:00", "closed"),
      span("2026-12-25T04:00", "2026-12-25T22:00", "holiday", "Christmas Day"),
      span("2026-12-25T22:00", "2026-12-28T04:00", "closed"),
      // Boxing Day (Saturday 26) is observed on Monday 28: the preset's Ontario holidays use observed: "next"
      span("2026-12-28T04:00", "2026-12-28T16:00", "holiday", "Boxing Day (observed)"),
    ]);
    expect(counted(e.metrics.update!.spans)).toBe(16 * H);
    expect(e.metrics.update!.status.status).toBe("breached");
    expect(counted(e.metrics.resolution!.spans)).toBe(18 * H);
    expect(e.metrics.resolution!.spans[0]).toEqual(span("2026-12-23T14:00", "2026-12-23T20:00", "counted"));
  });

  it("a calendar-clock target counts closed time: the spans are counted except where paused", () => {
    const e = explainTicket(desk, { createdAt: "2026-11-27T20:00", severity: "sev1", events: [{ type: "pause", at: "2026-11-28T06:00" }, { type: "resume", at: "2026-11-28T12:00" }] }, "2026-11-28T14:00");
    expect(e.metrics.resolution!.spans).toEqual([
      span("2026-11-27T20:00", "2026-11-28T06:00", "counted"),
      span("2026-11-28T06:00", "2026-11-28T12:00", "paused", "pause"),
      span("2026-11-28T12:00", "2026-11-28T14:00", "counted"),
    ]);
    expect(e.metrics.resolution!.status.elapsed).toBe(12 * H);
  });

  it("a completed metric ends at its completion; a ticket seen before it was created has empty timelines", () => {
    const e = explainTicket(desk, christmas, "2026-12-28T16:00");
    expect(e.metrics.firstResponse!.spans.at(-1)!.end).toEqual(et("2026-12-23T16:00"));
    const early = explainTicket(desk, christmas, "2026-12-22T10:00");
    expect(early.to).toEqual(early.from);
    expect(early.metrics.firstResponse!.spans).toEqual([]);
  });

  it("rejects a bad ticket as evaluateTicket does", () => {
    expect(() => explainTicket(desk, { createdAt: "nope", severity: "sev2" }, "2026-12-28T16:00")).toThrow(InputError);
    expect(() => explainTicket(desk, { createdAt: "2026-12-28T10:00", severity: "sev2" }, Number.NaN)).toThrow(/^now: NaN/);
  });
});

describe("explainTicket with statuses, timeIn metrics and reopens", () => {
  const def = structuredClone(presets.auvikSupportV2) as unknown as Record<string, unknown>;
  def["statuses"] = { open: {}, pending: { pauses: true }, review: { pauses: ["resolution"] }, solved: { resolves: true } };
  def["timeIn"] = { agentWork: ["open"] };
  def["severities"] = { sev2: { targets: { resolution: "40h", agentWork: "20h" } } };
  const p = definePolicy(def as never);
  // Mon 2026-11-30 … Fri 12-04: open 04:00–22:00
  const ticket = {
    createdAt: "2026-11-30T10:00",
    severity: "sev2",
    events: [
      { type: "status", at: "2026-11-30T12:00", status: "pending" },
      { type: "status", at: "2026-11-30T14:00", status: "review" },
      { type: "status", at: "2026-11-30T15:00", status: "solved" },
      { type: "status", at: "2026-11-30T16:00", status: "open" },
    ],
  } as const;

  it("names the pausing status, the resolved stretch, and the status a timeIn metric does not list", () => {
    const e = explainTicket(p, ticket, "2026-11-30T17:00");
    expect(e.metrics.resolution!.spans).toEqual([
      span("2026-11-30T10:00", "2026-11-30T12:00", "counted"),
      span("2026-11-30T12:00", "2026-11-30T14:00", "paused", "pending"),
      span("2026-11-30T14:00", "2026-11-30T15:00", "paused", "review"),
      span("2026-11-30T15:00", "2026-11-30T16:00", "paused", "resolved"),
      span("2026-11-30T16:00", "2026-11-30T17:00", "counted"),
    ]);
    expect(e.metrics.agentWork!.spans).toEqual([
      span("2026-11-30T10:00", "2026-11-30T12:00", "counted"),
      span("2026-11-30T12:00", "2026-11-30T14:00", "paused", "pending"),
      span("2026-11-30T14:00", "2026-11-30T15:00", "paused", "review"),
      span("2026-11-30T15:00", "2026-11-30T16:00", "paused", "resolved"),
      span("2026-11-30T16:00", "2026-11-30T17:00", "counted"),
    ]);
    expect(e.metrics.agentWork!.status.elapsed).toBe(3 * H);
  });

  it("names a stretch by the event pause when the status in force stops only another metric's clock", () => {
    // "waiting" is outside agentWork's statuses but pauses nothing: firstResponse stops only for the pause event
    const q = definePolicy({ timezone: "UTC", hours: "24x7", statuses: { open: {}, waiting: {} }, timeIn: { agentWork: ["open"] }, severities: { s1: { targets: { firstResponse: "4h", agentWork: "20h" } } } });
    const t: Ticket = { createdAt: "2026-11-30T10:00Z", severity: "s1", events: [
      { type: "status", at: "2026-11-30T11:00Z", status: "waiting" }, { type: "pause", at: "2026-11-30T12:00Z" }, { type: "resume", at: "2026-11-30T13:00Z" },
    ] };
    const e = explainTicket(q, t, "2026-11-30T14:00Z");
    expect(e.metrics.firstResponse!.spans).toEqual([
      span("2026-11-30T10:00Z", "2026-11-30T12:00Z", "counted"),
      span("2026-11-30T12:00Z", "2026-11-30T13:00Z", "paused", "pause"),
      span("2026-11-30T13:00Z", "2026-11-30T14:00Z", "counted"),
    ]);
    expect(e.metrics.agentWork!.spans).toEqual([
      span("2026-11-30T10:00Z", "2026-11-30T11:00Z", "counted"),
      span("2026-11-30T11:00Z", "2026-11-30T14:00Z", "paused", "waiting"),
    ]);
  });

  it("a pausing status over the night shows the night as closed", () => {
    const e = explainTicket(p, { createdAt: "2026-11-30T20:00", severity: "sev2", status: "pending" }, "2026-12-01T05:00");
    expect(e.metrics.resolution!.spans).toEqual([
      span("2026-11-30T20:00", "2026-11-30T22:00", "paused", "pending"),
      span("2026-11-30T22:00", "2026-12-01T04:00", "closed"),
      span("2026-12-01T04:00", "2026-12-01T05:00", "paused", "pending"),
    ]);
  });
});

describe("explainTicket on long-lived tickets", () => {
  it("explains a ticket open for two years with 200 pauses in well under a second (no day-by-day walk), counted summing to elapsed", () => {
    const events = Array.from({ length: 100 }, (_, i) => [
      { type: "pause" as const, at: new Date(Date.UTC(2025, 0, 6 + 7 * i, 15)) },
      { type: "resume" as const, at: new Date(Date.UTC(2025, 0, 8 + 7 * i, 15)) },
    ]).flat();
    const ticket = { createdAt: "2025-01-02T09:00", severity: "sev2", events };
    const t0 = performance.now();
    const e = explainTicket(desk, ticket, "2026-12-31T12:00");
    const ms = performance.now() - t0;
    const r = e.metrics.resolution!;
    expect(counted(r.spans)).toBe(r.status.elapsed);
    expect(r.spans.filter((s) => s.kind === "paused" && s.name === "pause").length).toBeGreaterThanOrEqual(100);
    expect(r.spans.some((s) => s.kind === "holiday" && s.name === "Christmas Day")).toBe(true);
    expect(ms).toBeLessThan(1000); // generous: a guard against an accidental change of complexity
  });
});
