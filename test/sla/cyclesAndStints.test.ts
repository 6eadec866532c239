/**
 * nextReply cycles and ownership stints (CONTRACT §6), and how checkBreaches and prioritize see
 * them. Seed hours (Mon–Fri 04:00–22:00 Toronto) unless the 24x7 UTC `allMetrics` desk is named.
 */
import { describe, expect, it } from "vitest";
import { definePolicy } from "../../src/index.js";
import { InputError } from "../../src/errors.js";
import { checkBreaches } from "../../src/sla/checkBreaches.js";
import { evaluateTicket } from "../../src/sla/evaluateTicket.js";
import { prioritize } from "../../src/sla/prioritize.js";
import type { Ticket, TicketEvent } from "../../src/sla/types.js";
import { canonical, subjectOf } from "../support/slaModelAgreement.js";
import { refEvaluationV2 } from "../reference/referenceSlaV2.js";
import { H, MIN, allMetrics, et, helpdesk, seed } from "./slaFixtures.js";

const at = (time: string) => `2026-11-30T${time}`; // Monday

describe("nextReply: from the oldest unanswered customer message to the next response", () => {
  const t: Ticket = {
    id: "N-1",
    createdAt: at("09:00"),
    severity: "sev1",
    events: [
      { type: "response", at: at("09:10") },
      { type: "customerReply", at: at("10:00") },
      { type: "customerReply", at: at("10:20") }, // does not restart the running cycle
      { type: "response", at: at("11:30") }, // 1.5 h: breached at 11:00
      { type: "customerReply", at: at("12:00") },
    ],
  };
  it("absent before the first customer message", () => {
    expect(evaluateTicket(helpdesk, t, at("09:50")).metrics.nextReply).toBeUndefined();
  });
  it("the first cycle runs from 10:00 and is breached at 11:00", () => {
    expect(evaluateTicket(helpdesk, t, at("11:15")).metrics.nextReply).toMatchObject({
      status: "breached", elapsed: 75 * MIN, breachedAt: et(at("11:00")), breaches: 1,
    });
  });
  it("at 12:30 it shows the running second cycle and counts the breached first one", () => {
    const s = evaluateTicket(helpdesk, t, at("12:30"));
    expect(s.metrics.nextReply).toMatchObject({
      metric: "nextReply", status: "running", elapsed: 30 * MIN, remaining: 30 * MIN, deadline: et(at("13:00")), breaches: 1, calendarElapsed: 30 * MIN,
    });
    expect(s.metrics.nextReply!.thresholds).toEqual([
      { fraction: 0.5, at: et(at("12:30")), reached: true },
      { fraction: 0.75, at: et(at("12:45")), reached: false },
      { fraction: 0.9, at: et(at("12:54")), reached: false },
    ]);
    expect(s.breached).toBe(true);
    // the nearest change of any running metric: nextReply reaches 75 % at 12:45
    expect(s.nextChangeAt).toEqual(et(at("12:45")));
  });
  it("a resolve completes the running cycle; a customer message while resolved starts none", () => {
    const r: Ticket = {
      createdAt: at("09:00"),
      severity: "sev1",
      events: [
        { type: "customerReply", at: at("09:00") },
        { type: "status", at: at("09:20"), status: "solved" },
        { type: "customerReply", at: at("09:40") },
      ],
    };
    expect(evaluateTicket(helpdesk, r, at("11:00")).metrics.nextReply).toMatchObject({ status: "met", elapsed: 20 * MIN, completedAt: et(at("09:20")), breaches: 0 });
  });
  it("an update does not answer the customer", () => {
    const u: Ticket = { createdAt: at("09:00"), severity: "sev1", events: [{ type: "customerReply", at: at("09:00") }, { type: "update", at: at("09:30") }] };
    expect(evaluateTicket(helpdesk, u, at("10:30")).metrics.nextReply).toMatchObject({ status: "breached", completedAt: null });
  });
});

