/**
 * evaluateTicket on hand-computed timelines. Times are Toronto wall clock (EST); the seed preset
 * is open Mon–Fri 04:00–22:00, so Fri 22:00 → Mon 04:00 counts nothing on the business clock.
 */
import { describe, expect, it } from "vitest";
import type { Ticket } from "../../src/sla/types.js";
import { evaluateTicket } from "../../src/sla/evaluateTicket.js";
import { computeDeadline } from "../../src/sla/computeDeadline.js";
import { definePolicy, presets } from "../../src/index.js";
import { H, MIN, alwaysOpen, desk, et, etMs, seed } from "./slaFixtures.js";

const fri2130 = "2026-11-27T21:30";
const sev1FridayNight: Ticket = { id: "T-1", createdAt: fri2130, severity: "sev1" };

describe("first response on the seed: sev1 opened Fri 21:30, due Mon 05:30", () => {
  it("at Mon 05:00 it has used 90 of 120 min (30 Fri + 60 Mon): running, 75 %, warning at exactly warnAt", () => {
    const s = evaluateTicket(seed, sev1FridayNight, "2026-11-30T05:00");
    expect(s).toEqual({
      id: "T-1",
      severity: "sev1",
      state: "open",
      metrics: {
        firstResponse: {
          metric: "firstResponse", status: "running", target: 2 * H, elapsed: 90 * MIN, remaining: 30 * MIN, percentUsed: 75,
          deadline: et("2026-11-30T05:30"), breachedAt: null, completedAt: null, warning: true, breaches: 0,
          // v2 fields: 75 % reached at exactly Mon 05:00; Fri 21:30 → Mon 05:00 is 55.5 real hours
          thresholds: [{ fraction: 0.75, at: et("2026-11-30T05:00"), reached: true }], calendarElapsed: 55.5 * H,
        },
      },
      breached: false,
      warning: true,
      nextDeadline: et("2026-11-30T05:30"),
      nextChangeAt: new Date(etMs("2026-11-30T05:30") + 1), // the first ms over the target
    });
  });

  it("1 ms before 75 % there is no warning", () => {
    const s = evaluateTicket(seed, sev1FridayNight, etMs("2026-11-30T05:00") - 1);
    expect(s.metrics.firstResponse!.warning).toBe(false);
    expect(s.warning).toBe(false);
  });

  it("overdue and running at Mon 07:00: 3.5h used (30 min + 3h), breached at Mon 05:30, remaining −1.5h", () => {
    const s = evaluateTicket(seed, sev1FridayNight, "2026-11-30T07:00");
    expect(s.metrics.firstResponse).toMatchObject({
      status: "breached", elapsed: 3.5 * H, remaining: -1.5 * H, percentUsed: 175,
      deadline: et("2026-11-30T05:30"), breachedAt: et("2026-11-30T05:30"), completedAt: null, warning: false, breaches: 1,
    });
    expect(s.breached).toBe(true);
    expect(s.nextDeadline).toEqual(et("2026-11-30T05:30")); // overdue deadlines are included
  });

  it("answered Mon 05:00: met, completedAt Mon 05:00, deadline as it stood (Mon 05:30), no next deadline", () => {
    const s = evaluateTicket(seed, { ...sev1FridayNight, events: [{ type: "response", at: "2026-11-30T05:00" }] }, "2026-11-30T09:00");
    expect(s.metrics.firstResponse).toMatchObject({
      status: "met", elapsed: 90 * MIN, remaining: 30 * MIN, completedAt: et("2026-11-30T05:00"),
      deadline: et("2026-11-30T05:30"), breachedAt: null, warning: false, breaches: 0,
    });
    expect(s.nextDeadline).toBeNull();
    expect(s.warning).toBe(false);
  });

  it("answered Mon 06:00: breached, 2.5h used, breachedAt Mon 05:30", () => {
    const s = evaluateTicket(seed, { ...sev1FridayNight, events: [{ type: "response", at: "2026-11-30T06:00" }] }, "2026-11-30T09:00");
    expect(s.metrics.firstResponse).toMatchObject({ status: "breached", elapsed: 2.5 * H, breachedAt: et("2026-11-30T05:30"), completedAt: et("2026-11-30T06:00") });
    expect(s.breached).toBe(true);
  });

  it("docs/sla.md worked example: paused Mon 04:30–06:00, at 07:00 exactly 2h used (30 + 30 + 60 min), breached 1 ms later", () => {
    const t: Ticket = { ...sev1FridayNight, events: [{ type: "pause", at: "2026-11-30T04:30" }, { type: "resume", at: "2026-11-30T06:00" }] };
    expect(evaluateTicket(seed, t, "2026-11-30T07:00").metrics.firstResponse).toMatchObject({ status: "running", elapsed: 2 * H, remaining: 0, deadline: et("2026-11-30T07:00") });
    expect(evaluateTicket(seed, t, etMs("2026-11-30T07:00") + 1).metrics.firstResponse).toMatchObject({ status: "breached", breachedAt: et("2026-11-30T07:00") });
  });

  it("a response after now is ignored: at Mon 05:00 a reply logged for 05:10 has not happened yet", () => {
    const s = evaluateTicket(seed, { ...sev1FridayNight, events: [{ type: "response", at: "2026-11-30T05:10" }] }, "2026-11-30T05:00");
    expect(s.metrics.firstResponse!.status).toBe("running");
  });
});

