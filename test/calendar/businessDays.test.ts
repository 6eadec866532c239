/**
 * Business days (src/calendar/businessDays.ts): the n-th business day at the ends of a year's
 * block, and why no n-th business day exists (behaviour found untested by mutation testing, see
 * docs/reliability.md).
 */
import { describe, expect, it } from "vitest";
import { HorizonError, addBusinessDays, definePolicy } from "../../src/index.js";

const DAY = 86_400_000;
const weekdays = { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]] };
const utcWeekdays = definePolicy({ timezone: "UTC", hours: weekdays });

describe("addBusinessDays at the ends of a year", () => {
  it("lands on the last business day of a year (2026-12-31, a Thursday), from the day before and from years before", () => {
    expect(addBusinessDays(utcWeekdays, Date.UTC(2026, 11, 30, 10), 1).toISOString()).toBe("2026-12-31T10:00:00.000Z");
    // from 2024-12-31 (Tue): 2025 and 2026 have 261 weekdays each (52 weeks and one weekday), so the
    // 522nd business day is 2026-12-31, found by skipping 2025 by its total
    expect(addBusinessDays(utcWeekdays, Date.UTC(2024, 11, 31, 10), 522).toISOString()).toBe("2026-12-31T10:00:00.000Z");
  });

  it("a year's ends are local dates: in Toronto, Thu 31 Dec 2026 21:30 EST (already 2027 in UTC) is in 2026", () => {
    const toronto = definePolicy({ timezone: "America/Toronto", hours: weekdays });
    // Wed 30 Dec 21:30 EST = 2026-12-31T02:30Z; one business day on keeps the time of day
    expect(addBusinessDays(toronto, Date.UTC(2026, 11, 31, 2, 30), 1).toISOString()).toBe("2027-01-01T02:30:00.000Z");
    expect(addBusinessDays(toronto, Date.UTC(2027, 0, 1, 2, 30), -1).toISOString()).toBe("2026-12-31T02:30:00.000Z");
  });

  it("lands on the first business day of a year going back (2026-01-01, a Thursday)", () => {
    expect(addBusinessDays(utcWeekdays, Date.UTC(2026, 0, 2, 10), -1).toISOString()).toBe("2026-01-01T10:00:00.000Z");
    expect(addBusinessDays(utcWeekdays, Date.UTC(2027, 0, 1, 10), -261).toISOString()).toBe("2026-01-01T10:00:00.000Z");
  });
});

describe("addBusinessDays says why there is no answer", () => {
  const start = Date.UTC(2026, 0, 5, 10); // a Monday
  const within = "addBusinessDays: no answer within 100 calendar years (36,525 days) of the starting instant; ";
  const refusal = (p: ReturnType<typeof definePolicy>, n: number) => {
    try {
      addBusinessDays(p, start, n);
    } catch (e) {
      expect(e).toBeInstanceOf(HorizonError);
      return (e as Error).message;
    }
    throw new Error(`addBusinessDays(${n}) answered`);
  };

  it("a count over 36,525: the amount itself is too long", () => {
    expect(refusal(utcWeekdays, 36_526)).toBe(`${within}the amount asked for is itself longer than 100 calendar years`);
    expect(refusal(utcWeekdays, -36_526)).toBe(`${within}the amount asked for is itself longer than 100 calendar years`);
  });

  it("a policy without business hours", () => {
    expect(refusal(definePolicy({ timezone: "UTC", hours: {} }), 1)).toBe(`${within}the policy has no business hours at all`);
  });

  it("too few business days within the horizon: far short, and one short", () => {
    const mondays = definePolicy({ timezone: "UTC", hours: { mon: [["09:00", "17:00"]] } });
    const tooLittle = `${within}the policy's business time within them does not add up to the amount asked for`;
    expect(refusal(mondays, 30_000)).toBe(tooLittle);
    // from a Monday, the Mondays after it within 36,525 days are days 7, 14, …, 36,519: 5,217 of them
    expect(addBusinessDays(mondays, start, 5_217).getTime()).toBe(start + 36_519 * DAY);
    expect(refusal(mondays, 5_218)).toBe(tooLittle); // day 36,526: found, then refused
    expect(refusal(mondays, -5_218)).toBe(tooLittle);
  });
});
