/**
 * What a policy measures, per severity, laid out once for the evaluator: for each severity, the
 * target and mode table of every metric it targets, in the order the evaluator reads them.
 *
 * @module
 */
import type { MetricName, NormalizedPolicy, Target } from "../policy/normalizedPolicy.js";
import type { ModeTable } from "./clockModes.js";
import { modeTable } from "./clockModes.js";

/**
 * The evaluator's metric slots: the built-ins in evaluation order, then the `timeIn` keys in policy
 * order (the i-th at `Slot.TimeIn + i`).
 */
export const enum Slot {
  FirstResponse,
  Update,
  NextReply,
  Ownership,
  Resolution,
  TimeIn,
}

/** A metric a severity targets: its target and which clock modes count for it. */
export interface MetricAim {
  readonly metric: MetricName;
  readonly target: Target;
  readonly counts: ModeTable;
}

/** A policy's plan: per severity key, its aims by slot (undefined where it has no target). */
export type MetricPlan = ReadonlyMap<string, ReadonlyArray<MetricAim | undefined>>;

const plans = new WeakMap<NormalizedPolicy, MetricPlan>();

/** The plan of policy `n` (cached per policy: it is an immutable fact of the policy). */
export function metricPlan(n: NormalizedPolicy): MetricPlan {
  let plan = plans.get(n);
  if (plan === undefined) {
    const names: MetricName[] = ["firstResponse", "update", "nextReply", "ownership", "resolution", ...n.timeIn.map((r) => r.key)];
    const aims = (targets: Partial<Record<MetricName, Target>>) =>
      names.map((metric) => {
        const target = targets[metric];
        return target && { metric, target, counts: modeTable(n, metric, target.pausable) };
      });
    plans.set(n, (plan = new Map(n.severities.map((s) => [s.key, aims(s.targets)]))));
  }
  return plan;
}
