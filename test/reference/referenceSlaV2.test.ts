/**
 * The v2 SLA reference checked by hand on the seed policy's calendar (America/Toronto, EST = UTC−5
 * from 2026-11-01, open Mon–Fri 04:00–22:00): Fri 2026-11-27 · Sat 11-28 · Sun 11-29 · Mon 11-30 ·
 * Tue 12-01 · Wed 12-02. Every expected value below is derived from CONTRACT §6 by hand (the comment
 * beside it shows the arithmetic), not computed by code.
 */
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { definePolicy, evaluateTicket } from "../../src/index.js";
import type { Ticket } from "../../src/sla/types.js";
import { readSeverities, refEvaluateTicket } from "../deep/referenceSla.js";
import type { PolicyJson } from "../support/arbitraries.js";
import { abstractTicketArb, concreteTicket, slaModelPolicyArb } from "../support/slaArbitraries.js";
import { RefHorizonError, referenceOf } from "./referenceBusinessTime.js";
import { readSlaPolicy, refCheckBreachesV2, refEvaluateTicketV2, type RefEventV2, type RefTicketStatusV2, type RefTicketV2 } from "./referenceSlaV2.js";

const MIN = 60_000;
const H = 60 * MIN;
const ZONE = "America/Toronto";
const et = (text: string) => DateTime.fromISO(text, { zone: ZONE }).toMillis();

const definition = {
  timezone: ZONE,
  hours: Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [["04:00", "22:00"]]])),
  holidays: [{ region: "CA-ON", types: ["public"] }],
  maintenance: { windows: [{ weekly: ["sat"], from: "07:00", to: "09:00" }], pausesClocks: false },
  statuses: { new: {}, open: {}, pending: { pauses: true }, "on-hold": { pauses: ["resolution", "agentWork"] }, solved: { resolves: true } },
  timeIn: { agentWork: ["new", "open"], requesterWait: ["new", "open", "on-hold"] },
  warnAt: [0.5, 0.75, 0.9],
  severities: {
    sev1: { targets: { firstResponse: "2h", nextReply: "1h", agentWork: "8h", requesterWait: "12h", ownership: "3h", resolution: "24h" } },
    sev3: { targets: { firstResponse: "24h", resolution: { businessDays: 2, at: "17:00" } } },
    sev4: { targets: { resolution: { businessDays: 0, at: "12:00" } } },
  },
};
const clocks = {
  business: referenceOf(definition),
  calendar: referenceOf({ timezone: ZONE, hours: "24x7", maintenance: definition.maintenance }),
};
const policy = readSlaPolicy(definition);
const evaluate = (t: RefTicketV2, now: string) => refEvaluateTicketV2(clocks, policy, t, et(now));
const ev = (type: RefEventV2["type"], at: string, extra: Partial<RefEventV2> = {}): RefEventV2 => ({ type, at: et(at), ...extra });

