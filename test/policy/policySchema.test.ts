import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { POLICY_LIMITS } from "../../src/policy/policyLimits.js";
import { policySchema } from "../../src/policy/policySchema.js";
import type { PolicyDefinition } from "../../src/policy/policySchema.js";
import { presets } from "../../src/policy/presets.js";
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
    expect(Object.keys(r.data!.severities!)).toEqual(["z", "a", "m"]);
  });
});
