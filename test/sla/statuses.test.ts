/**
 * Statuses and time-in-status metrics (CONTRACT §6) on the seed's hours (Mon–Fri 04:00–22:00
 * Toronto): which clocks stop in which status, `state` vs `status`, resolving and reopening by
 * status, and the errors.
 */
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { evaluateTicket } from "../../src/sla/evaluateTicket.js";
import type { Ticket, TicketEvent } from "../../src/sla/types.js";
import { H, MIN, desk, et, helpdesk, seed } from "./slaFixtures.js";

const at = (time: string) => `2026-11-30T${time}`; // Monday
const status = (time: string, s: string): TicketEvent => ({ type: "status", at: at(time), status: s });

/** sev1, created Mon 09:00 in "new": answered 09:30, pending 10–12, open 12–13, on-hold from 13:00. */
const ticket: Ticket = {
  id: "S-1",
  createdAt: at("09:00"),
  severity: "sev1",
  events: [{ type: "response", at: at("09:30") }, status("10:00", "pending"), status("12:00", "open"), status("13:00", "on-hold")],
};

describe("a status with pauses: true stops every pausable clock, like pause … resume", () => {
  const s = evaluateTicket(helpdesk, ticket, at("11:00"));
  it("the ticket is paused and in pending", () => {
    expect(s.state).toBe("paused");
    expect(s.status).toBe("pending");
  });
  it("resolution and agentWork counted 09:00–10:00 only, and show paused with no deadline", () => {
    expect(s.metrics.resolution).toMatchObject({ status: "paused", elapsed: 1 * H, deadline: null });
    expect(s.metrics.agentWork).toMatchObject({ status: "paused", elapsed: 1 * H, deadline: null });
  });
  it("nothing runs, so nothing changes until the next event", () => {
    expect(s.nextChangeAt).toBeNull();
    expect(s.nextDeadline).toBeNull();
  });
});

describe("a status with a pauses list stops only the metrics listed", () => {
  const s = evaluateTicket(helpdesk, ticket, at("15:00"));
  it("the ticket is open (not paused) and in on-hold", () => {
    expect(s.state).toBe("open");
    expect(s.status).toBe("on-hold");
  });
  it("resolution: 09–10 and 12–13 counted, paused in on-hold", () => {
    expect(s.metrics.resolution).toMatchObject({ status: "paused", elapsed: 2 * H, deadline: null, calendarElapsed: 6 * H });
  });
  it("agentWork counts only in new and open: 2 h, and it is listed as paused in on-hold", () => {
    expect(s.metrics.agentWork).toMatchObject({ metric: "agentWork", status: "paused", elapsed: 2 * H, target: 8 * H, deadline: null });
  });
  it("a timeIn metric no severity targets is absent; firstResponse was met at 09:30", () => {
    expect(s.metrics.requesterWait).toBeUndefined();
    expect(s.metrics.firstResponse).toMatchObject({ status: "met", elapsed: 30 * MIN });
  });
});

describe("a timeIn metric counts only in its statuses", () => {
  it("in open it runs and has a deadline: 8 h of new+open from Mon 09:00 with 1 h of pending = Mon 18:00", () => {
    const t: Ticket = { createdAt: at("09:00"), severity: "sev1", events: [status("10:00", "pending"), status("11:00", "open")] };
    const s = evaluateTicket(helpdesk, t, at("12:00"));
    expect(s.metrics.agentWork).toMatchObject({ status: "running", elapsed: 2 * H, deadline: et(at("18:00")) });
  });
  it("it completes at resolve and a reopen resumes it", () => {
    const t: Ticket = { createdAt: at("09:00"), severity: "sev1", events: [status("10:00", "solved"), status("11:00", "open")] };
    expect(evaluateTicket(helpdesk, t, at("10:30")).metrics.agentWork).toMatchObject({ status: "met", elapsed: 1 * H, completedAt: et(at("10:00")) });
    expect(evaluateTicket(helpdesk, t, at("12:00")).metrics.agentWork).toMatchObject({ status: "running", elapsed: 2 * H, completedAt: null });
  });
});

describe("resolving and reopening by status", () => {
  const t: Ticket = { createdAt: at("09:00"), severity: "sev1", events: [status("10:00", "solved"), status("12:00", "open")] };
  it("entering a status that resolves resolves the ticket", () => {
    const s = evaluateTicket(helpdesk, t, at("11:00"));
    expect(s).toMatchObject({ state: "resolved", status: "solved" });
    expect(s.metrics.resolution).toMatchObject({ status: "met", elapsed: 1 * H, completedAt: et(at("10:00")) });
    expect(s.metrics.firstResponse).toMatchObject({ status: "met", completedAt: et(at("10:00")) });
  });
  it("leaving it for a status that does not resolve reopens it; resolution resumes", () => {
    const s = evaluateTicket(helpdesk, t, at("13:00"));
    expect(s).toMatchObject({ state: "open", status: "open" });
    expect(s.metrics.resolution).toMatchObject({ status: "running", elapsed: 2 * H, completedAt: null });
  });
  it("a ticket created in a resolving status is resolved at createdAt", () => {
    const s = evaluateTicket(helpdesk, { createdAt: at("09:00"), severity: "sev1", status: "solved" }, at("10:00"));
    expect(s).toMatchObject({ state: "resolved", status: "solved" });
    expect(s.metrics.resolution).toMatchObject({ status: "met", elapsed: 0, completedAt: et(at("09:00")) });
  });
  it("resolve and reopen events do not change the status in force", () => {
    const s = evaluateTicket(helpdesk, { createdAt: at("09:00"), severity: "sev1", events: [{ type: "resolve", at: at("10:00") }] }, at("11:00"));
    expect(s).toMatchObject({ state: "resolved", status: "new" });
  });
});

