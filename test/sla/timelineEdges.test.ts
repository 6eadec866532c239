/**
 * Ticket timelines at their edges: resolution breaches, which deadline is "next", events given out
 * of order with ties, a clock that crosses a year end, breaches reached after several pauses, and
 * the tie-breaks of prioritize. Times are Toronto wall clock (EST).
 */
import { describe, expect, it } from "vitest";
import { checkBreaches, definePolicy, evaluateTicket, prioritize } from "../../src/index.js";
import type { Ticket } from "../../src/index.js";
import { H, MIN, alwaysOpen, desk, et } from "./slaFixtures.js";

describe("a sev2 ticket on the desk (40h business resolution, 8h update cycles)", () => {
  // Mon 2026-11-30 04:00 opening; business days of 18 h (04:00–22:00)
  const ticket: Ticket = { id: "R-1", createdAt: "2026-11-30T04:00", severity: "sev2", events: [{ type: "response", at: "2026-11-30T05:00" }] };

  it("breaches its resolution after 40 business hours: Mon 18h + Tue 18h + Wed 04:00–08:00", () => {
    const s = evaluateTicket(desk, ticket, "2026-12-02T12:00");
    expect(s.metrics.resolution).toMatchObject({ status: "breached", breachedAt: et("2026-12-02T08:00"), breaches: 1, elapsed: 44 * H });
    expect(s.metrics.firstResponse).toMatchObject({ status: "met", breaches: 0, completedAt: et("2026-11-30T05:00") });
    expect(s.breached).toBe(true);
  });

  it("checkBreaches lists the update cycle's breach, then the resolution's", () => {
    expect(checkBreaches(desk, [ticket], "2026-12-02T12:00")).toEqual([
      { ticketId: "R-1", metric: "update", breachedAt: et("2026-11-30T13:00") },
      { ticketId: "R-1", metric: "resolution", breachedAt: et("2026-12-02T08:00") },
    ]);
  });

  it("before any breach, nextDeadline is the earliest deadline of a metric still running (the met first response does not count)", () => {
    const s = evaluateTicket(desk, ticket, "2026-11-30T06:00");
    expect(s.metrics.firstResponse!.deadline).toEqual(et("2026-11-30T08:00")); // met at 05:00; its deadline was 08:00
    expect(s.metrics.update!.deadline).toEqual(et("2026-11-30T13:00"));
    expect(s.metrics.resolution!.deadline).toEqual(et("2026-12-02T08:00"));
    expect(s.nextDeadline).toEqual(et("2026-11-30T13:00"));
    expect(s.breached).toBe(false);
  });

  it("once the update is answered, the next deadline moves to the new cycle", () => {
    const t: Ticket = { ...ticket, events: [...ticket.events!, { type: "update", at: "2026-11-30T12:00" }] };
    const s = evaluateTicket(desk, t, "2026-11-30T12:30");
    expect(s.nextDeadline).toEqual(et("2026-11-30T20:00"));
    expect(s.metrics.update).toMatchObject({ status: "running", breaches: 0, deadline: et("2026-11-30T20:00") });
  });
});

describe("events out of order are sorted by time; ties keep their input order", () => {
  const created = "2026-11-30T09:00";
  // resume then pause at 09:30: the resume is ignored (not paused yet), the pause holds until 10:00
  const tieOrder = [{ type: "resume", at: "2026-11-30T09:30" }, { type: "pause", at: "2026-11-30T09:30" }] as const;

  it("a response listed first but happening last still comes last", () => {
    const unsorted: Ticket = { createdAt: created, severity: "sev1", events: [{ type: "response", at: "2026-11-30T10:00" }, ...tieOrder] };
    const sorted: Ticket = { createdAt: created, severity: "sev1", events: [...tieOrder, { type: "response", at: "2026-11-30T10:00" }] };
    const a = evaluateTicket(desk, unsorted, "2026-11-30T11:00");
    expect(a.metrics.firstResponse).toMatchObject({ status: "met", elapsed: 30 * MIN, completedAt: et("2026-11-30T10:00") });
    expect(a).toEqual(evaluateTicket(desk, sorted, "2026-11-30T11:00"));
  });

  it("the same two events in the other order (pause, then resume) leave the clock running", () => {
    const t: Ticket = {
      createdAt: created,
      severity: "sev1",
      events: [{ type: "response", at: "2026-11-30T10:00" }, { type: "pause", at: "2026-11-30T09:30" }, { type: "resume", at: "2026-11-30T09:30" }],
    };
    expect(evaluateTicket(desk, t, "2026-11-30T11:00").metrics.firstResponse).toMatchObject({ elapsed: 60 * MIN });
  });
});

