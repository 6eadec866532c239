/**
 * Every SLA entry point rejects malformed options with an InputError whose message starts with the
 * field it is about (so a caller can show it next to the right input).
 */
import { describe, expect, it } from "vitest";
import { HorizonError, InputError, availability, checkBreaches, computeDeadline, definePolicy, evaluateTicket, explainDeadline, prioritize } from "../../src/index.js";
import { desk, seed } from "./slaFixtures.js";
import { messageOf } from "../support/errorMessage.js";

const message = (f: () => unknown): string => messageOf(f, InputError);


describe("computeDeadline and explainDeadline name themselves and the bad option", () => {
  for (const [name, fn] of [["computeDeadline", computeDeadline], ["explainDeadline", explainDeadline]] as const) {
    it(`${name}: options that are not an object`, () => {
      for (const bad of [null, [], "sev1", 3]) {
        expect(message(() => fn(seed, bad as never))).toMatch(new RegExp(`^${name}: .* is not an options object; pass \\{ severity, start, metric\\? \\}$`));
      }
    });

    it(`${name}: a missing or unknown severity lists the known ones`, () => {
      expect(message(() => fn(seed, { start: "2026-11-30T09:00" } as never))).toBe('severity: is missing; use one of "sev1", "sev2", "sev3", "sev4"');
      expect(message(() => fn(seed, { severity: "sev9", start: "2026-11-30T09:00" }))).toBe('severity: "sev9" is not a severity of this policy; use one of "sev1", "sev2", "sev3", "sev4"');
      expect(message(() => fn(seed, { severity: 1, start: "2026-11-30T09:00" } as never))).toMatch(/^severity: 1 is not a severity of this policy/);
    });

    it(`${name}: an unknown metric`, () => {
      expect(message(() => fn(seed, { severity: "sev1", start: "2026-11-30T09:00", metric: "lunch" } as never))).toBe(
        'metric: "lunch" is not a metric; use "firstResponse", "update", "resolution", "nextReply" or "ownership"',
      );
      expect(message(() => fn(seed, { severity: "sev1", start: "2026-11-30T09:00", metric: 7 } as never))).toMatch(/^metric: 7 is not a metric/);
    });

    it(`${name}: a bad start is named "start"`, () => {
      expect(message(() => fn(seed, { severity: "sev1", start: "yesterday" }))).toMatch(/^start: /);
    });
  }

  it("a metric without a target is null, not an error; a horizon error names the function", () => {
    expect(computeDeadline(seed, { severity: "sev1", start: "2026-11-30T09:00", metric: "resolution" })).toBeNull();
    const closed = definePolicy({ timezone: "UTC", hours: {}, severities: { s: { targets: { firstResponse: "1h" } } } });
    for (const [name, fn] of [["computeDeadline", computeDeadline], ["explainDeadline", explainDeadline]] as const) {
      expect(() => fn(closed, { severity: "s", start: 0 })).toThrow(HorizonError);
      expect(() => fn(closed, { severity: "s", start: 0 })).toThrow(new RegExp(`^${name}: no answer within 100 calendar years`));
    }
    // every error thrown for a ticket names it (CONTRACT §12): an anonymous ticket is "ticket"
    expect(() => evaluateTicket(closed, { createdAt: 0, severity: "s" }, 3_600_000)).toThrow(/^ticket: deadline: no answer within 100 calendar years/);
  });

  it("checkBreaches and prioritize refuse the same ticket, though neither reports its deadline", () => {
    const closed = definePolicy({ timezone: "UTC", hours: {}, severities: { s: { targets: { firstResponse: "1h" } } } });
    const ticket = { id: "T-1", createdAt: 0, severity: "s" };
    for (const batch of [checkBreaches, prioritize]) {
      expect(() => batch(closed, [ticket], 3_600_000)).toThrow(HorizonError);
      expect(() => batch(closed, [ticket], 3_600_000)).toThrow(/^tickets\[0\] \(id "T-1"\): deadline: no answer within 100 calendar years/);
    }
  });

  it("checkBreaches accepts a deadline in a later year than the ticket's (found beyond the year it was created in)", () => {
    // One business hour a week, Thursdays 00:00–01:00 UTC (2026-12-31 is a Thursday).
    const sparse = definePolicy({ timezone: "UTC", hours: { thu: [["00:00", "01:00"]] }, severities: { s: { targets: { firstResponse: "2h" } } } });
    const ticket = { createdAt: Date.UTC(2026, 11, 31, 0, 30), severity: "s" }; // Thu 00:30: 30 min this year, the rest in 2027
    const now = Date.UTC(2026, 11, 31, 2);
    expect(evaluateTicket(sparse, ticket, now).metrics.firstResponse!.deadline).toEqual(new Date(Date.UTC(2027, 0, 14, 0, 30)));
    expect(checkBreaches(sparse, [ticket], now)).toEqual([]);
  });
});

