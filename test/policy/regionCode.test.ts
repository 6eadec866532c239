import { describe, expect, it } from "vitest";
import { parseRegionCode } from "../../src/policy/regionCode.js";

describe("parseRegionCode", () => {
  it.each([
    ["CA", { code: "CA", country: "CA" }],
    ["ca", { code: "CA", country: "CA" }],
    ["CA-ON", { code: "CA-ON", country: "CA", state: "ON" }],
    ["DE-BY-A", { code: "DE-BY-A", country: "DE", state: "BY", region: "A" }],
    ["NZ-CAN-Timaru", { code: "NZ-CAN-Timaru", country: "NZ", state: "CAN", region: "Timaru" }],
    ["GB-ENG", { code: "GB-ENG", country: "GB", state: "ENG" }],
    ["FR-75", { code: "FR-75", country: "FR", state: "75" }],
  ])("splits %s into country, state and region", (code, parts) => {
    expect(parseRegionCode(code)).toEqual(parts);
  });

  it.each(["", "C", "CAN", "1A", "CA_ON", "CA-", "CA--ON", "CA-ON-", "CA-ON-X-Y", "CA ON", " CA", "CA-Ö", "CA-" + "X".repeat(21), 42, null])(
    "rejects %j with a message showing the expected form",
    (code) => {
      expect(parseRegionCode(code)).toMatch(/is not a region code; use COUNTRY\[-STATE\[-REGION\]\] as in date-holidays, e.g. "CA-ON"$/);
    },
  );
});
