import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { safeDefinePolicy } from "../../src/index.js";
import { POLICY_LIMITS } from "../../src/policy/policyLimits.js";
import { policySchema } from "../../src/policy/policySchema.js";
import type { PolicyCombinationDefinition, PolicyDefinition } from "../../src/policy/policySchema.js";
import { presets } from "../../src/policy/presets.js";
import { params } from "../support/runs.js";
import { contractExample, structurallyInvalid, validDefinitions } from "./fixtures.js";

describe("policySchema", () => {
  it("accepts the contract's example definition, typed as PolicyDefinition", () => {
    const typed: PolicyDefinition = contractExample;
    expect(policySchema.safeParse(typed).success).toBe(true);
  });

  it.each(validDefinitions.map((d, i) => [i, d] as const))("accepts valid definition #%i and returns it unchanged", (_i, def) => {
    const r = policySchema.safeParse(def);
    expect(r.success).toBe(true);
    expect(r.data).toEqual(def);
  });

  it("accepts the preset", () => {
    expect(policySchema.safeParse(presets.auvikSupportV2).success).toBe(true);
  });

  it.each(structurallyInvalid)("rejects %s", (_what, def) => {
    expect(policySchema.safeParse(def).success).toBe(false);
  });

  it.each([
    ["the root", { timezone: "UTC", hours: "24x7", extra: 1 }],
    ["weekly hours", { timezone: "UTC", hours: { mon: [], extra: 1 } }],
    ["a holiday entry", { timezone: "UTC", hours: "24x7", holidays: [{ date: "2026-12-24", extra: 1 }] }],
    ["maintenance", { timezone: "UTC", hours: "24x7", maintenance: { extra: 1 } }],
    ["a maintenance window", { timezone: "UTC", hours: "24x7", maintenance: { windows: [{ weekly: ["sat"], from: "07:00", to: "09:00", extra: 1 }] } }],
    ["a severity", { timezone: "UTC", hours: "24x7", severities: { s: { targets: {}, extra: 1 } } }],
    ["targets", { timezone: "UTC", hours: "24x7", severities: { s: { targets: { extra: "1h" } } } }],
    ["a target object", { timezone: "UTC", hours: "24x7", severities: { s: { targets: { update: { duration: "1h", extra: 1 } } } } }],
    ["a duration object", { timezone: "UTC", hours: "24x7", severities: { s: { targets: { update: { hours: 1, weeks: 1 } } } } }],
  ])("rejects unknown keys in %s", (_where, def) => {
    const r = policySchema.safeParse(def);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error!.issues)).toContain("unknown key");
  });

  it("publishes its limits", () => {
    expect(POLICY_LIMITS).toMatchObject({ intervalsPerDay: 48, holidays: 10_000, maintenanceWindows: 1_000, severities: 100 });
    expect(Object.isFrozen(POLICY_LIMITS)).toBe(true);
  });

  it("keeps the severity key order of the input in its output", () => {
    const r = policySchema.safeParse({ timezone: "UTC", hours: "24x7", severities: { z: { targets: {} }, a: { targets: {} }, m: { targets: {} } } });
    expect(Object.keys((r.data as PolicyDefinition).severities!)).toEqual(["z", "a", "m"]);
  });
});

describe("policySchema reads a definition as definePolicy does", () => {
  it("never throws for a value that cannot be read: an issue at its path, in a plain definition and in a combination's part", () => {
    const plain = { timezone: "UTC", get hours(): unknown { throw new Error("boom"); } };
    for (const [def, path] of [[plain, ["hours"]], [{ unionOf: [plain] }, ["unionOf", 0, "hours"]]] as const) {
      const r = policySchema.safeParse(def);
      expect(r.success).toBe(false);
      expect(r.error!.issues.map((i) => [i.path, i.message])).toEqual([[path, "could not be read (boom); pass plain JSON data"]]);
      expect(safeDefinePolicy(def).success).toBe(false);
    }
  });

  it("finds a section given as a non-enumerable property missing, as definePolicy does", () => {
    const def = Object.defineProperty({ timezone: "UTC" }, "hours", { value: "24x7", enumerable: false });
    expect(policySchema.safeParse(def).success).toBe(false);
    expect(policySchema.safeParse({ unionOf: [def] }).success).toBe(false);
    expect(safeDefinePolicy(def).success).toBe(false);
  });
});