describe("the status at creation", () => {
  it("is the first status listed by default", () => {
    expect(evaluateTicket(helpdesk, { createdAt: at("09:00"), severity: "sev1" }, at("10:00")).status).toBe("new");
  });
  it("is ticket.status when given: created pending, nothing pausable counts", () => {
    const s = evaluateTicket(helpdesk, { createdAt: at("09:00"), severity: "sev1", status: "pending" }, at("10:00"));
    expect(s).toMatchObject({ state: "paused", status: "pending" });
    expect(s.metrics.firstResponse).toMatchObject({ status: "paused", elapsed: 0 });
  });
});

describe("pause … resume and pausing statuses are independent", () => {
  it("a pause held across a pausing status still holds after leaving it", () => {
    const t: Ticket = {
      createdAt: at("09:00"),
      severity: "sev1",
      events: [{ type: "pause", at: at("10:00") }, status("11:00", "pending"), status("12:00", "open")],
    };
    const s = evaluateTicket(helpdesk, t, at("13:00"));
    expect(s.state).toBe("paused");
    expect(s.metrics.resolution).toMatchObject({ status: "paused", elapsed: 1 * H });
  });
  it("a resume does not end a pausing status", () => {
    const t: Ticket = { createdAt: at("09:00"), severity: "sev1", events: [status("10:00", "pending"), { type: "resume", at: at("11:00") }] };
    expect(evaluateTicket(helpdesk, t, at("12:00")).state).toBe("paused");
  });
});

describe("a policy without statuses behaves as before", () => {
  it("TicketStatus has no status, and ticket.status is not read", () => {
    const s = evaluateTicket(seed, { createdAt: at("09:00"), severity: "sev1", status: 42 } as unknown as Ticket, at("10:00"));
    expect(s).not.toHaveProperty("status");
    expect(s.metrics.firstResponse).toMatchObject({ elapsed: 1 * H });
  });
  it("customerReply and assign events are accepted and ignored", () => {
    const t: Ticket = { createdAt: at("09:00"), severity: "sev1", events: [{ type: "customerReply", at: at("09:10") }, { type: "assign", at: at("09:20"), group: "t2" }] };
    const s = evaluateTicket(desk, t, at("10:00"));
    expect(Object.keys(s.metrics)).toEqual(["firstResponse", "resolution"]);
  });
});

describe("bad statuses are InputErrors naming the ticket and the field", () => {
  it("a status event on a policy without statuses", () => {
    const t: Ticket = { id: "X", createdAt: at("09:00"), severity: "sev1", events: [status("10:00", "open")] };
    expect(() => evaluateTicket(seed, t, at("11:00"))).toThrow(InputError);
    expect(() => evaluateTicket(seed, t, at("11:00"))).toThrow(/^ticket "X" events\[0\]\.type: "status" needs a policy with "statuses"/);
  });
  it("an unknown status in an event, listing the policy's statuses", () => {
    const t: Ticket = { id: "X", createdAt: at("09:00"), severity: "sev1", events: [status("10:00", "closed")] };
    expect(() => evaluateTicket(helpdesk, t, at("11:00"))).toThrow(/^ticket "X" events\[0\]\.status: "closed" is not a status of this policy; use one of "new", "open", "pending", "on-hold", "solved"$/);
  });
  it("a missing status in an event", () => {
    const t = { id: "X", createdAt: at("09:00"), severity: "sev1", events: [{ type: "status", at: at("10:00") }] } as unknown as Ticket;
    expect(() => evaluateTicket(helpdesk, t, at("11:00"))).toThrow(/events\[0\]\.status: is missing/);
  });
  it("an unknown ticket.status", () => {
    expect(() => evaluateTicket(helpdesk, { id: "X", createdAt: at("09:00"), severity: "sev1", status: "Open" }, at("11:00"))).toThrow(
      /^ticket "X" status: "Open" is not a status of this policy/,
    );
  });
  it("events are validated even after now", () => {
    const t: Ticket = { id: "X", createdAt: at("09:00"), severity: "sev1", events: [status("12:00", "bogus")] };
    expect(() => evaluateTicket(helpdesk, t, at("11:00"))).toThrow(InputError);
  });
});

describe("ticket fields are read once, and only when the policy uses them", () => {
  it("a status getter runs once on a policy with statuses, never on one without", () => {
    let reads = 0;
    const t = { createdAt: at("09:00"), severity: "sev1", get status() { reads++; return "open"; } };
    evaluateTicket(helpdesk, t as Ticket, at("10:00"));
    expect(reads).toBe(1);
    evaluateTicket(seed, t as Ticket, at("10:00"));
    expect(reads).toBe(1);
  });
});
