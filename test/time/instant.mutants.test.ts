/**
 * Instants in every accepted form, and the messages of bad ones (behaviour found untested by
 * mutation testing, see docs/reliability.md).
 */
import { DateTime, Duration } from "luxon";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { MAX_EPOCH_MS, MIN_EPOCH_MS, toEpochMs } from "../../src/time/instant.js";
import { toDurationMs } from "../../src/time/duration.js";
import { getZoneRules } from "../../src/time/zoneRules.js";

const toronto = getZoneRules("America/Toronto");

describe("toEpochMs", () => {
  it("trims ISO text and reads offset-less text in the zone", () => {
    expect(toEpochMs("  2026-11-27T21:30\n", toronto, "at")).toBe(Date.UTC(2026, 10, 28, 2, 30));
    expect(toEpochMs(" 2026-11-27T21:30Z ", toronto, "at")).toBe(Date.UTC(2026, 10, 27, 21, 30));
  });

  it("floors fractional epoch ms and never returns -0", () => {
    expect(toEpochMs(1.9, toronto, "at")).toBe(1);
    expect(Object.is(toEpochMs(-0, toronto, "at"), 0)).toBe(true);
  });

  it("a value whose properties cannot be read is named as such, not taken for a luxon DateTime", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => toEpochMs(proxy, toronto, "at")).toThrow(/^at: could not be read \(Cannot perform 'get' on a proxy that has been revoked\)$/);
    const throwing = new Proxy({}, { get: () => { throw new Error("boom"); } });
    expect(() => toEpochMs(throwing, toronto, "at")).toThrow(new InputError("at: could not be read (boom)"));
  });

  it("a luxon DateTime whose toMillis throws is named, with what it threw cut to 200 characters (marked …)", () => {
    const long = { isLuxonDateTime: true, isValid: true, toMillis: () => { throw new Error("x".repeat(300)); } };
    expect(() => toEpochMs(long, toronto, "at")).toThrow(new InputError(`at: the luxon DateTime could not be read (${"x".repeat(200)}…)`));
    const exact = { isLuxonDateTime: true, isValid: true, toMillis: () => { throw new Error("x".repeat(200)); } };
    expect(() => toEpochMs(exact, toronto, "at")).toThrow(new InputError(`at: the luxon DateTime could not be read (${"x".repeat(200)})`));
    const notAnError = { isLuxonDateTime: true, isValid: true, toMillis: () => { throw "plain string"; } };
    expect(() => toEpochMs(notAnError, toronto, "at")).toThrow(new InputError('at: the luxon DateTime could not be read ("plain string")'));
  });

  it("an invalid Date is an InputError naming the argument", () => {
    expect(() => toEpochMs(new Date(Number.NaN), toronto, "start")).toThrow(new InputError("start: Invalid Date"));
  });

  it("an invalid luxon DateTime names its reason, or says the reason is unknown", () => {
    expect(() => toEpochMs(DateTime.invalid("bad input"), toronto, "at")).toThrow(/^at: invalid luxon DateTime \("bad input"\)$/);
    const noReason = { isLuxonDateTime: true, isValid: false, toMillis: () => 0 };
    expect(() => toEpochMs(noReason, toronto, "at")).toThrow(/^at: invalid luxon DateTime \("unknown reason"\)$/);
  });

  it("a luxon-like DateTime whose toMillis is not a finite number is an InputError", () => {
    for (const ms of [Number.NaN, Number.POSITIVE_INFINITY, "0", undefined]) {
      const fake = { isLuxonDateTime: true, isValid: true, toMillis: () => ms };
      expect(() => toEpochMs(fake, toronto, "at")).toThrow(new InputError("at: invalid luxon DateTime"));
    }
  });

  it("null, functions and plain objects are not instants", () => {
    const message = /^at: .* is not an instant; pass a Date, epoch milliseconds, an ISO 8601 string, a luxon DateTime or a Temporal value$/;
    expect(() => toEpochMs(null, toronto, "at")).toThrow(message);
    expect(() => toEpochMs({}, toronto, "at")).toThrow(message);
    // a function carrying luxon's marker is still not a DateTime
    const fn = Object.assign(() => 0, { isLuxonDateTime: true, isValid: true, toMillis: () => 0 });
    expect(() => toEpochMs(fn, toronto, "at")).toThrow(message);
    // an object with the marker but no toMillis method is not a DateTime either
    expect(() => toEpochMs({ isLuxonDateTime: true, isValid: true, toMillis: 0 }, toronto, "at")).toThrow(message);
  });
});