describe("the deadline boundary: sev1 opened Mon 20:00 is due Mon 22:00 (the close)", () => {
  const t: Ticket = { createdAt: "2026-11-30T20:00", severity: "sev1" };
  it("at 22:00 elapsed = target: running, remaining 0, not breached", () => {
    const m = evaluateTicket(seed, t, "2026-11-30T22:00").metrics.firstResponse!;
    expect(m).toMatchObject({ status: "running", elapsed: 2 * H, remaining: 0, breachedAt: null, deadline: et("2026-11-30T22:00") });
  });
  it("overnight nothing runs: at Tue 03:00 it is still not breached, and the deadline stays Mon 22:00", () => {
    const m = evaluateTicket(seed, t, "2026-12-01T03:00").metrics.firstResponse!;
    expect(m).toMatchObject({ status: "running", remaining: 0, deadline: et("2026-11-30T22:00") });
  });
  it("1 ms of business time later (Tue 04:00:00.001) it is breached, at Mon 22:00", () => {
    const m = evaluateTicket(seed, t, etMs("2026-12-01T04:00") + 1).metrics.firstResponse!;
    expect(m).toMatchObject({ status: "breached", remaining: -1, breachedAt: et("2026-11-30T22:00") });
  });
});

describe("pauses (waiting on the customer), seed sev2 = 4h, opened Mon 09:00", () => {
  const base = { id: "P", createdAt: "2026-11-30T09:00", severity: "sev2" } as const;
  const paused: Ticket = { ...base, events: [{ type: "pause", at: "2026-11-30T10:00" }, { type: "resume", at: "2026-11-30T12:00" }] };

  it("pause 10:00–12:00, at 13:00: 2h used (09–10, 12–13), due 15:00", () => {
    const m = evaluateTicket(seed, paused, "2026-11-30T13:00").metrics.firstResponse!;
    expect(m).toMatchObject({ status: "running", elapsed: 2 * H, remaining: 2 * H, deadline: et("2026-11-30T15:00") });
  });

  it("paused now (11:00): status paused, deadline null, ticket paused with no next deadline", () => {
    const s = evaluateTicket(seed, paused, "2026-11-30T11:00");
    expect(s.state).toBe("paused");
    expect(s.metrics.firstResponse).toMatchObject({ status: "paused", elapsed: 1 * H, deadline: null });
    expect(s.nextDeadline).toBeNull();
  });

  it("events in any order give the same answer", () => {
    const reversed: Ticket = { ...paused, events: [...paused.events!].reverse() };
    expect(evaluateTicket(seed, reversed, "2026-11-30T13:00")).toEqual(evaluateTicket(seed, paused, "2026-11-30T13:00"));
  });

  it("a pause while paused is ignored: pause 10:00, pause 10:30, resume 11:00 → at 12:00, 2h used", () => {
    const t: Ticket = { ...base, events: [
      { type: "pause", at: "2026-11-30T10:00" }, { type: "pause", at: "2026-11-30T10:30" }, { type: "resume", at: "2026-11-30T11:00" },
    ] };
    expect(evaluateTicket(seed, t, "2026-11-30T12:00").metrics.firstResponse!.elapsed).toBe(2 * H);
  });

  it("a resume without a pause is ignored: resume 09:30 → at 10:00, 1h used", () => {
    const t: Ticket = { ...base, events: [{ type: "resume", at: "2026-11-30T09:30" }] };
    expect(evaluateTicket(seed, t, "2026-11-30T10:00").metrics.firstResponse).toMatchObject({ status: "running", elapsed: 1 * H });
  });

  it("a pause across the night: opened Mon 20:00, paused 21:00–Tue 05:00 → at Tue 06:00, 2h used, due Tue 08:00", () => {
    const t: Ticket = { createdAt: "2026-11-30T20:00", severity: "sev2", events: [{ type: "pause", at: "2026-11-30T21:00" }, { type: "resume", at: "2026-12-01T05:00" }] };
    expect(evaluateTicket(seed, t, "2026-12-01T06:00").metrics.firstResponse).toMatchObject({ elapsed: 2 * H, deadline: et("2026-12-01T08:00") });
  });

  it("paused after the deadline: breached wins over paused, and the overdue metric keeps its deadline (sev1 opened 09:00, paused 12:00, at 13:00)", () => {
    // CONTRACT §6: "status: paused and deadline: null while stopped (unless breached)"; §3: nextDeadline includes overdue metrics
    const t: Ticket = { createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ type: "pause", at: "2026-11-30T12:00" }] };
    const s = evaluateTicket(seed, t, "2026-11-30T13:00");
    expect(s.state).toBe("paused");
    expect(s.metrics.firstResponse).toMatchObject({ status: "breached", elapsed: 3 * H, deadline: et("2026-11-30T11:00"), breachedAt: et("2026-11-30T11:00") });
    expect(s.nextDeadline).toEqual(et("2026-11-30T11:00"));
    expect(s.nextChangeAt).toBeNull();
  });

  it("paused exactly at the target: not breached, so paused with no deadline (sev1 opened 09:00, paused 11:00, at 13:00)", () => {
    const t: Ticket = { createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ type: "pause", at: "2026-11-30T11:00" }] };
    const s = evaluateTicket(seed, t, "2026-11-30T13:00");
    expect(s.metrics.firstResponse).toMatchObject({ status: "paused", elapsed: 2 * H, remaining: 0, deadline: null, breachedAt: null });
    expect(s.nextDeadline).toBeNull();
  });

  it("resolving while paused ends the pause", () => {
    const t: Ticket = { ...base, events: [{ type: "pause", at: "2026-11-30T10:00" }, { type: "resolve", at: "2026-11-30T11:00" }] };
    const s = evaluateTicket(seed, t, "2026-11-30T12:00");
    expect(s.state).toBe("resolved");
    expect(s.metrics.firstResponse).toMatchObject({ status: "met", elapsed: 1 * H, completedAt: et("2026-11-30T11:00") });
  });
});

