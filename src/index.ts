/**
 * `sla-clock`: exact business-time arithmetic, SLA deadlines and breach checks.
 * This entry point includes region holidays through date-holidays; `sla-clock/lite` is the same
 * API without them.
 *
 * @module
 */
import { dateHolidaysSource } from "./calendar/dateHolidaysSource.js";
import type { Policy, SafeDefineResult } from "./calendar/definePolicy.js";
import { safeDefinePolicyWith } from "./calendar/definePolicy.js";

export * from "./exports.js";
export { presets } from "./policy/presets.js";
export { expandRegionHolidays } from "./calendar/expandRegionHolidays.js";
export type { YearSpan } from "./time/yearSpan.js";

const HINT = "is unavailable here";

/**
 * Validates a policy definition (CONTRACT §2) and compiles it for fast queries.
 *
 * Compile once and reuse the result: the policy caches business time per local year. Every
 * problem in the definition is reported at once, each with its path.
 *
 * @param def - plain JSON (see `docs/policy.md`), e.g. `presets.auvikSupportV2`.
 * @throws PolicyError listing every issue (`error.issues[i].path`, `.message`).
 * @example
 * const p = definePolicy({ timezone: "Europe/Dublin", hours: { mon: [["09:00", "17:30"]] } });
 * p.timezone; //=> "Europe/Dublin"
 * definePolicy({ timezone: "Mars/Base", hours: "24x7" }); // throws PolicyError: timezone: "Mars/Base" is not …
 * @category Policy
 */
export function definePolicy(def: unknown): Policy {
  const r = safeDefinePolicyWith(def, dateHolidaysSource, HINT);
  if (!r.success) throw r.error;
  return r.policy;
}

/**
 * Like {@link definePolicy}, but returns `{ success: false, error }` instead of throwing.
 *
 * @example
 * const r = safeDefinePolicy({ timezone: "UTC", hours: { mon: [["25:00", "26:00"]] } });
 * r.success; //=> false
 * r.success || r.error.issues[0].path; //=> ["hours", "mon", 0, 0]
 * @category Policy
 */
export function safeDefinePolicy(def: unknown): SafeDefineResult {
  return safeDefinePolicyWith(def, dateHolidaysSource, HINT);
}
