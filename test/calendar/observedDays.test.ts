/**
 * Observed days (CONTRACT §10), as tables of real years: which weekdays around Christmas, New
 * Year and 4 July a desk open Monday to Friday keeps closed, and under which name. Every expected
 * date below is worked out by hand from the calendar of that year (e.g. 25 December 2027 is a
 * Saturday), not taken from the code.
 */
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { planDay } from "../../src/calendar/planDay.js";
import { OBSERVED_REACH_DAYS, observedDaysOf } from "../../src/calendar/observedDays.js";
import { compiledOf } from "../../src/calendar/definePolicy.js";
import { dayFromCivil, formatDay, weekdayOfDay } from "../../src/time/calendarDate.js";

const NINE_TO_FIVE = [["09:00", "17:00"]] as const;
const MON_FRI = { mon: NINE_TO_FIVE, tue: NINE_TO_FIVE, wed: NINE_TO_FIVE, thu: NINE_TO_FIVE, fri: NINE_TO_FIVE };
const MON_THU = { mon: NINE_TO_FIVE, tue: NINE_TO_FIVE, wed: NINE_TO_FIVE, thu: NINE_TO_FIVE };

type Def = Parameters<typeof sla.definePolicy>[0];

/** The dates from `from` to `to` (inclusive) that have weekly hours but are closed at noon, with their holiday names. */
function closedWorkdays(def: Def, from: string, to: string, hours: Record<string, unknown> = MON_FRI): Array<[string, string | undefined]> {
  const p = sla.definePolicy(def);
  const cal = compiledOf(p).business;
  const out: Array<[string, string | undefined]> = [];
  const [a, b] = [from, to].map((s) => dayFromCivil(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))));
  const keys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  for (let d = a!; d <= b!; d++) {
    if (!(keys[weekdayOfDay(d)]! in hours)) continue;
    const date = formatDay(d);
    if (!sla.isBusinessTime(p, `${date}T12:00`)) out.push([date, planDay(cal, d).override?.name]);
  }
  return out;
}

const ontario = (observed?: "none" | "next" | "nearest", extra: unknown[] = [], except?: string[]) => ({
  timezone: "America/Toronto",
  hours: MON_FRI,
  holidays: [{ region: "CA-ON", ...(observed !== undefined && { observed }), ...(except !== undefined && { except }) }, ...extra],
});

describe('observed: "next" closes the next free weekday after a weekend holiday (Ontario, Mon–Fri)', () => {
  it.each([
    // Christmas Sat, Boxing Day Sun, New Year Sat
    [2021, [["2021-12-27", "Christmas Day (observed)"], ["2021-12-28", "Boxing Day (observed)"], ["2022-01-03", "New Year's Day (observed)"]]],
    // Christmas Sun: Monday is Boxing Day itself, so Christmas is observed on Tuesday; New Year Sun → Mon 2 January
    [2022, [["2022-12-26", "Boxing Day"], ["2022-12-27", "Christmas Day (observed)"], ["2023-01-02", "New Year's Day (observed)"]]],
    // the case: Christmas Sat and Boxing Day Sun close Monday 27 and Tuesday 28
    [2027, [["2027-12-27", "Christmas Day (observed)"], ["2027-12-28", "Boxing Day (observed)"], ["2028-01-03", "New Year's Day (observed)"]]],
    [2032, [["2032-12-27", "Christmas Day (observed)"], ["2032-12-28", "Boxing Day (observed)"], ["2033-01-03", "New Year's Day (observed)"]]],
  ])("%i", (year, expected) => {
    expect(closedWorkdays(ontario("next"), `${year}-12-20`, `${year + 1}-01-08`)).toEqual(expected);
  });

  it('without "observed" (or with "none") those weekdays stay open: date-holidays has no substitute days for CA-ON', () => {
    for (const def of [ontario(), ontario("none")]) {
      expect(closedWorkdays(def, "2027-12-20", "2028-01-08")).toEqual([]);
      expect(closedWorkdays(def, "2022-12-20", "2023-01-08")).toEqual([["2022-12-26", "Boxing Day"]]);
    }
  });

  it("skips a date that a date entry decides, even with special hours (the date entry wins)", () => {
    const def = ontario("next", [{ date: "2027-12-27", hours: [["09:00", "13:00"]], name: "Short day" }]);
    expect(closedWorkdays(def, "2027-12-20", "2027-12-31")).toEqual([["2027-12-28", "Christmas Day (observed)"], ["2027-12-29", "Boxing Day (observed)"]]);
    expect(sla.isBusinessTime(sla.definePolicy(def), "2027-12-27T10:00")).toBe(true);
  });

  it("a holiday dropped with except has no observed day", () => {
    expect(closedWorkdays(ontario("next", [], ["2027-12-25"]), "2027-12-20", "2027-12-31")).toEqual([["2027-12-27", "Boxing Day (observed)"]]);
  });

  it("a region holiday that an annual entry overrides is not observed", () => {
    const def = ontario("next", [{ annual: "12-25", hours: [["10:00", "14:00"]], name: "Christmas shift" }]);
    expect(closedWorkdays(def, "2027-12-20", "2027-12-31")).toEqual([["2027-12-27", "Boxing Day (observed)"]]);
  });
});

