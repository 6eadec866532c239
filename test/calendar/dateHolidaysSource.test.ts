/**
 * Region holidays through date-holidays: unknown codes are refused with a message that names the
 * bad part and what is known, and the state and region parts of a code select their own holidays.
 */
import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
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
    expect(regionIssue("DE-BY-XX").message).toBe('unknown region "XX" of DE-BY in "DE-BY-XX"');
    expect(regionIssue("CA-ON-XX").message).toBe('unknown region "XX" of CA-ON in "CA-ON-XX"');
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