describe("a clock that crosses a year end", () => {
  it("counts Dec 31 evening and the Monday after the New Year holiday and weekend", () => {
    // sev2 first response 4h: Thu Dec 31 20:00–22:00 (2h), Fri Jan 1 holiday, weekend, Mon Jan 4 04:00–06:00
    const t: Ticket = { createdAt: "2026-12-31T20:00", severity: "sev2", events: [{ type: "response", at: "2027-01-04T05:00" }, { type: "update", at: "2027-01-04T09:00" }] };
    const s = evaluateTicket(desk, t, "2027-01-04T10:00");
    expect(s.metrics.firstResponse).toMatchObject({ status: "met", elapsed: 3 * H, deadline: et("2027-01-04T06:00") });
    expect(s.metrics.update).toMatchObject({ status: "running", elapsed: 1 * H, deadline: et("2027-01-04T17:00") });
    expect(s.metrics.resolution).toMatchObject({ status: "running", elapsed: 2 * H + 6 * H });
  });
});

describe("a breach reached after several pauses", () => {
  it("is found in the span where the running total reaches the target (24x7, sev1 2h)", () => {
    // counted: 00:00–00:30, 01:00–01:30, 02:00– ; paused: 00:30–01:00, 01:30–02:00 → 2h reached at 03:00
    const t: Ticket = {
      createdAt: "2026-11-30T00:00",
      severity: "sev1",
      events: [
        { type: "pause", at: "2026-11-30T00:30" },
        { type: "resume", at: "2026-11-30T01:00" },
        { type: "pause", at: "2026-11-30T01:30" },
        { type: "resume", at: "2026-11-30T02:00" },
      ],
    };
    const s = evaluateTicket(alwaysOpen, t, "2026-11-30T05:00");
    expect(s.metrics.firstResponse).toMatchObject({ status: "breached", elapsed: 4 * H, breachedAt: et("2026-11-30T03:00"), deadline: et("2026-11-30T03:00") });
  });
});

describe("prioritize breaks ties by severity, age, id, then input order", () => {
  const now = "2026-11-30T09:00";
  const base = { createdAt: "2026-11-30T08:00", severity: "sev1" };

  it("tickets that tie on everything keep their input order (the sort is stable)", () => {
    const a = { ...base };
    const b = { ...base };
    const c = { ...base };
    expect(prioritize(desk, [a, b, c], now)).toEqual([a, b, c]);
    const out = prioritize(desk, [c, a, b], now);
    expect(out[0]).toBe(c);
    expect(out[1]).toBe(a);
    expect(out[2]).toBe(b);
  });

  it("on a tie, tickets with an id come before tickets without, and ids sort as strings", () => {
    const none = { ...base };
    const b = { ...base, id: "B" };
    const a = { ...base, id: "A" };
    const out = prioritize(desk, [none, b, a], now);
    expect(out.map((t) => (t as { id?: string }).id)).toEqual(["A", "B", undefined]);
    expect(prioritize(desk, [a, none], now)[0]).toBe(a);
  });

  it("an earlier next deadline wins before severity is looked at", () => {
    const later = { createdAt: "2026-11-30T08:30", severity: "sev1", id: "late" };
    const sooner = { createdAt: "2026-11-30T08:00", severity: "sev2", id: "soon" }; // sev2 4h: due 12:00, sev1 2h from 08:30: 10:30
    expect(prioritize(desk, [sooner, later], now).map((t) => t.id)).toEqual(["late", "soon"]);
  });
});

