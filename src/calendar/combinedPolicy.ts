/**
 * Combined policies (CONTRACT §7, follow-the-sun): the union or intersection of other policies'
 * business time, from compiled parts (`unionOf` / `intersectionOf`) or from the JSON form
 * `{ "unionOf": [...] }` / `{ "intersectionOf": [...] }` read wherever a definition is read.
 *
 * @module
 */
import { InputError, PolicyError, appendAll } from "../errors.js";
import type { PolicyIssue } from "../errors.js";
import type { NormalizedPolicy } from "../policy/normalizedPolicy.js";
import type { PolicyCombinationDefinition } from "../policy/policySchema.js";
import type { DefinitionReader, PolicyCombinationOp } from "../policy/policyCombination.js";
import { COMBINATION_KEYS, COMBINATION_LIMITS, issuesOfPart, readDefinition } from "../policy/policyCombination.js";
import { combinedCalendar } from "./combinedCalendar.js";
import type { CompiledPolicy, Policy, SafeDefineResult } from "./definePolicy.js";
import { failure, isPolicy, safeDefinePolicyWith, sealPolicy } from "./definePolicy.js";
import type { RegionHolidaySource } from "./regionHolidaySource.js";

/**
 * The policy whose business time is the union (`op = "union"`) or intersection of the parts'
 * business time as instants; its calendar clock (for `clock: "calendar"` targets) combines the
 * parts' clocks the same way. Zone, severities, `warnAt` and maintenance windows are the first
 * part's; `id`, `name`, `version` and `effectiveFrom` are not carried over (it is in force always).
 *
 * @param parts - at least one compiled policy (the caller checks).
 * @throws InputError when the parts nest more than {@link COMBINATION_LIMITS}.depth levels deep or
 *   hold more than {@link COMBINATION_LIMITS}.parts plain policies in all.
 */
export function combinedPolicy(op: PolicyCombinationOp, parts: ReadonlyArray<Policy>): Policy {
  const what = COMBINATION_KEYS[op];
  const compiled = parts.map((p) => p.compiled);
  const business = combinedCalendar(op, compiled.map((c) => c.business));
  const { depth, leaves } = business.combination!;
  if (depth > COMBINATION_LIMITS.depth) {
    throw new InputError(`${what}: the parts nest combinations ${depth} levels deep; at most ${COMBINATION_LIMITS.depth} are allowed (flatten them: unionOf(a, unionOf(b, c)) is unionOf(a, b, c))`);
  }
  if (leaves > COMBINATION_LIMITS.parts) {
    throw new InputError(`${what}: the parts hold ${leaves} policies in all; at most ${COMBINATION_LIMITS.parts} are allowed`);
  }
  const clock = combinedCalendar(op, compiled.map((c) => c.clock));
  const first = compiled[0]!;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { id, name, version, effectiveFrom, holidayYears, ...rest } = first.normalized;
  // Holidays are complete only where every part's are: the overlap of the parts' spans.
  const covered = business.holidayYears;
  const normalized: NormalizedPolicy = Object.freeze(covered === undefined ? rest : { ...rest, holidayYears: covered });
  const c: CompiledPolicy = Object.freeze({ normalized, zone: first.zone, business, clock, severityRank: first.severityRank });
  const definition = Object.freeze({ [what]: Object.freeze(parts.map((p) => p.definition)) }) as PolicyCombinationDefinition;
  return sealPolicy(c, definition);
}

/** The reader of definitions for {@link readDefinition}: plain ones compiled with `regionSource`, combinations combined. */
function policyReader(regionSource: RegionHolidaySource | undefined, hint: string): DefinitionReader<Policy> {
  return {
    leaf(def) {
      const r = safeDefinePolicyWith(def, regionSource, hint);
      return r.success ? r.policy : (r.error.issues as PolicyIssue[]);
    },
    node: combinedPolicy,
    leaves: 0,
  };
}

/**
 * Validates and compiles a definition that may be a combination: `{ "unionOf": [...] }` or
 * `{ "intersectionOf": [...] }` (parts nested to any depth up to {@link COMBINATION_LIMITS}), or a
 * plain definition (as {@link safeDefinePolicyWith}). Issues inside a part carry the path through
 * the combination, e.g. `["unionOf", 1, "timezone"]`.
 */
export function safeDefineCombinedPolicyWith(def: unknown, regionSource: RegionHolidaySource | undefined, hint: string): SafeDefineResult {
  const r = readDefinition(def, policyReader(regionSource, hint), 0);
  return Array.isArray(r) ? failure(r) : { success: true, policy: r };
}

/**
 * `unionOf(...parts)` / `intersectionOf(...parts)` for an entry point: parts are compiled policies
 * or definitions (plain or combined), compiled with `regionSource`.
 *
 * @throws InputError when there is no part (or the parts nest too deep).
 * @throws PolicyError listing every issue of every part given as a definition, with paths like
 *   `["unionOf", 1, "timezone"]`.
 */
export function combinePartsWith(op: PolicyCombinationOp, parts: ReadonlyArray<unknown>, regionSource: RegionHolidaySource | undefined, hint: string): Policy {
  const key = COMBINATION_KEYS[op];
  if (parts.length === 0) {
    throw new InputError(`${key}: no parts; pass at least one policy or definition, e.g. ${key}(sydney, berlin)`);
  }
  const issues: PolicyIssue[] = [];
  const policies: Policy[] = [];
  const reader = policyReader(regionSource, hint);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const r = isPolicy(part) ? part : readDefinition(part, reader, 1);
    if (Array.isArray(r)) appendAll(issues, issuesOfPart(key, i, r));
    else policies.push(r);
  }
  if (issues.length > 0) throw new PolicyError(issues);
  return combinedPolicy(op, policies);
}
