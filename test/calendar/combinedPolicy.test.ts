/**
 * Combined policies (CONTRACT §7): unionOf / intersectionOf of parts in their own zones, from
 * policies, definitions and the JSON form, and what every other function makes of them.
 * (2026-03-02 is a Monday. Sydney is UTC+11 until 2026-04-05, Berlin UTC+1 until 2026-03-29,
 * Toronto UTC-5 until 2026-03-08.)
 */
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import * as lite from "../../src/lite.js";
import { InputError, PolicyError, definePolicy, intersectionOf, unionOf } from "../../src/index.js";

const HOUR = 3_600_000;
const weekdays = (from: string, to: string) => Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [[from, to]]]));
const sydney = { timezone: "Australia/Sydney", hours: weekdays("09:00", "17:00"), holidays: [{ date: "2026-03-02", name: "Sydney day" }], severities: { sev1: { targets: { firstResponse: "4h" } }, sev2: { targets: { firstResponse: "8h" } } }, warnAt: 0.5 };
const berlin = { timezone: "Europe/Berlin", hours: weekdays("09:00", "17:00"), holidays: [{ date: "2026-03-02", name: "Berlin day" }] };
const toronto = { timezone: "America/Toronto", hours: weekdays("09:00", "17:00") };
const at = (s: string) => Date.parse(s);
const iso = (d: Date) => d.toISOString();

describe("unionOf", () => {
  const desk = unionOf(sydney, definePolicy(berlin), toronto);

  it("is open when any part is open, each part in its own zone", () => {
    expect(sla.isBusinessTime(desk, "2026-03-03T15:00Z")).toBe(true); // Berlin and Toronto
    expect(sla.isBusinessTime(desk, "2026-03-03T07:00Z")).toBe(false); // Sydney closed at 18:00, Berlin opens at 08:00Z
    expect(sla.businessTimeBetween(desk, "2026-03-03T00:00Z", "2026-03-04T00:00Z")).toBe(22 * HOUR); // all but 06–08 UTC
  });

  it("takes the first part's zone, severities and warnAt, and no id, name or effectiveFrom", () => {
    expect(desk.timezone).toBe("Australia/Sydney");
    expect(desk.severities).toEqual(["sev1", "sev2"]);
    expect(sla.isBusinessTime(desk, "2026-03-03T09:00")).toBe(true); // Sydney wall clock
    expect(desk.id).toBeUndefined();
    expect(desk.effectiveFrom).toBeUndefined();
  });

  it("hands a sev1 deadline from Toronto's Friday evening to Sydney's Monday morning", () => {
    // Fri 2026-03-06 16:00 Toronto = 21:00Z: one hour left in Toronto; Sydney opens Mon 09:00 = Sun 22:00Z
    const due = sla.computeDeadline(desk, { severity: "sev1", start: "2026-03-06T21:00Z" });
    expect(iso(due!)).toBe("2026-03-09T01:00:00.000Z");
  });

  it("answers exactly as the part for unionOf(p, p) and unionOf(p)", () => {
    const p = definePolicy(toronto);
    for (const q of [unionOf(p, p), unionOf(p)]) {
      expect(sla.businessIntervals(q, "2026-03-01", "2026-03-15").map((s) => [iso(s.start), iso(s.end)])).toEqual(
        sla.businessIntervals(p, "2026-03-01", "2026-03-15").map((s) => [iso(s.start), iso(s.end)]),
      );
    }
  });

  it("counts business days as local dates of the first part's zone", () => {
    // Sydney's Saturday 2026-03-07 runs Fri 13:00Z – Sat 13:00Z: Toronto is open Fri 14:00–22:00Z in it
    expect(sla.businessDaysBetween(desk, "2026-03-07", "2026-03-08")).toBe(1);
    expect(iso(sla.addBusinessDays(desk, "2026-03-06T10:00", 1))).toBe(iso(new Date("2026-03-06T23:00Z"))); // Sat 10:00 Sydney
  });
});

