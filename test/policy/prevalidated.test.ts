/**
 * The presets skip schema validation in parsePolicy (a cold-start saving); this file is the proof
 * that they may: each one passes the full schema, and parsing it gives exactly what parsing an
 * unrelated copy of it gives.
 */
import { describe, expect, it } from "vitest";
import { PolicyError, definePolicy, presets as fullPresets } from "../../src/index.js";
import { presets as litePresets } from "../../src/lite.js";
import { EXPANDED_PRESETS } from "../../src/policy/expandedPresets.generated.js";
import { parsePolicy } from "../../src/policy/parsePolicy.js";
import { policySchema } from "../../src/policy/policySchema.js";
import { deepFreeze, isPrevalidated, prevalidatedDefinitions } from "../../src/policy/prevalidated.js";

const shipped = [
  ...Object.entries(fullPresets).map(([k, v]) => [`presets.${k}`, v] as const),
  ...Object.entries(litePresets).map(([k, v]) => [`lite presets.${k}`, v] as const),
  ...Object.entries(EXPANDED_PRESETS).map(([k, v]) => [`EXPANDED_PRESETS.${k}`, v] as const),
];

function everyNodeFrozen(v: unknown): boolean {
  if (typeof v !== "object" || v === null) return true;
  return Object.isFrozen(v) && Object.values(v).every(everyNodeFrozen);
}

describe("the shipped presets are prevalidated", () => {
  it.each(shipped)("%s passes the full schema", (_name, def) => {
    const r = policySchema.safeParse(structuredClone(def), { jitless: true });
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });

  it.each(shipped)("%s parses to the same normalized policy as a copy of it that is validated", (_name, def) => {
    expect(isPrevalidated(def)).toBe(true);
    const copy = structuredClone(def);
    expect(isPrevalidated(copy)).toBe(false);
    const trusted = parsePolicy(def);
    const validated = parsePolicy(copy);
    expect(validated.success).toBe(true);
    expect(trusted).toEqual(validated);
  });

  it.each(shipped)("%s is deep-frozen, so it cannot be changed after it was trusted", (_name, def) => {
    expect(everyNodeFrozen(def)).toBe(true);
    expect(() => (def.holidays as unknown[] | undefined)?.push({ date: "not a date" })).toThrow(TypeError);
  });

  it("lite's presets are the expanded ones: no region entries, and 2020–2040 holidays as dates", () => {
    const holidays = litePresets.auvikSupportV2.holidays ?? [];
    expect(holidays.some((h) => "region" in h)).toBe(false);
    expect(holidays.filter((h) => "date" in h).length).toBeGreaterThan(200);
  });
});

describe("anything else is validated", () => {
  it("a copy of a preset with a mistake is a PolicyError naming the path", () => {
    const copy = structuredClone(fullPresets.auvikSupportV2) as unknown as { hours: Record<string, string[][]> };
    copy.hours["mon"]![0]![1] = "25:00";
    expect(() => definePolicy(copy)).toThrow(PolicyError);
    try {
      definePolicy(copy);
    } catch (e) {
      expect((e as PolicyError).issues.map((i) => i.path)).toEqual([["hours", "mon", 0, 1]]);
    }
  });

  it("a user's deep-frozen definition is not trusted: freezing is not validation", () => {
    const frozen = deepFreeze({ timezone: "UTC", hours: { mon: [["09:00", "25:00"]] } });
    expect(isPrevalidated(frozen)).toBe(false);
    expect(parsePolicy(frozen).success).toBe(false);
  });

  it("isPrevalidated answers false for non-objects", () => {
    for (const v of [null, undefined, 0, "x", true]) expect(isPrevalidated(v)).toBe(false);
  });

  it("prevalidatedDefinitions deep-freezes what it registers, even under an already-frozen parent", () => {
    const inner = { mon: [["09:00", "17:00"]] };
    const def = Object.freeze({ timezone: "UTC", hours: inner });
    const record = prevalidatedDefinitions({ def });
    expect(Object.isFrozen(record)).toBe(true);
    expect(Object.isFrozen(inner)).toBe(true);
    expect(Object.isFrozen(inner.mon[0])).toBe(true);
    expect(isPrevalidated(def)).toBe(true);
  });
});
