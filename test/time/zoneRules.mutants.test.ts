/**
 * Zone rules: the UTC aliases, exact transition instants from a freshly built table, and unknown
 * zone names (behaviour found untested by mutation testing, see docs/reliability.md).
 */
import { describe, expect, it } from "vitest";
import { getZoneRules, isKnownZone, offsetFormatter, offsetFromParts } from "../../src/time/zoneRules.js";

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

describe("the formatToParts fallback of the offset probe", () => {
  const zones = ["Asia/Kathmandu", "America/St_Johns", "Australia/Lord_Howe", "Pacific/Chatham", "Europe/Dublin", "America/Santiago", "Pacific/Apia", "UTC"];
  // whole seconds around the year, at every hour of the day (so `hour % 24` matters), and 1970
  const instants = [
    ...Array.from({ length: 48 }, (_, k) => Date.UTC(2026, k % 12, 1 + (k % 27), k % 24, (k * 7) % 60, (k * 13) % 60)),
    Date.UTC(1970, 0, 1), Date.UTC(2011, 11, 30, 9, 59, 59), Date.UTC(2011, 11, 30, 10),
  ];

  it.each(zones)("%s: reads the same offsets as the zone's tables", (zone) => {
    const dtf = offsetFormatter(zone);
    const rules = getZoneRules(zone);
    for (const t of instants) expect(offsetFromParts(dtf, t), new Date(t).toISOString()).toBe(rules.offsetAt(t));
  });

  it("an instant with milliseconds is read at its whole second", () => {
    const dtf = offsetFormatter("Asia/Kathmandu");
    expect(offsetFromParts(dtf, Date.UTC(2026, 5, 1, 12, 0, 0, 999))).toBe(5.75 * H);
  });
});
