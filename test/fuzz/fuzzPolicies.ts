/**
 * Policies for fuzzing: a "full" definition that uses every slot of the schema, a pool of
 * compiled policies with unusual shapes, random valid definitions with severities, and the check
 * of a `definePolicy` outcome shared by the policy and SLA fuzz tests.
 */
import fc from "fast-check";
import * as full from "../../src/index.js";
import * as lite from "../../src/lite.js";
import type { Policy } from "../../src/index.js";
import { policyInZoneArb, ZONES } from "../support/arbitraries.js";
import type { PolicyJson } from "../support/arbitraries.js";
import { ForbiddenOutcome, call, dateProblem, typedErrorProblem } from "./harness.js";

/** A valid definition that uses every slot of the schema (region holidays included). */
export const FULL_DEFINITION = {
  id: "acme",
  name: "Acme support",
  version: "2.0",
  effectiveFrom: "2023-08-01",
  timezone: "America/Toronto",
  hours: {
    mon: [["04:00", "22:00"]],
    tue: [["22:00", "06:00"]],
    wed: [["09:00", "12:00"], ["13:00", "17:00:30"]],
    sat: [["00:00", "24:00"]],
    sun: [["09:00", "09:00"]],
  },
  holidays: [
    { region: "CA-ON", types: ["public", "bank"], except: ["2026-04-06"], name: "Ontario" },
    { date: "2026-12-24", name: "Christmas Eve" },
    { annual: "12-31", hours: [["04:00", "12:00"]], name: "New Year's Eve" },
    { annual: "02-29" },
    { date: "2026-11-28", hours: [["09:00", "13:00"]] },
    { from: "2026-12-24T12:00", to: "2026-12-27T09:00", name: "Winter closure" },
    { from: "2026-06-01T00:00Z", to: "2026-06-02T00:00+02:00" },
    { from: "2026-07-01", to: "2026-07-03" },
  ],
  maintenance: {
    windows: [
      { weekly: ["sat", "sun"], from: "07:00", to: "09:00", name: "Patching" },
      { weekly: ["fri"], from: "23:00", to: "01:00" },
      { start: "2026-05-02T07:00", end: "2026-05-02T11:00", name: "Database upgrade" },
    ],
    pausesClocks: true,
  },
  severities: {
    sev1: {
      label: "Severity 1",
      description: "Production down",
      targets: { firstResponse: "2h", update: "4h", resolution: { duration: "3d", clock: "calendar", pausable: false } },
    },
    sev2: { targets: { firstResponse: { hours: 4 }, update: { duration: "PT8H", pausable: true }, resolution: 144_000_000 } },
    "p.3-x_y": { targets: { update: "1h30m", resolution: { days: 2, hours: 1 } } },
  },
  warnAt: 0.8,
};

/** The full definition without region entries (valid for `sla-clock/lite` too). */
export const FULL_LITE_DEFINITION = { ...FULL_DEFINITION, holidays: FULL_DEFINITION.holidays.filter((h) => !("region" in h)) };

const SEV = { sev1: { targets: { firstResponse: "2h", update: "4h", resolution: { duration: "3d", clock: "calendar" } } } };

/** Compiled policies of unusual shapes, each with severity `sev1` (and more). */
export function policyPool(): Array<{ name: string; policy: Policy }> {
  const mk = (name: string, def: object) => ({ name, policy: full.definePolicy(def) });
  return [
    mk("preset", { ...full.presets.auvikSupportV2, severities: { ...full.presets.auvikSupportV2.severities, ...SEV } }),
    mk("full", FULL_DEFINITION),
    { name: "full-lite", policy: lite.definePolicy(FULL_LITE_DEFINITION) },
    mk("24x7-utc", { timezone: "UTC", hours: "24x7", severities: SEV }),
    mk("never-open", { timezone: "Pacific/Chatham", hours: {}, severities: SEV }),
    mk("closed-weekly-one-special-day", { timezone: "Asia/Kathmandu", hours: {}, holidays: [{ date: "2026-03-10", hours: [["10:00", "10:01"]] }], severities: SEV }),
    mk("one-minute-a-week", { timezone: "America/St_Johns", hours: { sun: [["02:00", "02:01"]] }, severities: SEV }),
    mk("dublin-overnight", {
      timezone: "Europe/Dublin",
      hours: { fri: [["22:00", "06:00"]], sat: [["01:00", "01:00"]] },
      maintenance: { windows: [{ weekly: ["sat"], from: "00:30", to: "03:30" }], pausesClocks: true },
      severities: SEV,
    }),
    mk("apia-2011", { timezone: "Pacific/Apia", hours: { thu: [["00:00", "24:00"]], fri: [["00:00", "24:00"]] }, severities: SEV }),
    mk("santiago-midnight-dst", { timezone: "America/Santiago", hours: { sun: [["00:00", "01:00"]], sat: [["23:00", "24:00"]] }, severities: SEV }),
    mk("long-closure", {
      timezone: "UTC",
      hours: "24x7",
      holidays: [{ from: "2020-01-01", to: "2090-01-01", name: "Seventy years" }],
      severities: SEV,
    }),
  ];
}