describe("ownership: one stint per group", () => {
  const t: Ticket = {
    id: "O-1",
    createdAt: at("09:00"),
    severity: "sev1",
    group: "tier-1",
    events: [
      { type: "response", at: at("09:05") },
      { type: "assign", at: at("10:00"), group: "tier-2" },
      { type: "assign", at: at("10:30"), group: "tier-2" }, // same group: no new stint
      { type: "assign", at: at("14:00"), group: "engineering" }, // tier-2 held it 4 h: breached at 13:00
    ],
  };
  it("the first stint starts at createdAt with ticket.group", () => {
    const s = evaluateTicket(helpdesk, t, at("09:30"));
    expect(s.metrics.ownership).toMatchObject({ group: "tier-1", elapsed: 30 * MIN, status: "running" });
    // only an ownership stint has a group: the other metrics carry no such key, not even undefined
    for (const m of Object.values(s.metrics)) if (m!.metric !== "ownership") expect(m).not.toHaveProperty("group");
  });
  it("at 15:00 engineering's stint runs 1 h; tier-2's breach is counted", () => {
    expect(evaluateTicket(helpdesk, t, at("15:00")).metrics.ownership).toMatchObject({
      metric: "ownership", group: "engineering", status: "running", elapsed: 1 * H, breaches: 1, deadline: et(at("17:00")),
    });
  });
  it("checkBreaches lists tier-2's stint", () => {
    expect(checkBreaches(helpdesk, [t], at("15:00"))).toEqual([{ ticketId: "O-1", metric: "ownership", breachedAt: et(at("13:00")) }]);
  });
  it("resolve completes the stint and reopen starts a new one for the same group", () => {
    const r: Ticket = { ...t, events: [{ type: "resolve", at: at("10:00") }, { type: "reopen", at: at("11:00") }] };
    expect(evaluateTicket(helpdesk, r, at("10:30")).metrics.ownership).toMatchObject({ status: "met", group: "tier-1", completedAt: et(at("10:00")) });
    expect(evaluateTicket(helpdesk, r, at("11:30")).metrics.ownership).toMatchObject({ status: "running", group: "tier-1", elapsed: 30 * MIN });
  });
  it("an assign while resolved changes the group; its stint starts at the reopen", () => {
    const r: Ticket = { ...t, events: [{ type: "resolve", at: at("10:00") }, { type: "assign", at: at("10:30"), group: "tier-2" }, { type: "reopen", at: at("11:00") }] };
    expect(evaluateTicket(helpdesk, r, at("11:30")).metrics.ownership).toMatchObject({ group: "tier-2", elapsed: 30 * MIN });
  });
  it("no group ever: no ownership metric", () => {
    expect(evaluateTicket(helpdesk, { createdAt: at("09:00"), severity: "sev1" }, at("10:00")).metrics.ownership).toBeUndefined();
  });
  it("the first assign of a ticket without a group starts the first stint", () => {
    const a: Ticket = { createdAt: at("09:00"), severity: "sev1", events: [{ type: "assign", at: at("09:30"), group: "t1" }] };
    expect(evaluateTicket(helpdesk, a, at("10:00")).metrics.ownership).toMatchObject({ group: "t1", elapsed: 30 * MIN });
  });
  it("ticket.group is read only when some severity targets ownership", () => {
    const g = { createdAt: at("09:00"), severity: "sev1", group: 7 } as unknown as Ticket;
    expect(() => evaluateTicket(seed, g, at("10:00"))).not.toThrow();
    expect(() => evaluateTicket(helpdesk, g, at("10:00"))).toThrow(InputError);
    expect(() => evaluateTicket(helpdesk, g, at("10:00"))).toThrow(/group: 7 is not a group name/);
  });
  it("an assign event's group must be a string, on any policy", () => {
    const a = { createdAt: at("09:00"), severity: "sev1", events: [{ type: "assign", at: at("09:30") }] } as unknown as Ticket;
    expect(() => evaluateTicket(seed, a, at("10:00"))).toThrow(/events\[0\]\.group: is missing/);
  });
});

describe("checkBreaches: one entry per breached cycle or stint, in the contract's order", () => {
  // 24x7 UTC, every target 1 h except resolution 2 h
  const t: Ticket = {
    id: "B",
    createdAt: "2026-11-30T00:00Z",
    severity: "s",
    group: "g1",
    events: [
      { type: "customerReply", at: "2026-11-30T00:30Z" }, // nextReply cycle, breached 01:30
      { type: "assign", at: "2026-11-30T00:45Z", group: "g2" }, // g1 stint met; g2 breached 01:45
      { type: "response", at: "2026-11-30T03:00Z" }, // firstResponse breached 01:00
      { type: "update", at: "2026-11-30T05:00Z" }, // update cycle 1 breached 04:00; cycle 2 breached 06:00
    ],
  };
  it("firstResponse, update cycles, nextReply cycles, ownership stints, resolution, then timeIn metrics", () => {
    expect(checkBreaches(allMetrics, [t], "2026-11-30T08:00Z").map((b) => [b.metric, b.breachedAt.toISOString()])).toEqual([
      ["firstResponse", "2026-11-30T01:00:00.000Z"],
      ["update", "2026-11-30T04:00:00.000Z"],
      ["update", "2026-11-30T06:00:00.000Z"],
      ["nextReply", "2026-11-30T01:30:00.000Z"],
      ["ownership", "2026-11-30T01:45:00.000Z"],
      ["resolution", "2026-11-30T02:00:00.000Z"],
      ["agentWork", "2026-11-30T01:00:00.000Z"],
    ]);
  });
  it("the counts agree with the status's breaches", () => {
    const s = evaluateTicket(allMetrics, t, "2026-11-30T08:00Z");
    expect(Object.fromEntries(Object.entries(s.metrics).map(([k, m]) => [k, m!.breaches]))).toEqual({
      firstResponse: 1, update: 2, nextReply: 1, ownership: 1, resolution: 1, agentWork: 1,
    });
  });
});

