/**
 * The metric plan: what a policy measures, laid out once per policy for the evaluator.
 */
import { describe, expect, it } from "vitest";
import { definePolicy, presets } from "../../src/index.js";
import { compiledOf } from "../../src/calendar/definePolicy.js";
import { evaluateTicket } from "../../src/sla/evaluateTicket.js";
import { metricPlan } from "../../src/sla/metricPlan.js";
import type { Ticket } from "../../src/sla/types.js";

const base = presets.auvikSupportV2;
/** Two policies that differ in their warnAt fractions, severities and targets. */
const first = definePolicy({ ...structuredClone(base), warnAt: [0.25, 0.5, 1] });
const second = definePolicy({
  ...structuredClone(base),
  warnAt: 0.9,
  severities: { urgent: { targets: { firstResponse: "1h" } }, low: { targets: { firstResponse: "8h" } } },
});

describe("metricPlan", () => {
  it("is built once per policy", () => {
    const n = compiledOf(second).normalized;
    expect(metricPlan(n)).toBe(metricPlan(n));
  });

  it("answers each ticket from its own policy's plan when policies alternate", () => {
    const a: Ticket = { createdAt: "2026-11-30T09:00", severity: "sev1" };
    const b: Ticket = { createdAt: "2026-11-30T09:00", severity: "low" };
    const now = "2026-11-30T10:00";
    const alone = [evaluateTicket(first, a, now), evaluateTicket(second, b, now)];
    for (let i = 0; i < 3; i++) {
      expect(evaluateTicket(first, a, now)).toEqual(alone[0]);
      expect(evaluateTicket(second, b, now)).toEqual(alone[1]);
    }
    expect(alone[0]!.severity).toBe("sev1");
    expect(alone[0]!.metrics.firstResponse!.thresholds.map((t) => t.fraction)).toEqual([0.25, 0.5, 1]);
    expect(alone[1]!.severity).toBe("low");
    expect(alone[1]!.metrics.firstResponse!.thresholds.map((t) => t.fraction)).toEqual([0.9]);
  });
});
