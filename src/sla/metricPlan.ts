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

/** A policy's plan. */
export interface MetricPlan {
  /** Per severity rank (index in the policy's `severities`), its aims by slot (undefined where it has no target). */
  readonly aims: ReadonlyArray<ReadonlyArray<MetricAim | undefined>>;
  /** Some severity targets `nextReply`: the replay tracks its cycles. */
  readonly replies: boolean;
  /** Some severity targets `ownership`: the replay tracks its stints. */
  readonly stints: boolean;
  /**
   * The policy's `thresholds`, copied into an array that is not frozen: V8 (Node 20) reads an
   * element of a frozen array through a generic lookup, several times slower.
   */
  readonly thresholds: ReadonlyArray<number>;
}

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
    plan = {
      aims: n.severities.map((s) => aims(s.targets)),
      replies: n.metrics.includes("nextReply"),
      stints: n.metrics.includes("ownership"),
      thresholds: [...n.thresholds],
    };
    plans.set(n, plan);
  }
  return plan;
}
