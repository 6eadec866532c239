/**
 * Durations as luxon objects, and the messages of bad durations (behaviour found untested by
 * mutation testing, see docs/reliability.md).
 */
import { Duration } from "luxon";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { toDurationMs } from "../../src/time/duration.js";

const luxonLike = (toMillis: () => unknown, extra: Record<string, unknown> = {}) => ({ isLuxonDuration: true, isValid: true, toMillis, ...extra });

describe("toDurationMs with a luxon Duration", () => {
  it("is its length in ms, rounded to the millisecond", () => {
    expect(toDurationMs(Duration.fromObject({ hours: 1, minutes: 30 }), "d")).toBe(5_400_000);
    expect(toDurationMs(Duration.fromObject({ days: 1 }), "d")).toBe(86_400_000);
    expect(toDurationMs(Duration.fromMillis(0), "d")).toBe(0);
    expect(toDurationMs(luxonLike(() => 1.4), "d")).toBe(1);
  });

  it("an invalid Duration is an InputError naming the argument", () => {
    expect(() => toDurationMs(Duration.invalid("broken"), "duration")).toThrow(new InputError("duration: invalid luxon Duration"));
  });

  it.each([["years"], ["quarters"], ["months"]])("a Duration with %s has no fixed length: InputError", (unit) => {
    const message = "d: a luxon Duration with years, quarters or months has no fixed length; use days or hours";
    expect(() => toDurationMs(Duration.fromObject({ [unit]: 1 }), "d")).toThrow(new InputError(message));
    expect(() => toDurationMs(Duration.fromObject({ [unit]: 2, hours: 1 }), "d")).toThrow(InputError);
  });

  it("a negative, NaN or non-numeric length is an InputError", () => {
    expect(() => toDurationMs(Duration.fromObject({ hours: -1 }), "d")).toThrow(/^d: -3600000 ms is not a duration >= 0$/);
    expect(() => toDurationMs(luxonLike(() => -1), "d")).toThrow(InputError);
    expect(() => toDurationMs(luxonLike(() => Number.NaN), "d")).toThrow(/is not a duration >= 0/);
    expect(() => toDurationMs(luxonLike(() => Number.POSITIVE_INFINITY), "d")).toThrow(InputError);
    expect(() => toDurationMs(luxonLike(() => "5"), "d")).toThrow(InputError);
  });
});

describe("toDurationMs messages", () => {
  it("name the argument before the reason", () => {
    expect(() => toDurationMs("soon", "duration")).toThrow(/^duration: /);
    expect(() => toDurationMs(-1, "target")).toThrow(/^target: /);
  });
});
