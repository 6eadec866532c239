/**
 * Reading the options of `computeDeadline` / `explainDeadline`: which severity, which metric,
 * from when, and the target that applies.
 *
 * @module
 */
import type { CompiledPolicy } from "../calendar/definePolicy.js";
import { InputError, describeValue, hasOwn, readFields } from "../errors.js";
import type { MetricName, Target } from "../policy/normalizedPolicy.js";
import { METRIC_NAMES } from "../policy/normalizedPolicy.js";
import { toEpochMs } from "../time/instant.js";
import { measure } from "../calendar/measure.js";
import { targetLength } from "./businessDayTarget.js";
import { severityProblem } from "./severityProblem.js";

/** The validated options: start in epoch ms, and the target (undefined when the severity has none). */
export interface TargetQuery {
  readonly severity: string;
  readonly metric: MetricName;
  readonly start: number;
  readonly target: Target | undefined;
}

/** The metric names a policy knows: the built-ins and its `timeIn` metrics. */
function metricNames(c: CompiledPolicy): ReadonlyArray<string> {
  return [...METRIC_NAMES, ...c.normalized.timeIn.map((r) => r.key)];
}

/**
 * The length in ms of a query's target from its start: the duration, or for a business-day target
 * the business time from `start` to its due instant (0 when that is not after `start`).
 *
 * @throws HorizonError when the due day lies more than 100 years away.
 */
export function queryGoal(c: CompiledPolicy, target: Target, start: number, what: string): number {
  return targetLength(c.business, target, start, (a, b) => measure(c.business, a, b, what));
}

/**
 * Validates `{ severity, start, metric = "firstResponse" }` against the policy.
 *
 * @param fn - the calling function's name, for messages.
 * @throws InputError for options that are not an object, an unknown severity or metric, or a bad start.
 */
export function readTargetQuery(c: CompiledPolicy, options: unknown, fn: string): TargetQuery {
  const [severity, metricField, rawStart] = readFields(options, ["severity", "metric", "start"], "", fn, "an options object; pass { severity, start, metric? }");
  const rawMetric = metricField ?? "firstResponse";
  if (typeof severity !== "string" || !c.severityRank.has(severity)) throw new InputError(`severity: ${severityProblem(c, severity)}`);
  const names = metricNames(c);
  if (typeof rawMetric !== "string" || !names.includes(rawMetric)) {
    const list = names.map((m) => JSON.stringify(m));
    throw new InputError(`metric: ${describeValue(rawMetric)} is not a metric; use ${list.slice(0, -1).join(", ")} or ${list[list.length - 1]}`);
  }
  const metric = rawMetric as MetricName;
  const start = toEpochMs(rawStart, c.zone, "start");
  const targets = c.normalized.severities[c.severityRank.get(severity)!]!.targets;
  const target = hasOwn(targets, metric) ? targets[metric] : undefined;
  return { severity, metric, start, target };
}