describe("the order of metrics does not decide the next deadline", () => {
  // first response 10h that a pause does not stop; resolution 4h that it does (24x7 UTC)
  const p = definePolicy({
    timezone: "UTC",
    hours: "24x7",
    severities: { s: { targets: { firstResponse: { duration: "10h", pausable: false }, resolution: "4h" } } },
  });
  const t0 = Date.UTC(2026, 10, 30);

  it("the resolution, due sooner, is next although it is evaluated after the first response", () => {
    const s = evaluateTicket(p, { createdAt: t0, severity: "s" }, t0 + H);
    expect(s.metrics.firstResponse!.deadline).toEqual(new Date(t0 + 10 * H));
    expect(s.metrics.resolution!.deadline).toEqual(new Date(t0 + 4 * H));
    expect(s.nextDeadline).toEqual(new Date(t0 + 4 * H));
  });

  it("while paused, the paused resolution has no deadline and the first response's is next", () => {
    const s = evaluateTicket(p, { createdAt: t0, severity: "s", events: [{ type: "pause", at: t0 + 30 * MIN }] }, t0 + H);
    expect(s.metrics.resolution).toMatchObject({ status: "paused", deadline: null });
    expect(s.nextDeadline).toEqual(new Date(t0 + 10 * H));
  });

  it("a resolution that is not breached counts 0 breaches", () => {
    const s = evaluateTicket(p, { createdAt: t0, severity: "s" }, t0 + H);
    expect(s.metrics.resolution).toMatchObject({ status: "running", breaches: 0, breachedAt: null });
  });
});

describe("events that do not apply leave the ticket as it is", () => {
  const created = "2026-11-30T09:00";

  it("the first response completes at the first response, not at a later response or the resolve", () => {
    const t: Ticket = {
      createdAt: created,
      severity: "sev2",
      events: [{ type: "response", at: "2026-11-30T10:00" }, { type: "response", at: "2026-11-30T11:00" }, { type: "resolve", at: "2026-11-30T12:00" }],
    };
    const s = evaluateTicket(desk, t, "2026-11-30T13:00");
    expect(s.metrics.firstResponse).toMatchObject({ status: "met", completedAt: et("2026-11-30T10:00"), elapsed: H });
    expect(s.state).toBe("resolved");
  });

  it("pause and resume after a resolve are ignored: the ticket stays resolved", () => {
    const base = [{ type: "response", at: "2026-11-30T10:00" }, { type: "resolve", at: "2026-11-30T12:00" }] as const;
    expect(evaluateTicket(desk, { createdAt: created, severity: "sev2", events: [...base, { type: "pause", at: "2026-11-30T12:30" }] }, "2026-11-30T13:00").state).toBe("resolved");
    expect(evaluateTicket(desk, { createdAt: created, severity: "sev2", events: [...base, { type: "resume", at: "2026-11-30T12:30" }] }, "2026-11-30T13:00").state).toBe("resolved");
  });

  it("a severity change re-targets a live resolution, but not one already completed", () => {
    const live: Ticket = { createdAt: created, severity: "sev2", events: [{ type: "severity", at: "2026-11-30T10:00", severity: "sev1" }] };
    expect(evaluateTicket(desk, live, "2026-11-30T11:00").metrics.resolution!.target).toBe(3 * 24 * H); // sev1: 3d calendar
    const done: Ticket = {
      createdAt: created,
      severity: "sev2",
      events: [{ type: "resolve", at: "2026-11-30T10:00" }, { type: "severity", at: "2026-11-30T10:30", severity: "sev1" }],
    };
    const s = evaluateTicket(desk, done, "2026-11-30T11:00");
    expect(s.severity).toBe("sev1");
    expect(s.metrics.resolution).toMatchObject({ target: 40 * H, status: "met" }); // still judged by sev2
  });
});
