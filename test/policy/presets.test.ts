import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dayFromCivil } from "../../src/time/calendarDate.js";
import { parsePolicy } from "../../src/policy/parsePolicy.js";
import { presets } from "../../src/policy/presets.js";

const H = 3_600_000;
const exampleFile = JSON.parse(readFileSync(join(__dirname, "../../examples/policies/auvik-support-v2.json"), "utf8"));

describe("presets.auvikSupportV2", () => {
  it("is deep-equal to examples/policies/auvik-support-v2.json", () => {
    expect(presets.auvikSupportV2).toEqual(exampleFile);
  });

  it("is plain JSON, deep-frozen", () => {
    expect(JSON.parse(JSON.stringify(presets))).toEqual(presets);
    expect(Object.isFrozen(presets)).toBe(true);
    expect(Object.isFrozen(presets.auvikSupportV2.severities!.sev1!.targets)).toBe(true);
    expect(Object.isFrozen((presets.auvikSupportV2.hours as { mon: unknown[] }).mon[0])).toBe(true);
  });

  it("parses into Mon–Fri 04:00–22:00 in America/Toronto, Ontario public holidays and a Saturday window", () => {
    const r = parsePolicy(presets.auvikSupportV2);
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    const p = r.policy;
    expect(p).toMatchObject({ id: "auvik-support", name: "Customer Support Policy", version: "2.0", timezone: "America/Toronto", warnAt: 0.75 });
    expect(p.effectiveFrom).toBe(dayFromCivil(2023, 8, 1));
    expect(p.weekly).toEqual([...Array.from({ length: 5 }, () => [[4 * H, 22 * H]]), [], []]);
    expect(p.regionRules).toEqual([{ code: "CA-ON", country: "CA", state: "ON", types: ["public"], except: [], observed: "next", index: 0 }]);
    expect(p.maintenance).toEqual({
      weekly: [{ weekdays: [5], interval: [7 * H, 9 * H], name: "Scheduled maintenance", index: 0 }],
      oneOff: [],
      pausesClocks: false,
    });
  });

  it("has severities sev1..sev4 in rank order with first-response targets of 2, 4, 24 and 24 hours only", () => {
    const r = parsePolicy(presets.auvikSupportV2);
    if (!r.success) throw new Error("invalid");
    expect(r.policy.severities.map((s) => [s.key, s.label, s.targets])).toEqual([
      ["sev1", "Severity 1", { firstResponse: { duration: 2 * H, clock: "business", pausable: true } }],
      ["sev2", "Severity 2", { firstResponse: { duration: 4 * H, clock: "business", pausable: true } }],
      ["sev3", "Severity 3", { firstResponse: { duration: 24 * H, clock: "business", pausable: true } }],
      ["sev4", "Severity 4", { firstResponse: { duration: 24 * H, clock: "business", pausable: true } }],
    ]);
    for (const s of r.policy.severities) expect(s.description).toMatch(/^[A-Z].{10,120}\.$/);
  });
});
