/**
 * Wall clock ↔ instant: the one place that decides what a local date and time means.
 *
 * The rule is Temporal's `disambiguation: "compatible"` (also java.time's):
 * - a wall time inside a spring-forward gap moves forward by the gap's length
 *   (02:30 on a day whose clocks jump 02:00→03:00 is 03:30 after the jump);
 * - an ambiguous wall time in a fall-back overlap is its **earlier** occurrence;
 * - 24:00 is midnight at the end of the day (callers pass `msOfDay = 86_400_000`).
 *
 * A *local day* of an instant is the date D with `wallToEpoch(D, 0) <= t < wallToEpoch(D + 1, 0)`,
 * which stays monotonic even in zones whose transitions happen at midnight.
 *
 * @module
 */
import { MS_PER_DAY } from "./calendarDate.js";
import type { ZoneRules } from "./zoneRules.js";

/**
 * The instant at which the wall clock of `zone` shows `msOfDay` on local date `day` (a day number),
 * by the compatible rule. `msOfDay` may exceed one day (it is added to the date).
 *
 * @example
 * // America/Toronto, 2026-03-08 02:30 does not exist: it is 03:30 EDT = 07:30Z
 * wallToEpoch(toronto, dayFromCivil(2026, 3, 8), 2.5 * MS_PER_HOUR); //=> Date.UTC(2026, 2, 8, 7, 30)
 * // 2026-11-01 01:30 happens twice: the earlier (EDT) one, 05:30Z
 * wallToEpoch(toronto, dayFromCivil(2026, 11, 1), 1.5 * MS_PER_HOUR); //=> Date.UTC(2026, 10, 1, 5, 30)
 */
export function wallToEpoch(zone: ZoneRules, day: number, msOfDay: number): number {
  const local = day * MS_PER_DAY + msOfDay;
  const before = zone.offsetAt(local - MS_PER_DAY);
  const after = zone.offsetAt(local + MS_PER_DAY);
  if (before === after) {
    const e = local - before;
    if (zone.offsetAt(e) === before) return e;
  }
  // Candidates: each offset in force near the wall time; valid when it maps back to itself.
  let best = Infinity;
  for (const o of before === after ? [before] : [before, after]) {
    const e = local - o;
    if (zone.offsetAt(e) === o && e < best) best = e;
  }
  if (best !== Infinity) return best;
  // In a gap: shift forward by the gap, i.e. read the wall time with the offset before the jump.
  return local - before;
}

/** Wall-clock reading (local ms) of 10000-01-01T00:00: the end of the supported years. */
export const END_OF_SUPPORTED_YEARS_WALL_MS = 253_402_300_800_000;

/**
 * True when instant `t` lies after 10000-01-01T00:00 on the clocks of `zone`: the supported years
 * run to the end of 9999 in local time (`9999-12-31T12:00Z` is supported everywhere; in UTC, so is
 * `10000-01-01T00:00Z`, the end of a span). Instants more than a day past that in UTC are refused
 * without asking the zone.
 *
 * @example
 * isBeyondSupportedYears(getZoneRules("UTC"), Date.UTC(9999, 11, 31, 12)); //=> false
 * isBeyondSupportedYears(getZoneRules("Pacific/Kiritimati"), Date.UTC(9999, 11, 31, 12)); //=> true (02:00 on 10000-01-01 there)
 */
export function isBeyondSupportedYears(zone: ZoneRules, t: number): boolean {
  return t > END_OF_SUPPORTED_YEARS_WALL_MS + MS_PER_DAY || epochToWall(zone, t) > END_OF_SUPPORTED_YEARS_WALL_MS;
}

/**
 * The wall-clock reading at instant `t` as "local ms" (day number × 86 400 000 + ms of day).
 *
 * @example
 * epochToWall(getZoneRules("UTC"), 0); //=> 0
 */
export function epochToWall(zone: ZoneRules, t: number): number {
  return t + zone.offsetAt(t);
}

/**
 * The local day (day number) of instant `t`: the date D with
 * `wallToEpoch(D, 0) <= t < wallToEpoch(D + 1, 0)`. `o` is the zone's offset at `t`, when the
 * caller has read it already.
 *
 * @example
 * localDayOf(getZoneRules("America/Toronto"), Date.UTC(2026, 10, 27, 3)); //=> day of 2026-11-26
 */
export function localDayOf(zone: ZoneRules, t: number, o: number = zone.offsetAt(t)): number {
  // The same offset from a day before to a day after: both midnights around t are plain, so the
  // wall-clock date is the local day (three lookups instead of seven).
  if (zone.offsetAt(t - MS_PER_DAY) === o && zone.offsetAt(t + MS_PER_DAY) === o) return Math.floor((t + o) / MS_PER_DAY);
  let d = Math.floor((t + o) / MS_PER_DAY);
  if (t < wallToEpoch(zone, d, 0)) d--;
  else if (t >= wallToEpoch(zone, d + 1, 0)) d++;
  return d;
}

/**
 * The wall-clock time of day (ms since the local midnight as the clock shows it) at instant `t`.
 *
 * @example
 * timeOfDayOf(getZoneRules("UTC"), Date.UTC(2026, 0, 1, 21, 30)); //=> 77_400_000
 */
export function timeOfDayOf(zone: ZoneRules, t: number): number {
  const wall = epochToWall(zone, t);
  return wall - Math.floor(wall / MS_PER_DAY) * MS_PER_DAY;
}
