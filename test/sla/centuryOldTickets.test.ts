/**
 * Regression (issue 14, CONTRACT §12): every error thrown for a ticket names it (its id, or
 * `tickets[i]` in a batch), whatever its class; a ticket whose clocks would be measured across more
 * than 100 years is refused by name — per ticket in `evaluateMany`, which goes on with the others.
 */
import { describe, expect, it } from "vitest";
import { HorizonError, checkBreaches, definePolicy, evaluateMany, evaluateTicket, explainTicket, prioritize } from "../../src/index.js";
import { refCheckBreachesV2 } from "../reference/referenceSlaV2.js";
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

  it("in a batch, it is still refused by name when a clock may have changed after createdAt + 100 years (an event after it)", () => {
    const late = { ...old, events: [{ type: "response", at: "2026-01-05T10:00Z" }] };
    for (const f of [() => checkBreaches(p, [fresh, late], NOW), () => prioritize(p, [fresh, late], NOW)]) {
      const e = thrown(f);
      expect(e).toBeInstanceOf(HorizonError);
      expect(e.message).toMatch(/^tickets\[1\] \(id "OLD"\): its clocks would be measured across more than 100 calendar years/);
    }
  });

  it("the boundary is createdAt + 36,525 days exactly: an event at that instant is judged, one a millisecond later is refused", () => {
    const cap = Date.parse(old.createdAt) + 36_525 * DAY;
    const at = (t: number) => ({ ...old, events: [{ type: "pause" as const, at: t }] });
    expect(checkBreaches(p, [at(cap)], NOW).map((b) => b.metric)).toEqual(["firstResponse", "resolution"]);
    expect(() => checkBreaches(p, [at(cap + 1)], NOW)).toThrow(HorizonError);
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
