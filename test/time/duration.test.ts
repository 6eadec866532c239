/**
 * toDurationMs: its fast paths for numbers and one-unit shorthand (small enough for the engine to
 * inline, issue 14), and its memo of the last text read, answer exactly what parseDuration answers,
 * errors included.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { InputError } from "../../src/errors.js";
import { toDurationMs } from "../../src/time/duration.js";
import { parseDuration, simpleShorthandMs } from "../../src/time/durationText.js";

/** What toDurationMs should do with `input`: parseDuration's answer, or its message as an InputError. */
function expectSameAsParseDuration(input: number | string): void {
  const expected = parseDuration(input);
  if (typeof expected === "string") {
    expect(() => toDurationMs(input, "duration")).toThrow(InputError);
    expect(() => toDurationMs(input, "duration")).toThrow(`duration: ${expected}`);
  } else {
    expect(Object.is(toDurationMs(input, "duration"), expected)).toBe(true);
  }
}

describe("toDurationMs reads numbers and text exactly as parseDuration does", () => {
  it("for any number, including -0, NaN, the infinities, negatives, fractions and huge values", () => {
    fc.assert(fc.property(fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 0.5, 1.5, -0.4, 2.5, Number.MAX_VALUE, Number.MIN_VALUE)), expectSameAsParseDuration), { numRuns: 3_000 });
  });

  it("for one-unit shorthand, longer shorthand, ISO 8601 and arbitrary text", () => {
    const shorthand = fc.tuple(fc.integer({ min: 0, max: 99_999_999_999 }), fc.constantFrom("w", "d", "h", "m", "s", "ms", "H", "x", "mo", "", " h")).map(([n, u]) => `${n}${u}`);
    fc.assert(fc.property(fc.oneof(shorthand, fc.string({ maxLength: 12 }), fc.constantFrom("1h30m", "PT2H", " 2h", "2h ", "-2h", "2.5h", "0h", "0ms")), expectSameAsParseDuration), { numRuns: 3_000 });
  });
});

describe("toDurationMs remembers the last text it read, and nothing else", () => {
  const text = fc.oneof(fc.constantFrom("", "2h", "2h ", "0ms", "0h", "90m", "1h30m", "PT2H", "-2h", "2H"), fc.string({ maxLength: 6 }));
  it("answers each text of a sequence as parseDuration does, whatever was read before it", () => {
    fc.assert(fc.property(fc.array(text, { maxLength: 12 }), (texts) => texts.forEach(expectSameAsParseDuration)), { numRuns: 1_000 });
  });

  it("refuses the empty string even as the first text a fresh module reads", async () => {
    vi.resetModules();
    const fresh = await import("../../src/time/duration.js");
    expect(() => fresh.toDurationMs("", "duration")).toThrow("duration: an empty string is not a duration");
    expect(fresh.toDurationMs("2h", "duration")).toBe(7_200_000);
    expect(fresh.toDurationMs("2h", "duration")).toBe(7_200_000);
    expect(() => fresh.toDurationMs("", "duration")).toThrow("duration: an empty string is not a duration");
  });
});

describe("toDurationMs names the argument and the problem for anything but a number or text", () => {
  it("a duration object with a bad field, an unknown key, null, a boolean and an array", () => {
    const cases: Array<[unknown, string]> = [
      [{ hours: -1 }, 'target: {"hours":-1} is not a duration: hours is negative (-1); a duration cannot be negative'],
      [{ fortnights: 1 }, 'target: {"fortnights":1} is not a duration: unknown key "fortnights"; use days, hours, minutes, seconds or milliseconds'],
      [{ hours: "2" }, 'target: {"hours":"2"} is not a duration: hours must be a finite number, got "2"'],
      [null, "target: null is not a duration; use a number of milliseconds"],
      [true, "target: true is not a duration; use a number of milliseconds"],
      [[1], "target: [1] is not a duration; use a number of milliseconds"],
    ];
    for (const [input, message] of cases) {
      expect(() => toDurationMs(input, "target")).toThrow(InputError);
      expect(() => toDurationMs(input, "target")).toThrow(message);
    }
  });
});

describe("simpleShorthandMs, the fast path of one whole number and one unit", () => {
  const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };
  it("answers exactly the texts of 1–9 digits and one unit, and nothing else", () => {
    const alphabet = fc.constantFrom("0", "1", "5", "9", "h", "m", "s", "d", "w", "x", "H", ".", " ", "-", "/", ":");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 13 }).map((a) => a.join("")), (s) => {
        const match = /^([0-9]{1,9})(w|d|h|m|s|ms)$/.exec(s);
        expect(simpleShorthandMs(s)).toBe(match ? Number(match[1]) * UNIT_MS[match[2]!]! : -1);
      }),
      { numRuns: 5_000 },
    );
  });
});