describe("availability validates its options", () => {
  const week = { from: "2026-11-23", to: "2026-11-30" };

  it("options that are not an object", () => {
    for (const bad of [null, [], "week", 1]) {
      expect(message(() => availability(seed, bad as never))).toMatch(/^availability: .* is not an options object; pass \{ from, to, outages \}$/);
    }
  });

  it("bad from, to and outage instants are named by their path", () => {
    expect(message(() => availability(seed, { from: "x", to: "2026-11-30" }))).toMatch(/^from: /);
    expect(message(() => availability(seed, { from: "2026-11-23", to: "x" }))).toMatch(/^to: /);
    expect(message(() => availability(seed, { ...week, outages: [{ start: "2026-11-24T10:00", end: "2026-11-24T11:00" }, { start: "x", end: "2026-11-24T11:00" }] }))).toMatch(/^outages\[1\]\.start: /);
    expect(message(() => availability(seed, { ...week, outages: [{ start: "2026-11-24T10:00", end: "later" }] }))).toMatch(/^outages\[0\]\.end: /);
  });

  it("outages that are not an array, or entries that are not objects", () => {
    expect(message(() => availability(seed, { ...week, outages: {} as never }))).toBe("outages: {} is not an array; pass [{ start, end }, …]");
    for (const bad of [null, [], "down", 5]) {
      expect(message(() => availability(seed, { ...week, outages: [bad as never] }))).toMatch(/^outages\[0\]: .* is not an outage; pass \{ start, end \}$/);
    }
  });

  it("an outage that ends before it starts is refused; one that ends as it starts is empty", () => {
    expect(message(() => availability(seed, { ...week, outages: [{ start: "2026-11-24T11:00", end: "2026-11-24T10:00" }] }))).toMatch(/^outages\[0\]\.end: .* is before its start/);
    const empty = availability(seed, { ...week, outages: [{ start: "2026-11-24T11:00", end: "2026-11-24T11:00" }] });
    expect(empty.downtime).toBe(0);
    expect(empty.availability).toBe(1);
  });

  it("a period that ends before it starts is refused; an empty period has no maintenance", () => {
    expect(message(() => availability(seed, { from: "2026-11-30", to: "2026-11-23" }))).toMatch(/^to: .* is before from/);
    const r = availability(seed, { from: "2026-11-28T08:00", to: "2026-11-28T08:00" });
    expect(r.period).toBe(0);
    expect(r.maintenance).toBe(0);
    expect(r.downtime).toBe(0);
  });
});

describe("batch entry points name a bad now", () => {
  it("checkBreaches, prioritize and evaluateTicket", () => {
    expect(message(() => checkBreaches(desk, [], "not a time"))).toMatch(/^now: /);
    expect(message(() => prioritize(desk, [], "not a time"))).toMatch(/^now: /);
    expect(message(() => evaluateTicket(desk, { createdAt: "2026-11-30T09:00", severity: "sev1" }, "not a time"))).toMatch(/^now: /);
  });
});

describe("ticket validation names the ticket and the field", () => {
  const now = "2026-12-01T12:00";

  it("an unknown event type, or a missing one", () => {
    const t = { id: "T-7", createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ type: "response", at: "2026-11-30T10:00" }, { type: "lunch", at: "2026-11-30T11:00" }] };
    expect(message(() => evaluateTicket(desk, t as never, now))).toMatch(/^ticket "T-7" events\[1\]\.type: "lunch" is not an event type; use /);
    const u = { createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ at: "2026-11-30T10:00" }] };
    expect(message(() => checkBreaches(desk, [u as never], now))).toMatch(/^tickets\[0\]\.events\[0\]\.type: is missing; use /);
  });

  it("a bad event time keeps the library's reason after the field path", () => {
    const t = { id: "T-8", createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ type: "response", at: "soon" }] };
    const m = message(() => evaluateTicket(desk, t as never, now));
    expect(m).toMatch(/^ticket "T-8" events\[0\]\.at: /);
    expect(m).toContain('"soon"');
  });

  it("a severity event with an unknown severity, and an unknown ticket severity", () => {
    const t = { id: "T-9", createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ type: "severity", at: "2026-11-30T10:00", severity: "sev0" }] };
    expect(message(() => evaluateTicket(desk, t as never, now))).toMatch(/^ticket "T-9" events\[0\]\.severity: "sev0" is not a severity of this policy/);
    expect(message(() => evaluateTicket(desk, { createdAt: "2026-11-30T09:00", severity: "SEV1" }, now))).toMatch(/^ticket\.severity: "SEV1" is not a severity/);
  });
});

describe("a missing value is called missing, and a policy without severities says so", () => {
  const now = "2026-12-01T12:00";

  it("a missing createdAt or event time is 'missing', not 'undefined is not an instant'", () => {
    expect(message(() => evaluateTicket(desk, { id: "T-1", severity: "sev1" } as never, now))).toBe(
      'ticket "T-1" createdAt: is missing; pass a Date, epoch milliseconds, an ISO 8601 string, a luxon DateTime or a Temporal value',
    );
    const t = { createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ type: "response" }] };
    expect(message(() => checkBreaches(desk, [t as never], now))).toMatch(/^tickets\[0\]\.events\[0\]\.at: is missing; pass a Date/);
    expect(message(() => computeDeadline(seed, { severity: "sev1" } as never))).toMatch(/^start: is missing; pass a Date/);
  });

  it("a severity on a policy that defines none names that, not an empty list", () => {
    const none = definePolicy({ timezone: "UTC", hours: "24x7" });
    const why = '"s" is not a severity of this policy; the policy has no "severities"';
    expect(message(() => computeDeadline(none, { severity: "s", start: now }))).toBe(`severity: ${why}`);
    expect(message(() => evaluateTicket(none, { createdAt: now, severity: "s" }, now))).toBe(`ticket.severity: ${why}`);
  });
});