describe("reference SLA v2 on the seed calendar, by hand", () => {
  // Mon 09:00 new → 09:30 open → 10:00 response → 10:30, 10:45 customer messages → 11:00 pending →
  // 13:00 open → 13:15 response → 14:00 on-hold; now 15:00.
  const ticket: RefTicketV2 = {
    id: "T-1",
    createdAt: et("2026-11-30T09:00"),
    severity: "sev1",
    events: [
      ev("status", "2026-11-30T09:30", { status: "open" }),
      ev("response", "2026-11-30T10:00"),
      ev("customerReply", "2026-11-30T10:30"),
      ev("customerReply", "2026-11-30T10:45"),
      ev("status", "2026-11-30T11:00", { status: "pending" }),
      ev("status", "2026-11-30T13:00", { status: "open" }),
      ev("response", "2026-11-30T13:15"),
      ev("status", "2026-11-30T14:00", { status: "on-hold" }),
    ],
  };
  const s = evaluate(ticket, "2026-11-30T15:00");

  it("the ticket is open in on-hold (it pauses only the metrics it lists)", () => {
    expect(s).toMatchObject({ id: "T-1", severity: "sev1", state: "open", status: "on-hold", breached: false, warning: false });
    expect(Object.keys(s.metrics).sort()).toEqual(["agentWork", "firstResponse", "nextReply", "requesterWait", "resolution"]);
  });

  it("pending stops every pausable clock: the ticket is paused", () => {
    expect(evaluate(ticket, "2026-11-30T12:00")).toMatchObject({ state: "paused", status: "pending" });
  });

  it("firstResponse: met at 10:00 with 1h of 2h; the unreached thresholds count on from the completion", () => {
    expect(s.metrics["firstResponse"]).toMatchObject({
      status: "met", elapsed: H, target: 2 * H, completedAt: et("2026-11-30T10:00"), deadline: et("2026-11-30T11:00"), calendarElapsed: H,
    });
    expect(s.metrics["firstResponse"]!.thresholds).toEqual([
      { fraction: 0.5, reached: true, at: et("2026-11-30T10:00") }, // 1h reached at the reply
      { fraction: 0.75, reached: false, at: et("2026-11-30T10:30") }, // 10:00 + 30m
      { fraction: 0.9, reached: false, at: et("2026-11-30T10:48") }, // 10:00 + 48m
    ]);
  });

  it("nextReply: from the oldest unanswered message (10:30) to the reply at 13:15, minus the pending stretch", () => {
    // 10:30–11:00 (30m) + 13:00–13:15 (15m) = 45m of 1h
    expect(s.metrics["nextReply"]).toMatchObject({
      status: "met", elapsed: 45 * MIN, target: H, completedAt: et("2026-11-30T13:15"), deadline: et("2026-11-30T13:30"), breaches: 0,
      calendarElapsed: 2 * H + 45 * MIN, warning: false,
    });
    expect(s.metrics["nextReply"]!.thresholds).toEqual([
      { fraction: 0.5, reached: true, at: et("2026-11-30T11:00") }, // 30m used when pending began
      { fraction: 0.75, reached: true, at: et("2026-11-30T13:15") }, // 45m exactly at the reply
      { fraction: 0.9, reached: false, at: et("2026-11-30T13:24") }, // 54m: 13:15 + 9m
    ]);
  });

  it("resolution and agentWork stop in on-hold (listed); requesterWait runs there", () => {
    // resolution: 09:00–11:00 + 13:00–14:00 = 3h, paused
    expect(s.metrics["resolution"]).toMatchObject({ status: "paused", elapsed: 3 * H, deadline: null, calendarElapsed: 6 * H });
    expect(s.metrics["resolution"]!.thresholds.map((t) => t.at)).toEqual([null, null, null]);
    // agentWork (new, open): the same 3h, paused (on-hold is not listed)
    expect(s.metrics["agentWork"]).toMatchObject({ status: "paused", elapsed: 3 * H, target: 8 * H, deadline: null });
    // requesterWait (new, open, on-hold): 09:00–11:00 + 13:00–15:00 = 4h of 12h, 8h left:
    // Mon 15:00–22:00 (7h) + Tue 04:00–05:00
    expect(s.metrics["requesterWait"]).toMatchObject({ status: "running", elapsed: 4 * H, remaining: 8 * H, deadline: et("2026-12-01T05:00") });
    expect(s.metrics["requesterWait"]!.thresholds).toEqual([
      { fraction: 0.5, reached: false, at: et("2026-11-30T17:00") }, // 6h: 2h more
      { fraction: 0.75, reached: false, at: et("2026-11-30T20:00") }, // 9h: 5h more
      { fraction: 0.9, reached: false, at: et("2026-11-30T21:48") }, // 10h48m: 6h48m more
    ]);
  });

  it("nextDeadline is the running requesterWait's; nextChangeAt its first threshold", () => {
    expect(s.nextDeadline).toBe(et("2026-12-01T05:00"));
    expect(s.nextChangeAt).toBe(et("2026-11-30T17:00"));
    // after its last threshold only the breach is left: the first ms past 12h, Tue 05:00:00.001
    expect(evaluate(ticket, "2026-11-30T21:50").nextChangeAt).toBe(et("2026-12-01T05:00") + 1);
  });

  it("entering a resolving status resolves; leaving it for an open status reopens (elapsed kept)", () => {
    const t: RefTicketV2 = {
      createdAt: et("2026-11-30T09:00"), severity: "sev1", status: "open",
      events: [ev("status", "2026-11-30T10:00", { status: "solved" }), ev("status", "2026-11-30T11:00", { status: "open" })],
    };
    const resolved = evaluate(t, "2026-11-30T10:30");
    expect(resolved).toMatchObject({ state: "resolved", status: "solved" });
    expect(resolved.metrics["resolution"]).toMatchObject({ status: "met", completedAt: et("2026-11-30T10:00"), elapsed: H });
    expect(resolved.metrics["firstResponse"]).toMatchObject({ status: "met", completedAt: et("2026-11-30T10:00") });
    const reopened = evaluate(t, "2026-11-30T12:00");
    expect(reopened).toMatchObject({ state: "open", status: "open" });
    // 09:00–10:00 + 11:00–12:00; calendarElapsed counts from creation
    expect(reopened.metrics["resolution"]).toMatchObject({ status: "running", completedAt: null, elapsed: 2 * H, calendarElapsed: 3 * H });
    expect(reopened.metrics["agentWork"]).toMatchObject({ status: "running", elapsed: 2 * H });
  });

  it("ownership: one stint per group; an assign to the same group changes nothing; breaches count stints", () => {
    const t: RefTicketV2 = {
      id: "T-2", createdAt: et("2026-11-30T09:00"), severity: "sev1", group: "tier1",
      events: [
        ev("assign", "2026-11-30T10:00", { group: "tier2" }),
        ev("assign", "2026-11-30T10:30", { group: "tier2" }),
        ev("assign", "2026-11-30T14:30", { group: "tier1" }),
      ],
    };
    const o = evaluate(t, "2026-11-30T15:00");
    // tier1 09:00–10:00 met; tier2 10:00–14:30 = 4h30m > 3h, breached at 13:00; tier1 again from 14:30
    expect(o.metrics["ownership"]).toMatchObject({
      group: "tier1", status: "running", elapsed: 30 * MIN, breaches: 1, deadline: et("2026-11-30T17:30"), calendarElapsed: 30 * MIN,
    });
    expect(o.metrics["ownership"]!.thresholds.map((x) => x.at)).toEqual([et("2026-11-30T16:00"), et("2026-11-30T16:45"), et("2026-11-30T17:12")]);
    // no reply: firstResponse (2h from 09:00) breached at 11:00; checkBreaches: firstResponse, then the stint
    expect(refCheckBreachesV2(clocks, policy, [t], et("2026-11-30T15:00"))).toEqual([
      { ticketId: "T-2", metric: "firstResponse", breachedAt: et("2026-11-30T11:00") },
      { ticketId: "T-2", metric: "ownership", breachedAt: et("2026-11-30T13:00") },
    ]);
    expect(o.breached).toBe(true);
    // no group at all: no ownership metric
    expect(evaluate({ ...t, group: undefined, events: [] }, "2026-11-30T15:00").metrics["ownership"]).toBeUndefined();
  });

  it("checkBreaches lists timeIn metrics last, in policy order, with the ticket's index when it has no id", () => {
    // created Mon 04:00, untouched until Tue 10:00 = 24h of business time: firstResponse (2h) at
    // Mon 06:00, agentWork (8h) at Mon 12:00, requesterWait (12h) at Mon 16:00, resolution (24h) not yet (= 24h)
    const t: RefTicketV2 = { createdAt: et("2026-11-30T04:00"), severity: "sev1", events: [] };
    expect(refCheckBreachesV2(clocks, policy, [t], et("2026-12-01T10:00"))).toEqual([
      { ticketId: "0", metric: "firstResponse", breachedAt: et("2026-11-30T06:00") },
      { ticketId: "0", metric: "agentWork", breachedAt: et("2026-11-30T12:00") },
      { ticketId: "0", metric: "requesterWait", breachedAt: et("2026-11-30T16:00") },
    ]);
    expect(evaluate(t, "2026-12-01T10:00").metrics["resolution"]).toMatchObject({ status: "running", remaining: 0, deadline: et("2026-12-01T10:00") });
  });

  it("nextReply: each unanswered customer message after a reply starts a cycle; breached cycles are counted and listed", () => {
    const t: RefTicketV2 = {
      id: "T-3", createdAt: et("2026-11-30T09:00"), severity: "sev1",
      events: [
        ev("response", "2026-11-30T09:30"),
        ev("customerReply", "2026-11-30T10:00"),
        ev("response", "2026-11-30T12:00"), // cycle 1: 2h of 1h, breached at 11:00
        ev("customerReply", "2026-11-30T13:00"),
        ev("response", "2026-11-30T13:30"), // cycle 2: 30m, met
        ev("customerReply", "2026-11-30T14:00"), // cycle 3
        ev("status", "2026-11-30T14:45", { status: "solved" }),
      ],
    };
    const running = evaluate(t, "2026-11-30T14:30");
    expect(running.metrics["nextReply"]).toMatchObject({ status: "running", elapsed: 30 * MIN, breaches: 1, deadline: et("2026-11-30T15:00"), calendarElapsed: 30 * MIN });
    expect(refCheckBreachesV2(clocks, policy, [t], et("2026-11-30T14:30"))).toEqual([{ ticketId: "T-3", metric: "nextReply", breachedAt: et("2026-11-30T11:00") }]);
    // the resolving status completes the running cycle (45m, met); nothing runs: no next change
    const solved = evaluate(t, "2026-11-30T16:00");
    expect(solved.metrics["nextReply"]).toMatchObject({ status: "met", elapsed: 45 * MIN, breaches: 1, completedAt: et("2026-11-30T14:45") });
    expect(solved).toMatchObject({ state: "resolved", status: "solved", nextChangeAt: null, nextDeadline: null, breached: true });
  });

  it("nextChangeAt is null when everything that runs is already breached", () => {
    // Mon 04:00, untouched until Wed 12:00: firstResponse, agentWork, requesterWait and resolution
    // (24h: Mon 18h + Tue 6h, breached at Tue 10:00) all overdue
    const t: RefTicketV2 = { createdAt: et("2026-11-30T04:00"), severity: "sev1", events: [] };
    const s2 = evaluate(t, "2026-12-02T12:00");
    expect(Object.values(s2.metrics).map((m) => m.status)).toEqual(["breached", "breached", "breached", "breached"]);
    expect(s2.metrics["resolution"]!.breachedAt).toBe(et("2026-12-01T10:00"));
    expect(s2.nextChangeAt).toBeNull();
    expect(s2.nextDeadline).toBe(et("2026-11-30T06:00")); // overdue deadlines count: the earliest
  });

  it("business-day target: resolved by 17:00 on the second business day", () => {
    // created Fri 21:30: D = Tue 17:00; target = Fri 30m + Mon 18h + Tue 13h = 31h30m
    const t: RefTicketV2 = { createdAt: et("2026-11-27T21:30"), severity: "sev3", events: [] };
    const s3 = evaluate(t, "2026-11-30T12:00");
    // elapsed 30m + Mon 04:00–12:00 = 8h30m
    expect(s3.metrics["resolution"]).toMatchObject({ target: 31.5 * H, elapsed: 8.5 * H, status: "running", deadline: et("2026-12-01T17:00") });
    expect(s3.metrics["resolution"]!.thresholds.map((x) => x.at)).toEqual([
      et("2026-11-30T19:15"), // 15h45m: 7h15m more
      et("2026-12-01T09:07:30"), // 23h37m30s: 15h07m30s more (10h Mon + 5h07m30s Tue)
      et("2026-12-01T13:51"), // 28h21m: 19h51m more
    ]);
    // firstResponse 24h: 15h30m more = Mon 22:00 + Tue 5h30m; its first threshold (12h) at Mon 15:30
    expect(s3.metrics["firstResponse"]).toMatchObject({ deadline: et("2026-12-01T09:30") });
    expect(s3.nextChangeAt).toBe(et("2026-11-30T15:30"));
    expect(s3.nextDeadline).toBe(et("2026-12-01T09:30"));
    // no ticket.status: it starts in the first status listed
    expect(s3.status).toBe("new");
  });

  it("business-day target with n = 0 after `at`: target 0, breached from the start", () => {
    const t: RefTicketV2 = { createdAt: et("2026-11-30T13:00"), severity: "sev4", events: [] };
    const r = evaluate(t, "2026-11-30T13:01").metrics["resolution"]!;
    expect(r).toMatchObject({ target: 0, elapsed: MIN, status: "breached", breachedAt: et("2026-11-30T13:00"), percentUsed: Number.POSITIVE_INFINITY });
    expect(r.thresholds.every((x) => x.reached && x.at === et("2026-11-30T13:00"))).toBe(true);
    // n = 0 before `at`: the business time to noon that day (08:00 → 12:00 = 4h)
    const early = evaluate({ ...t, createdAt: et("2026-11-30T08:00") }, "2026-11-30T09:00").metrics["resolution"]!;
    expect(early).toMatchObject({ target: 4 * H, elapsed: H, deadline: et("2026-11-30T12:00") });
  });

  it("a pause event holds the ticket until resume, even when the status changes meanwhile", () => {
    const t: RefTicketV2 = {
      createdAt: et("2026-11-30T09:00"), severity: "sev1", status: "open",
      events: [ev("pause", "2026-11-30T10:00"), ev("status", "2026-11-30T10:30", { status: "new" }), ev("resume", "2026-11-30T11:00")],
    };
    expect(evaluate(t, "2026-11-30T10:45")).toMatchObject({ state: "paused" });
    expect(evaluate(t, "2026-11-30T12:00").metrics["resolution"]).toMatchObject({ elapsed: 2 * H }); // 09–10, 11–12
    // a pause event inside pending holds the ticket after it leaves pending, until the resume
    const held: RefTicketV2 = {
      createdAt: et("2026-11-30T09:00"), severity: "sev1", status: "pending",
      events: [ev("pause", "2026-11-30T09:30"), ev("status", "2026-11-30T10:00", { status: "open" }), ev("resume", "2026-11-30T11:00")],
    };
    expect(evaluate(held, "2026-11-30T10:30")).toMatchObject({ state: "paused", status: "open" });
    expect(evaluate(held, "2026-11-30T12:00").metrics["resolution"]).toMatchObject({ elapsed: H }); // 11–12 only
    // a resume does not end a pausing status's pause
    const resumed: RefTicketV2 = { ...held, events: [ev("resume", "2026-11-30T09:30")] };
    expect(evaluate(resumed, "2026-11-30T10:30")).toMatchObject({ state: "paused", status: "pending" });
  });

  it("a resolve event keeps the status; a non-resolving status event then reopens; the status in force again changes nothing", () => {
    const t: RefTicketV2 = {
      createdAt: et("2026-11-30T09:00"), severity: "sev1", status: "open",
      events: [ev("resolve", "2026-11-30T10:00"), ev("status", "2026-11-30T10:30", { status: "open" }), ev("status", "2026-11-30T11:00", { status: "on-hold" })],
    };
    expect(evaluate(t, "2026-11-30T10:45")).toMatchObject({ state: "resolved", status: "open" });
    const s2 = evaluate(t, "2026-11-30T12:00");
    expect(s2).toMatchObject({ state: "open", status: "on-hold" });
    // reopened at 11:00 in on-hold: resolution (listed by on-hold) stays stopped; requesterWait counts 11–12
    expect(s2.metrics["resolution"]).toMatchObject({ status: "paused", elapsed: H, completedAt: null });
    expect(s2.metrics["requesterWait"]).toMatchObject({ status: "running", elapsed: 2 * H });
  });
});