describe("the JSON form", () => {
  it("is read by definePolicy and answers as unionOf", () => {
    const a = definePolicy({ unionOf: [sydney, { intersectionOf: [berlin, toronto] }] });
    const b = unionOf(sydney, intersectionOf(berlin, toronto));
    expect(sla.businessTimeBetween(a, "2026-03-01", "2026-04-01")).toBe(sla.businessTimeBetween(b, "2026-03-01", "2026-04-01"));
    expect(a.definition).toEqual({ unionOf: [sydney, { intersectionOf: [berlin, toronto] }] });
    expect(b.definition).toEqual(a.definition);
    expect(Object.isFrozen(a.definition)).toBe(true);
  });

  it("reports a part's issues with the path through the combination", () => {
    const r = sla.safeDefinePolicy({ unionOf: [sydney, { intersectionOf: [berlin, { timezone: "Mars/Base", hours: "24x7" }] }] });
    expect(r.success).toBe(false);
    expect(!r.success && r.error.issues.map((i) => i.path)).toEqual([["unionOf", 1, "intersectionOf", 1, "timezone"]]);
  });

  it("rejects an empty list, both keys, other keys and a list that is not an array", () => {
    const paths = (def: unknown) => {
      const r = sla.safeDefinePolicy(def);
      return r.success ? [] : r.error.issues.map((i) => i.path);
    };
    expect(paths({ unionOf: [] })).toEqual([["unionOf"]]);
    expect(paths({ unionOf: [toronto], intersectionOf: [toronto] })).toEqual([[]]);
    expect(paths({ unionOf: [toronto], timezone: "UTC" })).toEqual([["timezone"]]);
    expect(paths({ intersectionOf: "toronto" })).toEqual([["intersectionOf"]]);
  });

  it("stops nesting at 16 levels", () => {
    let def: unknown = toronto;
    for (let i = 0; i < 17; i++) def = { unionOf: [def] };
    const r = sla.safeDefinePolicy(def);
    expect(r.success).toBe(false);
    // one issue, at the 17th level's key
    const path = [...Array.from({ length: 16 }, () => ["unionOf", 0]).flat(), "unionOf"];
    expect(r.success ? [] : r.error.issues).toEqual([
      { path, message: 'nests combinations more than 16 levels deep; flatten them ({ "unionOf": [a, { "unionOf": [b, c] }] } is { "unionOf": [a, b, c] })' },
    ]);
    let ok: unknown = toronto;
    for (let i = 0; i < 16; i++) ok = { unionOf: [ok] };
    expect(sla.safeDefinePolicy(ok).success).toBe(true);
  });

  it("holds at most 100 policies in all, nested or not: the 101st is the one issue", () => {
    const tooMany = { message: "one policy too many: a combination holds at most 100 policies in all" };
    const issuesOf = (def: unknown) => {
      const r = sla.safeDefinePolicy(def);
      return r.success ? [] : r.error.issues;
    };
    const plain = (n: number) => Array.from({ length: n }, () => toronto);
    expect(issuesOf({ unionOf: plain(100) })).toEqual([]);
    expect(issuesOf({ unionOf: plain(101) })).toEqual([{ path: ["unionOf"], message: "has 101 parts; at most 100 are allowed" }]);
    expect(issuesOf({ unionOf: [{ unionOf: plain(60) }, { intersectionOf: plain(40) }] })).toEqual([]);
    expect(issuesOf({ unionOf: [{ unionOf: plain(60) }, { intersectionOf: plain(41) }] })).toEqual([{ path: ["unionOf", 1, "intersectionOf", 40], ...tooMany }]);
    // the reading stops there: one issue, not one per part beyond the limit
    expect(issuesOf({ unionOf: [{ unionOf: plain(60) }, { unionOf: plain(45) }, toronto] })).toEqual([{ path: ["unionOf", 1, "unionOf", 40], ...tooMany }]);
    // definitions passed to unionOf are counted the same way
    try {
      unionOf({ unionOf: plain(60) }, { unionOf: plain(41) });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyError);
      expect((e as PolicyError).issues).toEqual([{ path: ["unionOf", 1, "unionOf", 40], ...tooMany }]);
    }
  });
});

