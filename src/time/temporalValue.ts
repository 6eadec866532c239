/**
 * Temporal values (CONTRACT §9), from the native `Temporal` or any polyfill, recognised by shape —
 * their `Symbol.toStringTag` — so that sla-clock never imports a polyfill and none lands in a
 * bundle that does not use one.
 *
 * - `Temporal.Instant`, `Temporal.ZonedDateTime`: their exact instant (`epochMilliseconds`).
 * - `Temporal.PlainDateTime`, `Temporal.PlainDate`: wall-clock values in the policy's zone, like an
 *   offset-less string, resolved by the compatible rule (a PlainDate is its midnight); fields of a
 *   non-ISO calendar are read through `withCalendar("iso8601")`; below a millisecond is dropped.
 * - `Temporal.Duration`: days (24 clock hours, like `"3d"`), hours … nanoseconds, rounded to the
 *   millisecond; years, months or weeks (no fixed length) and negative durations are refused.
 *
 * @module
 */
import { InputError, describeValue, thrownText, unreadable } from "../errors.js";
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND, dayFromCivil } from "./calendarDate.js";
import { wallToEpoch } from "./wallClock.js";
import type { ZoneRules } from "./zoneRules.js";

/**
 * A `Temporal.Instant` or `Temporal.ZonedDateTime`, native or polyfilled: that exact instant.
 * @category Values
 */
export interface TemporalExactLike {
  /** `"Temporal.Instant"` or `"Temporal.ZonedDateTime"`: how sla-clock recognises it. */
  readonly [Symbol.toStringTag]: "Temporal.Instant" | "Temporal.ZonedDateTime";
  /** The instant, in epoch milliseconds. */
  readonly epochMilliseconds: number;
}

/**
 * A `Temporal.PlainDateTime` or `Temporal.PlainDate`, native or polyfilled: a wall-clock value in
 * the policy's zone, like an offset-less string (a PlainDate is its midnight).
 * @category Values
 */
export interface TemporalPlainLike {
  /** `"Temporal.PlainDateTime"` or `"Temporal.PlainDate"`: how sla-clock recognises it. */
  readonly [Symbol.toStringTag]: "Temporal.PlainDateTime" | "Temporal.PlainDate";
  /** The calendar of the fields; other calendars than `"iso8601"` are converted with `withCalendar`. */
  readonly calendarId: string;
  /** The year (of `calendarId`). */
  readonly year: number;
  /** The month, 1–12 in the ISO calendar. */
  readonly month: number;
  /** The day of the month. */
  readonly day: number;
}

/**
 * A `Temporal.Duration`, native or polyfilled, without years, months or weeks.
 * @category Values
 */
export interface TemporalDurationLike {
  /** `"Temporal.Duration"`: how sla-clock recognises it. */
  readonly [Symbol.toStringTag]: "Temporal.Duration";
  /** Must be 0: a year has no fixed length. */
  readonly years: number;
  /** Must be 0: a month has no fixed length. */
  readonly months: number;
  /** Must be 0: weeks are calendar units in Temporal. */
  readonly weeks: number;
  /** Days of 24 hours of the clock being measured (as in `"3d"`). */
  readonly days: number;
  /** Hours. */
  readonly hours: number;
  /** Minutes. */
  readonly minutes: number;
  /** Seconds. */
  readonly seconds: number;
  /** Milliseconds. */
  readonly milliseconds: number;
  /** Microseconds (rounded to the millisecond with the rest). */
  readonly microseconds: number;
  /** Nanoseconds (rounded to the millisecond with the rest). */
  readonly nanoseconds: number;
}

const TEMPORAL_TAG = /^Temporal\.[A-Za-z]+$/;

/**
 * The Temporal type of `value` (`"Instant"`, `"PlainDate"`, …) from its `Symbol.toStringTag`, or
 * undefined for anything that is not an object tagged `Temporal.*`.
 *
 * @throws InputError when reading the tag throws (a revoked Proxy).
 */
export function temporalKind(value: unknown, what: string): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const tag = read(value, Symbol.toStringTag, what);
  return typeof tag === "string" && TEMPORAL_TAG.test(tag) ? tag.slice(9) : undefined;
}

/**
 * Epoch ms of a Temporal date/time value of kind `kind` (from {@link temporalKind}); plain values
 * are wall clock in `zone` by the compatible rule.
 *
 * @throws InputError for a Temporal type that is not a point in time (PlainTime, PlainYearMonth,
 *   PlainMonthDay, Duration), or fields that cannot be read or are not integers.
 * @example
 * temporalEpochMs(Temporal.PlainDateTime.from("2026-03-08T02:30"), "PlainDateTime", toronto, "at");
 * //=> Date.UTC(2026, 2, 8, 7, 30) (03:30 EDT: the gap moves forward)
 */
