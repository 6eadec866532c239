/**
 * Which stretches of a ticket's life count for a metric: the pause rules by status. A stretch's
 * clock mode (see `clockMode` in `ticketHistory.ts`) says which status was in force and whether an
 * event pause held; this module turns a metric's rules into a table mode → counts or not.
 *
 * @module
 */
import type { MetricName, NormalizedPolicy } from "../policy/normalizedPolicy.js";

/** `counts[mode]` is 1 when the metric's clock runs in that mode. */
export type ModeTable = Uint8Array;

/**
 * The mode table of `metric` on policy `n` for a target that is `pausable` or not (built once per
 * policy, metric and severity by `metricPlan.ts`).
 *
 * The rule (CONTRACT §6): a `timeIn` metric counts only in the statuses it lists; any metric stops
 * while an event pause holds, while the status has `pauses: true`, or while the status's `pauses`
 * list names it — unless its target is not pausable (`pausable: false`, business-day targets).
 * No metric counts while the ticket is resolved.
 */
export function modeTable(n: NormalizedPolicy, metric: MetricName, pausable: boolean): ModeTable {
  const statuses = n.statuses ?? [];
  const timeIn = n.timeIn.find((r) => r.key === metric);
  const table = new Uint8Array(4 * (statuses.length + 1));
  for (let mode = 0; mode < table.length; mode++) {
    const rule = mode >= 4 ? statuses[(mode >> 2) - 1]! : null;
    const listed = timeIn === undefined || (rule !== null && timeIn.statuses.includes(rule.key));
    const stopped = (mode & 2) === 2 || (rule !== null && (rule.pausesAll || rule.pauses.includes(metric)));
    table[mode] = (mode & 1) === 0 && listed && (!pausable || !stopped) ? 1 : 0;
  }
  return table;
}
