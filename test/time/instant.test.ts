/**
 * toEpochMs: its inlinable fast path (finite numbers and canonical UTC text well inside the
 * supported years, issue 14) answers exactly what the general reading answers, at the bounds too.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_EPOCH_MS, MIN_EPOCH_MS, toEpochMs } from "../../src/time/instant.js";
import { isBeyondSupportedYears } from "../../src/time/wallClock.js";
import { getZoneRules } from "../../src/time/zoneRules.js";

const DAY = 86_400_000;
const zones = ["UTC", "America/Toronto", "Pacific/Kiritimati", "Pacific/Pago_Pago"].map((z) => getZoneRules(z));

/** The answer or the error message of `f`. */
function outcome(f: () => number): number | string {
  try {
    return f();
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

describe("toEpochMs on numbers and canonical UTC text", () => {
  const near = (bound: number) => fc.integer({ min: -3 * DAY, max: 3 * DAY }).map((k) => bound + k);
  const instants = fc.oneof(fc.integer({ min: MIN_EPOCH_MS, max: MAX_EPOCH_MS }), near(MIN_EPOCH_MS), near(MAX_EPOCH_MS));

  it("a number reads as its floor, or the same error, whatever the zone", () => {
    fc.assert(
      fc.property(fc.oneof(instants, instants.map((t) => t + 0.5), fc.double()), fc.constantFrom(...zones), (n, zone) => {
        const r = outcome(() => toEpochMs(n, zone, "at"));
        const t = Math.floor(n) || 0;
        if (!Number.isFinite(n)) expect(r).toMatch(/^InputError: at: .* is not a finite number of epoch milliseconds$/);
        else if (t < MIN_EPOCH_MS || isBeyondSupportedYears(zone, t)) expect(r).toMatch(/^InputError: at: .* is outside the supported years 1000–9999$/);
        else expect(r).toBe(t);
      }),
      { numRuns: 3_000 },
    );
  });

  it("canonical text (toISOString's three lengths) reads as the same instant with a +00:00 offset, errors alike", () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(24, 20, 17), fc.constantFrom(...zones), (t, len, zone) => {
        const d = new Date(t);
        if (Number.isNaN(d.getTime()) || d.getUTCFullYear() > 9999 || d.getUTCFullYear() < 0) return;
        const iso = d.toISOString();
        const text = len === 24 ? iso : `${iso.slice(0, len - 1)}Z`;
        const general = `${text.slice(0, -1)}+00:00`;
        const fast = outcome(() => toEpochMs(text, zone, "at"));
        const slow = outcome(() => toEpochMs(general, zone, "at"));
        expect(typeof fast).toBe(typeof slow);
        if (typeof fast === "number") expect(fast).toBe(slow);
        else expect(fast).toBe((slow as string).replace(JSON.stringify(general), JSON.stringify(text)));
      }),
      { numRuns: 3_000 },
    );
  });
});
