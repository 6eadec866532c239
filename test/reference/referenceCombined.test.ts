/**
 * The slow reference answers for unions and intersections of parts, each part in its own zone: on
 * hand-computed follow-the-sun cases, and instant by instant against the parts themselves (the
 * combined desk is open exactly when any / every part is).
 * (2026-03-02 is a Monday. Sydney is UTC+11 until 2026-04-05, Berlin UTC+1 until 2026-03-29,
 * Toronto UTC-5 until 2026-03-08.)
 */
import { describe, expect, it } from "vitest";
import { referenceOf } from "./referenceBusinessTime.js";
import { walkBetween } from "./minuteWalk.js";
import { HOUR, MINUTE } from "./wallClock.js";

const weekdays = (from: string, to: string) => Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [[from, to]]]));
const sydney = { timezone: "Australia/Sydney", hours: weekdays("09:00", "17:00") };
const berlin = { timezone: "Europe/Berlin", hours: weekdays("09:00", "17:00") };
const toronto = { timezone: "America/Toronto", hours: weekdays("09:00", "17:00") };

describe("reference: unions and intersections of parts in their own zones", () => {
  it("a union of Sydney, Berlin and Toronto 9–17 desks covers each region's hours as instants", () => {
    const r = referenceOf({ unionOf: [sydney, berlin, toronto] });
    // Monday 2026-03-02 in UTC: Sydney Mon Sun 22:00–06:00, Berlin 08:00–16:00, Toronto 14:00–22:00,
    // and Sydney's Tuesday opens at 22:00, so Berlin → Toronto → Sydney is one stretch
    const iso = ([s, e]: number[]) => [new Date(s!).toISOString(), new Date(e!).toISOString()];
    expect(r.businessIntervals("2026-03-01T12:00Z", "2026-03-03T00:00Z").map(iso)).toEqual([
      ["2026-03-01T22:00:00.000Z", "2026-03-02T06:00:00.000Z"],
      ["2026-03-02T08:00:00.000Z", "2026-03-03T00:00:00.000Z"],
    ]);
  });

  it("the union's zone is the first part's: offset-less text is Sydney wall clock", () => {
    const r = referenceOf({ unionOf: [sydney, berlin] });
    expect(r.policy.zone).toBe("Australia/Sydney");
    expect(r.isBusinessTime("2026-03-02T09:00")).toBe(true); // Sydney opening
    expect(r.isBusinessTime("2026-03-02T08:59")).toBe(false); // Berlin is still closed (Sun 22:59)
  });

  it("an intersection of Berlin and Toronto is the two hours both are open (Toronto 09–11, Berlin 15–17)", () => {
    const r = referenceOf({ intersectionOf: [berlin, toronto] });
    expect(r.businessTimeBetween("2026-03-02T00:00Z", "2026-03-03T00:00Z")).toBe(2 * HOUR);
    // after Toronto springs forward (2026-03-08) and before Berlin does (03-29): three hours
    expect(r.businessTimeBetween("2026-03-09T00:00Z", "2026-03-10T00:00Z")).toBe(3 * HOUR);
    expect(r.addBusinessTime("2026-03-02T14:00Z", 2 * HOUR)).toBe(Date.parse("2026-03-02T16:00Z"));
    expect(r.addBusinessTime("2026-03-02T14:00Z", 2 * HOUR + MINUTE)).toBe(Date.parse("2026-03-03T14:01Z"));
  });

  it("parts nest, and a part's holiday closes only that part", () => {
    const berlinHoliday = { ...berlin, holidays: [{ date: "2026-03-02" }] };
    const r = referenceOf({ unionOf: [{ intersectionOf: [berlinHoliday, toronto] }, sydney] });
    expect(r.businessTimeBetween("2026-03-02T12:00Z", "2026-03-02T18:00Z")).toBe(0);
    expect(r.businessTimeBetween("2026-03-03T12:00Z", "2026-03-03T18:00Z")).toBe(2 * HOUR);
  });

  it("is open at each minute exactly when any (union) / every (intersection) part is", () => {
    const parts = [
      { timezone: "Asia/Kathmandu", hours: { mon: [["20:00", "04:00"]], tue: [["09:30", "12:00"]] } },
      { timezone: "Pacific/Chatham", hours: { mon: [["00:00", "24:00"]] }, holidays: [{ from: "2026-03-02T10:00", to: "2026-03-02T11:45" }] },
      { timezone: "America/St_Johns", hours: { sun: [["18:00", "23:30"]], mon: [["06:00", "10:00"]] } },
    ];
    const refs = parts.map((p) => referenceOf(p));
    const union = referenceOf({ unionOf: parts });
    const inter = referenceOf({ intersectionOf: [parts[0], parts[1]] });
    const from = Date.parse("2026-03-01T00:00Z");
    const to = Date.parse("2026-03-03T12:00Z");
    for (let t = from; t < to; t += 7 * MINUTE) {
      expect(union.isBusinessTime(t)).toBe(refs.some((r) => r.isBusinessTime(t)));
      expect(inter.isBusinessTime(t)).toBe(refs[0]!.isBusinessTime(t) && refs[1]!.isBusinessTime(t));
    }
    expect(union.businessTimeBetween(from, to)).toBe(walkBetween(union.policy, from, to));
    expect(inter.businessTimeBetween(from, to)).toBe(walkBetween(inter.policy, from, to));
  });
});
