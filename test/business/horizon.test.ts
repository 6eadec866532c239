/**
 * The 100-year horizon (36,525 days of 24 h from the starting instant), on the real
 * implementation and the reference alike.
 */
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { referenceOf } from "../reference/referenceBusinessTime.js";
import { outcomeOf } from "../support/compareWithReference.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const HORIZON = 36_525 * DAY;
const A = Date.UTC(2026, 0, 1); // A + HORIZON = 2126-01-01T00:00Z

function both(def: object) {
  return { real: sla.definePolicy(def), ref: referenceOf(def) };
}

describe("horizon", () => {
  it("a policy without business time: every search throws HorizonError, measurements are 0", () => {
    for (const def of [{ timezone: "America/Toronto", hours: {} }, { timezone: "UTC", hours: "24x7", maintenance: { windows: [{ weekly: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], from: "00:00", to: "00:00" }], pausesClocks: true } }]) {
      const { real, ref } = both(def);
      expect(outcomeOf(() => sla.addBusinessTime(real, A, HOUR))).toBe("HorizonError");
      expect(outcomeOf(() => sla.subtractBusinessTime(real, A, HOUR))).toBe("HorizonError");
      expect(outcomeOf(() => sla.nextBusinessTime(real, A))).toBe("HorizonError");
      expect(outcomeOf(() => sla.addBusinessDays(real, A, 1))).toBe("HorizonError");
      expect(outcomeOf(() => sla.addBusinessDays(real, A, -1))).toBe("HorizonError");
      expect(outcomeOf(() => ref.addBusinessTime(A, HOUR))).toBe("HorizonError");
      expect(outcomeOf(() => ref.addBusinessDays(A, -1))).toBe("HorizonError");
      expect(sla.businessTimeBetween(real, A, A + 365 * DAY)).toBe(0);
      expect(sla.businessDaysBetween(real, A, A + 365 * DAY)).toBe(0);
      expect(sla.businessIntervals(real, A, A + 365 * DAY)).toEqual([]);
      expect(sla.isBusinessTime(real, A)).toBe(false);
      expect(sla.addBusinessTime(real, A, 0).getTime()).toBe(A);
      expect(sla.addBusinessDays(real, A, 0).getTime()).toBe(A);
    }
  });

  it("a span longer than 36,525 days is refused by between, intervals and daysBetween", () => {
    const { real, ref } = both({ timezone: "UTC", hours: { mon: [["09:00", "17:00"]] } });
    for (const [a, b] of [
      [A, A + HORIZON + DAY],
      [A + HORIZON + DAY, A],
    ]) {
      expect(outcomeOf(() => sla.businessTimeBetween(real, a!, b!))).toBe("HorizonError");
      expect(outcomeOf(() => sla.businessDaysBetween(real, a!, b!))).toBe("HorizonError");
      expect(outcomeOf(() => ref.businessTimeBetween(a!, b!))).toBe("HorizonError");
    }
    expect(outcomeOf(() => sla.businessIntervals(real, A, A + HORIZON + DAY))).toBe("HorizonError");
    // a span of 99 years is fine, and both sides agree on it
    const b = A + 99 * 365 * DAY;
    expect(sla.businessTimeBetween(real, A, b)).toBe(ref.businessTimeBetween(A, b));
    expect(sla.businessDaysBetween(real, A, b)).toBe(ref.businessDaysBetween(A, b));
  });

  it("an answer 99.9 years away is found; one 100.1 years away is not", () => {
    // UTC, no weekly hours; the only business time is an hour on one date
    const near = both({ timezone: "UTC", hours: {}, holidays: [{ date: "2125-11-01", hours: [["10:00", "11:00"]] }] });
    expect(sla.addBusinessTime(near.real, A, HOUR).toISOString()).toBe("2125-11-01T11:00:00.000Z");
    expect(sla.nextBusinessTime(near.real, A).toISOString()).toBe("2125-11-01T10:00:00.000Z");
    expect(sla.addBusinessDays(near.real, A, 1).toISOString()).toBe("2125-11-01T00:00:00.000Z");
    expect(new Date(near.ref.addBusinessTime(A, HOUR)).toISOString()).toBe("2125-11-01T11:00:00.000Z");
    const far = both({ timezone: "UTC", hours: {}, holidays: [{ date: "2126-02-01", hours: [["10:00", "11:00"]] }] });
    expect(outcomeOf(() => sla.addBusinessTime(far.real, A, HOUR))).toBe("HorizonError");
    expect(outcomeOf(() => sla.nextBusinessTime(far.real, A))).toBe("HorizonError");
    expect(outcomeOf(() => sla.addBusinessDays(far.real, A, 1))).toBe("HorizonError");
    expect(outcomeOf(() => far.ref.addBusinessTime(A, HOUR))).toBe("HorizonError");
    // and backwards
    const past = both({ timezone: "UTC", hours: {}, holidays: [{ date: "1926-02-01", hours: [["10:00", "11:00"]] }] });
    expect(sla.subtractBusinessTime(past.real, A, HOUR).toISOString()).toBe("1926-02-01T10:00:00.000Z");
    expect(new Date(past.ref.subtractBusinessTime(A, HOUR)).toISOString()).toBe("1926-02-01T10:00:00.000Z");
    const pastFar = both({ timezone: "UTC", hours: {}, holidays: [{ date: "1925-12-01", hours: [["10:00", "11:00"]] }] });
    expect(outcomeOf(() => sla.subtractBusinessTime(pastFar.real, A, HOUR))).toBe("HorizonError");
    expect(outcomeOf(() => sla.addBusinessDays(pastFar.real, A, -1))).toBe("HorizonError");
  });

  it("an enormous duration hits the horizon instead of looping", () => {
    const { real } = both({ timezone: "UTC", hours: "24x7" });
    expect(outcomeOf(() => sla.addBusinessTime(real, A, HORIZON + DAY))).toBe("HorizonError");
    expect(sla.addBusinessTime(real, A, HORIZON - DAY).getTime()).toBe(A + HORIZON - DAY);
    expect(outcomeOf(() => sla.addBusinessDays(real, A, 40_000))).toBe("HorizonError");
    expect(sla.addBusinessDays(real, A, 36_000).getTime()).toBe(A + 36_000 * DAY);
  });
});
