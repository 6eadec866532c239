/**
 * Zone rules: the UTC aliases, exact transition instants from a freshly built table, and unknown
 * zone names (behaviour found untested by mutation testing, see docs/reliability.md).
 */
import { describe, expect, it } from "vitest";
import { getZoneRules, isKnownZone } from "../../src/time/zoneRules.js";

const H = 3_600_000;

describe("getZoneRules", () => {
  it.each(["UTC", "utc", "Etc/UTC", "Z", "z", "GMT", "Etc/GMT"])("%s is UTC: offset 0 at every instant", (name) => {
    const rules = getZoneRules(name);
    expect(rules.name).toBe(name);
    for (const t of [0, Date.UTC(2026, 6, 1), Date.UTC(1970, 0, 1) - 1, Date.UTC(2100, 11, 31, 23, 59)]) expect(rules.offsetAt(t)).toBe(0);
  });

  it("finds each transition to the millisecond (zones no other test of this file has built)", () => {
    const vienna = getZoneRules("Europe/Vienna");
    const spring = Date.UTC(2026, 2, 29, 1); // 02:00 CET → 03:00 CEST
    expect(vienna.offsetAt(spring - 1)).toBe(H);
    expect(vienna.offsetAt(spring)).toBe(2 * H);
    const autumn = Date.UTC(2026, 9, 25, 1); // 03:00 CEST → 02:00 CET
    expect(vienna.offsetAt(autumn - 1)).toBe(2 * H);
    expect(vienna.offsetAt(autumn)).toBe(H);
    expect(vienna.offsetAt(Date.UTC(2026, 0, 1))).toBe(H);
    expect(vienna.offsetAt(Date.UTC(2026, 11, 31, 23, 59, 59, 999))).toBe(H);
    const eucla = getZoneRules("Australia/Eucla"); // +08:45, DST trial 2006–2009
    expect(eucla.offsetAt(Date.UTC(2008, 9, 25, 17, 15) - 1)).toBe(8.75 * H);
    expect(eucla.offsetAt(Date.UTC(2008, 9, 25, 17, 15))).toBe(9.75 * H);
    const apia = getZoneRules("Pacific/Apia"); // skipped 2011-12-30: −10 → +14 at 10:00 UTC
    expect(apia.offsetAt(Date.UTC(2011, 11, 30, 10) - 1)).toBe(-10 * H);
    expect(apia.offsetAt(Date.UTC(2011, 11, 30, 10))).toBe(14 * H);
  });
});

describe("isKnownZone", () => {
  it("knows IANA names and UTC, not made-up names", () => {
    expect(isKnownZone("America/St_Johns")).toBe(true);
    expect(isKnownZone("UTC")).toBe(true);
    expect(isKnownZone("Mars/Olympus")).toBe(false);
    expect(isKnownZone("")).toBe(false);
  });
});
