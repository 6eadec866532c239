/**
 * The open segments of a calendar within a range.
 *
 * @module
 */
import type { Calendar } from "./calendar.js";
import { assertSpanWithinHorizon } from "./horizon.js";
import { blockAt, lastStartAtOrBefore, yearBlock } from "./yearBlock.js";

/**
 * Open segments clipped to `[from, to)`, flat `[s0, e0, …]`, touching ones merged (also across
 * year boundaries). Empty when `to <= from`.
 *
 * @param what - names the caller in the HorizonError message, e.g. `"businessIntervals"`.
 * @throws HorizonError when the range is longer than 100 years.
 */
export function openSegments(cal: Calendar, from: number, to: number, what: string): number[] {
  const out: number[] = [];
  if (to <= from) return out;
  assertSpanWithinHorizon(from, to, what); // before the shortcut: the limit does not depend on the policy
  if (cal.neverOpen) return out;
  const last = blockAt(cal, to - 1).year;
  for (let y = blockAt(cal, from).year; y <= last; y++) {
    const block = yearBlock(cal, y);
    const n = block.starts.length;
    for (let i = Math.max(0, lastStartAtOrBefore(block, from)); i < n; i++) {
      const s = Math.max(block.starts[i]!, from);
      const e = Math.min(block.ends[i]!, to);
      if (block.starts[i]! >= to) break;
      if (s >= e) continue;
      const k = out.length - 1;
      if (k > 0 && out[k] === s) out[k] = e;
      else out.push(s, e);
    }
  }
  return out;
}
