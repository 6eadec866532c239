/**
 * The JSON form of a combined policy (CONTRACT §7): `{ "unionOf": [def, …] }` or
 * `{ "intersectionOf": [def, …] }`, each part a policy definition or another such object. This file
 * reads the envelope only; the parts are validated and compiled one by one by the calendar layer.
 *
 * @module
 */
import type { PolicyIssue } from "../errors.js";
import { describeValue, hasOwn, isRecord, thrownText } from "../errors.js";
import type { PolicyDefinition } from "./policySchema.js";

/** How parts combine: `union` is open when any part is open, `intersection` only when every part is. */
export type PolicyCombinationOp = "union" | "intersection";

/**
 * A combined policy as JSON: the union (`unionOf`) or the intersection (`intersectionOf`) of its
 * parts' business time, each part keeping its own zone, hours and holidays. The first part gives
 * the zone, severities, `warnAt` and maintenance windows. Read by `definePolicy` wherever a
 * definition is read (see `docs/follow-the-sun.md`).
 *
 * @example
 * const def: PolicyCombinationDefinition = {
 *   unionOf: [
 *     { timezone: "Australia/Sydney", hours: { mon: [["09:00", "17:00"]] } },
 *     { timezone: "Europe/Berlin", hours: { mon: [["09:00", "17:00"]] } },
 *   ],
 * };
 * @category Policy
 */
export type PolicyCombinationDefinition =
  | {
      /** The parts (at least one): business time when any part is open; zone and severities from the first. */
      readonly unionOf: ReadonlyArray<PolicyDefinition | PolicyCombinationDefinition>;
    }
  | {
      /** The parts (at least one): business time only when every part is open; zone and severities from the first. */
      readonly intersectionOf: ReadonlyArray<PolicyDefinition | PolicyCombinationDefinition>;
    };

/**
 * Limits of a combination, so that a hostile file or a runaway loop of `unionOf` calls fails fast:
 * `parts` plain policies in all (counting through every level), nested `depth` levels deep.
 */
export const COMBINATION_LIMITS = Object.freeze({ parts: 100, depth: 16 });

/** The key of the JSON form for each operation. */
export const COMBINATION_KEYS: Readonly<Record<PolicyCombinationOp, "unionOf" | "intersectionOf">> = Object.freeze({
  union: "unionOf",
  intersection: "intersectionOf",
});

/** What {@link readPolicyCombination} found. */
export type PolicyCombinationEnvelope =
  | { readonly success: true; readonly op: PolicyCombinationOp; readonly key: "unionOf" | "intersectionOf"; readonly parts: ReadonlyArray<unknown> }
  | { readonly success: false; readonly issues: PolicyIssue[] };

/**
 * The envelope of a combined policy definition, or `null` when `def` is not one (not an object
 * with an own `unionOf` or `intersectionOf` key): then it is a plain definition.
 *
 * Rule: exactly one of the two keys, no other key, and an array of 1 to
 * {@link COMBINATION_LIMITS}.parts parts. The parts themselves are not looked at.
 *
 * @throws Never: a getter or proxy that throws becomes an issue at the root.
 * @example
 * readPolicyCombination({ timezone: "UTC", hours: "24x7" }); //=> null
 * readPolicyCombination({ unionOf: [a, b] }); //=> { success: true, op: "union", key: "unionOf", parts: [a, b] }
 * readPolicyCombination({ unionOf: [] });
 * //=> { success: false, issues: [{ path: ["unionOf"], message: "has no parts; list at least one policy definition" }] }
 */
export function readPolicyCombination(def: unknown): PolicyCombinationEnvelope | null {
  try {
    if (!isRecord(def)) return null;
    const union = hasOwn(def, "unionOf");
    const intersection = hasOwn(def, "intersectionOf");
    if (!union && !intersection) return null;
    const issues: PolicyIssue[] = [];
    if (union && intersection) {
      issues.push({ path: [], message: 'has both "unionOf" and "intersectionOf"; use one, and nest the other as one of its parts' });
    }
    const key = union ? "unionOf" : "intersectionOf";
    for (const other of Object.keys(def)) {
      if (other === "unionOf" || other === "intersectionOf") continue;
      issues.push({ path: [other], message: `unknown key ${describeValue(other)}; a combined policy has only ${JSON.stringify(key)}: put settings such as the zone in its parts (the first part's zone, severities and warnAt apply)` });
    }
    const parts: unknown = (def as Record<string, unknown>)[key];
    if (!Array.isArray(parts)) {
      issues.push({ path: [key], message: `${describeValue(parts)} is not a list of parts; use an array of policy definitions, e.g. [{ "timezone": "Europe/Berlin", "hours": "24x7" }]` });
    } else if (parts.length === 0) {
      issues.push({ path: [key], message: "has no parts; list at least one policy definition" });
    } else if (parts.length > COMBINATION_LIMITS.parts) {
      issues.push({ path: [key], message: `has ${parts.length} parts; at most ${COMBINATION_LIMITS.parts} are allowed` });
    }
    if (issues.length > 0) return { success: false, issues };
    return { success: true, op: union ? "union" : "intersection", key, parts: [...(parts as unknown[])] };
  } catch (err) {
    return { success: false, issues: [{ path: [], message: `the definition could not be read (${thrownText(err)}); pass plain JSON data` }] };
  }
}