describe("re-triage re-targets live metrics from their original start", () => {
  it("up: sev3 (24h) opened Mon 09:00, raised to sev1 (2h) at 12:00 → breached retroactively at 11:00", () => {
    const t: Ticket = { createdAt: "2026-11-30T09:00", severity: "sev3", events: [{ type: "severity", at: "2026-11-30T12:00", severity: "sev1" }] };
    const s = evaluateTicket(seed, t, "2026-11-30T12:00");
    expect(s.severity).toBe("sev1");
    expect(s.metrics.firstResponse).toMatchObject({ target: 2 * H, elapsed: 3 * H, remaining: -1 * H, status: "breached", breachedAt: et("2026-11-30T11:00") });
    // a minute earlier the re-triage has not happened yet
    expect(evaluateTicket(seed, t, "2026-11-30T11:59").metrics.firstResponse).toMatchObject({ target: 24 * H, status: "running" });
  });

  it("down: sev1 opened Mon 09:00, lowered to sev3 at 10:00 → at 12:00 3h of 24h, due Tue 15:00 (13h Mon + 11h Tue)", () => {
    const t: Ticket = { createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ type: "severity", at: "2026-11-30T10:00", severity: "sev3" }] };
    expect(evaluateTicket(seed, t, "2026-11-30T12:00").metrics.firstResponse).toMatchObject({
      target: 24 * H, elapsed: 3 * H, status: "running", deadline: et("2026-12-01T15:00"),
    });
  });

  it("down after the deadline lifts the breach of a live metric (sev1 → sev3 at 11:30)", () => {
    const t: Ticket = { createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ type: "severity", at: "2026-11-30T11:30", severity: "sev3" }] };
    expect(evaluateTicket(seed, t, "2026-11-30T11:29").metrics.firstResponse!.status).toBe("breached");
    const s = evaluateTicket(seed, t, "2026-11-30T12:00");
    expect(s.metrics.firstResponse!.status).toBe("running");
    expect(s.breached).toBe(false);
  });

  it("a completed metric keeps its verdict: sev3 answered at 12:00 (3h, met), raised to sev1 at 13:00", () => {
    const t: Ticket = { createdAt: "2026-11-30T09:00", severity: "sev3", events: [
      { type: "response", at: "2026-11-30T12:00" }, { type: "severity", at: "2026-11-30T13:00", severity: "sev1" },
    ] };
    const s = evaluateTicket(seed, t, "2026-11-30T14:00");
    expect(s.severity).toBe("sev1");
    expect(s.metrics.firstResponse).toMatchObject({ status: "met", target: 24 * H, elapsed: 3 * H });
  });

  it("events at the same instant apply in input order: re-triage then reply is judged by the new severity", () => {
    const sev = { type: "severity", at: "2026-11-30T12:00", severity: "sev1" } as const;
    const reply = { type: "response", at: "2026-11-30T12:00" } as const;
    const first = evaluateTicket(seed, { createdAt: "2026-11-30T09:00", severity: "sev3", events: [sev, reply] }, "2026-11-30T13:00");
    const second = evaluateTicket(seed, { createdAt: "2026-11-30T09:00", severity: "sev3", events: [reply, sev] }, "2026-11-30T13:00");
    expect(first.metrics.firstResponse).toMatchObject({ status: "breached", target: 2 * H });
    expect(second.metrics.firstResponse).toMatchObject({ status: "met", target: 24 * H });
  });
});

