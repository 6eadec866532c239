import vm from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDuration } from "../../src/time/durationText.js";

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;

describe("parseDuration", () => {
  describe("accepts", () => {
    it.each<[unknown, number]>([
      // numbers are milliseconds
      [0, 0],
      [7_200_000, 7_200_000],
      [1500.4, 1500],
      [1500.5, 1501],
      [1e18, 1e18],
      // shorthand
      ["2h", 2 * H],
      ["90m", 90 * MIN],
      ["1h30m", 90 * MIN],
      ["45s", 45 * S],
      ["1.5h", 90 * MIN],
      ["3d", 3 * D],
      ["500ms", 500],
      ["1d2h30m15s", D + 2 * H + 30 * MIN + 15 * S],
      ["1d 2h 30m 15s 5ms", D + 2 * H + 30 * MIN + 15 * S + 5],
      ["1h 30m", 90 * MIN],
      ["  2h  ", 2 * H],
      ["2 h", 2 * H],
      ["1w", 7 * D],
      ["0.1h", 6 * MIN],
      ["1.1h", 3_960_000],
      ["0h", 0],
      ["1.0005s", 1001],
      // ISO 8601
      ["PT2H30M", 2 * H + 30 * MIN],
      ["P1DT2H", D + 2 * H],
      ["PT0.5H", 30 * MIN],
      ["PT0,5H", 30 * MIN],
      ["P2W", 14 * D],
      ["P1W2D", 9 * D],
      ["P3D", 3 * D],
      ["PT45S", 45 * S],
      ["PT1.5S", 1500],
      ["pt2h", 2 * H],
      ["PT1H30.5M", H + 30 * MIN + 30 * S],
      // objects
      [{ hours: 2 }, 2 * H],
      [{ days: 1, hours: 2, minutes: 30, seconds: 15, milliseconds: 5 }, D + 2 * H + 30 * MIN + 15 * S + 5],
      [{ minutes: 1.5 }, 90 * S],
      [{}, 0],
      [{ hours: undefined, minutes: 5 }, 5 * MIN],
      [JSON.parse('{"hours": 1}'), H],
      [Object.assign(Object.create(null), { seconds: 2 }), 2 * S],
    ])("%j → %i ms", (input, ms) => {
      expect(parseDuration(input)).toBe(ms);
    });

    it("reads -0 as 0 (not -0)", () => {
      expect(Object.is(parseDuration(-0), 0)).toBe(true);
      expect(Object.is(parseDuration(-0.4), 0)).toBe(false); // negative: an error message
    });
  });

  describe("rejects", () => {
    it.each<[unknown, RegExp]>([
      [-1, /cannot be negative/],
      [-0.4, /cannot be negative/],
      [Number.NaN, /NaN is not a duration/],
      [Number.POSITIVE_INFINITY, /must be finite/],
      ["", /empty string/],
      ["   ", /empty string/],
      ["-2h", /cannot be negative/],
      ["-PT2H", /cannot be negative/],
      ["2", /has no unit; write "2ms"/],
      ["7200000", /has no unit/],
      ["1h30", /every number needs a unit/],
      ["2x", /unknown unit "x"/],
      ["2 hours", /unknown unit "hours"/],
      ["2H", /must be lowercase/],
      ["1M", /years and months have no fixed length/],
      ["1y", /years and months have no fixed length/],
      ["1mo", /years and months have no fixed length/],
      ["30m1h", /largest to smallest/],
      ["1h1h", /largest to smallest/],
      [".5h", /is not a duration/],
      ["1.h", /is not a duration/],
      ["P", /needs at least one component/],
      ["PT", /"T" must be followed/],
      ["P1Y", /years and months have no fixed length/],
      ["P1M", /years and months have no fixed length/],
      ["P1DT", /"T" must be followed/],
      ["PT2D", /weeks and days go before "T"/],
      ["P2H", /go after "T"/],
      ["PT30M2H", /largest to smallest/],
      ["PT1.5H30M", /only the last component may have a fraction/],
      ["P1D2W", /largest to smallest/],
      ["PT2X", /is not a duration/],
      ["2h" + " ".repeat(200), /too long/],
      [{ hours: -1 }, /hours is negative/],
      [{ hours: "2" }, /hours must be a finite number, got "2"/],
      [{ hours: Number.NaN }, /hours must be a finite number/],
      [{ weeks: 1 }, /unknown key "weeks"/],
      [JSON.parse('{"__proto__": {"hours": 1}}'), /unknown key "__proto__"/],
      [null, /null is not a duration/],
      [true, /true is not a duration/],
      [[2, "h"], /is not a duration/],
      [new Date(0), /is not a duration/],
    ])("%j (%s)", (input, message) => {
      const r = parseDuration(input);
      expect(typeof r).toBe("string");
      expect(r).toMatch(message);
    });

    it("names the value and the accepted forms", () => {
      expect(parseDuration("soon")).toBe(
        '"soon" is not a duration; use a number of milliseconds, a shorthand such as "2h", "90m", "1h30m" or "1.5h", ISO 8601 such as "PT2H30M", or an object such as { "hours": 2 }',
      );
    });

    it("fails fast on 1 MB hostile strings", () => {
      for (const hostile of ["1".repeat(1_000_000), "1h".repeat(500_000), "P" + "1".repeat(1_000_000) + "D", " ".repeat(1_000_000) + "2h"]) {
        const t0 = performance.now();
        const r = parseDuration(hostile);
        expect(performance.now() - t0).toBeLessThan(50);
        expect(typeof r).toBe("string");
        expect((r as string).length).toBeLessThan(400);
      }
    });

    it("calls each getter of a duration object once, and reports what one throws or a Proxy that cannot be read", () => {
      let calls = 0;
      const obj = Object.defineProperty({ minutes: 30 }, "hours", { enumerable: true, get: () => (calls++, 1) });
      expect(parseDuration(obj)).toBe(5_400_000);
      expect(calls).toBe(1);
      const bad = Object.defineProperty({}, "hours", { enumerable: true, get: () => "2" });
      expect(parseDuration(bad)).toBe('{"hours":"[getter]"} is not a duration: hours must be a finite number, got "2"');
      const throwing = Object.defineProperty({}, "hours", { enumerable: true, get: () => { throw new Error("no hours"); } });
      expect(parseDuration(throwing)).toBe("hours could not be read (no hours)");
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      expect(parseDuration(proxy)).toBe("could not be read (Cannot perform 'IsArray' on a proxy that has been revoked)");
    });
  });

  it("always returns an integer number of ms or a message (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.double(), fc.object()), (input) => {
        const r = parseDuration(input);
        if (typeof r === "number") {
          expect(Number.isInteger(r) || !Number.isFinite(r)).toBe(true);
          expect(r >= 0 && !Object.is(r, -0)).toBe(true);
        } else {
          expect(typeof r).toBe("string");
        }
      }),
    );
  });

  it("agrees between shorthand, ISO 8601 and objects (property)", () => {
    fc.assert(
      fc.property(fc.nat(99), fc.nat(23), fc.nat(59), fc.nat(59), (d, h, m, s) => {
        const expected = d * D + h * H + m * MIN + s * S;
        expect(parseDuration(`${d}d${h}h${m}m${s}s`)).toBe(expected);
        expect(parseDuration(`P${d}DT${h}H${m}M${s}S`)).toBe(expected);
        expect(parseDuration({ days: d, hours: h, minutes: m, seconds: s })).toBe(expected);
      }),
    );
  });
});

