/**
 * Regression (issue 14, CONTRACT §12): every error thrown for a ticket names it (its id, or
 * `tickets[i]` in a batch), whatever its class; a ticket open for more than 100 years is judged like
 * any other — its clocks measured exactly across the centuries, its breach still a breach — so a
 * batch never loses the others to it. Only its timeline (`explainTicket`) is refused, by name.
 */
import { describe, expect, it } from "vitest";
import { HorizonError, addBusinessTime, checkBreaches, definePolicy, evaluateMany, evaluateTicket, explainTicket, prioritize } from "../../src/index.js";
import { refEvaluationV2 } from "../reference/referenceSlaV2.js";
import { canonical, subjectOf } from "../support/slaModelAgreement.js";

const H = 3_600_000;
const WEEKDAYS = { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]] } as const;
const DAY = 86_400_000;
const p = definePolicy({ timezone: "UTC", hours: "24x7", severities: { s1: { targets: { firstResponse: "2h", resolution: "8h" } } } });
const NOW = "2026-03-02T12:00Z";
const old = { id: "OLD", createdAt: "1900-01-01T00:00Z", severity: "s1" };
const fresh = { id: "NEW", createdAt: "2026-03-02T08:00Z", severity: "s1" };

function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("did not throw");
}

describe("a ticket open for more than 100 years before now", () => {
  it("evaluateTicket judges it: its breaches where they happened, elapsed measured across the whole span", () => {
    const s = evaluateTicket(p, old, NOW);
    expect(s.breached).toBe(true);
    expect(s.metrics.firstResponse).toMatchObject({ status: "breached", breachedAt: new Date("1900-01-01T02:00Z") });
    expect(s.metrics.resolution).toMatchObject({ status: "breached", breachedAt: new Date("1900-01-01T08:00Z") });
    expect(s.metrics.resolution!.elapsed).toBe(Date.parse(NOW) - Date.parse(old.createdAt)); // 24x7: every ms counts
  });

  it("on weekly hours, elapsed over 6,583 whole weeks is 6,583 working weeks", () => {
    // Monday 1900-01-01 to Monday 2026-03-02, Mon–Fri 09:00–17:00 UTC: 40 h a week
    const weekly = definePolicy({ timezone: "UTC", hours: WEEKDAYS, severities: { s1: { targets: { resolution: "8h" } } } });
    const to = "2026-03-02T00:00Z";
    const weeks = (Date.parse(to) - Date.parse(old.createdAt)) / (7 * DAY);
    expect(Number.isInteger(weeks)).toBe(true);
    const r = evaluateTicket(weekly, old, to).metrics.resolution!;
    expect(r.elapsed).toBe(weeks * 40 * H);
    expect(r.breachedAt).toEqual(addBusinessTime(weekly, old.createdAt, "8h"));
  });

  it("agrees with the v2 reference on a ticket 101 years old, with a pause across the century mark", () => {
    const def = { timezone: "Europe/Paris", hours: WEEKDAYS, severities: { s1: { targets: { firstResponse: "2h", resolution: { duration: "40h", pausable: true } } } } };
    const s = subjectOf(def as never);
    const ticket = { id: "T", createdAt: Date.parse("1925-03-02T08:00Z"), severity: "s1", events: [{ type: "pause", at: Date.parse("1925-03-04T10:00Z") }, { type: "resume", at: Date.parse("1926-01-04T10:00Z") }] };
    const now = Date.parse("2026-03-04T12:00Z");
    const real = evaluateTicket(s.policy, ticket as never, now);
    expect(JSON.parse(canonical(real))).toEqual(JSON.parse(canonical(refEvaluationV2(s.clocks, s.ref, ticket as never, now).status)));
    expect(real.metrics.resolution!.status).toBe("breached");
  });

  it("evaluateMany, checkBreaches and prioritize judge it with the others, losing none", () => {
    const out = [...evaluateMany(p, [fresh, old, fresh], NOW)];
    expect(out.map((r) => [r.index, r.error])).toEqual([[0, undefined], [1, undefined], [2, undefined]]);
    expect(out[1]!.status).toEqual(evaluateTicket(p, old, NOW));
    const breaches = checkBreaches(p, [fresh, old], NOW);
    expect(breaches.map((b) => [b.ticketId, b.metric])).toEqual([["NEW", "firstResponse"], ["OLD", "firstResponse"], ["OLD", "resolution"]]);
    expect(prioritize(p, [fresh, old], NOW).map((t) => t.id)).toEqual(["OLD", "NEW"]); // breached longest ago first
  });

  it("explainTicket refuses to draw more than a century, naming the ticket and the span", () => {
    const e = thrown(() => explainTicket(p, old, NOW));
    expect(e).toBeInstanceOf(HorizonError);
    expect(e.message).toBe(
      'ticket "OLD": its timeline would span more than 100 calendar years (36,525 days): from createdAt 1900-01-01T00:00:00.000Z to 2026-03-02T12:00:00.000Z; explain it at an earlier now (evaluateTicket judges it at any now)',
    );
    const createdAt = Date.parse(NOW) - 36_525 * DAY;
    expect(explainTicket(p, { createdAt, severity: "s1" }, NOW).metrics.resolution!.status.elapsed).toBe(36_525 * DAY);
  });

  it("a century-old ticket resolved long ago is judged as any other", () => {
    const s = evaluateTicket(p, { ...old, events: [{ type: "resolve", at: "1900-01-01T09:00Z" }] }, NOW);
    expect(s.metrics.firstResponse!.status).toBe("breached");
    expect(s.metrics.firstResponse!.breachedAt).toEqual(new Date("1900-01-01T02:00Z"));
    expect(s.metrics.resolution!.status).toBe("breached");
    expect(s.metrics.resolution!.elapsed).toBe(9 * H);
  });

  it("a ticket from year 1000 is judged too, and fast once its years are compiled", () => {
    const ancient = { createdAt: "1000-01-01T00:00Z", severity: "s1" };
    expect(evaluateTicket(p, ancient, NOW).metrics.resolution!.elapsed).toBe(Date.parse(NOW) - Date.parse("1000-01-01T00:00Z"));
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
