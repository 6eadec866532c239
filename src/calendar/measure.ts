/**
 * Business time between two instants, from prefix sums: two binary searches plus one addition per
 * local year in between, whatever the span.
 *
 * @module
 */
import type { Calendar } from "./calendar.js";
import { assertSpanWithinHorizon } from "./horizon.js";
import { businessBefore, yearBlock, yearOf, yearTotal } from "./yearBlock.js";

/**
 * Running time of `cal` in `[a, b)` in ms; `-measure(cal, b, a)` when `b < a`.
 *
 * @throws HorizonError when `|b - a|` exceeds 100 years.
 */
export function measure(cal: Calendar, a: number, b: number): number {
  if (b < a) return -measure(cal, b, a);
  if (a === b || cal.neverOpen) return 0;
  assertSpanWithinHorizon(a, b, "span");
  const ya = yearOf(cal, a);
  const yb = yearOf(cal, b);
  const blockA = yearBlock(cal, ya);
  if (ya === yb) return businessBefore(blockA, b) - businessBefore(blockA, a);
  let sum = blockA.total - businessBefore(blockA, a);
  for (let y = ya + 1; y < yb; y++) sum += yearTotal(cal, y);
  return sum + businessBefore(yearBlock(cal, yb), b);
}