describe("a duration object made in another realm (node:vm, an iframe)", () => {
  it("is read like one made here; a class instance from there is refused as here", () => {
    expect(parseDuration(vm.runInNewContext("({ hours: 1, minutes: 30 })"))).toBe(90 * MIN);
    expect(parseDuration(vm.runInNewContext("new (class Span { hours = 1 })()"))).toMatch(/^\{"hours":1\} is not a duration; /);
  });
});

describe("the fast path of one number and one unit (issue 14)", () => {
  const UNIT_MS: Record<string, number> = { w: 7 * D, d: D, h: H, m: MIN, s: S, ms: 1 };
  it("gives what the general scanner gives (the spaced form always takes the general scanner)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.constantFrom("w", "d", "h", "m", "s", "ms"), (n, unit) => {
        expect(parseDuration(`${n}${unit}`)).toBe(n * UNIT_MS[unit]!);
        expect(parseDuration(`${n}${unit}`)).toBe(parseDuration(`${n} ${unit}`));
      }),
      { numRuns: 2_000 },
    );
  });

  it.each(["2H", "2hh", "2x", "1234567890h", "2h30m", "h", "-2h", "2.5h", "0002h"])("%j: the general scanner decides", (s) => {
    const spaced = s.replace(/^([0-9.]+)/, "$1 ");
    const [fast, general] = [parseDuration(s), parseDuration(spaced)];
    expect(typeof fast).toBe(typeof general);
    expect(fast).toBe(typeof general === "string" ? general.replace(JSON.stringify(spaced), JSON.stringify(s)) : general);
  });
});