export function temporalEpochMs(value: object, kind: string, zone: ZoneRules, what: string): number {
  if (kind === "Instant" || kind === "ZonedDateTime") return integerField(value, "epochMilliseconds", what);
  if (kind !== "PlainDateTime" && kind !== "PlainDate") {
    throw new InputError(
      `${what}: a Temporal.${kind} is not a point in time; pass a Temporal.Instant, ZonedDateTime, PlainDateTime or PlainDate (or a Date, epoch ms or ISO 8601 string)`,
    );
  }
  const iso = inIsoCalendar(value, what);
  const year = integerField(iso, "year", what);
  // A year far outside 1000–9999 (275760) is answered as the start of 999 or 10001, which the
  // caller refuses as outside the supported years, before the zone is asked for an offset there.
  if (year < 999 || year > 10000) return dayFromCivil(year < 999 ? 999 : 10001, 1, 1) * MS_PER_DAY;
  const day = dayFromCivil(year, integerField(iso, "month", what), integerField(iso, "day", what));
  if (kind === "PlainDate") return wallToEpoch(zone, day, 0);
  const ms =
    integerField(iso, "hour", what) * MS_PER_HOUR +
    integerField(iso, "minute", what) * MS_PER_MINUTE +
    integerField(iso, "second", what) * MS_PER_SECOND +
    integerField(iso, "millisecond", what);
  return wallToEpoch(zone, day, ms);
}

/**
 * Milliseconds of a `Temporal.Duration` (see the module notes).
 *
 * @throws InputError for years, months or weeks, a negative duration, or unreadable fields.
 * @example
 * temporalDurationMs(Temporal.Duration.from({ hours: 1, minutes: 30 }), "target"); //=> 5_400_000
 * temporalDurationMs(Temporal.Duration.from({ weeks: 1 }), "target"); // throws InputError
 */
export function temporalDurationMs(value: object, what: string): number {
  const calendarUnits = (["years", "months", "weeks"] as const).filter((unit) => finiteField(value, unit, what) !== 0);
  if (calendarUnits.length > 0) {
    throw new InputError(`${what}: a Temporal.Duration with ${calendarUnits.join(", ")} has no fixed length; use days (24 hours) or hours`);
  }
  const ms =
    finiteField(value, "days", what) * MS_PER_DAY +
    finiteField(value, "hours", what) * MS_PER_HOUR +
    finiteField(value, "minutes", what) * MS_PER_MINUTE +
    finiteField(value, "seconds", what) * MS_PER_SECOND +
    finiteField(value, "milliseconds", what) +
    finiteField(value, "microseconds", what) / 1_000 +
    finiteField(value, "nanoseconds", what) / 1_000_000;
  if (!Number.isFinite(ms) || ms < 0) throw new InputError(`${what}: a Temporal.Duration of ${describeValue(ms)} ms is not a duration >= 0`);
  return Math.round(ms);
}

/** `value` with ISO-calendar fields: itself, or `value.withCalendar("iso8601")`. */
function inIsoCalendar(value: object, what: string): object {
  if (read(value, "calendarId", what) === "iso8601") return value;
  const withCalendar = read(value, "withCalendar", what);
  if (typeof withCalendar !== "function") throw new InputError(`${what}: a Temporal value in a non-ISO calendar without withCalendar(); convert it to the ISO calendar first`);
  let iso: unknown;
  try {
    iso = (withCalendar as (c: string) => unknown).call(value, "iso8601");
  } catch (e) {
    throw new InputError(`${what}: the Temporal value could not be converted to the ISO calendar (${thrownText(e)})`);
  }
  if (typeof iso !== "object" || iso === null) throw new InputError(`${what}: withCalendar("iso8601") returned ${describeValue(iso)}`);
  return iso;
}

function read(value: object, key: string | symbol, what: string): unknown {
  try {
    return (value as Record<string | symbol, unknown>)[key];
  } catch (e) {
    throw unreadable(what, e);
  }
}

function finiteField(value: object, key: string, what: string): number {
  const v = read(value, key, what) as number; // Number.isFinite is false for anything but a number
  if (!Number.isFinite(v)) throw new InputError(`${what}.${key}: ${describeValue(v)} is not a finite number`);
  return v;
}

function integerField(value: object, key: string, what: string): number {
  const v = finiteField(value, key, what);
  if (!Number.isInteger(v)) throw new InputError(`${what}.${key}: ${describeValue(v)} is not an integer`);
  return v;
}