describe("a combination with very many issues", () => {
  it("lists them all (130,000 from thirteen parts nested one level) instead of overflowing the call stack, in definePolicy and policySchema", { timeout: 60_000 }, () => {
    // one list of 10,000 bad holidays, shared by thirteen parts: more issues than a call may take arguments
    const part = { timezone: "UTC", hours: "24x7", holidays: Array.from({ length: 10_000 }, () => ({ date: "nope" })) };
    const def = { unionOf: [{ unionOf: Array.from({ length: 13 }, () => part) }] };
    const defined = sla.safeDefinePolicy(def);
    expect(defined.success).toBe(false);
    if (defined.success) return;
    expect(defined.error.issues).toHaveLength(130_000);
    expect(defined.error.issues[129_999]!.path).toEqual(["unionOf", 0, "unionOf", 12, "holidays", 9_999, "date"]);
    const parsed = sla.policySchema.safeParse(def);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toHaveLength(130_000);
  });
});

describe("errors of unionOf and intersectionOf", () => {
  it("no part is an InputError", () => {
    expect(() => unionOf()).toThrow(new InputError("unionOf: no parts; pass at least one policy or definition, e.g. unionOf(sydney, berlin)"));
    expect(() => intersectionOf()).toThrow(new InputError("intersectionOf: no parts; pass at least one policy or definition, e.g. intersectionOf(sydney, berlin)"));
    expect(() => unionOf()).toThrow(InputError);
    expect(() => intersectionOf()).toThrow(InputError);
  });

  it("a bad definition is a PolicyError with the part's index in the path", () => {
    try {
      unionOf(toronto, { ...berlin, timezone: "Mars/Base" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyError);
      expect((e as PolicyError).issues.map((i) => i.path)).toEqual([["unionOf", 1, "timezone"]]);
    }
  });

  it("lite rejects region holidays in a part, like its definePolicy", () => {
    expect(() => lite.unionOf(toronto, { ...berlin, holidays: [{ region: "DE" }] })).toThrow(PolicyError);
    expect(() => unionOf(toronto, { ...berlin, holidays: [{ region: "DE" }] })).not.toThrow();
  });
});

describe("limits on compiled parts", () => {
  /** `levels` combinations wrapped around Toronto, each level beside a plain Berlin part when `beside` is set. */
  const nested = (levels: number, beside: boolean) => {
    let p = definePolicy(toronto);
    for (let i = 0; i < levels; i++) p = beside ? unionOf(berlin, p) : unionOf(p);
    return p;
  };

  it("counts the levels of combinations nested in compiled parts: 16 are allowed, not 17", () => {
    for (const beside of [false, true]) {
      const deepest = nested(15, beside);
      expect(sla.businessTimeBetween(unionOf(deepest), "2026-03-03T00:00Z", "2026-03-04T00:00Z")).toBeGreaterThan(0);
      expect(() => unionOf(deepest, berlin)).not.toThrow();
      expect(() => unionOf(nested(16, beside))).toThrow(new InputError("unionOf: the parts nest combinations 17 levels deep; at most 16 are allowed (flatten them: unionOf(a, unionOf(b, c)) is unionOf(a, b, c))"));
      expect(() => intersectionOf(berlin, nested(16, beside))).toThrow(/^intersectionOf: the parts nest combinations 17 levels deep/);
    }
  });

  it("counts the plain policies inside compiled combinations: 100 are allowed, not 101", () => {
    const many = (n: number) => unionOf(...Array.from({ length: n }, (_, i) => ({ ...toronto, holidays: [{ date: `2030-01-${String(1 + (i % 28)).padStart(2, "0")}` }] })));
    expect(() => unionOf(many(60), many(40))).not.toThrow();
    expect(() => unionOf(many(60), many(40), toronto)).toThrow(new InputError("unionOf: the parts hold 101 policies in all; at most 100 are allowed"));
    expect(() => intersectionOf(many(60), unionOf(many(40), berlin))).toThrow(/^intersectionOf: the parts hold 101 policies in all/);
  });
});

describe("a combination of desks that never open", () => {
  const closed = { timezone: "Europe/Berlin", hours: {} };
  const never = /the policy has no business hours at all$/;

  it("never opens as an intersection with one, or a union of only such desks, and says so at once", () => {
    for (const p of [intersectionOf(toronto, closed), intersectionOf(closed, toronto), unionOf(closed, { ...closed, timezone: "Asia/Tokyo" })]) {
      expect(() => sla.addBusinessTime(p, "2026-03-02T00:00Z", "1h")).toThrow(never);
      expect(sla.isBusinessTime(p, "2026-03-02T15:00Z")).toBe(false);
    }
  });

  it("a union with an open desk answers as that desk", () => {
    expect(iso(sla.addBusinessTime(unionOf(closed, toronto), "2026-03-02T00:00Z", "1h"))).toBe("2026-03-02T15:00:00.000Z");
  });
});

describe("intersectionOf", () => {
  it("is open only while every part is open", () => {
    const both = intersectionOf(berlin, toronto);
    expect(sla.businessTimeBetween(both, "2026-03-03T00:00Z", "2026-03-04T00:00Z")).toBe(2 * HOUR);
    expect(sla.businessTimeBetween(both, "2026-03-02T00:00Z", "2026-03-03T00:00Z")).toBe(0); // Berlin's holiday
    expect(iso(sla.nextBusinessTime(both, "2026-03-02T00:00Z"))).toBe("2026-03-03T14:00:00.000Z");
  });
});

describe("explainDeadline on a combined policy", () => {
  const summit = (name: string) => [{ date: "2026-03-03", name }];
  const berlinFirst = { ...berlin, holidays: summit("Summit"), severities: { sev1: { targets: { firstResponse: "2h" } } } };
  const rows = (e: sla.DeadlineExplanation) => e.skipped.map((s) => [iso(s.start), iso(s.end), s.reason, s.name]);

  it("names the holiday where every closed part gives the same one, and says closed elsewhere", () => {
    // Mon 2026-03-02 21:00Z: Toronto open one more hour. Tue: Berlin's holiday 08–16Z, Toronto's 14–22Z,
    // both "Summit" only 14–16Z. Wed: Berlin opens 08:00Z and the second hour runs out at 09:00Z.
    const e = sla.explainDeadline(unionOf(berlinFirst, { ...toronto, holidays: summit("Summit") }), { severity: "sev1", start: "2026-03-02T21:00Z" });
    expect(iso(e.deadline)).toBe("2026-03-04T09:00:00.000Z");
    expect(rows(e)).toEqual([
      ["2026-03-02T22:00:00.000Z", "2026-03-03T14:00:00.000Z", "closed", undefined],
      ["2026-03-03T14:00:00.000Z", "2026-03-03T16:00:00.000Z", "holiday", "Summit"],
      ["2026-03-03T16:00:00.000Z", "2026-03-04T08:00:00.000Z", "closed", undefined],
    ]);
  });

  it("says holiday without a name where the closed parts are on holidays with different names (as the reference does)", () => {
    const e = sla.explainDeadline(unionOf(berlinFirst, { ...toronto, holidays: summit("Other") }), { severity: "sev1", start: "2026-03-02T21:00Z" });
    expect(rows(e)).toEqual([
      ["2026-03-02T22:00:00.000Z", "2026-03-03T14:00:00.000Z", "closed", undefined],
      ["2026-03-03T14:00:00.000Z", "2026-03-03T16:00:00.000Z", "holiday", undefined],
      ["2026-03-03T16:00:00.000Z", "2026-03-04T08:00:00.000Z", "closed", undefined],
    ]);
  });
});

describe("what else a combined policy takes from its first part", () => {
  const maintained = { ...toronto, maintenance: { windows: [{ weekly: ["sat" as const], from: "07:00", to: "09:00" }] } };

  it("availability excludes the first part's maintenance windows only", () => {
    const p = unionOf(maintained, { ...berlin, maintenance: { windows: [{ weekly: ["sun" as const], from: "07:00", to: "09:00" }] } });
    const r = sla.availability(p, { from: "2026-03-02", to: "2026-03-09", outages: [] });
    expect(r.maintenance).toBe(2 * HOUR);
  });

  it("selectPolicy treats it as in force always (effectiveFrom is not carried over)", () => {
    const v2 = definePolicy({ ...toronto, effectiveFrom: "2027-01-01" });
    const desk = unionOf(v2, sydney);
    expect(desk.effectiveFrom).toBeUndefined();
    expect(sla.selectPolicy([desk], "2026-06-01")).toBe(desk);
  });

  it("a calendar-clock target runs on the parts' combined clocks: a union stops only while every part pauses", () => {
    const pausing = (timezone: string, from: string, to: string) => ({
      timezone,
      hours: "24x7" as const,
      maintenance: { windows: [{ start: from, end: to }], pausesClocks: true },
      severities: { sev1: { targets: { resolution: { duration: "4h", clock: "calendar" as const } } } },
    });
    // UTC 10:00–12:00 paused in the first part, 11:00–13:00 in the second: both only 11:00–12:00
    const p = unionOf(pausing("UTC", "2026-03-02T10:00Z", "2026-03-02T12:00Z"), pausing("Asia/Kathmandu", "2026-03-02T11:00Z", "2026-03-02T13:00Z"));
    expect(iso(sla.computeDeadline(p, { severity: "sev1", metric: "resolution", start: "2026-03-02T09:00Z" })!)).toBe("2026-03-02T14:00:00.000Z");
    const q = intersectionOf(pausing("UTC", "2026-03-02T10:00Z", "2026-03-02T12:00Z"), pausing("Asia/Kathmandu", "2026-03-02T11:00Z", "2026-03-02T13:00Z"));
    expect(iso(sla.computeDeadline(q, { severity: "sev1", metric: "resolution", start: "2026-03-02T09:00Z" })!)).toBe("2026-03-02T16:00:00.000Z");
  });
});

describe("a combined policy is compiled once per local year", () => {
  it("answers warm queries from its own year blocks, without asking its parts again", () => {
    const parts = [sydney, berlin, toronto].map((d) => definePolicy(d));
    const desk = unionOf(...parts);
    const t = Date.parse("2026-06-10T12:00Z");
    sla.businessTimeBetween(desk, t, t + 30 * 24 * HOUR); // builds 2026 for the union (and its parts)
    const partCaches = parts.map((p) => p.compiled.business.cache);
    const before = partCaches.map((c) => [c.clock, c.blocks.size]);
    for (let i = 0; i < 1000; i++) {
      sla.isBusinessTime(desk, t + i * HOUR);
      sla.businessTimeBetween(desk, t, t + i * HOUR);
      sla.addBusinessTime(desk, t + i * 60_000, 2 * HOUR);
    }
    expect(partCaches.map((c) => [c.clock, c.blocks.size])).toEqual(before);
    expect(desk.compiled.business.cache.blocks.size).toBe(1);
  });
});

describe("the SLA engine on a combined policy", () => {
  it("evaluates a ticket on the desk's business time: Toronto's Friday evening counts Sydney's Monday", () => {
    const desk = unionOf(toronto, sydney);
    const p = unionOf({ ...toronto, severities: { sev1: { targets: { firstResponse: "2h" } } } }, sydney);
    const ticket = { id: "T-1", createdAt: "2026-03-06T21:00Z", severity: "sev1", events: [{ type: "response" as const, at: "2026-03-09T00:30Z" }] };
    // 1 h Friday in Toronto (21:00–22:00Z) + 1 h Monday in Sydney (Sun 22:00–23:00Z): due Sun 23:00Z, answered 1.5 h late
    const s = sla.evaluateTicket(p, ticket, "2026-03-09T06:00Z");
    expect(s.metrics.firstResponse).toMatchObject({ status: "breached", deadline: new Date("2026-03-08T23:00:00Z") });
    expect(s.metrics.firstResponse!.breachedAt).toEqual(new Date("2026-03-08T23:00:00Z"));
    expect(sla.checkBreaches(p, [ticket], "2026-03-09T06:00Z")).toEqual([{ ticketId: "T-1", metric: "firstResponse", breachedAt: new Date("2026-03-08T23:00:00Z") }]);
    expect(desk.severities).toEqual([]); // Toronto's definition here has no severities
  });
});

describe("holiday coverage of a combined policy", () => {
  const toronto = { timezone: "America/Toronto", hours: { mon: [["09:00", "17:00"]] }, holidays: [{ date: "2030-01-07" }], holidayYears: [2020, 2040] } as const;
  const berlin = { timezone: "Europe/Berlin", hours: { mon: [["09:00", "17:00"]] }, holidays: [{ date: "2030-01-07" }], holidayYears: [2025, 2050] } as const;
  const uncovered = { timezone: "Asia/Tokyo", hours: { mon: [["09:00", "17:00"]] } } as const;

  it("is the overlap of the parts' holidayYears: inside it the desk answers", () => {
    for (const p of [unionOf(toronto, berlin), definePolicy({ intersectionOf: [berlin, toronto] })]) {
      expect(sla.businessTimeBetween(p, "2030-03-01T00:00Z", "2030-03-08T00:00Z")).toBeGreaterThan(0);
    }
  });

  it("outside the overlap, a HorizonError names the overlap, even where one part alone would answer", () => {
    const p = unionOf(toronto, berlin);
    expect(() => sla.isBusinessTime(p, "2045-03-06T10:00Z")).toThrow(/holidays are known only for 2025–2040 \(holidayYears\)/);
    expect(() => sla.isBusinessTime(p, "2022-03-07T10:00Z")).toThrow(/holidays are known only for 2025–2040 \(holidayYears\)/);
    expect(() => sla.isBusinessTime(p, "2045-03-06T10:00Z")).toThrow(sla.HorizonError);
  });

  it("a part without holidayYears limits nothing; no part with one: no limit", () => {
    expect(() => sla.isBusinessTime(unionOf(uncovered, toronto), "2041-03-04T10:00Z")).toThrow(/known only for 2020–2040/);
    expect(sla.isBusinessTime(unionOf(uncovered, uncovered), "2041-03-04T01:00Z")).toBe(true);
  });

  it("parts whose spans do not overlap refuse every year, and the message says they do not overlap", () => {
    const early = { ...toronto, holidayYears: [2020, 2024] } as const;
    expect(() => sla.isBusinessTime(unionOf(early, berlin), "2024-03-04T10:00Z")).toThrow(sla.HorizonError);
    expect(() => sla.isBusinessTime(unionOf(early, berlin), "2026-03-04T10:00Z")).toThrow(sla.HorizonError);
    // (it named the impossible span "2025–2024" and suggested --years 2024-2024 … 2026-2024)
    expect(() => sla.isBusinessTime(unionOf(early, berlin), "2026-03-04T10:00Z")).toThrow(
      "this needs the calendar of 2026, but the policy's holidays are known only for no year: its parts' holidayYears do not overlap; " +
        'extend the span, e.g. `sla-clock holidays POLICY.json --years 2026-2026` from the policy with its region entries, or add the holidays of 2026 yourself and widen "holidayYears"',
    );
  });
});
