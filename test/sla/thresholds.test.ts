/**
 * Escalation levels (`MetricStatus.thresholds`), `calendarElapsed` and `TicketStatus.nextChangeAt`
 * (CONTRACT §6). Seed hours: Mon–Fri 04:00–22:00 Toronto.
 */
import { describe, expect, it } from "vitest";
import { HorizonError, definePolicy, presets } from "../../src/index.js";
import { evaluateTicket } from "../../src/sla/evaluateTicket.js";
import type { Ticket } from "../../src/sla/types.js";
import { H, et, etMs, helpdesk, seed } from "./slaFixtures.js";

const fri2130: Ticket = { createdAt: "2026-11-27T21:30", severity: "sev1" }; // 2 h first response

describe("thresholds: one per warnAt fraction", () => {
  it("default [0.75]; a single number w is [w]", () => {
    expect(evaluateTicket(seed, fri2130, "2026-11-27T21:40").metrics.firstResponse!.thresholds.map((t) => t.fraction)).toEqual([0.75]);
    const p = definePolicy({ ...structuredClone(presets.auvikSupportV2), warnAt: 0.6 });
    expect(evaluateTicket(p, fri2130, "2026-11-27T21:40").metrics.firstResponse!.thresholds.map((t) => t.fraction)).toEqual([0.6]);
  });
  it("at is in the past once reached, ahead otherwise, counting on over the weekend", () => {
    const p = definePolicy({ ...structuredClone(presets.auvikSupportV2), warnAt: [0.25, 0.5, 1] });
    // 2 h target: 30 min (reached Fri 22:00, the closing instant), 60 min (Mon 04:30), 120 min (Mon 05:30)
    expect(evaluateTicket(p, fri2130, "2026-11-28T12:00").metrics.firstResponse!.thresholds).toEqual([
      { fraction: 0.25, at: et("2026-11-27T22:00"), reached: true },
      { fraction: 0.5, at: et("2026-11-30T04:30"), reached: false },
      { fraction: 1, at: et("2026-11-30T05:30"), reached: false },
    ]);
  });
  it("a fraction of 1 has at equal to the deadline", () => {
    const p = definePolicy({ ...structuredClone(presets.auvikSupportV2), warnAt: [0.5, 1] });
    const m = evaluateTicket(p, fri2130, "2026-11-30T04:10").metrics.firstResponse!;
    expect(m.thresholds[1]!.at).toEqual(m.deadline);
  });
  it("null while paused and not reached; a reached one keeps its instant", () => {
    const t: Ticket = { createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ type: "status", at: "2026-11-30T09:30", status: "pending" }] };
    // helpdesk firstResponse 2 h, fractions 50/75/90 %: 30 min counted, 50 % needs 60 min
    expect(evaluateTicket(helpdesk, t, "2026-11-30T12:00").metrics.firstResponse!.thresholds).toEqual([
      { fraction: 0.5, at: null, reached: false },
      { fraction: 0.75, at: null, reached: false },
      { fraction: 0.9, at: null, reached: false },
    ]);
    const later: Ticket = { ...t, createdAt: "2026-11-30T08:00" };
    expect(evaluateTicket(helpdesk, later, "2026-11-30T12:00").metrics.firstResponse!.thresholds[0]).toEqual({ fraction: 0.5, at: et("2026-11-30T09:00"), reached: true });
  });
  it("reached compares elapsed >= fraction × target exactly, like warning", () => {
    const justBefore = evaluateTicket(seed, fri2130, etMs("2026-11-30T05:00") - 1).metrics.firstResponse!;
    const atIt = evaluateTicket(seed, fri2130, "2026-11-30T05:00").metrics.firstResponse!;
    expect([justBefore.thresholds[0]!.reached, justBefore.warning]).toEqual([false, false]);
    expect([atIt.thresholds[0]!.reached, atIt.warning]).toEqual([true, true]);
  });
  it("warning is the smallest fraction, and false once completed", () => {
    const t: Ticket = { createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ type: "response", at: "2026-11-30T10:30" }] };
    const s = evaluateTicket(helpdesk, t, "2026-11-30T10:30");
    expect(s.metrics.firstResponse).toMatchObject({ status: "met", warning: false });
    expect(s.metrics.firstResponse!.thresholds.map((x) => x.reached)).toEqual([true, true, false]);
    const live = evaluateTicket(helpdesk, { createdAt: "2026-11-30T09:00", severity: "sev1" }, "2026-11-30T10:00");
    expect(live.metrics.firstResponse!.warning).toBe(true); // 50 % of 2 h reached at 10:00
  });
});

describe("calendarElapsed: real time from the start, DST counted as it happens", () => {
  it("Sat 31 Oct 12:00 EDT → Sun 1 Nov 12:00 EST is 25 hours; business elapsed is 0 over the weekend", () => {
    const m = evaluateTicket(seed, { createdAt: "2026-10-31T12:00", severity: "sev1" }, "2026-11-01T12:00").metrics.firstResponse!;
    expect(m.calendarElapsed).toBe(25 * H);
    expect(m.elapsed).toBe(0);
  });
  it("stops at completion", () => {
    const t: Ticket = { createdAt: "2026-11-27T21:30", severity: "sev1", events: [{ type: "response", at: "2026-11-30T04:30" }] };
    expect(evaluateTicket(seed, t, "2026-12-01T12:00").metrics.firstResponse!.calendarElapsed).toBe(55 * H);
  });
});

