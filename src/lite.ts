/**
 * `sla-clock/lite`: the whole API without date-holidays, for edge functions and bundles where size
 * and cold start matter. A `region` holiday entry is a `PolicyError` here: expand it into explicit
 * dates with `sla-clock holidays POLICY.json --years 2024-2035` and use the result.
 *
 * @module
 */
// First, so that bundlers emit each schema next to its JSON Schema and the policy layer in one run
// (related text within gzip's 32 KB window: sla-clock/lite is 158 bytes smaller gzipped).
export * from "./exports.js";
import type { Policy, SafeDefineResult } from "./calendar/definePolicy.js";
import { combinePartsWith, safeDefineCombinedPolicyWith } from "./calendar/combinedPolicy.js";
import type { PolicyCombinationDefinition } from "./policy/policySchema.js";
import type { PolicyDefinition } from "./policy/policySchema.js";
import { EXPANDED_PRESETS } from "./policy/expandedPresets.generated.js";
import type { presets as fullPresets } from "./policy/presets.js";

/**
 * The built-in policies as plain JSON, with their region holidays already expanded into explicit
 * dates for the years in {@link PRESET_HOLIDAY_YEARS} (2020–2040), because lite has no
 * date-holidays. Each states them as `holidayYears`, so a calculation that needs another year
 * throws a `HorizonError` (never an answer without the holidays); use `sla-clock` (or expand your
 * own span with `sla-clock holidays POLICY.json --years …`) for other years.
 * @category Policy
 */
export const presets = EXPANDED_PRESETS as typeof fullPresets;
export { SHEETS_HOLIDAY_YEARS as PRESET_HOLIDAY_YEARS } from "./policy/expandedPresets.generated.js";

const HINT =
  'sla-clock/lite leaves out; expand them into dates with `sla-clock holidays POLICY.json --years 2024-2035` (or `npx sla-clock holidays …`), or import from "sla-clock" instead of "sla-clock/lite"';

/**
 * Validates and compiles a policy definition; `region` holiday entries are rejected (see module docs).
 *
 * @throws PolicyError listing every issue.
 * @example
 * definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ date: "2026-12-25" }] }); // ok
 * definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: "US" }] });       // PolicyError at holidays[0].region
 * @category Policy
 */
export function definePolicy(def: unknown): Policy {
  const r = safeDefineCombinedPolicyWith(def, undefined, HINT);
  if (!r.success) throw r.error;
  return r.policy;
}

/**
 * Like {@link definePolicy}, but returns `{ success: false, error }` instead of throwing.
 * @category Policy
 */
export function safeDefinePolicy(def: unknown): SafeDefineResult {
  return safeDefineCombinedPolicyWith(def, undefined, HINT);
}

/**
 * The policy that is open when ANY part is open (follow-the-sun coverage): its business time is
 * the union of the parts' business time as instants, each part keeping its own zone, hours,
 * holidays, closures and clock-pausing maintenance.
 *
 * Rule: the result is a `Policy` like any other. Its zone (offset-less strings, business days,
 * wall-clock output), severities, `warnAt` and maintenance windows (for `availability`) are the
 * first part's; it has no `id`, `name`, `version` or `effectiveFrom`. Parts may be policies,
 * definitions (region holidays are rejected here, as by `definePolicy`) or combined definitions, and may nest (at most 16 levels, 100 policies in all).
 *
 * Edge cases: `unionOf(p)` and `unionOf(p, p)` answer exactly as `p`; `explainDeadline` labels a
 * skipped span with the reason (and name) every part gives there, else `closed`.
 *
 * @throws InputError when there is no part. PolicyError for a bad definition, with paths such as
 *   `["unionOf", 1, "timezone"]`.
 * @example
 * const desk = unionOf(sydney, berlin, toronto); // each Mon–Fri 09:00–17:00 local
 * isBusinessTime(desk, "2026-03-02T15:00Z"); //=> true (Berlin and Toronto are open)
 * desk.timezone; //=> "Australia/Sydney"
 * unionOf(); // throws InputError
 * @category Policy
 */
export function unionOf(...parts: Array<Policy | PolicyDefinition | PolicyCombinationDefinition>): Policy {
  return combinePartsWith("union", parts, undefined, HINT);
}

/**
 * The policy that is open only when EVERY part is open (a joint escalation, a vendor's hours
 * intersected with ours): its business time is the intersection of the parts' business time as
 * instants, each part in its own zone.
 *
 * Rule and edge cases as for {@link unionOf}: the first part gives the zone, severities, `warnAt`
 * and maintenance windows; `intersectionOf(p, p)` answers as `p`.
 *
 * @throws InputError when there is no part. PolicyError for a bad definition, with paths such as
 *   `["intersectionOf", 0, "hours"]`.
 * @example
 * const both = intersectionOf(berlin, toronto); // each Mon–Fri 09:00–17:00 local
 * businessTimeBetween(both, "2026-03-02T00:00Z", "2026-03-03T00:00Z"); //=> 7_200_000 (14:00–16:00 UTC)
 * @category Policy
 */
export function intersectionOf(...parts: Array<Policy | PolicyDefinition | PolicyCombinationDefinition>): Policy {
  return combinePartsWith("intersection", parts, undefined, HINT);
}