describe("policySchema: combinations (CONTRACT §7), read as definePolicy reads them", () => {
  const toronto = { timezone: "America/Toronto", hours: { mon: [["09:00", "17:00"]] } };
  const berlin = { timezone: "Europe/Berlin", hours: "24x7", severities: { sev1: { targets: { firstResponse: "2h" } } } };
  const plain = (n: number) => Array.from({ length: n }, () => toronto);
  const nested = (levels: number, inner: unknown = toronto): unknown => (levels === 0 ? inner : { unionOf: [nested(levels - 1, inner)] });

  /** The schema's issues as `{ path, message }`, or [] when it accepts `def`. */
  const schemaIssues = (def: unknown) => {
    const r = policySchema.safeParse(def);
    return r.success ? [] : r.error.issues.map((i) => ({ path: i.path, message: i.message }));
  };
  /** definePolicy's issues, or [] when it accepts `def`. */
  const defineIssues = (def: unknown) => {
    const r = safeDefinePolicy(def);
    return r.success ? [] : r.error.issues.map((i) => ({ path: [...i.path], message: i.message }));
  };

  it("accepts a union and an intersection of definitions and returns them as written, typed as a combination", () => {
    for (const def of [{ unionOf: [toronto, berlin] }, { intersectionOf: [berlin] }, { unionOf: [presets.auvikSupportV2, contractExample] }]) {
      const r = policySchema.safeParse(def);
      expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
      expect(r.data).toEqual(def);
      expect(safeDefinePolicy(def).success).toBe(true);
    }
    const typed: PolicyDefinition | PolicyCombinationDefinition = policySchema.parse({ intersectionOf: [toronto] });
    expect("intersectionOf" in typed && typed.intersectionOf).toEqual([toronto]);
  });

  it("accepts combinations nested in combinations, up to 16 levels deep", () => {
    const def = { unionOf: [toronto, { intersectionOf: [berlin, { unionOf: [toronto, berlin] }] }] };
    expect(policySchema.safeParse(def).data).toEqual(def);
    expect(policySchema.safeParse(nested(16)).success).toBe(true);
    expect(safeDefinePolicy(nested(16)).success).toBe(true);
  });

  it("refuses a combination nested 17 levels deep, with definePolicy's issue", () => {
    const issues = schemaIssues(nested(17));
    expect(issues).toEqual([
      {
        path: [...Array.from({ length: 16 }, () => ["unionOf", 0]).flat(), "unionOf"],
        message: 'nests combinations more than 16 levels deep; flatten them ({ "unionOf": [a, { "unionOf": [b, c] }] } is { "unionOf": [a, b, c] })',
      },
    ]);
    expect(issues).toEqual(defineIssues(nested(17)));
  });

  it("refuses a part that is not a valid definition, at the path through the combination", () => {
    const r = policySchema.safeParse({ unionOf: [toronto, { intersectionOf: [berlin, { timezone: "Mars/Base", hours: "24x7" }] }] });
    expect(r.error?.issues.map((i) => i.path)).toEqual([["unionOf", 1, "intersectionOf", 1, "timezone"]]);
    expect(schemaIssues({ intersectionOf: [toronto, 5] })).toEqual([
      { path: ["intersectionOf", 1], message: 'expected a policy definition object such as { "timezone": "America/Toronto", "hours": "24x7" }, got 5' },
    ]);
    const unknown = policySchema.safeParse({ unionOf: [{ ...toronto, colour: "red" }] });
    expect(unknown.error?.issues).toMatchObject([{ code: "unrecognized_keys", keys: ["colour"], path: ["unionOf", 0] }]);
    // every problem of every part, as definePolicy reports them
    const two = { unionOf: [{ timezone: "UTC" }, toronto, { hours: "24x7" }] };
    expect(schemaIssues(two).map((i) => i.path)).toEqual(defineIssues(two).map((i) => i.path));
  });

  it("refuses an empty list, more than 100 parts and more than 100 policies in all, with definePolicy's issues", () => {
    for (const ok of [{ unionOf: plain(100) }, { unionOf: [{ unionOf: plain(60) }, { intersectionOf: plain(40) }] }]) {
      expect(policySchema.safeParse(ok).success).toBe(true);
    }
    const tooMany = "one policy too many: a combination holds at most 100 policies in all";
    const cases: Array<[unknown, unknown[]]> = [
      [{ unionOf: [] }, [{ path: ["unionOf"], message: "has no parts; list at least one policy definition" }]],
      [{ intersectionOf: [{ unionOf: [] }] }, [{ path: ["intersectionOf", 0, "unionOf"], message: "has no parts; list at least one policy definition" }]],
      [{ unionOf: plain(101) }, [{ path: ["unionOf"], message: "has 101 parts; at most 100 are allowed" }]],
      [{ unionOf: [{ unionOf: plain(60) }, { intersectionOf: plain(41) }] }, [{ path: ["unionOf", 1, "intersectionOf", 40], message: tooMany }]],
      // the reading stops at the first policy too many, as definePolicy's does
      [{ unionOf: [{ unionOf: plain(60) }, { unionOf: plain(45) }, toronto] }, [{ path: ["unionOf", 1, "unionOf", 40], message: tooMany }]],
    ];
    for (const [def, expected] of cases) {
      expect(schemaIssues(def)).toEqual(expected);
      expect(defineIssues(def)).toEqual(expected);
    }
  });

  it("refuses an unknown key beside unionOf, both keys, and parts that are not a list, with definePolicy's issues (code custom)", () => {
    const cases: Array<[unknown, unknown[]]> = [
      [
        { unionOf: [toronto], timezone: "UTC" },
        [{ path: ["timezone"], message: 'unknown key "timezone"; a combined policy has only "unionOf": put settings such as the zone in its parts (the first part\'s zone, severities and warnAt apply)' }],
      ],
      [{ unionOf: [toronto], intersectionOf: [toronto] }, [{ path: [], message: 'has both "unionOf" and "intersectionOf"; use one, and nest the other as one of its parts' }]],
      [
        { intersectionOf: toronto },
        [{ path: ["intersectionOf"], message: `${JSON.stringify(toronto)} is not a list of parts; use an array of policy definitions, e.g. [{ "timezone": "Europe/Berlin", "hours": "24x7" }]` }],
      ],
    ];
    for (const [def, expected] of cases) {
      expect(schemaIssues(def)).toEqual(expected);
      expect(defineIssues(def)).toEqual(expected);
      expect(policySchema.safeParse(def).error!.issues.every((i) => i.code === "custom")).toBe(true);
    }
  });

  it("composes with the caller's zod: a combination inside z.object is checked the same way", () => {
    const wrapped = z.object({ policy: policySchema });
    expect(wrapped.safeParse({ policy: { unionOf: [toronto, berlin] } }).success).toBe(true);
    const r = wrapped.safeParse({ policy: { unionOf: [toronto, { timezone: "Mars/Base", hours: "24x7" }] } });
    expect(r.error?.issues.map((i) => i.path)).toEqual([["policy", "unionOf", 1, "timezone"]]);
  });

  it("accepts exactly what safeDefinePolicy accepts, over generated combinations (valid, and slightly broken)", () => {
    // plain parts without region holidays (whose codes only definePolicy checks against date-holidays)
    const valid = validDefinitions.filter((d) => !JSON.stringify(d).includes('"region"'));
    const invalid = structurallyInvalid.map(([, d]) => d);
    const leaf = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...invalid) });
    const key = fc.constantFrom("unionOf", "intersectionOf");
    const { tree } = fc.letrec<{ tree: unknown; combination: unknown }>((tie) => ({
      tree: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("combination")),
      combination: fc.oneof(
        { weight: 10, arbitrary: fc.tuple(key, fc.array(tie("tree"), { minLength: 1, maxLength: 4 })).map(([k, parts]) => ({ [k]: parts })) },
        // slightly broken: no part, a key beside the list, both keys, a part list that is no list
        { weight: 1, arbitrary: key.map((k) => ({ [k]: [] })) },
        { weight: 1, arbitrary: fc.tuple(key, tie("tree")).map(([k, part]) => ({ [k]: [part], timezone: "UTC" })) },
        { weight: 1, arbitrary: tie("tree").map((part) => ({ unionOf: [part], intersectionOf: [part] })) },
        { weight: 1, arbitrary: fc.tuple(key, tie("tree")).map(([k, part]) => ({ [k]: part })) },
      ),
    }));
    // the limits: depth around 16 and policies in all around 100
    const deep = fc.tuple(fc.integer({ min: 14, max: 18 }), leaf).map(([levels, inner]) => nested(levels, inner));
    const wide = fc.tuple(key, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 30, max: 60 })).map(([k, a, b]) => ({ [k]: [{ unionOf: plain(a) }, { intersectionOf: plain(b) }] }));
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 6, arbitrary: tree }, deep, wide), (def) => {
        const r = policySchema.safeParse(def);
        expect(r.success, JSON.stringify(def)).toBe(safeDefinePolicy(def).success);
        if (r.success) {
          expect(r.data).toEqual(def);
          accepted++;
        } else refused++;
      }),
      params(150),
    );
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});