describe("nextChangeAt: when a scheduler should look again", () => {
  it("the next threshold of a running metric", () => {
    // seed firstResponse 2 h from Fri 21:30; 75 % (90 min) is reached Mon 05:00
    expect(evaluateTicket(seed, fri2130, "2026-11-27T21:45").nextChangeAt).toEqual(et("2026-11-30T05:00"));
  });
  it("after the last threshold, the first millisecond over the target", () => {
    expect(evaluateTicket(seed, fri2130, "2026-11-30T05:10").nextChangeAt).toEqual(new Date(etMs("2026-11-30T05:30") + 1));
  });
  it("is exact: 1 ms before it nothing has changed, at it a threshold is reached", () => {
    const now = "2026-11-27T21:45";
    const next = evaluateTicket(seed, fri2130, now).nextChangeAt!.getTime();
    expect(evaluateTicket(seed, fri2130, next - 1).metrics.firstResponse!.thresholds[0]!.reached).toBe(false);
    expect(evaluateTicket(seed, fri2130, next).metrics.firstResponse!.thresholds[0]!.reached).toBe(true);
  });
  it("null when everything running is breached, completed or paused", () => {
    expect(evaluateTicket(seed, fri2130, "2026-11-30T07:00").nextChangeAt).toBeNull();
    const done: Ticket = { ...fri2130, events: [{ type: "response", at: "2026-11-30T04:10" }] };
    expect(evaluateTicket(seed, done, "2026-11-30T07:00").nextChangeAt).toBeNull();
    const paused: Ticket = { ...fri2130, events: [{ type: "pause", at: "2026-11-27T21:40" }] };
    expect(evaluateTicket(seed, paused, "2026-11-28T07:00").nextChangeAt).toBeNull();
  });
  it("null when the breach lies more than 100 years away", () => {
    // open one hour ever: Thursday 2026-12-31 16:00–17:00 UTC (special hours on a policy with no weekly hours)
    const once = definePolicy({ timezone: "UTC", hours: {}, holidays: [{ date: "2026-12-31", hours: [["16:00", "17:00"]] }], severities: { s: { targets: { firstResponse: "1h" } } } });
    const s = evaluateTicket(once, { createdAt: "2026-12-31T16:00Z", severity: "s" }, "2026-12-31T16:50Z");
    expect(s.metrics.firstResponse).toMatchObject({ status: "running", deadline: new Date("2026-12-31T17:00Z"), thresholds: [{ reached: true }] });
    expect(s.nextChangeAt).toBeNull();
  });
  it("a HorizonError, not null, when finding the breach needs a year outside holidayYears (never a silent answer)", () => {
    const weekdays = Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [["09:00", "17:00"]] as [string, string][]]));
    const covered = definePolicy({ timezone: "UTC", holidayYears: [2026, 2026], hours: weekdays, severities: { s: { targets: { firstResponse: "1h" } } } });
    const t: Ticket = { id: "T", createdAt: "2026-12-31T16:00Z", severity: "s" };
    // before 16:45 the next change is the 75 % threshold, inside 2026
    expect(evaluateTicket(covered, t, "2026-12-31T16:10Z").nextChangeAt).toEqual(new Date("2026-12-31T16:45Z"));
    // after it, the next change is the breach, in 2027 (whose holidays are unknown); the deadline itself is 17:00 on 2026-12-31
    expect(() => evaluateTicket(covered, t, "2026-12-31T16:50Z")).toThrow(HorizonError);
    expect(() => evaluateTicket(covered, t, "2026-12-31T16:50Z")).toThrow(/^ticket "T": this needs the calendar of 2027, but the policy's holidays are known only for 2026–2026/);
  });
  it("the year is the policy's local year: in Auckland the breach on Friday 1 January 09:00 is still 2026 in UTC", () => {
    const weekdays = Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [["09:00", "17:00"]] as [string, string][]]));
    const covered = definePolicy({ timezone: "Pacific/Auckland", holidayYears: [2026, 2026], hours: weekdays, severities: { s: { targets: { firstResponse: "1h" } } } });
    const t: Ticket = { createdAt: "2026-12-31T16:00", severity: "s" }; // Thu 16:00 NZDT = 03:00Z
    // the next change after 16:50 local is the breach at 2027-01-01T09:00 local = 2026-12-31T20:00Z
    expect(() => evaluateTicket(covered, t, "2026-12-31T16:50")).toThrow(/this needs the calendar of 2027, but the policy's holidays are known only for 2026–2026/);
    expect(evaluateTicket(covered, t, "2026-12-31T16:10").nextChangeAt).toEqual(new Date("2026-12-31T03:45Z"));
  });
  it("the earliest over every running metric", () => {
    // helpdesk sev1 from Mon 09:00, at 10:20: firstResponse (2 h) next reaches 75 % at 10:30;
    // agentWork (8 h) 50 % at 13:00; resolution (24 h) 50 % on Tuesday
    const s = evaluateTicket(helpdesk, { createdAt: "2026-11-30T09:00", severity: "sev1" }, "2026-11-30T10:20");
    expect(s.nextChangeAt).toEqual(et("2026-11-30T10:30"));
  });
});