describe("on a policy without the v2 keys, the v2 reference agrees with the v1 reference (test/deep/referenceSla.ts)", () => {
  /** The v1 part of a generated policy: the three old metrics with duration targets, one warnAt. */
  function v1Of(def: PolicyJson): PolicyJson {
    const { statuses: _s, timeIn: _t, warnAt, severities, ...rest } = def as PolicyJson & { severities: Record<string, { targets: Record<string, unknown> }> };
    const out: PolicyJson = { ...rest, severities: {} };
    for (const [key, sev] of Object.entries(severities)) {
      const targets = Object.fromEntries(
        Object.entries(sev.targets).filter(([m, t]) => ["firstResponse", "update", "resolution"].includes(m) && !(typeof t === "object" && t !== null && "businessDays" in t)),
      );
      (out["severities"] as Record<string, unknown>)[key] = { targets };
    }
    if (typeof warnAt === "number") out["warnAt"] = warnAt;
    return out;
  }

  it("a zero target is reached where its run starts, even when the ticket was resolved at creation and reopened (seed 246421732)", () => {
    // Found by that seed: the v1 reference took the first counted stretch's start (the reopen, 1 ms
    // later) as the instant a zero resolution target was reached; docs/sla.md says a zero target is
    // reached at the start, as the v2 reference and evaluateTicket answer.
    const def: PolicyJson = { timezone: "America/Toronto", hours: { sat: [["00:00", "00:15"]] }, severities: { s3: { targets: { resolution: 0 } } } };
    const c = { business: referenceOf(def), calendar: referenceOf({ timezone: "America/Toronto", hours: "24x7" }) };
    const created = Date.UTC(2024, 2, 10, 7); // 03:00 EDT, the instant the clocks spring forward
    const ticket = { createdAt: created, severity: "s3", events: [{ type: "resolve", at: created }, { type: "reopen", at: created + 1 }] };
    const old = refEvaluateTicket(c, readSeverities(def as never), 0.75, ticket as never, created + 2);
    const neu = refEvaluateTicketV2(c, readSlaPolicy(def), ticket as RefTicketV2, created + 2);
    const lib = evaluateTicket(definePolicy(def), ticket as Ticket, created + 2);
    expect(old.metrics["resolution"]).toMatchObject({ status: "running", elapsed: 0, deadline: created });
    expect(neu.metrics["resolution"]).toMatchObject({ status: "running", elapsed: 0, deadline: created });
    expect(lib.metrics.resolution).toMatchObject({ status: "running", elapsed: 0, deadline: new Date(created) });
  });

  it("on every v1 field, over random calendars and event logs", () => {
    let compared = 0;
    fc.assert(
      fc.property(slaModelPolicyArb, fc.array(abstractTicketArb, { minLength: 20, maxLength: 20 }), ({ def: full, anchors }, tickets) => {
        const def = v1Of(full);
        const calendarDef: PolicyJson = { timezone: def.timezone, hours: "24x7", ...(def.maintenance !== undefined && { maintenance: def.maintenance }) };
        const c = { business: referenceOf(def), calendar: referenceOf(calendarDef) };
        fc.pre(anchors.every((a) => c.business.businessTimeBetween(a, a + 21 * 24 * H) > 0 && c.calendar.businessTimeBetween(a, a + 21 * 24 * H) > 0));
        const v2 = readSlaPolicy(def);
        const v1 = readSeverities(def as never);
        const warnAt = (def["warnAt"] as number | undefined) ?? 0.75;
        for (const a of tickets) {
          const createdAt = anchors[a.created % anchors.length]!;
          const { ticket, now } = concreteTicket({ ...a, group: undefined, events: a.events.filter((e) => !["status", "customerReply", "assign"].includes(e.type)) }, createdAt, [], null);
          const run = (f: () => unknown) => {
            try {
              return f();
            } catch (e) {
              if (e instanceof RefHorizonError) return "horizon";
              throw e;
            }
          };
          const old = run(() => refEvaluateTicket(c, v1, warnAt, ticket as never, now));
          const neu = run(() => refEvaluateTicketV2(c, v2, ticket as RefTicketV2, now)) as RefTicketStatusV2 | "horizon";
          if (old === "horizon" || neu === "horizon") {
            expect(neu).toBe(old);
            continue;
          }
          const { nextChangeAt: _n, status: _st, ...rest } = neu;
          const metrics = Object.fromEntries(Object.entries(rest.metrics).map(([k, m]) => {
            const { thresholds: _th, calendarElapsed: _ce, ...v1Fields } = m;
            return [k, v1Fields];
          }));
          expect({ ...rest, metrics }).toEqual(old);
          compared++;
        }
      }),
      { numRuns: 15 },
    );
    expect(compared).toBeGreaterThan(200);
  });
});

