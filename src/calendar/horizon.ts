/**
 * The horizon: how far from its starting instant any answer may lie.
 *
 * @module
 */
import { HorizonError } from "../errors.js";
import { MS_PER_DAY } from "../time/calendarDate.js";
import { MAX_EPOCH_MS, MIN_EPOCH_MS } from "../time/instant.js";
import { isBeyondSupportedYears } from "../time/wallClock.js";
import type { ZoneRules } from "../time/zoneRules.js";

/** 100 calendar years, as 36 525 days. */
export const HORIZON_DAYS = 36_525;
/** {@link HORIZON_DAYS} in ms. */
export const HORIZON_MS = HORIZON_DAYS * MS_PER_DAY;

/** The error for "no answer within the horizon". */
export function beyondHorizon(what: string): HorizonError {
  return new HorizonError(
    `${what}: no answer within 100 calendar years (36,525 days) of the starting instant; the policy has too little or no business time for this`,
  );
}

/** Throws when a span is longer than the horizon. */
export function assertSpanWithinHorizon(a: number, b: number, what: string): void {
  if (Math.abs(b - a) > HORIZON_MS) {
    throw new HorizonError(`${what}: the span is longer than 100 calendar years (36,525 days); split it into shorter spans`);
  }
}

/**
 * The error for "the answer lies beyond the years 1000–9999", when a search runs off the supported
 * years before it finds the answer (or, with `u`, the answer it found).
 */
export function outsideSupportedYears(what: string, u?: number): HorizonError {
  const at = u === undefined ? "" : ` (${new Date(u).toISOString()})`;
  return new HorizonError(`${what}: the answer lies outside the supported years 1000–9999${at}`);
}

/**
 * `u`, after checking that it lies in the supported years 1000–9999 (up to 10000-01-01T00:00 on
 * the clocks of `zone`): an answer the library would refuse as an argument is a HorizonError, not
 * a Date.
 */
export function withinSupportedYears(u: number, zone: ZoneRules, what: string): number {
  if (u < MIN_EPOCH_MS || (u > MAX_EPOCH_MS - MS_PER_DAY && isBeyondSupportedYears(zone, u))) throw outsideSupportedYears(what, u);
  return u;
}
