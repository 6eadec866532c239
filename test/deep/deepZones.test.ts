/** The deep run's zones are known to the runtime, and satisfy the reference's assumption about transitions. */
import { expect, it } from "vitest";
import { isKnownZone } from "../../src/time/zoneRules.js";
import { DEEP_ZONES, assertReferenceAssumptions, interestingYears } from "./deepZones.js";

it("covers 40+ zones, each known to Intl, with no two offset changes within 8 days over 1969–2101", () => {
  expect(DEEP_ZONES.length).toBeGreaterThanOrEqual(40);
  for (const zone of DEEP_ZONES) {
    expect(isKnownZone(zone), zone).toBe(true);
    assertReferenceAssumptions(zone);
  }
  expect(interestingYears("Pacific/Apia")).toContain(2011);
  expect(interestingYears("Europe/Moscow")).toEqual(expect.arrayContaining([2011, 2014]));
});
