/**
 * Instants in every accepted form, and the messages of bad ones (behaviour found untested by
 * mutation testing, see docs/reliability.md).
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { toEpochMs } from "../../src/time/instant.js";
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
    const message = /^at: .* is not an instant; pass a Date, epoch milliseconds, an ISO 8601 string or a luxon DateTime$/;
    expect(() => toEpochMs(null, toronto, "at")).toThrow(message);
    expect(() => toEpochMs({}, toronto, "at")).toThrow(message);
    // a function carrying luxon's marker is still not a DateTime
    const fn = Object.assign(() => 0, { isLuxonDateTime: true, isValid: true, toMillis: () => 0 });
    expect(() => toEpochMs(fn, toronto, "at")).toThrow(message);
    // an object with the marker but no toMillis method is not a DateTime either
    expect(() => toEpochMs({ isLuxonDateTime: true, isValid: true, toMillis: 0 }, toronto, "at")).toThrow(message);
  });
});
