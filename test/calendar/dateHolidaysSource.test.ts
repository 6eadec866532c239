/**
 * Region holidays through date-holidays: unknown codes are refused with a message that names the
 * bad part and what is known, and the state and region parts of a code select their own holidays.
 */
import { createRequire } from "node:module";
import Holidays from "date-holidays";
import { describe, expect, it, vi } from "vitest";
import * as sla from "../../src/index.js";

/** The one issue of a policy refused for its first holiday entry. */
function regionIssue(region: string): { path: ReadonlyArray<string | number>; message: string } {
  const r = sla.safeDefinePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region }] });
  if (r.success) throw new Error(`${region} was accepted`);
  expect(r.error.issues).toHaveLength(1);
  return r.error.issues[0]!;
}

describe("an unknown region code is a PolicyError at holidays[i].region", () => {
  it("an unknown country, with examples of good codes", () => {
    expect(regionIssue("XX")).toEqual({
      path: ["holidays", 0, "region"],
      message: 'unknown country "XX" in region "XX"; use an ISO 3166 code that date-holidays knows, e.g. "CA", "US", "GB"',
    });
  });

  it("an unknown state lists the country's states (all 13 of Canada's)", () => {
    const states = Object.keys(new Holidays().getStates("CA")!);
    expect(states).toHaveLength(13);
    expect(regionIssue("CA-XX").message).toBe(`unknown state "XX" of CA in region "CA-XX"; known: ${states.join(", ")}`);
  });

  it("an unknown state lists at most 20 states (the US has 51)", () => {
    const states = Object.keys(new Holidays().getStates("US")!);
    expect(states.length).toBeGreaterThan(20);
    expect(regionIssue("US-XX").message).toBe(`unknown state "XX" of US in region "US-XX"; known: ${states.slice(0, 20).join(", ")}`);
  });

  it("a state of a country that has none in date-holidays says so", () => {
    expect(new Holidays().getStates("AE")).toBeUndefined();
    expect(regionIssue("AE-DU").message).toBe('unknown state "DU" of AE in region "AE-DU"; AE has no states in date-holidays');
  });

  it("an unknown region of a known state, whether the state has regions or not", () => {
    expect(regionIssue("DE-BY-XX").message).toBe('unknown region "XX" of DE-BY in "DE-BY-XX"; known: A, KATH, EVANG');
    expect(regionIssue("CA-ON-XX").message).toBe('unknown region "XX" of CA-ON in "CA-ON-XX"; CA-ON has no regions in date-holidays: use "CA-ON"');
  });

  it("the same bad code gives the same message when asked again", () => {
    expect(regionIssue("XX")).toEqual(regionIssue("XX"));
  });
});

describe("the parts of a region code select their own holidays", () => {
  const noon = (p: sla.Policy, date: string) => sla.isBusinessTime(p, `${date}T12:00`);
  const policy = (region: string) => sla.definePolicy({ timezone: "Europe/Berlin", hours: "24x7", holidays: [{ region }] });

  it("a state: Family Day (2026-02-16) is a holiday in Ontario, not in Canada as a whole", () => {
    expect(noon(policy("CA-ON"), "2026-02-16")).toBe(false);
    expect(noon(policy("CA"), "2026-02-16")).toBe(true);
  });

  it("a region: the Augsburger Friedensfest (2025-08-08) is a holiday in DE-BY-A only", () => {
    expect(noon(policy("DE-BY-A"), "2025-08-08")).toBe(false);
    expect(noon(policy("DE-BY"), "2025-08-08")).toBe(true);
    expect(noon(policy("DE-BY-EVANG"), "2025-08-08")).toBe(true);
  });

  it("the holiday's type decides: Mariä Himmelfahrt is public in DE-BY-A, an observance in DE-BY", () => {
    expect(noon(policy("DE-BY-A"), "2025-08-15")).toBe(false);
    expect(noon(policy("DE-BY"), "2025-08-15")).toBe(true);
  });
});

