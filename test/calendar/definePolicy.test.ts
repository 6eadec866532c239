/**
 * The compiled `Policy` object: what it exposes (exactly the definition's identity fields that were
 * given), what it hides (`compiled`, the brand), that it is frozen, and the checks that need the
 * time zone (closures and one-off windows resolved to instants) or the region source (lite).
 */
import { describe, expect, it, vi } from "vitest";
import * as sla from "../../src/index.js";
import * as lite from "../../src/lite.js";
import { compiledOf } from "../../src/calendar/definePolicy.js";

const issuesOf = (r: sla.SafeDefineResult) => (r.success ? [] : r.error.issues);

describe("the Policy object", () => {
  it("carries the preset's identity, its severities in rank order and its definition, frozen", () => {
    const p = sla.definePolicy(sla.presets.auvikSupportV2);
    expect(Object.keys(p).sort()).toEqual(["definition", "effectiveFrom", "id", "name", "severities", "timezone", "version"]);
    expect(p).toMatchObject({ id: "auvik-support", name: "Customer Support Policy", version: "2.0", timezone: "America/Toronto", effectiveFrom: "2023-08-01" });
    expect(p.severities).toEqual(["sev1", "sev2", "sev3", "sev4"]);
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.severities)).toBe(true);
    expect(Object.isFrozen(p.definition)).toBe(true);
    expect(p.definition).toMatchObject({ timezone: "America/Toronto" });
  });

  it("has no identity keys that the definition leaves out (not even as undefined)", () => {
    const p = sla.definePolicy({ timezone: "UTC", hours: "24x7" });
    expect(Object.keys(p).sort()).toEqual(["definition", "severities", "timezone"]);
    expect(p.severities).toEqual([]);
  });

  it("hides its compiled internals: not enumerable, not in JSON, not copied by a spread", () => {
    const p = sla.definePolicy({ timezone: "UTC", hours: "24x7", id: "x" });
    expect(Object.getOwnPropertyDescriptor(p, "compiled")).toMatchObject({ enumerable: false });
    expect(JSON.parse(JSON.stringify(p))).toEqual({ id: "x", timezone: "UTC", severities: [], definition: { id: "x", timezone: "UTC", hours: "24x7" } });
    expect(compiledOf(p).zone.name).toBe("UTC");
    // a copy is not a policy: the brand is not copied either
    expect(() => compiledOf({ ...p })).toThrow(sla.InputError);
    expect(() => sla.isBusinessTime({ ...p } as sla.Policy, 0)).toThrow(/^policy: .* is not a compiled policy; pass the result of definePolicy\(definition\)/);
  });

  it("ranks severities for prioritize by their order in the definition", () => {
    const p = sla.definePolicy(sla.presets.auvikSupportV2);
    expect([...compiledOf(p).severityRank]).toEqual([["sev1", 0], ["sev2", 1], ["sev3", 2], ["sev4", 3]]);
  });

  it("keeps closures out of the calendar clock (they stop business time only)", () => {
    const p = sla.definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ from: "2026-12-24T12:00", to: "2026-12-27T00:00", name: "Winter break" }] });
    const c = compiledOf(p);
    expect(c.business.closures).toEqual([{ start: Date.parse("2026-12-24T12:00Z"), end: Date.parse("2026-12-27T00:00Z"), name: "Winter break" }]);
    expect(c.clock.closures).toEqual([]);
    expect(c.clock.kind).toBe("clock");
    expect(c.business.kind).toBe("business");
  });
});