describe("update cycles (desk sev1: update every 4 business hours)", () => {
  const late: Ticket = { id: "U", createdAt: "2026-11-30T09:00", severity: "sev1", events: [
    { type: "response", at: "2026-11-30T09:30" }, { type: "update", at: "2026-11-30T14:00" },
  ] };

  it("a late update: cycle 1 (09:30–14:00, 4.5h) breached at 13:30; cycle 2 from 14:00 at 17:00 is 3h in, warning", () => {
    const s = evaluateTicket(desk, late, "2026-11-30T17:00");
    expect(s.metrics.firstResponse).toMatchObject({ status: "met", elapsed: 30 * MIN });
    expect(s.metrics.update).toEqual({
      metric: "update", status: "running", target: 4 * H, elapsed: 3 * H, remaining: 1 * H, percentUsed: 75,
      deadline: et("2026-11-30T18:00"), breachedAt: null, completedAt: null, warning: true, breaches: 1,
      thresholds: [{ fraction: 0.75, at: et("2026-11-30T17:00"), reached: true }], calendarElapsed: 3 * H,
    });
    expect(s.breached).toBe(true); // a breached past cycle breaches the ticket
    expect(s.warning).toBe(true);
  });

  it("the first cycle starts at the first response: before it there is no update metric, and an early update is ignored", () => {
    const t: Ticket = { createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ type: "update", at: "2026-11-30T09:10" }] };
    expect(evaluateTicket(desk, t, "2026-11-30T09:20").metrics.update).toBeUndefined();
  });

  it("a cycle started Mon 20:00 is due Tue 06:00 (2h Monday + 2h Tuesday)", () => {
    const t: Ticket = { createdAt: "2026-11-30T19:00", severity: "sev1", events: [{ type: "response", at: "2026-11-30T20:00" }] };
    expect(evaluateTicket(desk, t, "2026-11-30T21:00").metrics.update!.deadline).toEqual(et("2026-12-01T06:00"));
  });

  it("a severity without an update target has no update metric (sev3)", () => {
    const t: Ticket = { createdAt: "2026-11-30T09:00", severity: "sev3", events: [{ type: "response", at: "2026-11-30T09:30" }] };
    const s = evaluateTicket(desk, t, "2026-11-30T17:00");
    expect(s.metrics.update).toBeUndefined();
    expect(Object.keys(s.metrics)).toEqual(["firstResponse", "resolution"]);
  });

  it("re-triage to a severity without an update target stops measuring the live cycle; past cycles stay", () => {
    const t: Ticket = { ...late, events: [...late.events!, { type: "severity", at: "2026-11-30T15:00", severity: "sev3" }] };
    const m = evaluateTicket(desk, t, "2026-11-30T16:00").metrics.update!;
    expect(m).toMatchObject({ status: "breached", completedAt: et("2026-11-30T14:00"), breachedAt: et("2026-11-30T13:30"), breaches: 1 });
  });
});

