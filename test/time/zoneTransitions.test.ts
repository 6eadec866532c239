/**
 * The compact transitions a build embeds: written from Node's Intl, read back, they give the same
 * offsets as the Intl-backed zone rules at every instant of the years they cover.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HorizonError } from "../../src/errors.js";
import { decodeZoneTransitions, encodeZoneTransitions, offsetLookupFromTable } from "../../src/time/zoneTransitions.js";
import { getZoneRules, intlZoneTransitions } from "../../src/time/zoneRules.js";

/** Zones with unusual histories: half-hour DST, 45-minute offsets, Ramadan DST, date-line jumps. */
const ZONES = ["America/Toronto", "Australia/Lord_Howe", "Asia/Kathmandu", "Africa/Casablanca", "Pacific/Apia", "America/St_Johns", "Europe/Dublin"];
const FROM = 1960;
const TO = 2060;

describe("zone transitions as text", () => {
  const tables = new Map(ZONES.map((z) => [z, decodeZoneTransitions(encodeZoneTransitions(intlZoneTransitions(z, FROM, TO)), FROM, TO)]));

  it("read back, give the Intl-backed offset at any instant of the years covered", () => {
    const lookups = new Map(ZONES.map((z) => [z, offsetLookupFromTable(z, tables.get(z)!)]));
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(FROM, 0, 1), max: Date.UTC(TO + 1, 0, 1) - 1 }), (zone, t) => {
        expect(lookups.get(zone)!(t)).toBe(getZoneRules(zone).offsetAt(t));
      }),
      { numRuns: 3000 },
    );
  });

  it("hold every change of offset to the second: one second before and at each transition", () => {
    for (const zone of ZONES) {
      const table = tables.get(zone)!;
      const lookup = offsetLookupFromTable(zone, table);
      expect(table.at.length, zone).toBeGreaterThan(1);
      for (let i = 1; i < table.at.length; i++) {
        const at = table.at[i]!;
        expect(lookup(at - 1000), `${zone} before ${new Date(at).toISOString()}`).toBe(getZoneRules(zone).offsetAt(at - 1000));
        expect(lookup(at), `${zone} at ${new Date(at).toISOString()}`).toBe(getZoneRules(zone).offsetAt(at));
        expect(table.offsets[i]).not.toBe(table.offsets[i - 1]);
      }
    }
  });

  it("America/Toronto in 2026: spring forward on 8 March 07:00 UTC, fall back on 1 November 06:00 UTC", () => {
    const t = intlZoneTransitions("America/Toronto", 2026, 2026);
    expect(t.at.map((x) => new Date(x).toISOString())).toEqual(["2026-01-01T00:00:00.000Z", "2026-03-08T07:00:00.000Z", "2026-11-01T06:00:00.000Z"]);
    expect(t.offsets).toEqual([-5 * 3_600_000, -4 * 3_600_000, -5 * 3_600_000]);
    // the first offset, then (seconds since the previous transition, new offset), in base 36
    const b36 = (ms: number) => (ms / 1000).toString(36);
    expect(encodeZoneTransitions(t)).toBe(`${b36(-5 * 3_600_000)};${b36(t.at[1]! - t.at[0]!)},${b36(-4 * 3_600_000)};${b36(t.at[2]! - t.at[1]!)},${b36(-5 * 3_600_000)}`);
  });

  it("an instant outside the years covered is a HorizonError naming the zone and the years", () => {
    const lookup = offsetLookupFromTable("America/Toronto", tables.get("America/Toronto")!);
    for (const t of [Date.UTC(FROM, 0, 1) - 1, Date.UTC(TO + 1, 0, 1), Number.NaN]) {
      expect(() => lookup(t)).toThrow(HorizonError);
      expect(() => lookup(t)).toThrow(`"America/Toronto": `);
      expect(() => lookup(t)).toThrow(`outside the years ${FROM}–${TO} (UTC)`);
    }
  });

  it("malformed text is refused, not read as offsets", () => {
    expect(() => decodeZoneTransitions("-dw0;zz,", 2026, 2026)).toThrow(/malformed at transition 1/);
    expect(() => decodeZoneTransitions("-dw0;-5,-b40", 2026, 2026)).toThrow(/malformed/);
    expect(() => decodeZoneTransitions("-dw0;zzzzzz,-b40", 2026, 2026)).toThrow(/malformed/); // past the end of 2026
  });
});
