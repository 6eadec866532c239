/**
 * In the package's own builds no zone rules are embedded: zone names and offsets come from Intl,
 * and the messages stay those of a runtime with Intl. (The warehouse build, which embeds them, is
 * tested in test/adapters/warehouse/.)
 */
import { describe, expect, it } from "vitest";
import { embeddedOffsetLookup, embeddedZoneName, zoneNotEmbeddedMessage } from "../../src/time/embeddedZone.js";
import { EMBEDDED_ZONE_RULES } from "../../src/time/embeddedZoneRules.js";
import { checkTimeZoneName } from "../../src/time/timeZoneName.js";

describe("embedded zone rules in the package's own builds", () => {
  it("are none", () => {
    expect(EMBEDDED_ZONE_RULES).toBeUndefined();
    expect(embeddedZoneName("America/Toronto")).toBeUndefined();
    expect(embeddedOffsetLookup("UTC")).toBeUndefined();
    expect(zoneNotEmbeddedMessage("Europe/Berlin")).toBeUndefined();
  });

  it("leave the message for an unknown zone as it was", () => {
    expect(checkTimeZoneName("Mars/Base")).toBe('"Mars/Base" is not an IANA time zone; use e.g. "America/Toronto" or "UTC"');
  });
});