describe("resolve and reopen (desk sev2: first response 4h, update 8h, resolution 40h)", () => {
  const t: Ticket = { id: "R", createdAt: "2026-11-30T09:00", severity: "sev2", events: [
    { type: "response", at: "2026-11-30T10:00" },
    { type: "resolve", at: "2026-11-30T15:00" },
    { type: "reopen", at: "2026-12-01T09:00" },
  ] };

  it("while resolved (Mon 16:00): resolution met after 6h, its deadline as it stood (Wed 13:00); no next deadline", () => {
    // 34h left at Mon 15:00: 7h Mon (15–22) + 18h Tue + 9h Wed (04–13)
    const s = evaluateTicket(desk, t, "2026-11-30T16:00");
    expect(s.state).toBe("resolved");
    expect(s.metrics.resolution).toMatchObject({ status: "met", elapsed: 6 * H, completedAt: et("2026-11-30T15:00"), deadline: et("2026-12-02T13:00") });
    expect(s.metrics.update).toMatchObject({ status: "met", elapsed: 5 * H, completedAt: et("2026-11-30T15:00"), breaches: 0 });
    expect(s.nextDeadline).toBeNull();
  });

  it("reopened Tue 09:00, at Tue 11:00: resolution resumes (6h + 2h, due Thu 07:00), a new update cycle is due Tue 17:00", () => {
    // resolution: 32h left at Tue 11:00 = 11h Tue (11–22) + 18h Wed + 3h Thu (04–07)
    const s = evaluateTicket(desk, t, "2026-12-01T11:00");
    expect(s.state).toBe("open");
    expect(s.metrics.firstResponse).toMatchObject({ status: "met", elapsed: 1 * H });
    expect(s.metrics.resolution).toMatchObject({ status: "running", elapsed: 8 * H, remaining: 32 * H, deadline: et("2026-12-03T07:00"), completedAt: null });
    expect(s.metrics.update).toMatchObject({ status: "running", elapsed: 2 * H, deadline: et("2026-12-01T17:00"), breaches: 0 });
    expect(s.nextDeadline).toEqual(et("2026-12-01T17:00"));
  });

  it("a ticket resolved without a reply has its first response completed by the resolution", () => {
    const s = evaluateTicket(seed, { createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ type: "resolve", at: "2026-11-30T10:00" }] }, "2026-11-30T12:00");
    expect(s.metrics.firstResponse).toMatchObject({ status: "met", elapsed: 1 * H, completedAt: et("2026-11-30T10:00") });
  });

  it("replies while resolved, a second resolve and a reopen while open are ignored", () => {
    const noisy: Ticket = { createdAt: "2026-11-30T09:00", severity: "sev2", events: [
      { type: "reopen", at: "2026-11-30T09:30" },
      { type: "resolve", at: "2026-11-30T11:00" },
      { type: "response", at: "2026-11-30T12:00" },
      { type: "resolve", at: "2026-11-30T13:00" },
    ] };
    const s = evaluateTicket(desk, noisy, "2026-11-30T14:00");
    expect(s.metrics.firstResponse!.completedAt).toEqual(et("2026-11-30T11:00"));
    expect(s.metrics.resolution).toMatchObject({ completedAt: et("2026-11-30T11:00"), elapsed: 2 * H });
    expect(s.metrics.update).toBeUndefined();
  });
});

describe("calendar-clock targets", () => {
  it("desk sev1 resolution 3d (calendar, pausable) opened Fri 21:30, paused Sat 10:00–Sun 10:00: at Mon 12:00 38.5h used, due Tue 21:30", () => {
    // Fri 21:30 → Sat 10:00 = 12.5h; Sun 10:00 → Mon 12:00 = 26h; 72h + 24h paused → Tue 21:30
    const t: Ticket = { createdAt: fri2130, severity: "sev1", events: [{ type: "pause", at: "2026-11-28T10:00" }, { type: "resume", at: "2026-11-29T10:00" }] };
    expect(evaluateTicket(desk, t, "2026-11-30T12:00").metrics.resolution).toMatchObject({
      status: "running", elapsed: 38.5 * H, remaining: 33.5 * H, deadline: et("2026-12-01T21:30"),
    });
  });

  it("a non-pausable target keeps running through a pause: desk sev4 resolution 5d while first response is paused", () => {
    const t: Ticket = { createdAt: fri2130, severity: "sev4", events: [{ type: "pause", at: "2026-11-28T10:00" }] };
    const s = evaluateTicket(desk, t, "2026-11-30T12:00");
    expect(s.state).toBe("paused");
    expect(s.metrics.firstResponse).toMatchObject({ status: "paused", elapsed: 30 * MIN, deadline: null });
    expect(s.metrics.resolution).toMatchObject({ status: "running", elapsed: 62.5 * H, deadline: et("2026-12-02T21:30") });
    expect(s.nextDeadline).toEqual(et("2026-12-02T21:30"));
  });
});

