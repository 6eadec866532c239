/**
 * Business-day targets `{ businessDays, at? }` (CONTRACT §6): the target is the business time
 * between the metric's start and its due instant D. Seed hours: Mon–Fri 04:00–22:00 Toronto.
 */
import { describe, expect, it } from "vitest";
import { definePolicy } from "../../src/index.js";
import { addBusinessDays } from "../../src/business/addBusinessDays.js";
import { computeDeadline } from "../../src/sla/computeDeadline.js";
import { evaluateTicket } from "../../src/sla/evaluateTicket.js";
import { explainDeadline } from "../../src/sla/explainDeadline.js";
import type { Ticket } from "../../src/sla/types.js";
import { H, et, etMs, helpdesk, helpdeskDefinition } from "./slaFixtures.js";

/** helpdeskDefinition with sev3's resolution replaced. */
function withResolution(resolution: object) {
  return definePolicy({ ...helpdeskDefinition, severities: { ...helpdeskDefinition.severities, sev3: { targets: { resolution } } } });
}

describe("by 17:00 on the second business day (helpdesk sev3)", () => {
  const t: Ticket = { createdAt: "2026-11-27T10:00", severity: "sev3" }; // Friday
  it("from Fri 10:00 it is due Tue 17:00; the target is the 43 business hours in between (12 Fri + 18 Mon + 13 Tue)", () => {
    const s = evaluateTicket(helpdesk, t, "2026-11-30T10:00");
    expect(s.metrics.resolution).toMatchObject({ target: 43 * H, elapsed: 18 * H, deadline: et("2026-12-01T17:00") });
  });
  it("computeDeadline and explainDeadline give the same instant", () => {
    expect(computeDeadline(helpdesk, { severity: "sev3", start: "2026-11-27T10:00", metric: "resolution" })).toEqual(et("2026-12-01T17:00"));
    const e = explainDeadline(helpdesk, { severity: "sev3", start: "2026-11-27T10:00", metric: "resolution" });
    expect(e.deadline).toEqual(et("2026-12-01T17:00"));
    expect(e.counted.reduce((sum, c) => sum + (c.end.getTime() - c.start.getTime()), 0)).toBe(43 * H);
  });
  it("a pause does not stop it: business-day targets are never paused", () => {
    const paused: Ticket = { ...t, events: [{ type: "pause", at: "2026-11-27T11:00" }] };
    expect(evaluateTicket(helpdesk, paused, "2026-11-30T10:00").metrics.resolution).toMatchObject({ status: "running", elapsed: 18 * H });
  });
  it("nor does a status that pauses everything", () => {
    const pending: Ticket = { ...t, events: [{ type: "status", at: "2026-11-27T11:00", status: "pending" }] };
    expect(evaluateTicket(helpdesk, pending, "2026-11-30T10:00").metrics.resolution).toMatchObject({ status: "running", deadline: et("2026-12-01T17:00") });
  });
});

describe("without at: the start's own time of day", () => {
  const p = withResolution({ businessDays: 1 });
  it("Fri 10:00 + 1 business day = Mon 10:00", () => {
    expect(computeDeadline(p, { severity: "sev3", start: "2026-11-27T10:00", metric: "resolution" })).toEqual(et("2026-11-30T10:00"));
  });
  it("a start on Saturday counts from Monday's opening: Sat 10:00 → Mon 10:00, a 6 h target", () => {
    const s = evaluateTicket(p, { createdAt: "2026-11-28T10:00", severity: "sev3" }, "2026-11-28T12:00");
    expect(s.metrics.resolution).toMatchObject({ target: 6 * H, elapsed: 0, deadline: et("2026-11-30T10:00") });
  });
  it("D is found as addBusinessDays finds it (holidays skipped): from Thu 24 Dec", () => {
    const start = "2026-12-24T10:00";
    expect(computeDeadline(p, { severity: "sev3", start, metric: "resolution" })).toEqual(addBusinessDays(p, start, 1));
  });
});

describe("at a time the desk is closed", () => {
  it("due at 23:00 when the desk closes at 22:00: the deadline is the closing instant", () => {
    const p = withResolution({ businessDays: 1, at: "23:00" });
    expect(computeDeadline(p, { severity: "sev3", start: "2026-11-30T10:00", metric: "resolution" })).toEqual(et("2026-12-01T22:00"));
  });
});

