/**
 * What a policy measures, per severity, laid out once for the evaluator: for each severity, the
 * target and mode table of every metric it targets, in the order the evaluator reads them.
 *
 * @module
 */
import type { MetricName, NormalizedPolicy, Target } from "../policy/normalizedPolicy.js";
import type { ModeTable } from "./clockModes.js";
import { modeTable } from "./clockModes.js";

/** The evaluator's metric slots: the built-ins in evaluation order, then the `timeIn` keys in policy order. */
export const FIRST_RESPONSE = 0;
export const UPDATE = 1;
export const NEXT_REPLY = 2;
export const OWNERSHIP = 3;
export const RESOLUTION = 4;
/** Slot of the policy's first `timeIn` metric (the i-th is `TIME_IN + i`). */
export const TIME_IN = 5;

/** A metric a severity targets: its target and which clock modes count for it. */
export interface MetricAim {
  readonly metric: MetricName;
  readonly target: Target;
  readonly counts: ModeTable;
}

/** A policy's plan: per severity key, its aims by slot (undefined where it has no target). */
export interface MetricPlan {
  readonly bySeverity: ReadonlyMap<string, ReadonlyArray<MetricAim | undefined>>;
  /** Some severity targets `nextReply` (the replay tracks its cycles only then). */
  readonly replies: boolean;
  /** Some severity targets `ownership` (the replay tracks its stints only then). */
  readonly stints: boolean;
}

const plans = new WeakMap<NormalizedPolicy, MetricPlan>();

/** The plan of policy `n` (cached per policy: it is an immutable fact of the policy). */
export function metricPlan(n: NormalizedPolicy): MetricPlan {
  let plan = plans.get(n);
  if (plan === undefined) {
    const names: MetricName[] = ["firstResponse", "update", "nextReply", "ownership", "resolution", ...n.timeIn.map((r) => r.key)];
    const bySeverity = new Map<string, ReadonlyArray<MetricAim | undefined>>();
    for (const s of n.severities) {
      bySeverity.set(
        s.key,
        names.map((metric) => {
          const target = s.targets[metric];
          return target === undefined ? undefined : { metric, target, counts: modeTable(n, metric, target) };
        }),
      );
    }
    plan = { bySeverity, replies: n.metrics.includes("nextReply"), stints: n.metrics.includes("ownership") };
    plans.set(n, plan);
  }
  return plan;
}
