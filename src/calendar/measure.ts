/**
 * Business time between two instants, from prefix sums: two binary searches plus one addition per
 * local year in between, whatever the span.
 *
 * @module
 */
import type { Calendar } from "./calendar.js";
import { assertSpanWithinHorizon } from "./horizon.js";
import { blockAt, businessBefore, yearsTotal } from "./yearBlock.js";

/**
 * Running time of `cal` in `[a, b)` in ms; `-measure(cal, b, a)` when `b < a`.
 *
 * @param what - names the caller in the HorizonError message, e.g. `"businessTimeBetween"`.
 * @throws HorizonError when `|b - a|` exceeds 100 years.
 */
export function measure(cal: Calendar, a: number, b: number, what: string): number {
  if (b < a) return 0 - measure(cal, b, a, what) || 0; // never -0
  if (a === b) return 0;
  assertSpanWithinHorizon(a, b, what); // before the shortcut: the limit does not depend on the policy
  if (cal.neverOpen) return 0;
  const blockA = blockAt(cal, a);
  // b at the very end of a's year: answered from a's block, without building the next year
  if (b <= blockA.end) return businessBefore(blockA, b) - businessBefore(blockA, a);
  const sum = blockA.total - businessBefore(blockA, a);
  const blockB = blockAt(cal, b);
  return sum + yearsTotal(cal, blockA.year + 1, blockB.year) + businessBefore(blockB, b);
}