describe("maintenance that pauses clocks (24x7 desk, Saturday 07:00–09:00)", () => {
  const t: Ticket = { createdAt: "2026-11-28T06:00", severity: "sev1" };
  it("inside the window the clock stands still but the ticket is not paused: at 08:00, 1h used, running, due 10:00", () => {
    const s = evaluateTicket(alwaysOpen, t, "2026-11-28T08:00");
    expect(s.state).toBe("open");
    expect(s.metrics.firstResponse).toMatchObject({ status: "running", elapsed: 1 * H, deadline: et("2026-11-28T10:00") });
  });
  it("at 10:00 not breached; 1 ms later breached at 10:00", () => {
    expect(evaluateTicket(alwaysOpen, t, "2026-11-28T10:00").metrics.firstResponse!.status).toBe("running");
    expect(evaluateTicket(alwaysOpen, t, etMs("2026-11-28T10:00") + 1).metrics.firstResponse).toMatchObject({ status: "breached", breachedAt: et("2026-11-28T10:00") });
  });
  it("the calendar-clock resolution (1d) stops in the window too: at Sun 08:00 exactly 24h used", () => {
    expect(evaluateTicket(alwaysOpen, t, "2026-11-29T08:00").metrics.resolution).toMatchObject({ elapsed: 24 * H, remaining: 0, status: "running" });
  });
});

describe("odds and ends", () => {
  it("now before createdAt evaluates at createdAt: nothing used, deadline from createdAt", () => {
    const s = evaluateTicket(seed, { createdAt: "2026-11-30T09:00", severity: "sev1" }, "2026-11-30T08:00");
    expect(s.metrics.firstResponse).toMatchObject({ elapsed: 0, status: "running", deadline: et("2026-11-30T11:00") });
  });
  it("a ticket without id has no id key; extra keys on tickets and events are ignored", () => {
    const t = { createdAt: "2026-11-30T09:00", severity: "sev1", subject: "VPN down", events: [{ type: "response", at: "2026-11-30T09:30", author: "ana" }] };
    const s = evaluateTicket(seed, t as Ticket, "2026-11-30T10:00");
    expect("id" in s).toBe(false);
    expect(s.metrics.firstResponse!.status).toBe("met");
  });
  it("does not mutate the ticket or its events", () => {
    const t: Ticket = { createdAt: "2026-11-30T09:00", severity: "sev2", events: [{ type: "resume", at: "2026-11-30T12:00" }, { type: "pause", at: "2026-11-30T10:00" }] };
    const copy = structuredClone(t);
    evaluateTicket(seed, t, "2026-11-30T13:00");
    expect(t).toEqual(copy);
  });
});

describe("a zero target: due at once (a target is a Duration, and a Duration may be 0)", () => {
  const now0 = definePolicy({ ...presets.auvikSupportV2, severities: { now: { targets: { firstResponse: 0 } } } });

  it("opened Mon 09:00: at 09:00 it is due, running, fully used; 1 ms later it is breached, at 09:00", () => {
    const t: Ticket = { createdAt: "2026-11-30T09:00", severity: "now" };
    expect(evaluateTicket(now0, t, "2026-11-30T09:00").metrics.firstResponse).toMatchObject({
      status: "running", elapsed: 0, remaining: 0, percentUsed: 100, warning: true, deadline: et("2026-11-30T09:00"), breachedAt: null,
    });
    expect(evaluateTicket(now0, t, "2026-11-30T09:00:00.001").metrics.firstResponse).toMatchObject({
      status: "breached", elapsed: 1, breachedAt: et("2026-11-30T09:00"), deadline: et("2026-11-30T09:00"),
    });
  });

  it("opened Sat 10:00 and answered Mon 03:00, before the desk opens: met, with nothing counted, due at its start", () => {
    const t: Ticket = { createdAt: "2026-11-28T10:00", severity: "now", events: [{ type: "response", at: "2026-11-30T03:00" }] };
    expect(evaluateTicket(now0, t, "2026-11-30T12:00").metrics.firstResponse).toMatchObject({
      status: "met", elapsed: 0, deadline: et("2026-11-28T10:00"), completedAt: et("2026-11-30T03:00"),
    });
    expect(computeDeadline(now0, { severity: "now", start: "2026-11-28T10:00" })).toEqual(et("2026-11-28T10:00"));
  });
});
