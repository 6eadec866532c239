/**
 * How every reader of a severity (a ticket's, a severity event's, a deadline query's) says that a
 * value is not one of the policy's severities.
 *
 * @module
 */
import type { CompiledPolicy } from "../calendar/definePolicy.js";
import { describeValue } from "../errors.js";

/**
 * Why `value` is not a severity of the policy, and what to write instead: the policy's severity
 * keys, or, for a policy that defines none, that it has to.
 *
 * @example
 * severityProblem(c, "sev9"); //=> '"sev9" is not a severity of this policy; use one of "sev1", "sev2", "sev3", "sev4"'
 * severityProblem(c, undefined); //=> 'is missing; use one of "sev1", …' (and, for a policy without severities, 'is missing; the policy has no "severities"')
 */
export function severityProblem(c: CompiledPolicy, value: unknown): string {
  const keys = c.normalized.severities.map((s) => JSON.stringify(s.key));
  const why = value === undefined ? "is missing" : `${describeValue(value)} is not a severity of this policy`;
  return `${why}; ${keys.length === 0 ? 'the policy has no "severities"' : `use one of ${keys.join(", ")}`}`;
}
