/**
 * The holidays and maintenance sections at and past their limits: each refusal is one issue at its
 * path, naming the limit and what to do (found missing by a mutation round of src/policy: no test
 * reached the region-entry limit, the weekly-windows-per-weekday limit or the length of a types
 * list, so each check could be deleted unnoticed).
 */
import { describe, expect, it } from "vitest";
import { safeDefinePolicy } from "../../src/index.js";
import { POLICY_LIMITS } from "../../src/policy/policyLimits.js";

const base = { timezone: "America/Toronto", hours: "24x7" as const, severities: { s: { targets: { resolution: "8h" } } } };
const issuesOf = (def: unknown) => {
  const r = safeDefinePolicy(def);
  return r.success ? [] : r.error.issues;
};

describe("holidays: region entries", () => {
  const region = (i: number) => ({ region: "CA-ON", types: ["public"], except: [`2026-01-${String(i + 1).padStart(2, "0")}`] });

  it(`${POLICY_LIMITS.regionEntries} region entries are accepted`, () => {
    expect(issuesOf({ ...base, holidays: Array.from({ length: POLICY_LIMITS.regionEntries }, (_, i) => region(i)) })).toEqual([]);
  });

  it("one more is refused once, at the first entry over the limit", () => {
    const holidays = Array.from({ length: POLICY_LIMITS.regionEntries + 2 }, (_, i) => region(i));
    expect(issuesOf({ ...base, holidays })).toEqual([
      {
        path: ["holidays", POLICY_LIMITS.regionEntries, "region"],
        message: `more than ${POLICY_LIMITS.regionEntries} region entries; merge the entries of one region (list its types together), or expand the regions into dates with \`sla-clock holidays\``,
      },
    ]);
  });

  it("dated entries do not count toward it", () => {
    const dated = Array.from({ length: 30 }, (_, i) => ({ date: `2026-03-${String(i + 1).padStart(2, "0")}`, name: `day ${i}` }));
    expect(issuesOf({ ...base, holidays: [...dated, ...Array.from({ length: POLICY_LIMITS.regionEntries }, (_, i) => region(i))] })).toEqual([]);
  });
});

describe("holidays: a region's types", () => {
  it("an empty list selects nothing and is refused", () => {
    expect(issuesOf({ ...base, holidays: [{ region: "CA-ON", types: [] }] })).toEqual([
      { path: ["holidays", 0, "types"], message: 'an empty list of types selects no holidays; list at least one type, or leave "types" out for ["public"]' },
    ]);
  });

  it("a list longer than four of each type is refused as more than needed", () => {
    const types = Array.from({ length: 21 }, () => "public");
    const [issue] = issuesOf({ ...base, holidays: [{ region: "CA-ON", types }] });
    expect(issue!.path).toEqual(["holidays", 0, "types"]);
    expect(issue!.message).toMatch(/^21 types is more than needed; list each of public, .+ at most once$/);
  });

  it("twenty entries (four of each of the five types) are accepted", () => {
    const types = ["public", "bank", "school", "optional", "observance"].flatMap((t) => [t, t, t, t]);
    expect(issuesOf({ ...base, holidays: [{ region: "CA-ON", types }] })).toEqual([]);
  });
});

describe("maintenance: weekly windows that start on one weekday", () => {
  const windows = (n: number) => Array.from({ length: n }, (_, i) => ({ weekly: ["sat", "sun"], from: `${String(Math.floor(i / 2)).padStart(2, "0")}:${i % 2 === 0 ? "00" : "30"}`, to: `${String(Math.floor(i / 2)).padStart(2, "0")}:${i % 2 === 0 ? "10" : "40"}` }));

  it(`${POLICY_LIMITS.maintenanceWindowsPerWeekday} per weekday are accepted`, () => {
    expect(issuesOf({ ...base, maintenance: { windows: windows(POLICY_LIMITS.maintenanceWindowsPerWeekday) } })).toEqual([]);
  });

  it("one more is refused once per weekday, at the window that goes over", () => {
    const n = POLICY_LIMITS.maintenanceWindowsPerWeekday;
    const w = [...windows(n), { weekly: ["sat", "sun", "sat"], from: "23:50", to: "23:55" }, { weekly: ["sat"], from: "23:56", to: "23:57" }];
    expect(issuesOf({ ...base, maintenance: { windows: w } })).toEqual([
      { path: ["maintenance", "windows", n, "weekly"], message: `more than ${n} weekly windows start on "sat"; merge overlapping or adjacent windows` },
      { path: ["maintenance", "windows", n, "weekly"], message: `more than ${n} weekly windows start on "sun"; merge overlapping or adjacent windows` },
    ]);
  });

  it("a weekday listed twice in one window counts once", () => {
    const n = POLICY_LIMITS.maintenanceWindowsPerWeekday;
    const w = [...windows(n - 1), { weekly: ["sat", "sat"], from: "23:50", to: "23:55" }];
    expect(issuesOf({ ...base, maintenance: { windows: w } })).toEqual([]);
  });

  it("one-off windows in between do not stop the count", () => {
    const n = POLICY_LIMITS.maintenanceWindowsPerWeekday;
    const w = [{ start: "2026-05-02T07:00", end: "2026-05-02T11:00" }, ...windows(n), { weekly: ["sat"], from: "23:50", to: "23:55" }];
    expect(issuesOf({ ...base, maintenance: { windows: w } })).toEqual([
      { path: ["maintenance", "windows", n + 1, "weekly"], message: `more than ${n} weekly windows start on "sat"; merge overlapping or adjacent windows` },
    ]);
  });

  it("windows on other weekdays do not count toward a weekday's limit", () => {
    const n = POLICY_LIMITS.maintenanceWindowsPerWeekday;
    const w = [...windows(n), { weekly: ["mon"], from: "23:50", to: "23:55" }];
    expect(issuesOf({ ...base, maintenance: { windows: w } })).toEqual([]);
  });
});

