import { describe, expect, it } from "vitest";
import { formatTimeOfDay, parseTimeOfDay } from "../../src/time/timeOfDay.js";

describe("parseTimeOfDay", () => {
  it.each([
    ["00:00", 0],
    ["09:30", 34_200_000],
    ["22:00", 79_200_000],
    ["23:59", 86_340_000],
    ["23:59:59", 86_399_000],
    ["07:00:30", 25_230_000],
    ["24:00", 86_400_000],
    ["24:00:00", 86_400_000],
  ])("reads %s as %i ms of the day", (text, ms) => {
    expect(parseTimeOfDay(text)).toBe(ms);
  });

  it.each(["25:00", "24:01", "24:00:01", "12:60", "12:00:60", "9:00", "09:0", "0900", "09.00", "09:00 ", " 09:00", "09:00:00.000", "", "-1:00", "ab:cd"])(
    "rejects %j with the contract message",
    (text) => {
      expect(parseTimeOfDay(text)).toBe(`${JSON.stringify(text)} is not a time of day; use HH:MM between 00:00 and 24:00`);
    },
  );

  it("rejects non-strings with a message naming the value", () => {
    expect(parseTimeOfDay(900)).toBe("900 is not a time of day; use HH:MM between 00:00 and 24:00");
    expect(parseTimeOfDay(null)).toBe("null is not a time of day; use HH:MM between 00:00 and 24:00");
  });

  it("keeps the message short for a 1 MB string", () => {
    expect((parseTimeOfDay("9".repeat(1_000_000)) as string).length).toBeLessThan(200);
  });
});

describe("formatTimeOfDay", () => {
  it.each([
    [0, "00:00"],
    [34_200_000, "09:30"],
    [86_400_000, "24:00"],
    [108_000_000, "30:00"],
    [25_230_000, "07:00:30"],
  ])("formats %i as %s", (ms, text) => {
    expect(formatTimeOfDay(ms)).toBe(text);
  });

  it("round-trips every minute of the day", () => {
    for (let ms = 0; ms <= 86_400_000; ms += 60_000) expect(parseTimeOfDay(formatTimeOfDay(ms))).toBe(ms);
  });
});
