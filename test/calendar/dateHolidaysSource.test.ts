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
