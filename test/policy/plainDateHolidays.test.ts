import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePolicy, toPolicyIssues } from "../../src/policy/parsePolicy.js";
import { plainDateHolidays } from "../../src/policy/plainDateHolidays.js";
import { policySchema } from "../../src/policy/policySchema.js";
import { datedRuleList } from "../../src/policy/datedRules.js";
import { dayFromCivil } from "../../src/time/calendarDate.js";

const base = { id: "t", timezone: "America/Toronto", hours: { mon: [["09:00", "17:00"]] } };

/** What the schema alone makes of `def`: its issues, or its copy of the definition as JSON text. */
function bySchema(def: unknown): { ok: true; json: string } | { ok: false; issues: unknown } {
  const r = policySchema.safeParse(def, { jitless: true });
  return r.success ? { ok: true, json: JSON.stringify(r.data) } : { ok: false, issues: toPolicyIssues(r.error.issues) };
}

const dates = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const date = fc.oneof(
  { weight: 20, arbitrary: fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom("2026-02-30", "2026-13-01", "2026-1-01", "26-01-01", "2026-01-01T00:00", "", "2025-02-29", "2024-02-29") },
);
const name = fc.oneof({ weight: 20, arbitrary: fc.string({ maxLength: 20 }) }, fc.constant("x".repeat(201)), fc.constant("x".repeat(200)));
/** Mostly plain dated entries, with every way of not being one mixed in. */
const entry = fc.oneof(
  { weight: 60, arbitrary: fc.record({ date, name }, { requiredKeys: ["date"] }) },
  { weight: 2, arbitrary: fc.record({ name, date }) }, // name written first
  { weight: 1, arbitrary: fc.record({ date, name: fc.oneof(fc.integer(), fc.constant(null), fc.constant(undefined)) }) },
  { weight: 1, arbitrary: fc.record({ date, hours: fc.constant([["09:00", "12:00"]]) }) },
  { weight: 1, arbitrary: fc.record({ date, extra: fc.constant(1) }) },
  { weight: 1, arbitrary: fc.record({ annual: fc.constantFrom("12-31", "02-29", "13-01") }) },
  { weight: 1, arbitrary: fc.constantFrom({ region: "CA-ON" }, { name: "only a name" }, {}, null, "2026-12-24", [{ date: "2026-12-24" }], 7) },
);

describe("plainDateHolidays, the fast path of a list of plain dated holidays (issue 14: compile cost)", () => {
  it("makes parsePolicy answer exactly as the schema alone does: same issues, or the same copy, key order included", () => {
    let fastPathTaken = 0;
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), (holidays) => {
        const def = { ...base, holidays };
        const r = parsePolicy(def);
        const s = bySchema(def);
        if (plainDateHolidays(holidays) !== null) fastPathTaken++;
        expect(r.success).toBe(s.ok);
        if (r.success && s.ok) expect(JSON.stringify(r.definition)).toBe(s.json);
        if (!r.success && !s.ok) expect(r.issues).toEqual(s.issues);
      }),
      { numRuns: 400 },
    );
    expect(fastPathTaken).toBeGreaterThan(40); // the property judges the fast path, not only the fallback
  });

  it("normalizes a plain list exactly as the general path does (the same list with an annual entry after it)", () => {
    const plainEntry = fc.record({ date: dates, name: fc.string({ maxLength: 8 }) }, { requiredKeys: ["date"] });
    fc.assert(
      fc.property(fc.uniqueArray(plainEntry, { selector: (e) => e.date, minLength: 1, maxLength: 40 }), (holidays) => {
        expect(plainDateHolidays(holidays)).not.toBeNull();
        const fast = parsePolicy({ ...base, holidays });
        const general = parsePolicy({ ...base, holidays: [...holidays, { annual: "02-29" }] });
        if (!fast.success || !general.success) throw new Error("expected valid definitions");
        expect(plainDateHolidays(general.definition.holidays)).toBeNull();
        expect(datedRuleList(fast.policy.dateRules)).toEqual(datedRuleList(general.policy.dateRules));
        expect(Array.from(fast.policy.dateRules.days)).toEqual(Array.from(general.policy.dateRules.days));
        expect(fast.policy.dateRules.names).toEqual(general.policy.dateRules.names);
      }),
      { numRuns: 200 },
    );
  });

  it("reads a valid list of plain dated entries (the fast path taken), its day numbers included", () => {
    const list = [{ date: "2026-12-24", name: "Christmas Eve" }, { name: "Boxing Day", date: "2026-12-26" }, { date: "2027-01-01" }];
    const plain = plainDateHolidays(list);
    expect(plain).not.toBeNull();
    expect(datedRuleList(plain!.dated)).toEqual([
      { day: dayFromCivil(2026, 12, 24), name: "Christmas Eve", hours: null, index: 0 },
      { day: dayFromCivil(2026, 12, 26), name: "Boxing Day", hours: null, index: 1 },
      { day: dayFromCivil(2027, 1, 1), hours: null, index: 2 },
    ]);
    expect(JSON.stringify(plain!.entries)).toBe('[{"date":"2026-12-24","name":"Christmas Eve"},{"date":"2026-12-26","name":"Boxing Day"},{"date":"2027-01-01"}]');
    expect(plain!.entries.every((e) => Object.isFrozen(e))).toBe(true);
    const r = parsePolicy({ ...base, holidays: list });
    if (!r.success) throw new Error("invalid");
    expect(Object.keys(r.definition)).toEqual(["id", "timezone", "hours", "holidays"]);
    expect(Object.isFrozen(r.definition.holidays)).toBe(true);
    expect(r.definition.holidays).not.toBe(list);
    expect(datedRuleList(r.policy.dateRules)).toEqual([
      { day: dayFromCivil(2026, 12, 24), name: "Christmas Eve", hours: null, index: 0 },
      { day: dayFromCivil(2026, 12, 26), name: "Boxing Day", hours: null, index: 1 },
      { day: dayFromCivil(2027, 1, 1), hours: null, index: 2 },
    ]);
  });

  it.each([
    ["a duplicate date", [{ date: "2026-12-24" }, { date: "2026-12-24" }]],
    ["an invalid date", [{ date: "2026-02-30" }]],
    ["a name too long", [{ date: "2026-12-24", name: "x".repeat(201) }]],
    ["a key holding undefined", [{ date: "2026-12-24", hours: undefined }]],
    ["a class instance", [new (class { date = "2026-12-24"; })()]],
    ["a hole", [, { date: "2026-12-24" }]], // eslint-disable-line no-sparse-arrays
    ["an empty list", []],
    ["an entry whose getter throws", [Object.defineProperty({}, "date", { enumerable: true, get: () => { throw new Error("boom"); } })]],
  ])("leaves a list with %s to the schema (null)", (_, list) => {
    expect(plainDateHolidays(list)).toBeNull();
  });

  it("keeps the root's problems as the schema reports them when the holidays are fine", () => {
    const def = { ...base, timezone: "Mars/Base", holidays: [{ date: "2026-12-24" }] };
    expect(parsePolicy(def)).toEqual({ success: false, issues: (bySchema(def) as { issues: unknown }).issues });
    const withProto = JSON.parse('{"timezone":"UTC","hours":"24x7","__proto__":{"polluted":true},"holidays":[{"date":"2026-12-24"}]}');
    const r = parsePolicy(withProto);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => i.path)).toEqual([["__proto__"]]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
