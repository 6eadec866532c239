/**
 * Regression (issue 14, CONTRACT §12): every error thrown for a ticket names it (its id, or
 * `tickets[i]` in a batch), whatever its class; a ticket whose clocks would be measured across more
 * than 100 years is refused by name — per ticket in `evaluateMany`, which goes on with the others.
 */
import { describe, expect, it } from "vitest";
import { HorizonError, checkBreaches, definePolicy, evaluateMany, evaluateTicket, explainTicket, prioritize } from "../../src/index.js";

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

  it("checkBreaches and prioritize keep stopping at the first bad ticket (use evaluateMany to go on), naming it", () => {
    for (const f of [() => checkBreaches(p, [fresh, old], NOW), () => prioritize(p, [fresh, old], NOW)]) {
      const e = thrown(f);
      expect(e).toBeInstanceOf(HorizonError);
      expect(e.message.startsWith('tickets[1] (id "OLD"): ')).toBe(true);
    }
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
