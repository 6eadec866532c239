/**
 * selectPolicy: the version in force on the local date of an instant, in each policy's own zone.
 */
import { describe, expect, it } from "vitest";
import { InputError, definePolicy, presets } from "../../src/index.js";
import { selectPolicy } from "../../src/sla/selectPolicy.js";

const v2 = definePolicy(presets.auvikSupportV2); // effectiveFrom 2023-08-01, America/Toronto
const v1 = definePolicy({ ...structuredClone(presets.auvikSupportV2), version: "1.0", effectiveFrom: "2020-01-01" });
const undated = definePolicy({ ...structuredClone(presets.auvikSupportV2), version: "0", effectiveFrom: undefined });
const tokyo = definePolicy({ timezone: "Asia/Tokyo", hours: "24x7", version: "tokyo", effectiveFrom: "2023-08-01" });

describe("selectPolicy", () => {
  it("picks the greatest effectiveFrom on or before the local date: v1 on 2023-07-31 23:59, v2 from 2023-08-01 00:00 Toronto", () => {
    expect(selectPolicy([v1, v2], "2023-07-31T23:59").version).toBe("1.0");
    expect(selectPolicy([v2, v1], "2023-08-01T00:00").version).toBe("2.0");
    expect(selectPolicy([v1, v2], "2026-11-27T21:30").version).toBe("2.0");
  });

  it("reads the date in each policy's own zone: 2023-07-31 20:00 in Toronto is already 2023-08-01 in Tokyo", () => {
    const at = "2023-07-31T20:00:00-04:00";
    expect(selectPolicy([v1, tokyo], at).version).toBe("tokyo");
    expect(selectPolicy([v1, v2], at).version).toBe("1.0");
  });

  it("a policy without effectiveFrom is in force forever, below any dated version in force", () => {
    expect(selectPolicy([undated, v2], "2019-01-01").version).toBe("0");
    expect(selectPolicy([undated, v2], "2024-01-01").version).toBe("2.0");
  });

  it("ties go to the policy listed first", () => {
    const copy = definePolicy({ ...structuredClone(presets.auvikSupportV2), version: "2.0-copy" });
    expect(selectPolicy([copy, v2], "2024-01-01").version).toBe("2.0-copy");
  });

  it("no version in force is an InputError naming the date and the earliest version", () => {
    expect(() => selectPolicy([v2], "2023-07-31T12:00")).toThrow(InputError);
    expect(() => selectPolicy([v2], "2023-07-31T12:00")).toThrow(/no policy is in force on 2023-07-31 \(America\/Toronto\); the earliest version starts on 2023-08-01/);
  });

  it("an empty list, a raw definition or a bad instant is an InputError", () => {
    expect(() => selectPolicy([], "2024-01-01")).toThrow(/policies: \[\] is not a non-empty array/);
    expect(() => selectPolicy([v2, presets.auvikSupportV2 as never], "2024-01-01")).toThrow(/policies\[1\]: .* is not a compiled policy/);
    expect(() => selectPolicy([v2], "soon")).toThrow(/at: "soon"/);
    expect(() => selectPolicy(v2 as never, "2024-01-01")).toThrow(/^policies: .* is not a non-empty array of policies/);
    expect(() => selectPolicy("v2" as never, "2024-01-01")).toThrow(/^policies: "v2" is not a non-empty array of policies/);
    const unreadable = Object.defineProperty([v2], 0, { get: () => { throw new Error("item boom"); } });
    expect(() => selectPolicy(unreadable, "2024-01-01")).toThrow(/^policies\[0\]: could not be read \(item boom\)/);
  });
});

describe("selectPolicy before every version", () => {
  it("names the earliest version, whatever the order of the list", () => {
    const v27 = definePolicy({ timezone: "UTC", hours: "24x7", effectiveFrom: "2027-01-01", id: "v27" });
    const v26 = definePolicy({ timezone: "UTC", hours: "24x7", effectiveFrom: "2026-06-01", id: "v26" });
    const v28 = definePolicy({ timezone: "UTC", hours: "24x7", effectiveFrom: "2028-01-01", id: "v28" });
    for (const list of [[v27, v26, v28], [v28, v27, v26], [v26, v28, v27]]) {
      expect(() => selectPolicy(list, "2026-01-01")).toThrow(InputError);
      expect(() => selectPolicy(list, "2026-01-01")).toThrow(/the earliest version starts on 2026-06-01;/);
    }
  });

  it("of two earliest versions starting the same day, names the one listed first, with the date in its zone", () => {
    const utc = definePolicy({ timezone: "UTC", hours: "24x7", effectiveFrom: "2027-01-01", id: "utc" });
    const tokyo27 = definePolicy({ timezone: "Asia/Tokyo", hours: "24x7", effectiveFrom: "2027-01-01", id: "tokyo" });
    // 2026-12-31T12:00Z is the 31st in both zones (21:00 in Tokyo): neither is in force yet
    expect(() => selectPolicy([utc, tokyo27], "2026-12-31T12:00Z")).toThrow(/^at: no policy is in force on 2026-12-31 \(UTC\); the earliest version starts on 2027-01-01;/);
    expect(() => selectPolicy([tokyo27, utc], "2026-12-31T12:00Z")).toThrow(/^at: no policy is in force on 2026-12-31 \(Asia\/Tokyo\); the earliest version starts on 2027-01-01;/);
  });
});