describe('observed: "nearest" closes the nearest free date, the earlier on a tie (US federal style)', () => {
  const federal = (hours: Record<string, unknown> = MON_FRI) => ({
    timezone: "America/New_York",
    hours,
    holidays: [
      { annual: "01-01", name: "New Year's Day", observed: "nearest" },
      { annual: "07-04", name: "Independence Day", observed: "nearest" },
      { annual: "12-25", name: "Christmas Day", observed: "nearest" },
    ],
  });

  it.each([
    ["2020-07-04 is a Saturday: Friday 3 July", 2020, [["2020-07-03", "Independence Day (observed)"]]],
    ["2021-07-04 is a Sunday: Monday 5 July", 2021, [["2021-07-05", "Independence Day (observed)"]]],
    ["2026-07-04 is a Saturday: Friday 3 July", 2026, [["2026-07-03", "Independence Day (observed)"]]],
    ["2027-07-04 is a Sunday: Monday 5 July", 2027, [["2027-07-05", "Independence Day (observed)"]]],
  ])("4 July: %s", (_, year, expected) => {
    expect(closedWorkdays(federal(), `${year}-06-28`, `${year}-07-10`)).toEqual(expected);
  });

  it.each([
    // Christmas Sat → Fri 24; New Year 2022 Sat → Fri 31 December 2021 (the year before)
    [2021, [["2021-12-24", "Christmas Day (observed)"], ["2021-12-31", "New Year's Day (observed)"]]],
    // Christmas Sun → Mon 26; New Year 2023 Sun → Mon 2 January
    [2022, [["2022-12-26", "Christmas Day (observed)"], ["2023-01-02", "New Year's Day (observed)"]]],
    [2027, [["2027-12-24", "Christmas Day (observed)"], ["2027-12-31", "New Year's Day (observed)"]]],
    [2032, [["2032-12-24", "Christmas Day (observed)"], ["2032-12-31", "New Year's Day (observed)"]]],
  ])("Christmas and New Year %i", (year, expected) => {
    expect(closedWorkdays(federal(), `${year}-12-20`, `${year + 1}-01-08`)).toEqual(expected);
  });

  it("a tie goes to the earlier date: Mon–Thu hours, Christmas 2027 (Sat) closes Thursday 23 (not Monday 27), New Year 2028 (Sat) Thursday 30", () => {
    expect(closedWorkdays(federal(MON_THU), "2027-12-20", "2028-01-06", MON_THU)).toEqual([
      ["2027-12-23", "Christmas Day (observed)"],
      ["2027-12-30", "New Year's Day (observed)"],
    ]);
  });

  it("a date already closed by a holiday is not free: with Christmas Eve closed too, Christmas 2027 is observed on Thursday 23", () => {
    const def = federal();
    def.holidays.push({ annual: "12-24", name: "Christmas Eve" } as never);
    expect(closedWorkdays(def, "2027-12-20", "2027-12-30")).toEqual([["2027-12-23", "Christmas Day (observed)"], ["2027-12-24", "Christmas Eve"]]);
  });

  it("an unnamed annual holiday's observed day is named by its date", () => {
    const def = { timezone: "UTC", hours: MON_FRI, holidays: [{ annual: "07-04", observed: "nearest" }] };
    expect(closedWorkdays(def, "2026-07-01", "2026-07-07")).toEqual([["2026-07-03", "07-04 (observed)"]]);
  });
});

describe("a holiday for which date-holidays already gives a substitute day gets no second one", () => {
  it.each(["next", "nearest"] as const)('US, observed "%s": 4 July 2021 (Sun) is closed on Monday 5 only, Christmas 2021 (Sat) on Friday 24 only', (observed) => {
    const def = { timezone: "America/New_York", hours: MON_FRI, holidays: [{ region: "US", observed }] };
    expect(closedWorkdays(def, "2021-07-01", "2021-07-09").map(([d]) => d)).toEqual(["2021-07-05"]);
    expect(closedWorkdays(def, "2021-12-20", "2021-12-30").map(([d]) => d)).toEqual(["2021-12-24"]);
  });

  it('GB-ENG, observed "next": Christmas and Boxing Day 2021 have their substitute days 27 and 28, and Wednesday 29 stays open', () => {
    const def = { timezone: "Europe/London", hours: MON_FRI, holidays: [{ region: "GB-ENG", observed: "next" }] };
    expect(closedWorkdays(def, "2021-12-20", "2021-12-31").map(([d]) => d)).toEqual(["2021-12-27", "2021-12-28"]);
  });
});

