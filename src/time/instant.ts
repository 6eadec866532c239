/**
 * Turning every accepted form of an instant into epoch milliseconds.
 *
 * @module
 */
import { InputError, SlaClockError, describeValue, thrownText } from "../errors.js";
import { MS_PER_DAY } from "./calendarDate.js";
import { canonicalIsoEpochMs, parseIsoText } from "./isoText.js";
import { temporalEpochMs, temporalKind } from "./temporalValue.js";
import type { TemporalExactLike, TemporalPlainLike } from "./temporalValue.js";
import { isBeyondSupportedYears, wallToEpoch } from "./wallClock.js";
import type { ZoneRules } from "./zoneRules.js";

/**
 * An instant as sla-clock accepts it: a `Date`, epoch milliseconds, an ISO 8601 string (with `Z` or
 * an offset: that exact instant; without: a wall-clock time in the policy's zone), a luxon
 * `DateTime`, or a Temporal value (native or polyfilled): `Temporal.Instant` and
 * `Temporal.ZonedDateTime` are their exact instant; `Temporal.PlainDateTime` and
 * `Temporal.PlainDate` are wall clock in the policy's zone, like an offset-less string.
 * @category Values
 */
export type Instant = Date | number | string | DateTimeLike | TemporalExactLike | TemporalPlainLike;

/**
 * What sla-clock needs of a luxon `DateTime` (any luxon 2 or 3 instance qualifies). luxon is
 * recognised by shape (its `isLuxonDateTime` marker), so the core never imports luxon and luxon
 * never lands in a bundle that does not use it.
 * @category Values
 */
export interface DateTimeLike {
  readonly isValid: boolean;
  toMillis(): number;
}

/** Earliest supported instant: 1000-01-01T00:00:00Z. */
export const MIN_EPOCH_MS = -30_610_224_000_000;
/**
 * Latest supported instant in UTC: 10000-01-01T00:00:00Z. In another zone the supported years end
 * when its clocks show 10000-01-01T00:00 (`isBeyondSupportedYears` in wallClock.ts).
 */
export const MAX_EPOCH_MS = 253_402_300_800_000;

const dateGetTime = Date.prototype.getTime;

/**
 * Epoch ms of an {@link Instant}. Offset-less strings are read in `zone` by the compatible rule.
 * Dates from another realm (Apps Script, `vm`) are recognised without `instanceof`.
 *
 * @param what - names the argument in error messages, e.g. `"start"` or `"tickets[3].events[1].at"`.
 * Temporal values are recognised by their `Symbol.toStringTag` (see temporalValue.ts).
 *
 * @throws InputError for an invalid Date, a non-finite number, an unparsable string, an invalid
 *   luxon DateTime, a Temporal value that is not a point in time, anything else, or an instant
 *   outside years 1000–9999 (from 1000-01-01T00:00Z to 10000-01-01T00:00 on the clocks of `zone`),
 *   or a luxon look-alike whose getters or methods throw.
 * @example
 * toEpochMs("2026-11-27T21:30", toronto, "at"); //=> Date.UTC(2026, 10, 28, 2, 30)
 * toEpochMs("2026-11-27T21:30Z", toronto, "at"); //=> Date.UTC(2026, 10, 27, 21, 30)
 */
export function toEpochMs(input: unknown, zone: ZoneRules, what: string): number {
  // Finite numbers and canonical UTC text well inside the supported years, in a body small enough
  // for the engine to inline into every caller; everything else, and every error, below.
  const t = typeof input === "number" ? (input === 0 ? 0 : Math.floor(input)) : typeof input === "string" ? canonicalIsoEpochMs(input) : Number.NaN;
  return t >= MIN_EPOCH_MS && t <= MAX_EPOCH_MS - MS_PER_DAY ? t : otherEpochMs(input, zone, what);
}