describe("entries of two kinds, and lists longer than the week", () => {
  it('a date entry with a closure\'s "to" names "to", the key it has', () => {
    expect(issuesOf({ ...base, holidays: [{ date: "2026-12-24", to: "2026-12-27T09:00" }] })).toEqual([
      { path: ["holidays", 0, "to"], message: '"to" cannot be combined with "date" in one holiday entry; split it into separate entries' },
    ]);
  });

  it('a date entry with a closure\'s "from" names "from"', () => {
    expect(issuesOf({ ...base, holidays: [{ date: "2026-12-24", from: "2026-12-24T12:00" }] })).toEqual([
      { path: ["holidays", 0, "from"], message: '"from" cannot be combined with "date" in one holiday entry; split it into separate entries' },
    ]);
  });

  it('a weekly window with a one-off "end" names "end", the key it has', () => {
    expect(issuesOf({ ...base, maintenance: { windows: [{ weekly: ["sat"], from: "07:00", to: "09:00", end: "2026-05-02T11:00" }] } })).toEqual([
      { path: ["maintenance", "windows", 0, "end"], message: '"end" cannot be combined with "weekly"; a weekly window uses "from" and "to", a one-off window "start" and "end"' },
    ]);
  });

  it("a weekly list of eight weekdays is refused as more than the week", () => {
    const weekly = ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "mon"];
    expect(issuesOf({ ...base, maintenance: { windows: [{ weekly, from: "07:00", to: "09:00" }] } })).toEqual([
      { path: ["maintenance", "windows", 0, "weekly"], message: "8 weekdays is more than 7; list each weekday at most once" },
    ]);
  });

  it("all seven weekdays are accepted", () => {
    const weekly = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    expect(issuesOf({ ...base, maintenance: { windows: [{ weekly, from: "07:00", to: "09:00" }] } })).toEqual([]);
  });
});

describe("windows and closures that end where they start, and windows missing their weekdays", () => {
  it("a one-off window that ends where it starts is refused at its end", () => {
    expect(issuesOf({ ...base, maintenance: { windows: [{ start: "2026-05-02T07:00", end: "2026-05-02T07:00" }] } })).toEqual([
      { path: ["maintenance", "windows", 0, "end"], message: 'the window ends at or before it starts: "end" "2026-05-02T07:00" is not later than "start" "2026-05-02T07:00"; make "end" later' },
    ]);
  });

  it("a closure that ends where it starts is refused at its end", () => {
    expect(issuesOf({ ...base, holidays: [{ from: "2026-12-24T12:00", to: "2026-12-24T12:00" }] })).toEqual([
      { path: ["holidays", 0, "to"], message: 'the closure ends at or before it starts: "to" "2026-12-24T12:00" is not later than "from" "2026-12-24T12:00"; make "to" later' },
    ]);
  });

  it.each([
    ["only from", { from: "07:00" }],
    ["only to", { to: "09:00" }],
    ["from and to", { from: "07:00", to: "09:00" }],
  ])("a window with %s but no weekdays is told to list them", (_, w) => {
    expect(issuesOf({ ...base, maintenance: { windows: [w] } })).toEqual([
      { path: ["maintenance", "windows", 0, "weekly"], message: 'missing; a weekly window lists its weekdays, e.g. "weekly": ["sat"] (a one-off window uses "start" and "end")' },
    ]);
  });
});
