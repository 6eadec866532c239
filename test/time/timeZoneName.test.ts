import { describe, expect, it } from "vitest";
import { checkTimeZoneName } from "../../src/time/timeZoneName.js";

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
