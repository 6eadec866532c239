/**
 * `sla-clock/lite`: the whole API without date-holidays, for edge functions and bundles where size
 * and cold start matter. A `region` holiday entry is a `PolicyError` here: expand it into explicit
 * dates with `sla-clock holidays POLICY.json --years 2024-2035` and use the result.
 *
 * @module
 */
import type { Policy, SafeDefineResult } from "./calendar/definePolicy.js";
import { safeDefinePolicyWith } from "./calendar/definePolicy.js";
import { EXPANDED_PRESETS } from "./policy/expandedPresets.generated.js";
import type { presets as fullPresets } from "./policy/presets.js";

export * from "./exports.js";

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
  const r = safeDefinePolicyWith(def, undefined, HINT);
  if (!r.success) throw r.error;
  return r.policy;
}

/**
 * Like {@link definePolicy}, but returns `{ success: false, error }` instead of throwing.
 * @category Policy
 */
export function safeDefinePolicy(def: unknown): SafeDefineResult {
  return safeDefinePolicyWith(def, undefined, HINT);
}