describe("prioritize sees the new metrics' deadlines", () => {
  // helpdesk sev1: no update target; nextReply 1 h, agentWork 8 h, resolution 24 h
  const a: Ticket = { id: "A", createdAt: at("09:00"), severity: "sev1", events: [{ type: "response", at: at("09:05") }] };
  const b: Ticket = { id: "B", createdAt: at("09:30"), severity: "sev1", events: [{ type: "response", at: at("09:35") }] };
  it("without a customer message, the older ticket first (agentWork due 17:00 vs 17:30)", () => {
    expect(prioritize(helpdesk, [b, a], at("10:00")).map((x) => x.id)).toEqual(["A", "B"]);
  });
  it("an unanswered customer message due 10:40 puts its ticket first", () => {
    const b2: Ticket = { ...b, events: [...b.events!, { type: "customerReply", at: at("09:40") }] };
    expect(prioritize(helpdesk, [a, b2], at("10:00")).map((x) => x.id)).toEqual(["B", "A"]);
    expect(evaluateTicket(helpdesk, b2, at("10:00")).nextDeadline).toEqual(et(at("10:40")));
  });
});

describe("an earlier cycle's deadline is never asked for (seed -341674270)", () => {
  // Open one minute a week: a 6,960-minute nextReply target would take 133 years to use up. The
  // first cycle was answered at once; only the second (paused by the status) is shown.
  const def = {
    timezone: "Europe/London",
    hours: { sun: [["23:15", "23:16"]] },
    severities: { s2: { targets: { nextReply: "6960m" } } },
    statuses: { new: { pauses: ["nextReply"] }, open: {} },
  } as const;
  const events: TicketEvent[] = [
    { type: "customerReply", at: "2026-10-28T10:00Z" },
    { type: "response", at: "2026-10-28T10:00Z" },
    { type: "status", at: "2026-10-29T10:00Z", status: "new" },
    { type: "customerReply", at: "2026-10-30T10:00Z" },
  ];
  const ticket: Ticket = { id: "B", createdAt: "2026-10-27T10:00Z", severity: "s2", events };
  const now = "2026-11-01T23:15Z";
  it("evaluateTicket shows the paused cycle with no deadline, and agrees with the reference", () => {
    const s = subjectOf(def as never);
    const status = evaluateTicket(s.policy, ticket, now);
    expect(status.metrics.nextReply).toMatchObject({ status: "paused", deadline: null, breaches: 0 });
    const ref = refEvaluationV2(s.clocks, s.ref, { ...ticket, createdAt: Date.parse(ticket.createdAt as string), events: events.map((e) => ({ ...e, at: Date.parse(e.at as string) })) } as never, Date.parse(now));
    expect(JSON.parse(canonical(status))).toEqual(JSON.parse(canonical(ref.status)));
    expect(checkBreaches(s.policy, [ticket], now)).toEqual([]);
  });
  it("while the shown cycle's own deadline beyond the horizon is a HorizonError naming the ticket", () => {
    const s = subjectOf(def as never);
    const open: Ticket = { ...ticket, events: [...events, { type: "status", at: "2026-10-31T10:00Z", status: "open" }] };
    expect(() => evaluateTicket(s.policy, open, now)).toThrow(/ticket "B".*100 calendar years/);
  });
});

describe("an earlier cycle is judged at its exact length (a run no longer than its target cannot breach)", () => {
  // 24x7 UTC, update target 1h on the calendar clock: an update cycle counts every millisecond.
  const p = definePolicy({ timezone: "UTC", hours: "24x7", severities: { s: { targets: { update: { duration: "1h", clock: "calendar" } } } } });
  const cycleOf = (length: number) => {
    const start = Date.parse("2026-11-30T09:00Z");
    const events: TicketEvent[] = [
      { type: "response", at: start },
      { type: "update", at: start + length }, // ends the first cycle after `length`
    ];
    return evaluateTicket(p, { createdAt: start, severity: "s", events }, start + length + 10 * MIN).metrics.update!;
  };
  it("a first cycle exactly 1 h long is met: no breach", () => {
    expect(cycleOf(H).breaches).toBe(0);
  });
  it("a first cycle 1 h + 1 ms long is breached once, at 1 h", () => {
    expect(cycleOf(H + 1).breaches).toBe(1);
  });
  it("checkBreaches reports that breach at the instant the cycle's hour ran out", () => {
    const start = Date.parse("2026-11-30T09:00Z");
    const events: TicketEvent[] = [{ type: "response", at: start }, { type: "update", at: start + H + 1 }];
    expect(checkBreaches(p, [{ id: "C", createdAt: start, severity: "s", events }], start + 2 * H)).toEqual([
      { ticketId: "C", metric: "update", breachedAt: new Date(start + H) },
    ]);
  });
});
