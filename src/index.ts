/**
 * `sla-clock`: exact business-time arithmetic, SLA deadlines and breach checks.
 * This entry point includes region holidays through date-holidays; `sla-clock/lite` is the same
 * API without them.
 *
 * @module
 */
// First, so that bundlers emit each schema next to its JSON Schema and the policy layer in one run
// (related text within gzip's 32 KB window: sla-clock/lite is 158 bytes smaller gzipped).
export * from "./exports.js";
import { dateHolidaysSource } from "./calendar/dateHolidaysSource.js";
import type { Policy, SafeDefineResult } from "./calendar/definePolicy.js";
import { combinePartsWith, safeDefineCombinedPolicyWith } from "./calendar/combinedPolicy.js";
import type { PolicyCombinationDefinition } from "./policy/policySchema.js";
import type { PolicyDefinition } from "./policy/policySchema.js";

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
 * definePolicy({ timezone: "Mars/Base", hours: "24x7" }); // throws PolicyError "Invalid policy (1 issue):\n  timezone: \"Mars/Base\" is not an IANA time zone; …"
 * @category Policy
 */
export function definePolicy(def: unknown): Policy {
  const r = safeDefineCombinedPolicyWith(def, dateHolidaysSource, HINT);
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
  return safeDefineCombinedPolicyWith(def, dateHolidaysSource, HINT);
}

/**
 * The policy that is open when ANY part is open (follow-the-sun coverage): its business time is
 * the union of the parts' business time as instants, each part keeping its own zone, hours,
 * holidays, closures and clock-pausing maintenance.
 *
 * Rule: the result is a `Policy` like any other. Its zone (offset-less strings, business days,
 * wall-clock output), severities, `warnAt` and maintenance windows (for `availability`) are the
 * first part's; it has no `id`, `name`, `version` or `effectiveFrom`. Parts may be policies,
 * definitions or combined definitions, and may nest (at most 16 levels, 100 policies in all).
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
  return combinePartsWith("union", parts, dateHolidaysSource, HINT);
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
  return combinePartsWith("intersection", parts, dateHolidaysSource, HINT);
}
