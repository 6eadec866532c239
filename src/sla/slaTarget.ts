/**
 * Reading the options of `computeDeadline` / `explainDeadline`: which severity, which metric,
 * from when, and the target that applies.
 *
 * @module
 */
import type { CompiledPolicy } from "../calendar/definePolicy.js";
import { InputError, describeValue } from "../errors.js";
import type { MetricName, Target } from "../policy/normalizedPolicy.js";
import { METRIC_NAMES } from "../policy/normalizedPolicy.js";
import { toEpochMs } from "../time/instant.js";

/** The validated options: start in epoch ms, and the target (undefined when the severity has none). */
export interface TargetQuery {
  readonly severity: string;
  readonly metric: MetricName;
  readonly start: number;
  readonly target: Target | undefined;
}

/**
 * Validates `{ severity, start, metric = "firstResponse" }` against the policy.
 *
 * @param fn - the calling function's name, for messages.
 * @throws InputError for options that are not an object, an unknown severity or metric, or a bad start.
 */
export function readTargetQuery(c: CompiledPolicy, options: unknown, fn: string): TargetQuery {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new InputError(`${fn}: ${describeValue(options)} is not an options object; pass { severity, start, metric? }`);
  }
  const o = options as Record<string, unknown>;
  const severity = o["severity"];
  if (typeof severity !== "string" || !c.severityRank.has(severity)) {
    const known = c.normalized.severities.map((s) => JSON.stringify(s.key)).join(", ");
    const why = severity === undefined ? "is missing" : `${describeValue(severity)} is not a severity of this policy`;
    throw new InputError(`severity: ${why}; use one of ${known}`);
  }
  const rawMetric = o["metric"] ?? "firstResponse";
  if (typeof rawMetric !== "string" || !(METRIC_NAMES as ReadonlyArray<string>).includes(rawMetric)) {
    throw new InputError(`metric: ${describeValue(rawMetric)} is not a metric; use "firstResponse", "update" or "resolution"`);
  }
  const metric = rawMetric as MetricName;
  const start = toEpochMs(o["start"], c.zone, "start");
  const target = c.normalized.severities[c.severityRank.get(severity)!]!.targets[metric];
  return { severity, metric, start, target };
}
