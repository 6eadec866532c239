/**
 * Zones a build embeds: looked up case-insensitively, offsets from their tables, a message naming
 * them for any other zone. In the package's own builds none are embedded, and zone names and
 * messages stay those of a runtime with Intl. (The warehouse build, which embeds them, is tested in
 * test/adapters/warehouse/.)
 */
import { describe, expect, it, vi } from "vitest";
import { HorizonError } from "../../src/errors.js";
import { createEmbeddedZones } from "../../src/time/embeddedZones.js";
import { EMBEDDED_ZONES } from "../../src/time/embeddedZoneRules.js";
import { checkTimeZoneName } from "../../src/time/timeZoneName.js";
import { encodeZoneTransitions } from "../../src/time/zoneTransitions.js";
import { getZoneRules, intlZoneTransitions } from "../../src/time/zoneRules.js";

const zones = createEmbeddedZones({
  from: 2020,
  to: 2030,
  zones: { UTC: encodeZoneTransitions(intlZoneTransitions("UTC", 2020, 2030)), "America/Toronto": encodeZoneTransitions(intlZoneTransitions("America/Toronto", 2020, 2030)) },
  howToEmbed: "rebuild with --zones",
});

describe("createEmbeddedZones", () => {
  it("knows its zones whatever their case, and no others", () => {
    expect(zones.names).toEqual(["UTC", "America/Toronto"]);
    expect(zones.zoneName("america/TORONTO")).toBe("America/Toronto");
    expect(zones.zoneName("Europe/Berlin")).toBeUndefined();
    expect(zones.offsetLookup("Europe/Berlin")).toBeUndefined();
  });

  it("answers offsets from the tables, as Intl does, within the years embedded", () => {
    const toronto = zones.offsetLookup("AMERICA/TORONTO")!;
    for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2031, 0, 1); t += 7_919_000) expect(toronto(t)).toBe(getZoneRules("America/Toronto").offsetAt(t));
    expect(zones.offsetLookup("America/Toronto")).toBe(toronto); // decoded once
    expect(() => toronto(Date.UTC(2031, 0, 1))).toThrow(HorizonError);
  });

  it("names the embedded zones and how to embed more for any other zone, in an engine without Intl time-zone data", () => {
    vi.stubGlobal("Intl", {});
    try {
      expect(zones.notEmbeddedMessage("Europe/Berlin")).toBe('"Europe/Berlin" is not a time zone this build embeds (UTC, America/Toronto) and this engine has no Intl time-zone data for it; rebuild with --zones');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("leaves a name to the library's own message where the engine's Intl knows zones: a misspelt zone is no zone, not one to embed", () => {
    expect(zones.notEmbeddedMessage("America/Torono")).toBeUndefined();
  });

  it("knows UTC's other names (Etc/UTC, GMT, Zulu, …) when UTC is embedded, spelt as the tz database spells them, with UTC's offsets", () => {
    expect(["etc/utc", "GMT", "gmt0", "Zulu", "Etc/Greenwich", "UCT"].map((n) => zones.zoneName(n))).toEqual(["Etc/UTC", "GMT", "GMT0", "Zulu", "Etc/Greenwich", "UCT"]);
    expect(zones.offsetLookup("Etc/UTC")).toBe(zones.offsetLookup("UTC")); // one table
    expect(zones.offsetLookup("GMT")!(Date.UTC(2026, 5, 1))).toBe(0);
    const noUtc = createEmbeddedZones({ from: 2020, to: 2030, zones: { "America/Toronto": encodeZoneTransitions(intlZoneTransitions("America/Toronto", 2020, 2030)) }, howToEmbed: "" });
    expect(noUtc.zoneName("Etc/UTC")).toBeUndefined();
  });
});

describe("the package's own builds", () => {
  it("embed no zones, and keep the message for an unknown zone", () => {
    expect(EMBEDDED_ZONES).toBeUndefined();
    expect(checkTimeZoneName("Mars/Base")).toBe('"Mars/Base" is not an IANA time zone; use e.g. "America/Toronto" or "UTC"');
  });
});
