/**
 * Regression (issue 14, CONTRACT §12): every error thrown for a ticket names it (its id, or
 * `tickets[i]` in a batch), whatever its class; a ticket whose clocks would be measured across more
 * than 100 years is refused by name — per ticket in `evaluateMany`, which goes on with the others —
 * and judged by `checkBreaches` and `prioritize`, with the others, whatever its events.
 */
import { describe, expect, it } from "vitest";
import { HorizonError, checkBreaches, definePolicy, evaluateMany, evaluateTicket, explainTicket, prioritize } from "../../src/index.js";
import { clocksAcross } from "../reference/referenceAcross.js";
import { refCheckBreachesV2, refEvaluationV2 } from "../reference/referenceSlaV2.js";
import { compiledOf } from "../../src/calendar/definePolicy.js";
import { subjectOf } from "../support/slaModelAgreement.js";

const DAY = 86_400_000;
const WEEKDAYS = { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]] } as const;

const p = definePolicy({ timezone: "UTC", hours: "24x7", severities: { s1: { targets: { firstResponse: "2h", resolution: "8h" } } } });
const NOW = "2026-03-02T12:00Z";
const old = { id: "OLD", createdAt: "1900-01-01T00:00Z", severity: "s1" };
const fresh = { id: "NEW", createdAt: "2026-03-02T08:00Z", severity: "s1" };
const refusal = /its clocks would be measured across more than 100 calendar years \(36,525 days\): from createdAt 1900-01-01T00:00:00\.000Z to 2026-03-02T12:00:00\.000Z/;

function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("did not throw");
}

