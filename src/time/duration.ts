/**
 * Turning every accepted form of a duration into milliseconds.
 *
 * @module
 */
import { isLuxon, luxonUnreadable } from "./instant.js";
import { temporalDurationMs, temporalKind } from "./temporalValue.js";
import type { TemporalDurationLike } from "./temporalValue.js";
import { InputError, describeValue } from "../errors.js";
import { parseDuration, simpleShorthandMs } from "./durationText.js";

/**
 * A duration as sla-clock accepts it: milliseconds, a shorthand (`"2h"`, `"1h30m"`, `"1.5h"`,
 * `"3d"` = 72 clock hours), ISO 8601 (`"PT2H30M"`), an object `{ days?, hours?, minutes?, seconds?,
 * milliseconds? }`, a luxon `Duration` without years or months, or a `Temporal.Duration` without
 * years, months or weeks (days are 24 hours, as in `"3d"`).
 * @category Values
 */
export type DurationInput =
  | number
  | string
  | {
      /** Days of 24 hours of the clock being measured (not business days). */
      days?: number;
      /** Hours. */
      hours?: number;
      /** Minutes. */
      minutes?: number;
      /** Seconds. */
      seconds?: number;
      /** Milliseconds. */
      milliseconds?: number;
    }
  | DurationLike
  | TemporalDurationLike;

/**
 * What sla-clock needs of a luxon `Duration` (recognised by its `isLuxonDuration` marker, without
 * importing luxon).
 * @category Values
 */
export interface DurationLike {
  readonly isValid: boolean;
  toMillis(): number;
}

/**
 * Milliseconds of a {@link DurationInput}.
 *
 * @throws InputError for negative, NaN, infinite or unparsable durations, a luxon Duration with
 *   years, quarters or months, or a Temporal.Duration with years, months or weeks (their length in
 *   ms is not fixed).
 * @example
 * toDurationMs("1h30m", "d"); //=> 5_400_000
 * toDurationMs({ days: 1 }, "d"); //=> 86_400_000
 */
export function toDurationMs(input: unknown, what: string): number {
  // The common forms first, in a body small enough for the engine to inline into every caller: a
  // finite number >= 0 (rounded as parseDuration rounds it) and one whole number with one unit,
  // the text last read answered without reading it again (a caller's "2h" is one string).
  if (typeof input === "number") {
    if (input >= 0 && input < Infinity) {
      const ms = Math.round(input);
      return ms === 0 ? 0 : ms;
    }
  } else if (typeof input === "string") {
    if (input === lastText) return lastMs;
    const ms = simpleShorthandMs(input);
    if (ms >= 0) {
      lastText = input;
      return (lastMs = ms);
    }
  }
  return otherDurationMs(input, what);
}

/**
 * The last text {@link toDurationMs} read by its fast path, and its milliseconds: a one-entry,
 * process-wide memo of a fact that never changes (the length "2h" names).
 */
let lastText = "0ms";
let lastMs = 0;

/** {@link toDurationMs} of every other input, and every error message. */
function otherDurationMs(input: unknown, what: string): number {
  if (typeof input === "string" || typeof input === "number") {
    // no object probes for text and numbers
    const result = parseDuration(input);
    if (typeof result === "string") throw new InputError(`${what}: ${result}`);
    return result;
  }
  if (isLuxon(input, "isLuxonDuration")) {
    let ms: unknown;
    try {
      if (input.isValid !== true) throw new InputError(`${what}: invalid luxon Duration`);
      if (input["years"] || input["quarters"] || input["months"]) {
        throw new InputError(`${what}: a luxon Duration with years, quarters or months has no fixed length; use days or hours`);
      }
      ms = (input.toMillis as () => unknown)();
    } catch (e) {
      throw luxonUnreadable(what, "Duration", e);
    }
    // Number.isFinite is false for non-numbers too
    if (!Number.isFinite(ms) || (ms as number) < 0) throw new InputError(`${what}: ${describeValue(ms)} ms is not a duration >= 0`);
    return Math.round(ms as number);
  }
  const kind = temporalKind(input, what);
  if (kind === "Duration") return temporalDurationMs(input as object, what);
  if (kind !== undefined) throw new InputError(`${what}: a Temporal.${kind} is not a duration; pass a Temporal.Duration, milliseconds, "2h" or "PT2H"`);
  const result = parseDuration(input);
  if (typeof result === "string") throw new InputError(`${what}: ${result}`);
  return result;
}