describe("a region's holidays come from an instance holding only the rules of the entry's types", () => {
  const cases: Array<[string, string[]]> = [
    ["CA-ON", ["public"]],
    ["US", ["public"]],
    ["GB-ENG", ["public", "bank"]],
    ["DE-BY", ["public", "observance"]],
    ["AU-NSW", ["public"]],
    ["TW", ["public"]],
    ["JP", ["public", "observance"]],
    // a rule of an asked-for type whose holiday date-holidays lists under a higher type (deep seed 734213)
    ["IE", ["bank"]],
    ["IE", ["bank", "observance"]],
    ["CH-AI", ["observance"]],
    ["US-NC", ["optional"]],
  ];
  it.each(cases)("%s %j: the same dates, names and substitute days as date-holidays filtered by type afterwards", (code, types) => {
    const [country, state] = code.split("-");
    const full = new Holidays(country!, state ?? "");
    for (const year of [2021, 2027, 2032]) {
      const expected = (full.getHolidays(year) ?? []).filter((h) => types.includes(h.type)).map((h) => [h.date.slice(0, 10), h.name]);
      const p = sla.definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: code, types }] });
      const seen: Array<[string, string]> = [];
      for (const [date, name] of expected) {
        // each expected date is a holiday of the policy (closed all day) under some region name
        expect(sla.isBusinessTime(p, `${date}T12:00`), `${code} ${date} ${name}`).toBe(false);
        seen.push([date!, name!]);
      }
      const closedDays = sla.businessDaysBetween(p, `${year}-01-01`, `${year}-12-31`);
      const days = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
      expect(days - closedDays).toBe(new Set(seen.map(([d]) => d)).size);
    }
  });
});

/**
 * Issue 15, cold region years. date-holidays costs 1–90 ms per region-year (Taiwan's lunar rules:
 * tens of milliseconds, almost all inside date-holidays' Chinese calendar), so sla-clock asks it
 * for each (region, types, year) at most once per process, only for the years a question needs,
 * and shares the answer between policies. These guard that bookkeeping (call counts, not timings)
 * and that the shared years never change an answer.
 */
describe("a region's years come from date-holidays once per process, only those a question needs", () => {
  // The class sla-clock loads lazily (through createRequire, so the CommonJS build): the same one here.
  const HolidaysCjs = createRequire(import.meta.url)("date-holidays") as typeof Holidays;

  /** The years asked of date-holidays (any instance) while `run` runs. */
  function yearsAsked(run: () => void): number[] {
    const spy = vi.spyOn(HolidaysCjs.prototype, "getHolidays");
    try {
      run();
      return spy.mock.calls.map((call) => Number(call[0])).sort((a, b) => a - b);
    } finally {
      spy.mockRestore();
    }
  }

  it("a cold 100-year span asks for each of its years once (at most a neighbouring year more on each side)", () => {
    const p = sla.definePolicy({ timezone: "America/Toronto", hours: { mon: [["09:00", "18:00"]] }, holidays: [{ region: "CA-ON" }] });
    const asked = yearsAsked(() => sla.businessTimeBetween(p, "2300-01-01", "2399-12-31"));
    expect(new Set(asked).size, "each year once").toBe(asked.length);
    for (let y = 2300; y <= 2399; y++) expect(asked, `year ${y}`).toContain(y);
    expect(asked[0]).toBeGreaterThanOrEqual(2299);
    expect(asked.at(-1)).toBeLessThanOrEqual(2400);
  });

  it("another policy with the same region and types, in another zone and hours, asks for none of those years again", () => {
    const first = sla.definePolicy({ timezone: "America/Toronto", hours: { mon: [["09:00", "18:00"]] }, holidays: [{ region: "CA-ON" }] });
    yearsAsked(() => sla.businessTimeBetween(first, "2500-01-01", "2519-12-31"));
    const second = sla.definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: "CA-ON", types: ["public"] }] });
    expect(yearsAsked(() => sla.businessTimeBetween(second, "2501-01-01", "2518-12-31"))).toEqual([]);
  });

  it("another selection of types is its own set of years (the holidays differ)", () => {
    const pub = sla.definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: "CA-ON" }] });
    yearsAsked(() => sla.businessTimeBetween(pub, "2600-01-01", "2601-12-31"));
    const more = sla.definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: "CA-ON", types: ["public", "observance"] }] });
    expect(yearsAsked(() => sla.businessTimeBetween(more, "2600-01-01", "2601-12-31"))).toEqual(expect.arrayContaining([2600, 2601]));
  });

  // The answers: consecutive cold years of lunar regions (leap months, lunar New Year's Eve on
  // either side of a Gregorian year, Taiwan's solar-term and compensatory rules), first asked by
  // one policy and then reused by another, against date-holidays asked directly, in full, and
  // filtered by type afterwards.
  const lunar: Array<[string, string, number, number]> = [
    ["TW", "Asia/Taipei", 2040, 2051],
    ["CN", "Asia/Shanghai", 2060, 2067],
  ];
  it.each(lunar)("%s in %s, %i–%i: business time over the span equals what date-holidays' own public dates give", (region, timezone, from, to) => {
    const [country, state] = region.split("-");
    const direct = new Holidays(country!, state ?? "");
    const closed = new Set<string>();
    for (let y = from; y <= to; y++) {
      for (const h of direct.getHolidays(y) ?? []) if (h.type === "public") closed.add(h.date.slice(0, 10));
    }
    const hours = { mon: [["09:00", "18:00"]], tue: [["09:00", "18:00"]], sat: [["10:00", "12:00"]] } as const;
    const openMsOf = (weekday: number) => (weekday === 1 || weekday === 2 ? 9 : weekday === 6 ? 2 : 0) * 3_600_000;
    let expected = 0;
    for (let t = Date.UTC(from, 0, 1); t < Date.UTC(to + 1, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      if (!closed.has(d.toISOString().slice(0, 10))) expected += openMsOf(d.getUTCDay());
    }
    const first = sla.definePolicy({ timezone, hours, holidays: [{ region }] });
    expect(sla.businessTimeBetween(first, `${from}-01-01`, `${to + 1}-01-01`)).toBe(expected);
    // the same years, now shared, read by a policy in another zone with the same local rules
    const second = sla.definePolicy({ timezone: "UTC", hours, holidays: [{ region }] });
    expect(sla.businessTimeBetween(second, `${from}-01-01`, `${to + 1}-01-01`)).toBe(expected);
    expect(closed.size).toBeGreaterThan((to - from + 1) * 5);
  });
});