/** A random valid definition (shared arbitraries) with random severities and warnAt. */
export const validDefinitionArb: fc.Arbitrary<PolicyJson> = fc
  .tuple(
    fc.constantFrom(...ZONES).chain(policyInZoneArb),
    fc.uniqueArray(fc.constantFrom("sev1", "sev2", "p1", "a.b-c_d", "0"), { minLength: 1, maxLength: 3 }),
    fc.array(
      fc.record(
        {
          firstResponse: fc.constantFrom<unknown>("2h", "15m", 1, "PT30M"),
          update: fc.constantFrom<unknown>("4h", { hours: 1 }, { duration: "1h", pausable: false }),
          resolution: fc.constantFrom<unknown>("3d", { duration: "3d", clock: "calendar" }, { duration: "40h", clock: "business", pausable: false }, "9000h"),
        },
        { requiredKeys: [] },
      ),
      { minLength: 3, maxLength: 3 },
    ),
    fc.option(fc.constantFrom(0.5, 1, 0.75, Number.MIN_VALUE)),
  )
  .map(([def, keys, targets, warnAt]) => ({
    ...def,
    severities: Object.fromEntries(keys.map((k, i) => [k, { targets: targets[i]! }])),
    ...(warnAt !== null && { warnAt }),
  }));

function policyProblem(p: unknown): string | null {
  const q = p as Policy;
  if (typeof q !== "object" || q === null) return "policy is not an object";
  if (!Object.isFrozen(q)) return "policy is not frozen";
  if (typeof q.timezone !== "string") return "policy.timezone is not a string";
  if (!Array.isArray(q.severities) || !q.severities.every((s) => typeof s === "string")) return "policy.severities is not a list of keys";
  if (!Object.isFrozen(q.definition)) return "policy.definition is not frozen";
  return null;
}

/**
 * `safeDefinePolicy` and `definePolicy` of both entry points on `def`: safeDefinePolicy never
 * throws; definePolicy throws a PolicyError exactly when safeDefinePolicy fails; lite never accepts
 * what the full entry rejects; `policySchema.safeParse` never throws. A valid policy is exercised
 * once (compile, one open check, one deadline per severity).
 */
export function checkDefinition(def: unknown): void {
  checkDefinitionWith(def, true);
}

/** {@link checkDefinition} with only `safeDefinePolicy` of the full entry point (for exhaustive loops). */
export function checkDefinitionLight(def: unknown): void {
  checkDefinitionWith(def, false);
}

function checkDefinitionWith(def: unknown, everything: boolean): void {
  const results: boolean[] = [];
  const apis = everything ? ([["full", full], ["lite", lite]] as const) : ([["full", full]] as const);
  for (const [label, api] of apis) {
    const outcome = call(`${label}.safeDefinePolicy`, () => api.safeDefinePolicy(def), (r) => {
      if (typeof r !== "object" || r === null || typeof r.success !== "boolean") return "not a { success } result";
      if (r.success) return policyProblem(r.policy);
      return typedErrorProblem(r.error) ?? (r.error instanceof full.PolicyError ? null : "error is not a PolicyError");
    });
    // safeDefinePolicy never throws, not even a typed error or the caller's own hostile getter's.
    if (!outcome.ok) throw new ForbiddenOutcome(`${label}.safeDefinePolicy threw ${outcome.error.name}: ${outcome.error.message.slice(0, 200)}`);
    const safe = outcome.value;
    results.push(safe.success);
    if (!everything) {
      if (safe.success) exercise(safe.policy);
      return;
    }
    const thrown = call(`${label}.definePolicy`, () => api.definePolicy(def), policyProblem);
    if (thrown.ok !== safe.success) throw new ForbiddenOutcome(`${label}: definePolicy and safeDefinePolicy disagree`);
    if (!thrown.ok && !(thrown.error instanceof full.PolicyError)) throw new ForbiddenOutcome(`${label}.definePolicy threw ${thrown.error.name}`);
    if (safe.success) exercise(safe.policy);
  }
  if (results[1] && !results[0]) throw new ForbiddenOutcome("lite accepted a definition that the full entry point rejects");
  call("policySchema.safeParse", () => full.policySchema.safeParse(def), (r) => (typeof r?.success === "boolean" ? null : "no success flag"));
}

function exercise(p: Policy): void {
  const at = Date.UTC(2026, 10, 27, 21, 30);
  call("isBusinessTime", () => full.isBusinessTime(p, at), (r) => (typeof r === "boolean" ? null : "not a boolean"));
  for (const severity of p.severities) {
    call("computeDeadline", () => full.computeDeadline(p, { severity, start: at, metric: "resolution" }), (r) => (r === null ? null : dateProblem(r)));
  }
}
