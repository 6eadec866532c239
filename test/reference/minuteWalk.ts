/**
 * A SECOND, even dumber reference for tiny windows: asks "is this minute open?" minute by minute
 * and counts. Exact whenever every boundary (hours, offsets, closures, inputs) lies on whole
 * minutes, which the hand-written cases guarantee.
 */
import type { RefPolicy } from "./referencePolicy.js";
import { refIsBusinessTime } from "./referenceBusinessTime.js";
import { MINUTE } from "./wallClock.js";

export function walkBetween(p: RefPolicy, a: number, b: number): number {
  if (b < a) return -walkBetween(p, b, a);
  let count = 0;
  for (let t = a; t < b; t += MINUTE) if (refIsBusinessTime(p, t)) count += 1;
  return count * MINUTE;
}

/** Earliest u >= a with walkBetween(a, u) = d (d a whole number of minutes), within `limit` ms. */
export function walkAdd(p: RefPolicy, a: number, d: number, limit: number): number | null {
  if (d === 0) return a;
  let left = d;
  for (let t = a; t < a + limit; t += MINUTE) {
    if (refIsBusinessTime(p, t)) left -= MINUTE;
    if (left === 0) return t + MINUTE;
  }
  return null;
}

/** Latest s <= b with walkBetween(s, b) = d, within `limit` ms. */
export function walkSubtract(p: RefPolicy, b: number, d: number, limit: number): number | null {
  if (d === 0) return b;
  let left = d;
  for (let t = b - MINUTE; t >= b - limit; t -= MINUTE) {
    if (refIsBusinessTime(p, t)) left -= MINUTE;
    if (left === 0) return t;
  }
  return null;
}

export function walkNext(p: RefPolicy, t: number, limit: number): number | null {
  for (let u = t; u < t + limit; u += MINUTE) if (refIsBusinessTime(p, u)) return u;
  return null;
}