describe("a ticket open for more than 100 years before now", () => {
  it("evaluateTicket and explainTicket refuse it with a HorizonError that names it and says why", () => {
    for (const f of [() => evaluateTicket(p, old, NOW), () => explainTicket(p, old, NOW)]) {
      const e = thrown(f);
      expect(e).toBeInstanceOf(HorizonError);
      expect(e.message.startsWith('ticket "OLD": ')).toBe(true);
      expect(e.message).toMatch(refusal);
    }
    const anonymous = thrown(() => evaluateTicket(p, { createdAt: old.createdAt, severity: "s1" }, NOW));
    expect(anonymous.message.startsWith("ticket: its clocks")).toBe(true);
  });

  it("evaluateMany refuses it as that ticket's error, named by index and id, and evaluates the others", () => {
    const out = [...evaluateMany(p, [fresh, old, { createdAt: old.createdAt, severity: "s1" }, fresh], NOW)];
    expect(out.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(out[0]!.status!.metrics.firstResponse!.status).toBe("breached");
    expect(out[1]!.id).toBe("OLD");
    expect(out[1]!.error).toBeInstanceOf(HorizonError);
    expect(out[1]!.error!.message.startsWith('tickets[1] (id "OLD"): ')).toBe(true);
    expect(out[1]!.error!.message).toMatch(refusal);
    expect(out[2]!.error!.message.startsWith("tickets[2]: its clocks")).toBe(true);
    expect(out[3]!.status).toEqual(out[0]!.status);
  });

  it("checkBreaches and prioritize judge it with the others: its breaches are breaches, none is lost", () => {
    const breaches = checkBreaches(p, [fresh, old], NOW);
    expect(breaches.map((b) => [b.ticketId, b.metric, b.breachedAt.toISOString()])).toEqual([
      ["NEW", "firstResponse", "2026-03-02T10:00:00.000Z"],
      ["OLD", "firstResponse", "1900-01-01T02:00:00.000Z"],
      ["OLD", "resolution", "1900-01-01T08:00:00.000Z"],
    ]);
    // the one whose deadline passed longest ago comes first
    expect(prioritize(p, [fresh, old], NOW).map((t) => t.id)).toEqual(["OLD", "NEW"]);
  });

  it("in a batch, its numbers are those at createdAt + 100 years, as the v2 reference gives them there, when nothing can change after", () => {
    // Europe/Paris weekdays 09–17; one ticket breached in 1925, one paused before its targets ran out
    const def = { timezone: "Europe/Paris", hours: WEEKDAYS, severities: { s1: { targets: { firstResponse: "2h", update: "4h", resolution: "40h" } } } };
    const s = subjectOf(def as never);
    const breached = { id: "B", createdAt: Date.parse("1925-03-02T08:00Z"), severity: "s1", events: [{ type: "response", at: Date.parse("1925-03-02T09:00Z") }] };
    const paused = { id: "P", createdAt: Date.parse("1925-03-02T08:00Z"), severity: "s1", events: [{ type: "pause", at: Date.parse("1925-03-02T09:00Z") }] };
    const now = Date.parse("2026-03-04T12:00Z");
    const cap = Date.parse("1925-03-02T08:00Z") + 36_525 * DAY;
    const tickets = [breached, paused];
    const real = checkBreaches(s.policy, tickets as never, now).map((b) => ({ ticketId: b.ticketId, metric: b.metric, breachedAt: b.breachedAt.getTime() }));
    expect(real).toEqual(refCheckBreachesV2(s.clocks, s.ref, tickets as never, cap));
    expect(real.map((b) => `${b.ticketId} ${b.metric}`)).toEqual(["B update", "B resolution"]);
    expect(prioritize(s.policy, tickets as never, now).map((t) => t.id)).toEqual(["B", "P"]);
  });

  it("in a batch, a ticket whose clocks changed after createdAt + 100 years is judged too, as the reference measures it across the centuries, and none is lost", () => {
    const def = { timezone: "Europe/Paris", hours: WEEKDAYS, severities: { s1: { targets: { firstResponse: "2h", update: "4h", resolution: "40h" } } } };
    const s = subjectOf(def as never);
    const created = Date.parse("1925-03-02T08:00Z"); // Monday 09:00 in Paris
    const at = (iso: string) => Date.parse(iso);
    const tickets = [
      // answered a century late, then updated: its first response breached in 1925, its update cycle in 2026
      { id: "A", createdAt: created, severity: "s1", events: [{ type: "response", at: at("2026-03-02T09:00Z") }, { type: "update", at: at("2026-03-03T09:00Z") }] },
      // paused after an hour in 1925, resumed in 2026: its clocks count on from the hour they had
      { id: "B", createdAt: created, severity: "s1", events: [{ type: "pause", at: at("1925-03-02T09:00Z") }, { type: "resume", at: at("2026-03-02T12:00Z") }] },
      // created in 1900, resolved in 2026: a completed run 126 years long
      { id: "C", createdAt: at("1900-01-01T08:00Z"), severity: "s1", events: [{ type: "response", at: at("1900-01-01T09:00Z") }, { type: "resolve", at: at("2026-01-05T10:00Z") }] },
      { id: "NEW", createdAt: at("2026-03-03T08:00Z"), severity: "s1", events: [] },
    ];
    const now = at("2026-03-04T12:00Z");
    const clocks = clocksAcross(s.clocks);
    const real = checkBreaches(s.policy, tickets as never, now).map((b) => ({ ticketId: b.ticketId, metric: b.metric, breachedAt: b.breachedAt.getTime() }));
    expect(real).toEqual(refCheckBreachesV2(clocks, s.ref, tickets as never, now));
    expect(real.map((b) => `${b.ticketId} ${b.metric} ${new Date(b.breachedAt).toISOString()}`)).toEqual([
      // Paris kept UTC in 1925: opening at 09:00Z, the first response due 11:00Z, 40 h by Friday 17:00Z
      "A firstResponse 1925-03-02T11:00:00.000Z",
      // 2026, UTC+1: each cycle from 10:00 Paris (09:00Z) runs out at 14:00 Paris (13:00Z)
      "A update 2026-03-02T13:00:00.000Z",
      "A update 2026-03-03T13:00:00.000Z",
      "A resolution 1925-03-06T17:00:00.000Z",
      // paused at the opening instant (nothing counted in 1925), resumed at 13:00 Paris: due 15:00 Paris;
      // its resolution has counted 16 h of 40 by now
      "B firstResponse 2026-03-02T14:00:00.000Z",
      // Paris Mean Time in 1900 (UTC+00:09:21): 40 h from Monday 09:00 local end Friday 17:00 local
      "C update 1900-01-01T13:00:00.000Z",
      "C resolution 1900-01-05T16:50:39.000Z",
      "NEW firstResponse 2026-03-03T10:00:00.000Z",
    ]);
    // prioritize: by the reference's nextDeadline, then createdAt
    const next = tickets.map((t) => refEvaluationV2(clocks, s.ref, t as never, now).status.nextDeadline ?? Number.POSITIVE_INFINITY);
    const byDeadline = tickets.map((t, i) => [next[i]!, t.createdAt, t.id] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]).map((x) => x[2]);
    expect(prioritize(s.policy, tickets as never, now).map((t) => t.id)).toEqual(byDeadline);
    // evaluateTicket still refuses what it would have to show measured across the century
    expect(() => evaluateTicket(s.policy, tickets[0] as never, now)).toThrow(/^ticket "A": its clocks would be measured across more than 100 calendar years/);
  });

  it("in a batch, a count that reaches its target exactly where a stretch past the century ends is reached there, not where counting resumes", () => {
    const s = subjectOf({ timezone: "UTC", hours: "24x7", severities: { s1: { targets: { firstResponse: "2h", resolution: "8h" } } } } as never);
    const at = (iso: string) => Date.parse(iso);
    const tickets = [
      // 1 h in 1900; paused until 2026, then 1 h more reaches the 2 h exactly at 10:00, as it pauses again
      { id: "EXACT", createdAt: at("1900-01-01T00:00Z"), severity: "s1", events: [
        { type: "pause", at: at("1900-01-01T01:00Z") }, { type: "resume", at: at("2026-03-02T09:00Z") },
        { type: "pause", at: at("2026-03-02T10:00Z") }, { type: "resume", at: at("2026-03-02T11:00Z") },
      ] },
      // 30 min in 1900, 1 h in 2026 until the response: met with 1.5 h of 2; what runs after the
      // response counts for resolution only
      { id: "MET", createdAt: at("1900-01-01T00:00Z"), severity: "s1", events: [
        { type: "pause", at: at("1900-01-01T00:30Z") }, { type: "resume", at: at("2026-03-02T09:00Z") }, { type: "response", at: at("2026-03-02T10:00Z") },
      ] },
    ];
    const now = at("2026-03-02T12:00Z");
    const real = checkBreaches(s.policy, tickets as never, now).map((b) => ({ ticketId: b.ticketId, metric: b.metric, breachedAt: b.breachedAt.getTime() }));
    expect(real).toEqual(refCheckBreachesV2(clocksAcross(s.clocks), s.ref, tickets as never, now));
    expect(real.map((b) => `${b.ticketId} ${b.metric} ${new Date(b.breachedAt).toISOString()}`)).toEqual(["EXACT firstResponse 2026-03-02T10:00:00.000Z"]);
  });

  it("in a batch, a stretch past the century holding less than its target is measured where it lies, even when the target could not be reached within 100 years of its start", () => {
    // 18,000 days of 24 h (432,000 h) is about 208 years of weekday hours: counting it on from any
    // instant runs past the 100-year horizon
    const long = definePolicy({ timezone: "UTC", hours: WEEKDAYS, severities: { s1: { targets: { firstResponse: "18000d" } } } });
    // counting from 1200 to 1260 (60 years, 124,800 h), paused since: not breached, and no deadline while paused
    const sixty = { id: "SIXTY", createdAt: "1000-01-06T10:00Z", severity: "s1", events: [
      { type: "pause", at: "1000-01-07T12:00Z" }, { type: "resume", at: "1200-01-01T00:00Z" }, { type: "pause", at: "1260-01-01T00:00Z" },
    ] };
    expect(checkBreaches(long, [sixty] as never, "1300-01-01T00:00Z")).toEqual([]);
    expect(prioritize(long, [sixty] as never, "1300-01-01T00:00Z").map((t) => t.id)).toEqual(["SIXTY"]);
    // a stretch of 150 years that does not reach the target within its first 100 cannot be judged
    // without measuring more than a century: refused, saying why
    const long150 = { ...sixty, events: [sixty.events[0]!, sixty.events[1]!, { type: "pause", at: "1350-01-01T00:00Z" }] };
    const e = thrown(() => checkBreaches(long, [long150] as never, "1400-01-01T00:00Z"));
    expect(e).toBeInstanceOf(HorizonError);
    expect(e.message).toMatch(/^tickets\[0\] \(id "SIXTY"\): deadline: no answer within 100 calendar years \(36,525 days\) of the starting instant; the policy's business time within them does not add up to the amount asked for/);
  });

  it("in a batch, judging it builds only the years its targets need, not every year its events span (work linear in its events)", () => {
    // a target of 18,000 days (about a century of weekday hours), the clock running one day every
    // 99 years from 1100 to 9990: every stretch is short, so each is measured where it lies
    const long = definePolicy({ timezone: "UTC", hours: WEEKDAYS, severities: { s1: { targets: { firstResponse: "18000d" } } } });
    const events: Array<{ type: string; at: string }> = [{ type: "pause", at: "1000-01-07T12:00Z" }];
    for (let y = 1100; y < 9990; y += 99) events.push({ type: "resume", at: `${y}-06-01T12:00Z` }, { type: "pause", at: `${y}-06-02T12:00Z` });
    const ticket = { id: "SPREAD", createdAt: "1000-01-06T10:00Z", severity: "s1", events };
    expect(checkBreaches(long, [ticket] as never, "9999-12-01T00:00Z")).toEqual([]);
    // (counting 18,000 days on from each resume instead built most of the 9,000 years: 25 s on the preset)
    const built = compiledOf(long).business.cache.totals.size;
    expect(built).toBeLessThan(1_000);
    // still exact: its running days hold far less than the target, so it is not breached; with a
    // target of 8 hours it is breached the next morning (7 hours from 10:00 on the 6th, then 1)
    const short = definePolicy({ timezone: "UTC", hours: WEEKDAYS, severities: { s1: { targets: { firstResponse: "8h" } } } });
    expect(checkBreaches(short, [ticket] as never, "9999-12-01T00:00Z").map((b) => b.breachedAt.toISOString())).toEqual(["1000-01-07T10:00:00.000Z"]);
  });

  it("in a batch, a zero target on a desk that never opens is judged as for a young ticket: reached at once, never breached", () => {
    const never = definePolicy({ timezone: "UTC", hours: {}, severities: { s1: { targets: { firstResponse: 0 } } } });
    for (const createdAt of ["1990-01-01T00:00Z", "1900-01-01T00:00Z"]) {
      expect(checkBreaches(never, [{ id: "Z", createdAt, severity: "s1" }], NOW)).toEqual([]);
      expect(prioritize(never, [{ id: "Z", createdAt, severity: "s1" }, fresh], NOW).map((t) => t.id)).toEqual(["Z", "NEW"]);
    }
  });

  it("the boundary is createdAt + 36,525 days exactly for evaluateTicket; checkBreaches judges on both sides of it", () => {
    const cap = Date.parse(old.createdAt) + 36_525 * DAY;
    const at = (t: number) => ({ ...old, events: [{ type: "pause" as const, at: t }] });
    expect(evaluateTicket(p, at(cap), cap).metrics.resolution!.elapsed).toBe(36_525 * DAY);
    expect(() => evaluateTicket(p, at(cap + 1), cap + 1)).toThrow(HorizonError);
    for (const t of [cap, cap + 1]) expect(checkBreaches(p, [at(t)], NOW).map((b) => b.metric)).toEqual(["firstResponse", "resolution"]);
  });

  it("a century-old ticket resolved long ago is judged as any other: nothing is measured beyond its first day", () => {
    const s = evaluateTicket(p, { ...old, events: [{ type: "resolve", at: "1900-01-01T09:00Z" }] }, NOW);
    expect(s.metrics.firstResponse!.status).toBe("breached");
    expect(s.metrics.firstResponse!.breachedAt).toEqual(new Date("1900-01-01T02:00Z"));
    expect(s.metrics.resolution!.status).toBe("breached");
    expect(s.metrics.resolution!.elapsed).toBe(9 * 3_600_000);
    expect(checkBreaches(p, [{ ...old, events: [{ type: "resolve", at: "1900-01-01T09:00Z" }] }], NOW).map((b) => b.metric)).toEqual(["firstResponse", "resolution"]);
  });

  it("a ticket exactly 100 calendar years (36,525 days) old is still judged", () => {
    const createdAt = Date.parse(NOW) - 36_525 * 86_400_000;
    const s = evaluateTicket(p, { createdAt, severity: "s1" }, NOW);
    expect(s.metrics.firstResponse!.breachedAt).toEqual(new Date(createdAt + 2 * 3_600_000));
    expect(s.metrics.resolution!.elapsed).toBe(36_525 * 86_400_000);
    expect(() => evaluateTicket(p, { createdAt: createdAt - 1, severity: "s1" }, NOW)).toThrow(HorizonError);
  });

  it("a ticket 1 ms older is refused in words that say why and what to do", () => {
    const createdAt = Date.parse(NOW) - 36_525 * 86_400_000 - 1;
    expect(thrown(() => evaluateTicket(p, { id: "OLD", createdAt, severity: "s1" }, NOW)).message).toBe(
      `ticket "OLD": its clocks would be measured across more than 100 calendar years (36,525 days): from createdAt ${new Date(createdAt).toISOString()} to ${new Date(NOW).toISOString()}; ` +
        "a ticket open that long is refused rather than judged; evaluate it at an earlier now, or close it",
    );
  });
});

describe("every error thrown for a ticket names it, whatever its class", () => {
  const closed = definePolicy({ timezone: "UTC", hours: {}, severities: { s1: { targets: { firstResponse: "2h" } } } });
  it("a deadline beyond the horizon (a policy with no business time) names the ticket", () => {
    const e = thrown(() => evaluateTicket(closed, { id: "X", createdAt: NOW, severity: "s1" }, NOW));
    expect(e).toBeInstanceOf(HorizonError);
    expect(e.message).toMatch(/^ticket "X": deadline: no answer within 100 calendar years/);
    const b = thrown(() => checkBreaches(closed, [{ createdAt: NOW, severity: "s1" }], NOW));
    expect(b.message).toMatch(/^tickets\[0\]: deadline: no answer within 100 calendar years/);
    const m = [...evaluateMany(closed, [{ id: "Y", createdAt: NOW, severity: "s1" }], NOW)][0]!;
    expect(m.error!.message).toMatch(/^tickets\[0\] \(id "Y"\): deadline: /);
  });
});
