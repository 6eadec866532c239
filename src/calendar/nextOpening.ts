/**
 * The next instant at which a calendar runs.
 *
 * @module
 */
import type { Calendar } from "./calendar.js";
import { HORIZON_MS, beyondHorizon, withinSupportedYears } from "./horizon.js";
import { blockAt, lastStartAtOrBefore, supportedYear, yearBlock, yearTotal } from "./yearBlock.js";

/**
 * `t` when the calendar runs at `t`, else the start of the next open segment.
 *
 * @throws HorizonError when nothing opens within 100 years.
 */
export function nextOpening(cal: Calendar, t: number, what = "nextBusinessTime"): number {
  if (cal.neverOpen) throw beyondHorizon(what, "neverOpen");
  const limit = t + HORIZON_MS;
  let block = blockAt(cal, t);
  let year = block.year;
  const i = lastStartAtOrBefore(block, t);
  if (i >= 0 && t < block.ends[i]!) return t;
  if (i + 1 < block.starts.length) return checked(cal, block.starts[i + 1]!, limit, what);
  for (;;) {
    year = supportedYear(year + 1, what);
    if (yearTotal(cal, year) > 0) {
      block = yearBlock(cal, year);
      return checked(cal, block.starts[0]!, limit, what);
    }
    if (yearBlock(cal, year).end > limit) throw beyondHorizon(what, "closedThroughout");
  }
}

function checked(cal: Calendar, u: number, limit: number, what: string): number {
  if (u > limit) throw beyondHorizon(what, "closedThroughout");
  withinSupportedYears(u, cal.zone, what);
  return u;
}
