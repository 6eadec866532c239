/**
 * The horizon: how far from its starting instant any answer may lie.
 *
 * @module
 */
import { HorizonError, isoOf } from "../errors.js";
import { MS_PER_DAY } from "../time/calendarDate.js";
import { MAX_EPOCH_MS, MIN_EPOCH_MS } from "../time/instant.js";
import { isBeyondSupportedYears } from "../time/wallClock.js";
import type { ZoneRules } from "../time/zoneRules.js";

/** 100 calendar years, as 36 525 days. */
export const HORIZON_DAYS = 36_525;
/** {@link HORIZON_DAYS} in ms. */
export const HORIZON_MS = HORIZON_DAYS * MS_PER_DAY;

/**
 * Why no answer lies within the horizon: the calendar is never open; the amount asked for is itself
 * longer than 100 calendar years (no policy could answer it); the calendar's business time in
 * those years does not add up to it; or it is closed throughout them (nothing opens).
 */
export type HorizonCause = "neverOpen" | "tooLong" | "tooLittle" | "closedThroughout";

const CAUSE_TEXT: Readonly<Record<HorizonCause, string>> = {
  neverOpen: "the policy has no business hours at all",
  tooLong: "the amount asked for is itself longer than 100 calendar years",
  tooLittle: "the policy's business time within them does not add up to the amount asked for",
  closedThroughout: "the policy is closed throughout them",
};

/** The error for "no answer within the horizon", saying why. */
export function beyondHorizon(what: string, cause: HorizonCause): HorizonError {
  return new HorizonError(`${what}: no answer within 100 calendar years (36,525 days) of the starting instant; ${CAUSE_TEXT[cause]}`);
}

/** The error for a span longer than the horizon. */
export function spanTooLong(what: string): HorizonError {
  return new HorizonError(`${what}: the span is longer than 100 calendar years (36,525 days); split it into shorter spans`);
}

/** Throws when a span is longer than the horizon. */
export function assertSpanWithinHorizon(a: number, b: number, what: string): void {
  if (Math.abs(b - a) > HORIZON_MS) throw spanTooLong(what);
}

/**
 * The error for "the answer lies beyond the years 1000–9999", when a search runs off the supported
 * years before it finds the answer (or, with `u`, the answer it found).
 */
export function outsideSupportedYears(what: string, u?: number): HorizonError {
  const at = u === undefined ? "" : ` (${isoOf(u)})`;
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

/**
 * The {@link HorizonError} of a calculation that needs a year whose holidays are unknown (outside
 * `holidayYears`). Callers see a `HorizonError` like any other (same `name` and `code`; this class
 * is not exported); inside, it is told apart from "no answer within 100 years" where the two call
 * for different answers: `nextChangeAt` ignores only the 100-year limit, and the CLI words them
 * differently. (Errors re-thrown with a ticket's name are plain `HorizonError`s again.)
 */
export class HolidayCoverageError extends HorizonError {}

/**
 * The error for a calculation that needs the calendar of local year `year`, outside the span a
 * policy's holidays are complete for (`holidayYears`, CONTRACT §10): never an answer without them.
 */
export function outsideHolidayYears(span: { readonly from: number; readonly to: number }, year: number): HorizonError {
  // A combination whose parts' spans do not overlap has an empty span (from > to): it knows no year.
  const none = span.from > span.to;
  const from = none ? year : Math.min(span.from, year);
  const to = none ? year : Math.max(span.to, year);
  const known = none ? "no year: its parts' holidayYears do not overlap" : `${span.from}–${span.to} (holidayYears)`;
  return new HolidayCoverageError(
    `this needs the calendar of ${year}, but the policy's holidays are known only for ${known}; ` +
      `extend the span, e.g. \`sla-clock holidays POLICY.json --years ${from}-${to}\` from the policy with its region entries, ` +
      `or add the holidays of ${year} yourself and widen "holidayYears"`,
  );
}