describe("deep seed 734213: a breach that never comes is not a change (nextChangeAt), on both sides", () => {
  // The policy's only business time is 2030-01-02 09:00–17:00 UTC: 8 h, exactly the resolution
  // target. The deadline is 17:00 (the 8th hour is complete), the 75 % threshold 15:00; the first ms
  // over the target would need an 8 h + 1 ms of business time that no date within 100 years has,
  // so it is ignored (docs/sla.md §12.6: null rather than a HorizonError).
  const def = {
    timezone: "UTC",
    hours: {},
    holidays: [{ date: "2030-01-02", hours: [["09:00", "17:00"]] }],
    severities: { s1: { targets: { resolution: "8h" } } },
  };
  const both = { business: referenceOf(def), calendar: referenceOf({ timezone: "UTC", hours: "24x7" }) };
  const refPolicy = readSlaPolicy(def);
  const real = definePolicy(def);
  const t = { id: "T-1", createdAt: Date.UTC(2030, 0, 1), severity: "s1", events: [] };

  it("before the threshold: nextChangeAt is the threshold (15:00), the deadline 17:00", () => {
    const now = Date.UTC(2030, 0, 1, 12);
    const ref = refEvaluateTicketV2(both, refPolicy, t, now);
    expect(ref.nextChangeAt).toBe(Date.UTC(2030, 0, 2, 15));
    expect(ref.metrics["resolution"]!.deadline).toBe(Date.UTC(2030, 0, 2, 17));
    const s = evaluateTicket(real, t, now);
    expect(s.nextChangeAt).toEqual(new Date(Date.UTC(2030, 0, 2, 15)));
    expect(s.metrics.resolution!.deadline).toEqual(new Date(Date.UTC(2030, 0, 2, 17)));
  });

  it("after it: nextChangeAt is null on both sides, and so at the deadline itself (elapsed = target is not over it)", () => {
    for (const now of [Date.UTC(2030, 0, 2, 16), Date.UTC(2030, 0, 2, 17), Date.UTC(2030, 0, 3)]) {
      const ref = refEvaluateTicketV2(both, refPolicy, t, now);
      expect(ref.nextChangeAt).toBeNull();
      expect(ref.metrics["resolution"]!.status).toBe("running");
      const s = evaluateTicket(real, t, now);
      expect(s.nextChangeAt).toBeNull();
      expect(s.metrics.resolution!.status).toBe("running");
    }
  });

  it("with holidayYears that stop before those 100 years, finding that out is the coverage HorizonError", () => {
    const covered = { ...def, holidayYears: [2025, 2040] };
    const c = { business: referenceOf(covered), calendar: both.calendar };
    expect(() => refEvaluateTicketV2(c, readSlaPolicy(covered), t, Date.UTC(2030, 0, 2, 16))).toThrow(RefHorizonError);
    expect(() => evaluateTicket(definePolicy(covered), t, Date.UTC(2030, 0, 2, 16))).toThrow(/holidayYears|2040/);
  });
});