describe("the supported years are inclusive at both ends", () => {
  const utc = getZoneRules("UTC");
  it("1000-01-01T00:00Z and 10000-01-01T00:00Z are accepted in UTC; one millisecond outside is not", () => {
    expect(toEpochMs(MIN_EPOCH_MS, utc, "at")).toBe(MIN_EPOCH_MS);
    expect(toEpochMs(MAX_EPOCH_MS, utc, "at")).toBe(MAX_EPOCH_MS);
    expect(toEpochMs(new Date(MIN_EPOCH_MS), utc, "at")).toBe(MIN_EPOCH_MS);
    expect(() => toEpochMs(MIN_EPOCH_MS - 1, utc, "at")).toThrow(/^at: .* is outside the supported years 1000–9999$/);
    expect(() => toEpochMs(MAX_EPOCH_MS + 1, utc, "at")).toThrow(/^at: .* is outside the supported years 1000–9999$/);
    expect(MIN_EPOCH_MS).toBe(Date.UTC(1000, 0, 1));
    expect(MAX_EPOCH_MS).toBe(Date.UTC(10000, 0, 1));
  });

  it("regression (issue 14): instants throughout the year 9999 are supported, up to 10000-01-01T00:00 on the zone's clocks", () => {
    const toronto = getZoneRules("America/Toronto");
    const kiritimati = getZoneRules("Pacific/Kiritimati"); // UTC+14
    expect(toEpochMs("9999-12-31T12:00Z", utc, "at")).toBe(Date.UTC(9999, 11, 31, 12));
    expect(toEpochMs("9999-12-31T12:00Z", toronto, "at")).toBe(Date.UTC(9999, 11, 31, 12));
    // the last minute of 9999 in Toronto is already the year 10000 in UTC
    expect(toEpochMs("9999-12-31T23:59", toronto, "at")).toBe(Date.UTC(9999, 11, 31, 23, 59) + 5 * 3_600_000);
    expect(toEpochMs(Date.UTC(10000, 0, 1, 5), toronto, "at")).toBe(Date.UTC(10000, 0, 1, 5)); // 10000-01-01T00:00 EST
    expect(() => toEpochMs(Date.UTC(10000, 0, 1, 5) + 1, toronto, "at")).toThrow(/^at: .* is outside the supported years 1000–9999$/);
    // 9999-12-31T12:00Z is 02:00 on 10000-01-01 in Kiritimati
    expect(toEpochMs(Date.UTC(9999, 11, 31, 10), kiritimati, "at")).toBe(Date.UTC(9999, 11, 31, 10));
    expect(() => toEpochMs("9999-12-31T12:00Z", kiritimati, "at")).toThrow(/^at: "9999-12-31T12:00Z" is outside the supported years 1000–9999$/);
    expect(() => toEpochMs(8.64e15, toronto, "at")).toThrow(/outside the supported years/);
  });
});

describe("luxon values are told apart by their kind", () => {
  const utc = getZoneRules("UTC");
  it("a luxon Duration is not an instant, and a DateTime is not a duration", () => {
    expect(() => toEpochMs(Duration.fromObject({ hours: 1 }), utc, "at")).toThrow(InputError);
    expect(() => toEpochMs(Duration.fromObject({ hours: 1 }), utc, "at")).toThrow(/^at: .* is not an instant/);
    expect(() => toDurationMs(DateTime.fromMillis(3_600_000), "duration")).toThrow(InputError);
  });

  it("a look-alike whose toMillis returns a non-number is an invalid DateTime or Duration", () => {
    const fakeDateTime = { isLuxonDateTime: true, isValid: true, toMillis: () => "5" };
    const fakeDuration = { isLuxonDuration: true, isValid: true, toMillis: () => "5" };
    expect(() => toEpochMs(fakeDateTime, utc, "at")).toThrow(/^at: invalid luxon DateTime$/);
    expect(() => toDurationMs(fakeDuration, "d")).toThrow(/^d: .* ms is not a duration >= 0$/);
  });
});