/** {@link toEpochMs} of every other input, and every error message. */
function otherEpochMs(input: unknown, zone: ZoneRules, what: string): number {
  let t: number;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new InputError(`${what}: ${describeValue(input)} is not a finite number of epoch milliseconds`);
    t = input === 0 ? 0 : Math.floor(input);
  } else if (typeof input === "string" && (t = canonicalIsoEpochMs(input)) === t) {
    // canonical UTC text (toISOString's form): read without the general scanner
  } else if (typeof input === "string") {
    const parsed = parseIsoText(input.trim());
    if (typeof parsed === "string") {
      throw new InputError(`${what}: ${parsed}`);
    }
    t = parsed.offsetMs === null ? wallToEpoch(zone, parsed.day, parsed.ms) : parsed.day * MS_PER_DAY + parsed.ms - parsed.offsetMs;
  } else if (isLuxon(input, "isLuxonDateTime")) {
    // Checked before isDate, whose probe of a non-Date costs a caught exception.
    t = luxonEpochMs(input, what);
  } else if (isDate(input)) {
    t = dateGetTime.call(input);
    if (Number.isNaN(t)) throw new InputError(`${what}: Invalid Date`);
  } else {
    const kind = temporalKind(input, what);
    if (kind === undefined) {
      const why = input === undefined ? "is missing" : `${describeValue(input)} is not an instant`;
      throw new InputError(`${what}: ${why}; pass a Date, epoch milliseconds, an ISO 8601 string, a luxon DateTime or a Temporal value`);
    }
    t = temporalEpochMs(input as object, kind, zone, what);
  }
  if (t < MIN_EPOCH_MS || (t > MAX_EPOCH_MS - MS_PER_DAY && isBeyondSupportedYears(zone, t))) {
    throw new InputError(`${what}: ${describeValue(input)} is outside the supported years 1000–9999`);
  }
  return t;
}

/**
 * Epoch ms of a luxon `DateTime` (or look-alike); whatever its getters or methods throw is an
 * InputError naming `what`, never an untyped error.
 */
function luxonEpochMs(input: Record<string, unknown>, what: string): number {
  let ms: unknown;
  try {
    if (input.isValid !== true) throw new InputError(`${what}: invalid luxon DateTime (${describeValue(input.invalidReason ?? "unknown reason")})`);
    ms = (input.toMillis as () => unknown)();
  } catch (e) {
    throw luxonUnreadable(what, "DateTime", e);
  }
  if (!Number.isFinite(ms)) throw new InputError(`${what}: invalid luxon DateTime`); // false for non-numbers too
  return ms as number;
}

/**
 * What a luxon look-alike's getters or methods threw, as an InputError naming `what` (an
 * sla-clock error passes as it is).
 */
export function luxonUnreadable(what: string, kind: "DateTime" | "Duration", e: unknown): SlaClockError {
  return e instanceof SlaClockError ? e : new InputError(`${what}: the luxon ${kind} could not be read (${thrownText(e)})`);
}

/**
 * True for a luxon object of the given kind (`isLuxonDateTime`, `isLuxonDuration`), from any copy
 * of luxon, without importing luxon. False for an object that throws when read (a revoked Proxy):
 * the checks after this one report it as an InputError.
 */
export function isLuxon(value: unknown, marker: "isLuxonDateTime" | "isLuxonDuration"): value is Record<string, unknown> {
  try {
    return typeof value === "object" && value !== null && (value as Record<string, unknown>)[marker] === true && typeof (value as Record<string, unknown>)["toMillis"] === "function";
  } catch {
    return false;
  }
}

/**
 * True for a Date of any realm (`instanceof` fails across realms). Checks the internal time value
 * (`Date.prototype.getTime` throws without one), so an object that only claims
 * `Symbol.toStringTag: "Date"` is not a Date.
 */
export function isDate(value: unknown): value is Date {
  try {
    dateGetTime.call(value);
    return true;
  } catch {
    return false;
  }
}