/**
 * Some holidays last several days in date-holidays (Korea's Seollal and Chuseok, Russia's New Year
 * holidays, Vietnam's Tết, Eid in the Emirates): every local date a holiday covers is closed, not
 * only its first. Expected dates come from date-holidays' own `start` and `end` instants, read in
 * the region's time zone.
 */
describe("a holiday lasting several days closes every date it covers", () => {
  /**
   * The local dates (YYYY-MM-DD) of a date-holidays holiday: from its `date` field's date (an
   * Islamic holiday starts at the sunset before it: "2024-04-10 00:00:00 -0600") to the date, in
   * `timeZone`, of the last ms before its `end`.
   */
  function datesCovered(h: { date: string; end: Date }, timeZone: string): string[] {
    const local = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    const last = local.format(h.end.getTime() - 1);
    const out = [h.date.slice(0, 10)];
    for (let t = Date.parse(`${out[0]}T12:00Z`) + 86_400_000; new Date(t).toISOString().slice(0, 10) <= last; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
    return out;
  }

  it("Chuseok 2025 in Korea: 5, 6 and 7 October, and its substitute day the 8th", () => {
    const p = sla.definePolicy({ timezone: "Asia/Seoul", hours: "24x7", holidays: [{ region: "KR" }] });
    const open = ["04", "05", "06", "07", "08", "09", "10"].map((d) => sla.isBusinessTime(p, `2025-10-${d}T12:00`));
    // the 9th is Hangul Day
    expect(open).toEqual([true, false, false, false, false, false, true]);
    // each date under the holiday's name
    const expanded = sla.expandRegionHolidays({ timezone: "Asia/Seoul", hours: "24x7", holidays: [{ region: "KR" }] }, { from: 2025, to: 2025 });
    const chuseok = (expanded.holidays as Array<{ date?: string; name?: string }>).filter((h) => h.name === "추석").map((h) => h.date);
    expect(chuseok).toEqual(["2025-10-05", "2025-10-06", "2025-10-07"]);
    // an `except` date keeps that one date open
    const keep6 = sla.definePolicy({ timezone: "Asia/Seoul", hours: "24x7", holidays: [{ region: "KR", except: ["2025-10-06"] }] });
    expect(["05", "06", "07"].map((d) => sla.isBusinessTime(keep6, `2025-10-${d}T12:00`))).toEqual([false, true, false]);
  });

  const regions: Array<[string, string[]]> = [
    ["KR", ["public"]],
    ["RU", ["public"]],
    ["VN", ["public"]],
    ["AE", ["public"]],
    ["AM", ["public"]],
    ["BR", ["public", "optional"]],
  ];
  it.each(regions)("%s %j, 2024–2027: the closed dates are those date-holidays' holidays cover", (code, types) => {
    const direct = new Holidays(code);
    const timeZone = direct.getTimezones()![0]!;
    const p = sla.definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: code, types }], holidayYears: [2023, 2028] });
    let longer = 0;
    for (let year = 2024; year <= 2027; year++) {
      const expected = new Set<string>();
      for (const h of direct.getHolidays(year) ?? []) {
        if (!types.includes(h.type)) continue;
        const dates = datesCovered(h, timeZone);
        if (dates.length > 1) longer++;
        for (const d of dates) if (d.startsWith(String(year))) expected.add(d);
      }
      const closed = new Set<string>();
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
        const date = new Date(t).toISOString().slice(0, 10);
        if (!sla.isBusinessTime(p, `${date}T12:00`)) closed.add(date);
      }
      expect([...closed].sort(), `${code} ${year}`).toEqual([...expected].sort());
    }
    expect(longer, "the region has holidays longer than a day").toBeGreaterThan(0);
  });

  it("a holiday that starts on 30 December closes its dates in the next year too", () => {
    const HolidaysCjs = createRequire(import.meta.url)("date-holidays") as typeof Holidays;
    const original = HolidaysCjs.prototype.getHolidays;
    // A holiday of four dates from 30 December (to 2 January; Korea's own New Year's Day is the 1st,
    // not the 2nd), added to Korea's own for the years 2890 and after (years no other test asks of
    // Korea, so the process-wide cache holds none of them). Korea's rules state durations (Chuseok
    // "P3D"), so sla-clock asks for the year before a year it needs.
    const spy = vi.spyOn(HolidaysCjs.prototype, "getHolidays").mockImplementation(function (this: Holidays, year?: number | string | Date, lang?: string) {
      const own = original.call(this, year, lang) ?? [];
      if (Number(year) < 2890 || !own.some((h) => h.name === "추석")) return own;
      return [
        ...own,
        { date: `${year}-12-30 00:00:00`, start: new Date(Date.UTC(Number(year), 11, 30)), end: new Date(Date.UTC(Number(year) + 1, 0, 3)), name: "Winter break", type: "public", rule: "12-30 P4D" },
      ] as typeof own;
    });
    try {
      const p = sla.definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: "KR" }] });
      const open = (date: string) => sla.isBusinessTime(p, `${date}T12:00`);
      expect(["2890-12-29", "2890-12-30", "2890-12-31", "2891-01-02", "2891-01-03"].map(open)).toEqual([true, false, false, false, true]);
      // the next year asked first, from a fresh policy of the same region: the dates that spill into it are there
      const q = sla.definePolicy({ timezone: "Asia/Seoul", hours: "24x7", holidays: [{ region: "KR" }] });
      expect(sla.isBusinessTime(q, "2893-01-02T12:00")).toBe(false);
      expect(sla.isBusinessTime(q, "2893-01-03T12:00")).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });

  it("a region whose rules state no duration is never asked for the year before the one needed", () => {
    const HolidaysCjs = createRequire(import.meta.url)("date-holidays") as typeof Holidays;
    const spy = vi.spyOn(HolidaysCjs.prototype, "getHolidays");
    try {
      const p = sla.definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: "DE-BY" }] });
      sla.isBusinessTime(p, "2950-06-15T12:00Z");
      expect(spy.mock.calls.map((c) => Number(c[0]))).toEqual([2950]);
    } finally {
      spy.mockRestore();
    }
  });
});