describe("observed days are facts of the calendar, whatever was asked first", () => {
  it("asking about January first, or December first, gives the same New Year's observed day", () => {
    const a = sla.definePolicy(ontario("next"));
    // (a distinct definition, with a holiday in the year 1000: identical ones share one calendar)
    const b = sla.definePolicy(ontario("next", [{ date: "1000-01-01" }]));
    expect(compiledOf(b).business).not.toBe(compiledOf(a).business);
    expect(sla.isBusinessTime(a, "2022-01-03T12:00")).toBe(false);
    expect(sla.isBusinessTime(b, "2021-12-28T12:00")).toBe(false);
    expect(sla.isBusinessTime(b, "2022-01-03T12:00")).toBe(false);
    expect(sla.businessTimeBetween(a, "2021-12-20", "2022-01-10")).toBe(sla.businessTimeBetween(b, "2021-12-20", "2022-01-10"));
  });
});

describe("which holiday decides a date, and how far an observed day may move", () => {
  const TUE = { tue: NINE_TO_FIVE };

  it("a date entry on the holiday itself decides it, even as the policy's only date entry: no observed day", () => {
    // 25 December 2027 is a Saturday; the date entry (the first and only one) closes it, not the annual holiday
    const def = { timezone: "UTC", hours: MON_FRI, holidays: [{ date: "2027-12-25", name: "Closed" }, { annual: "12-25", name: "Christmas Day", observed: "nearest" }] };
    expect(closedWorkdays(def, "2027-12-20", "2027-12-30")).toEqual([]);
    const annualOnly = { ...def, holidays: def.holidays.slice(1) };
    expect(closedWorkdays(annualOnly, "2027-12-20", "2027-12-30")).toEqual([["2027-12-24", "Christmas Day (observed)"]]);
  });

  it("a region entry that drops the date with except does not decide it: the next entry listing it does", () => {
    // DE (observed "next") drops both Christmas days of 2027 (Sat, Sun); FR lists 25 December and observes nothing
    const def = (observed: "none" | "next") => ({
      timezone: "Europe/Berlin",
      hours: MON_FRI,
      holidays: [{ region: "DE", observed: "next", except: ["2027-12-25", "2027-12-26"] }, { region: "FR", observed }],
    });
    expect(closedWorkdays(def("none"), "2027-12-20", "2027-12-31")).toEqual([]);
    expect(closedWorkdays(def("next"), "2027-12-20", "2027-12-31")).toEqual([["2027-12-27", "Noël (observed)"]]);
  });

  it(`an observed day lies at most ${OBSERVED_REACH_DAYS} days from its holiday`, () => {
    // 4 July 2026 is a Saturday; the desk opens on Tuesdays only, and the next four are closed:
    // the first free date is Tuesday 4 August, 31 days on
    const shutdowns = ["2026-07-07", "2026-07-14", "2026-07-21", "2026-07-28"].map((date) => ({ date, name: "Shutdown" }));
    const def = (more: object[] = []) => ({ timezone: "UTC", hours: TUE, holidays: [{ annual: "07-04", name: "Independence Day", observed: "next" }, ...shutdowns, ...more] });
    const closed = shutdowns.map(({ date }) => [date, "Shutdown"]);
    expect(OBSERVED_REACH_DAYS).toBe(31);
    expect(closedWorkdays(def(), "2026-07-01", "2026-08-12", TUE)).toEqual([...closed, ["2026-08-04", "Independence Day (observed)"]]);
    // with that Tuesday closed too, the next free one (11 August) is 38 days on: no observed day
    expect(closedWorkdays(def([{ date: "2026-08-04", name: "Shutdown" }]), "2026-07-01", "2026-08-12", TUE)).toEqual([...closed, ["2026-08-04", "Shutdown"]]);
  });

  it("an observed day on 1 January is the new year's, not the old one's", () => {
    // 31 December 2023 is a Sunday: observed on Monday 1 January 2024 (this desk has no New Year holiday)
    const cal = compiledOf(sla.definePolicy({ timezone: "UTC", hours: MON_FRI, holidays: [{ annual: "12-31", name: "Year end", observed: "next" }] })).business;
    const jan1 = dayFromCivil(2024, 1, 1);
    expect([...observedDaysOf(cal, 2024)]).toEqual([[jan1, "Year end (observed)"]]);
    expect([...observedDaysOf(cal, 2023)].map(([d]) => formatDay(d))).not.toContain("2024-01-01");
  });

  it("the years' observed days are kept for at most 257 years at a time", () => {
    const cal = compiledOf(sla.definePolicy({ timezone: "UTC", hours: MON_FRI, holidays: [{ annual: "07-04", observed: "nearest" }, { date: "1000-01-02" }] })).business;
    for (let y = 1700; y < 1957; y++) observedDaysOf(cal, y);
    expect(cal.cache.observedDays.size).toBe(257);
    observedDaysOf(cal, 1957); // one year more: the cache starts afresh
    expect(cal.cache.observedDays.size).toBe(1);
    expect(observedDaysOf(cal, 1700)).toEqual(new Map([[dayFromCivil(1700, 7, 5), "07-04 (observed)"]]));
  });
});
