import { describe, expect, it } from "vitest";
import { canonicalTimeZoneName, checkTimeZoneName } from "../../src/time/timeZoneName.js";
import { definePolicy } from "../../src/index.js";
import { getZoneRules } from "../../src/time/zoneRules.js";

describe("checkTimeZoneName", () => {
  it.each(["America/Toronto", "UTC", "Etc/GMT+5", "Europe/Berlin", "America/Argentina/Buenos_Aires", "Asia/Kolkata", "america/toronto"])(
    "accepts %s",
    (zone) => {
      expect(checkTimeZoneName(zone)).toBeNull();
    },
  );

  it.each(["Mars/Base", "", "+05:00", "UTC+5", "America/New York", "Toronto", "../etc/passwd", "x".repeat(65), 5, null])(
    "rejects %j, naming the value and an example",
    (zone) => {
      expect(checkTimeZoneName(zone)).toMatch(/is not an IANA time zone; use e.g. "America\/Toronto" or "UTC"$/);
    },
  );

  it("rejects a 1 MB name quickly with a short message", () => {
    const t0 = performance.now();
    const r = checkTimeZoneName("A".repeat(1_000_000));
    expect(performance.now() - t0).toBeLessThan(50);
    expect(r!.length).toBeLessThan(200);
  });
});

describe("canonicalTimeZoneName (regression, issue 14: each spelling kept its own cache)", () => {
  it.each([
    ["america/toronto", "America/Toronto"],
    ["AMERICA/Toronto", "America/Toronto"],
    ["America/Toronto", "America/Toronto"],
    ["utc", "UTC"],
    ["etc/gmt+5", "Etc/GMT+5"],
    ["america/argentina/buenos_aires", "America/Argentina/Buenos_Aires"],
    ["america/port-au-prince", "America/Port-au-Prince"],
    // links the runtime reports by another name keep the name as written, in IANA spelling
    ["asia/kolkata", "Asia/Kolkata"],
    ["ASIA/KOLKATA", "Asia/Kolkata"],
    ["europe/kyiv", "Europe/Kyiv"],
    ["us/eastern", "US/Eastern"],
    ["US/Eastern", "US/Eastern"],
    ["est", "EST"],
    ["w-su", "W-SU"],
    ["Brazil/DeNoronha", "Brazil/DeNoronha"],
  ])("%s is spelled %s", (written, iana) => {
    expect(canonicalTimeZoneName(written)).toBe(iana);
  });

  it("returns a name Intl does not know as written", () => {
    expect(canonicalTimeZoneName("Mars/Base")).toBe("Mars/Base");
  });

  it("policy.timezone reports the IANA spelling; the definition keeps the name as written", () => {
    const p = definePolicy({ timezone: "america/toronto", hours: "24x7" });
    expect(p.timezone).toBe("America/Toronto");
    expect("timezone" in p.definition && p.definition.timezone).toBe("america/toronto");
    expect(definePolicy({ timezone: "AMERICA/TORONTO", hours: "24x7" }).timezone).toBe("America/Toronto");
  });

  it("spellings and links of one zone share its offset table (the zone Intl resolves them to)", () => {
    expect(getZoneRules("America/Toronto")).toBe(getZoneRules(canonicalTimeZoneName("america/toronto")));
    const kolkata = getZoneRules("Asia/Kolkata");
    const calcutta = getZoneRules("Asia/Calcutta");
    expect(kolkata.name).toBe("Asia/Kolkata");
    expect(calcutta.name).toBe("Asia/Calcutta");
    expect(kolkata.offsetAt).toBe(calcutta.offsetAt);
    expect(getZoneRules("US/Eastern").offsetAt).toBe(getZoneRules("America/New_York").offsetAt);
    expect(kolkata.offsetAt(Date.UTC(2026, 0, 1))).toBe(5.5 * 3_600_000);
  });
});