describe("businessDays 0 with at: the same day", () => {
  const p = withResolution({ businessDays: 0, at: "17:00" });
  it("from Mon 09:00 it is due Mon 17:00 (8 h)", () => {
    expect(evaluateTicket(p, { createdAt: "2026-11-30T09:00", severity: "sev3" }, "2026-11-30T09:00").metrics.resolution).toMatchObject({
      target: 8 * H, deadline: et("2026-11-30T17:00"),
    });
  });
  it("after 17:00 the target is 0: due at once, breached at the first counted millisecond", () => {
    const t: Ticket = { createdAt: "2026-11-30T18:00", severity: "sev3" };
    const s = evaluateTicket(p, t, "2026-11-30T18:00");
    expect(s.metrics.resolution).toMatchObject({ target: 0, elapsed: 0, percentUsed: 100, status: "running", deadline: et("2026-11-30T18:00") });
    expect(s.nextChangeAt).toEqual(new Date(etMs("2026-11-30T18:00") + 1));
    expect(evaluateTicket(p, t, etMs("2026-11-30T18:00") + 1).metrics.resolution).toMatchObject({
      status: "breached", elapsed: 1, percentUsed: Number.POSITIVE_INFINITY, breachedAt: et("2026-11-30T18:00"),
    });
  });
});

describe("re-triage re-targets from the metric's original start", () => {
  it("sev1 (24 business hours) → sev3 (Tue 17:00 from Fri 10:00)", () => {
    const t: Ticket = { createdAt: "2026-11-27T10:00", severity: "sev1", events: [{ type: "severity", at: "2026-11-30T09:00", severity: "sev3" }] };
    expect(evaluateTicket(helpdesk, t, "2026-11-30T10:00").metrics.resolution).toMatchObject({ target: 43 * H, deadline: et("2026-12-01T17:00") });
    expect(evaluateTicket(helpdesk, t, "2026-11-30T08:00").metrics.resolution).toMatchObject({ target: 24 * H, elapsed: 16 * H });
  });
});

describe("thresholds of a business-day target", () => {
  it("50 % of 43 h is reached after 21.5 business hours: Mon 13:30", () => {
    const s = evaluateTicket(helpdesk, { createdAt: "2026-11-27T10:00", severity: "sev3" }, "2026-11-30T10:00");
    expect(s.metrics.resolution!.thresholds[0]).toEqual({ fraction: 0.5, at: et("2026-11-30T13:30"), reached: false });
    expect(s.metrics.resolution!.calendarElapsed).toBe(72 * H);
  });
});

describe("bounded work: nothing walks day by day", () => {
  it("a 10,000-business-day target (about 38 years on the seed's calendar) is answered from yearly sums", () => {
    const p = withResolution({ businessDays: 10_000, at: "17:00" });
    const t0 = performance.now();
    const d = computeDeadline(p, { severity: "sev3", start: "2026-11-27T10:00", metric: "resolution" })!;
    expect(d.getUTCFullYear()).toBeGreaterThan(2060);
    expect(d.getUTCFullYear()).toBeLessThan(2070);
    expect(performance.now() - t0).toBeLessThan(2_000); // generous: builds ~40 year blocks once
  });
  it("2,000 status changes evaluate in well under a second", () => {
    const start = etMs("2026-11-30T09:00");
    // every 18 s from Mon 09:00 to 19:00 (inside business hours): pending, open, pending, …
    const events = Array.from({ length: 2_000 }, (_, i) => ({ type: "status" as const, at: start + i * 18_000, status: i % 2 === 0 ? "pending" : "open" }));
    const t: Ticket = { createdAt: start, severity: "sev1", events };
    const t0 = performance.now();
    const s = evaluateTicket(helpdesk, t, start + 2_000 * 18_000);
    expect(performance.now() - t0).toBeLessThan(1_000);
    // pending in the even slots, open in the odd ones: 1,000 slots of 18 s counted on the agentWork clock
    expect(s.metrics.agentWork!.elapsed).toBe(1_000 * 18_000);
  });
});
