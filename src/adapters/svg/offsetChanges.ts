/**
 * The instants at which a zone's UTC offset changes (DST starts and ends, or a zone's change of
 * standard time) within a span, found with sla-clock's zone tables.
 *
 * @module
 */
import { MS_PER_DAY } from "../../time/calendarDate.js";
import type { ZoneRules } from "../../time/zoneRules.js";

/** One change of a zone's UTC offset: from `before` to `after`, at instant `at`. */
export interface OffsetChange {
  readonly at: number;
  readonly before: number;
  readonly after: number;
}

/**
 * Sampling step. Two offset changes closer together than this would be missed; the closest pair in
 * the tz database since 1970 is about 7 days apart (the zone tables sample the same way).
 */
const STEP_MS = 2 * MS_PER_DAY;

/** Longest span searched: about 12 years (2 200 samples). Longer spans report no changes. */
export const MAX_OFFSET_SEARCH_MS = 4400 * MS_PER_DAY;

/**
 * Every change of `zone`'s offset in `(lo, hi]`, in order, each at its exact millisecond.
 *
 * Rule: the offset is sampled every 2 days and bisected to the millisecond where it differs.
 * Edge cases: spans longer than {@link MAX_OFFSET_SEARCH_MS} return `[]` (at that scale a change
 * would be a hairline, and the search stays bounded); a UTC zone returns `[]`.
 *
 * @example
 * offsetChanges(getZoneRules("America/Toronto"), Date.UTC(2026, 9, 30), Date.UTC(2026, 10, 3));
 * //=> [{ at: Date.UTC(2026, 10, 1, 6), before: -14_400_000, after: -18_000_000 }]
 */
export function offsetChanges(zone: ZoneRules, lo: number, hi: number): OffsetChange[] {
  if (!(hi > lo) || hi - lo > MAX_OFFSET_SEARCH_MS) return [];
  const changes: OffsetChange[] = [];
  let t = lo;
  let offset = zone.offsetAt(lo);
  while (t < hi) {
    const next = Math.min(t + STEP_MS, hi);
    const nextOffset = zone.offsetAt(next);
    if (nextOffset !== offset) {
      // The first millisecond in (t, next] with a different offset: at most 28 halvings.
      let a = t;
      let b = next;
      while (b - a > 1) {
        const mid = a + Math.floor((b - a) / 2);
        if (zone.offsetAt(mid) === offset) a = mid;
        else b = mid;
      }
      const after = zone.offsetAt(b);
      changes.push({ at: b, before: offset, after });
      t = b;
      offset = after;
      continue;
    }
    t = next;
  }
  return changes;
}
