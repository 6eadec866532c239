/**
 * `deadline` and `explain` share one question — when is the METRIC target of SEVERITY reached if
 * the clock starts at `--at`? — and say in the CLI's words why it has no answer.
 *
 * @module
 */
import { HolidayCoverageError } from "../../calendar/horizon.js";
import { readPolicyCombination } from "../../policy/policyCombination.js";
import { HorizonError, computeDeadline } from "../../index.js";
import type { MetricName, Policy } from "../../index.js";
import { CliInputError } from "./cliIo.js";
import { resolveInstant } from "./command.js";
import { formatInstant } from "./formatInstant.js";

/** A checked `--severity`/`--metric`/`--at` query: its start, and its deadline (null: no target). */
export interface TargetQuery {
  readonly severity: string;
  readonly metric: MetricName;
  readonly start: Date;
  readonly deadline: Date | null;
}

/**
 * Resolves `--at` (errors name `--at`) and computes the deadline. An answer beyond the horizon is
 * reported as the target's problem with the values the user gave — the target as the policy
 * writes it and the start — not as the library function that found it.
 *
 * @throws CliInputError for a bad `--at` or a target not reached within 100 calendar years; the
 *   library's InputError for an unknown severity or metric.
 */
export function targetQuery(policy: Policy, severity: string, metric: MetricName, at: string | number): TargetQuery {
  const start = resolveInstant(policy, at, "--at");
  try {
    return { severity, metric, start, deadline: computeDeadline(policy, { severity, start, metric }) };
  } catch (e) {
    if (!(e instanceof HorizonError)) throw e;
    throw new CliInputError(horizonMessage(policy, severity, metric, start, e));
  }
}

/**
 * The CLI's words for a HorizonError of `computeDeadline`/`explainDeadline`. A year whose holidays
 * the policy does not know (`holidayYears`) is not "beyond 100 years": the library's own message
 * says which year and how to extend the span.
 */
export function horizonMessage(policy: Policy, severity: string, metric: MetricName, start: Date, e: HorizonError): string {
  const from = formatInstant(start, policy.timezone);
  const target = `the ${metric} target of severity ${JSON.stringify(severity)} (${targetText(policy, severity, metric)})`;
  if (e instanceof HolidayCoverageError) return `${target}, counted from ${from}: ${e.message}`;
  const libraryMessage = e.message;
  if (/no business hours at all/.test(libraryMessage)) return `${target} is never reached: the policy has no business hours at all`;
  if (/supported years/.test(libraryMessage)) return `${target}, counted from ${from}, ends after the year 9999, the last sla-clock supports`;
  return `${target} is not reached within 100 calendar years (36,525 days) of ${from}, the longest span sla-clock computes`;
}

/**
 * The target's duration as the policy writes it, e.g. `"2h"` or `"99999999h"` (a combined policy's
 * severities are those of its first part, at any depth).
 */
function targetText(policy: Policy, severity: string, metric: MetricName): string {
  let definition: unknown = policy.definition;
  // (a compiled combination's definition is valid: it nests at most COMBINATION_LIMITS.depth levels)
  for (let c = readPolicyCombination(definition); c !== null && c.success; c = readPolicyCombination(definition)) definition = c.parts[0];
  const severities = (definition as { severities?: Record<string, { targets?: Record<string, unknown> }> }).severities;
  const raw = severities?.[severity]?.targets?.[metric];
  const duration = typeof raw === "object" && raw !== null && "duration" in raw ? (raw as { duration: unknown }).duration : raw;
  if (typeof duration === "string") return duration;
  return typeof duration === "number" ? `${duration} ms` : JSON.stringify(duration);
}