describe("checks made once the zone is known", () => {
  it("a closure that is empty once its wall-clock ends are resolved (a DST gap) is refused, naming both instants", () => {
    // 2026-03-08 02:59 does not exist in Toronto and resolves forward to 03:59 EDT, after 03:00 EDT
    const r = sla.safeDefinePolicy({ timezone: "America/Toronto", hours: "24x7", holidays: [{ date: "2026-01-01" }, { from: "2026-03-08T02:59", to: "2026-03-08T03:00" }] });
    expect(issuesOf(r)).toEqual([
      {
        path: ["holidays", 1],
        message: "ends at or before it starts once resolved in America/Toronto (2026-03-08T07:59:00.000Z → 2026-03-08T07:00:00.000Z); make the end later than the start",
      },
    ]);
  });

  it("so is such a one-off maintenance window, at maintenance.windows[i]; every problem is reported at once", () => {
    const r = sla.safeDefinePolicy({
      timezone: "America/Toronto",
      hours: "24x7",
      holidays: [{ from: "2026-03-08T02:59", to: "2026-03-08T03:00" }],
      maintenance: { windows: [{ weekly: ["sat"], from: "07:00", to: "09:00" }, { start: "2026-03-08T02:30", end: "2026-03-08T03:15" }] },
    });
    expect(issuesOf(r).map((i) => i.path)).toEqual([["holidays", 0], ["maintenance", "windows", 1]]);
    expect(issuesOf(r)[1]!.message).toMatch(/^ends at or before it starts once resolved in America\/Toronto \(2026-03-08T07:30:00.000Z → 2026-03-08T07:15:00.000Z\)/);
  });

  it("wall-clock closure ends resolve by the compatible rule: 01:00–04:00 across the spring gap lasts 2 hours", () => {
    const p = sla.definePolicy({ timezone: "America/Toronto", hours: "24x7", holidays: [{ from: "2026-03-08T01:00", to: "2026-03-08T04:00" }] });
    // no `name: undefined` key on a closure without a name
    expect(compiledOf(p).business.closures).toStrictEqual([{ start: Date.parse("2026-03-08T06:00Z"), end: Date.parse("2026-03-08T08:00Z") }]);
  });

  it("a closure that resolves to zero length is refused too (02:30 and 03:30 are the same instant on the spring-forward day)", () => {
    const r = sla.safeDefinePolicy({ timezone: "America/Toronto", hours: "24x7", holidays: [{ from: "2026-03-08T02:30", to: "2026-03-08T03:30" }] });
    expect(issuesOf(r).map((i) => i.message)).toEqual([
      "ends at or before it starts once resolved in America/Toronto (2026-03-08T07:30:00.000Z → 2026-03-08T07:30:00.000Z); make the end later than the start",
    ]);
  });

  it("a preset whose zone this runtime lacks (a small-ICU build) is a PolicyError at timezone, not a crash", () => {
    // presets skip the schema pass, so this is the only check of their zone
    const RealFormat = Intl.DateTimeFormat;
    const spy = vi.spyOn(Intl, "DateTimeFormat").mockImplementation(function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      if (options?.timeZone === "America/Toronto") throw new RangeError("Invalid time zone specified: America/Toronto");
      return new RealFormat(locales, options);
    } as unknown as typeof Intl.DateTimeFormat);
    try {
      const r = sla.safeDefinePolicy(sla.presets.auvikSupportV2);
      expect(issuesOf(r)).toEqual([{ path: ["timezone"], message: '"America/Toronto" is not an IANA time zone known to this runtime; use e.g. "America/Toronto" or "UTC"' }]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("region holidays need a source", () => {
  it("sla-clock/lite refuses region entries, every one, with the way out", () => {
    const r = lite.safeDefinePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: "CA-ON" }, { date: "2026-01-01" }, { region: "US" }] });
    const issues = issuesOf(r);
    expect(issues.map((i) => i.path)).toEqual([["holidays", 0, "region"], ["holidays", 2, "region"]]);
    expect(issues[0]!.message).toBe(
      'region holidays ("CA-ON") need date-holidays, which sla-clock/lite leaves out; expand them into dates with `sla-clock holidays POLICY.json --years 2024-2035` (or `npx sla-clock holidays …`), or import from "sla-clock" instead of "sla-clock/lite"',
    );
  });

  it("sla-clock accepts them", () => {
    expect(sla.safeDefinePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: "CA-ON" }] }).success).toBe(true);
  });
});
