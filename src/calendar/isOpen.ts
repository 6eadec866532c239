/**
 * Whether a calendar runs at an instant.
 *
 * @module
 */
import type { Calendar } from "./calendar.js";
import { blockAt, lastStartAtOrBefore } from "./yearBlock.js";

/** True when `t` lies inside an open segment `[start, end)` (at the closing instant it is closed). */
export function isOpen(cal: Calendar, t: number): boolean {
  if (cal.neverOpen) return false;
  const block = blockAt(cal, t);
  const i = lastStartAtOrBefore(block, t);
  return i >= 0 && t < block.ends[i]!;
}
