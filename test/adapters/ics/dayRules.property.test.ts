/**
 * Rules naming days of the month (src/adapters/ics/dayRules.ts). Dates a rule names that a month does not have: RFC 5545
 * §3.3.10 ignores them and does not count them; ical.js rolled them over to the days after
 * (ical.js issue #91: FREQ=YEARLY from 29 February gave 1 March in common years).
 *
 * The property compares the import with a reference that enumerates, month by month, the dates a
 * MONTHLY or YEARLY rule with INTERVAL, BYMONTH, BYMONTHDAY and COUNT or UNTIL names, as RFC 5545
 * defines them, for all-day events whose DTSTART the rule names (a DTSTART the rule does not name
 * gives an undefined set, RFC 5545 §3.8.5.3). A YEARLY rule with BYMONTHDAY is given a BYMONTH: without
 * one, RFC 5545 expands it to every month and ical.js to DTSTART's month only (the import follows
 * ical.js there; docs/cli.md).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holidaysFromIcs } from "../../../src/adapters/ics/holidaysFromIcs.js";
import { definePolicy, isBusinessTime } from "../../../src/index.js";

const base = { timezone: "UTC", hours: "24x7" };
const ics = (...props: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:x@test", "DTSTAMP:20260101T000000Z", "SUMMARY:Day", ...props, "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");

/**
 * The dates (YYYY-MM-DD) an import closes in the years `from`–`to`: dated entries, annual ones
 * expanded, and the UTC dates closures start on (the timed events here start at 09:00 in Toronto).
 */
function closedDates(text: string, from: number, to: number): string[] {
  const { definition } = holidaysFromIcs(base, text, { from, to });
  const out: string[] = [];
  for (const h of definition.holidays as Array<{ date?: string; annual?: string; from?: string }>) {
    if (h.date !== undefined) out.push(h.date);
    else if (h.from !== undefined) out.push(h.from.slice(0, 10));
    else if (h.annual !== undefined) {
      const [m, d] = h.annual.split("-").map(Number) as [number, number];
      for (let y = from; y <= to; y++) if (d <= daysIn(y, m)) out.push(iso(y, m, d));
    } else throw new Error(`unexpected entry ${JSON.stringify(h)}`);
  }
  return out.sort();
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

interface Rule {
  readonly freq: "YEARLY" | "MONTHLY";
  readonly interval: number;
  readonly byMonth: number[];
  readonly byMonthDay: number[];
  readonly count?: number;
  readonly until?: string;
}

/** The days of month `m` of year `y` that `rule` names (DTSTART's day `startDay` without BYMONTHDAY), ascending. */
function namedDays(rule: Rule, y: number, m: number, startDay: number): number[] {
  const n = daysIn(y, m);
  const days = rule.byMonthDay.length === 0 ? [startDay] : rule.byMonthDay.map((d) => (d > 0 ? d : n + d + 1));
  return [...new Set(days.filter((d) => d >= 1 && d <= n))].sort((a, b) => a - b);
}

/**
 * The reference: every date `rule` names from DTSTART (`y0`-`m0`-`d0`, which it names) on, as RFC
 * 5545 §3.3.10 defines the set (DTSTART counts as the first; a date a month lacks is no date), up to
 * the end of `lastYear`.
 */
function referenceDates(rule: Rule, y0: number, m0: number, d0: number, lastYear: number): string[] {
  const out: string[] = [];
  const start = iso(y0, m0, d0);
  for (let k = 0; ; k += rule.interval) {
    const months: Array<[number, number]> = [];
    if (rule.freq === "YEARLY") {
      const y = y0 + k;
      if (y > lastYear) return out;
      for (const m of rule.byMonth.length > 0 ? [...rule.byMonth].sort((a, b) => a - b) : [m0]) months.push([y, m]);
    } else {
      const index = (y0 * 12 + m0 - 1) + k;
      const y = Math.floor(index / 12);
      if (y > lastYear) return out;
      const m = (index % 12) + 1;
      if (rule.byMonth.length === 0 || rule.byMonth.includes(m)) months.push([y, m]);
    }
    for (const [y, m] of months) {
      for (const d of namedDays(rule, y, m, d0)) {
        const date = iso(y, m, d);
        if (date < start) continue;
        if (rule.until !== undefined && date > rule.until) return out;
        out.push(date);
        if (rule.count !== undefined && out.length >= rule.count) return out;
      }
    }
  }
}

function ruleText(r: Rule, timed = false): string {
  const parts = [`FREQ=${r.freq}`];
  if (r.interval !== 1) parts.push(`INTERVAL=${r.interval}`);
  if (r.byMonth.length > 0) parts.push(`BYMONTH=${r.byMonth.join(",")}`);
  if (r.byMonthDay.length > 0) parts.push(`BYMONTHDAY=${r.byMonthDay.join(",")}`);
  if (r.count !== undefined) parts.push(`COUNT=${r.count}`);
  if (r.until !== undefined) parts.push(`UNTIL=${r.until.replaceAll("-", "")}${timed ? "T235959Z" : ""}`);
  return parts.join(";");
}

describe("dates a rule names that a month does not have (RFC 5545 §3.3.10: ignored, not counted)", () => {
  it("a yearly all-day event from 29 February closes 29 February in leap years only, with UNTIL or INTERVAL (ical.js gave 1 March)", () => {
    expect(closedDates(ics("DTSTART;VALUE=DATE:20240229", "RRULE:FREQ=YEARLY;UNTIL=20300101"), 2024, 2030)).toEqual(["2024-02-29", "2028-02-29"]);
    expect(closedDates(ics("DTSTART;VALUE=DATE:20240229", "RRULE:FREQ=YEARLY;INTERVAL=2"), 2024, 2030)).toEqual(["2024-02-29", "2028-02-29"]);
    // (without UNTIL, COUNT or INTERVAL it is the annual entry "02-29", which closes leap years only)
    expect(holidaysFromIcs(base, ics("DTSTART;VALUE=DATE:20240229", "RRULE:FREQ=YEARLY"), { from: 2024, to: 2030 }).definition.holidays).toEqual([
      { annual: "02-29", name: "Day" },
    ]);
  });

  it("COUNT counts only the dates that exist: BYMONTH=2,3;BYMONTHDAY=29;COUNT=6 is six 29ths, none of them 1 March", () => {
    expect(closedDates(ics("DTSTART;VALUE=DATE:20240229", "RRULE:FREQ=YEARLY;BYMONTH=2,3;BYMONTHDAY=29;COUNT=6"), 2024, 2032)).toEqual([
      "2024-02-29",
      "2024-03-29",
      "2025-03-29",
      "2026-03-29",
      "2027-03-29",
      "2028-02-29",
    ]);
  });

  it("BYMONTH=2,4;BYMONTHDAY=30 closes 30 April only (ical.js gave 2 March for 30 February)", () => {
    expect(closedDates(ics("DTSTART;VALUE=DATE:20250430", "RRULE:FREQ=YEARLY;BYMONTH=2,4;BYMONTHDAY=30"), 2025, 2027)).toEqual(["2025-04-30", "2026-04-30", "2027-04-30"]);
  });

  it("a timed event on 29 February recurring yearly is a closure in leap years only", () => {
    const r = holidaysFromIcs(
      base,
      ics("DTSTART;TZID=America/Toronto:20240229T090000", "DTEND;TZID=America/Toronto:20240229T100000", "RRULE:FREQ=YEARLY;COUNT=3"),
      { from: 2024, to: 2032 },
    );
    expect(r.definition.holidays).toEqual([
      { from: "2024-02-29T14:00:00.000Z", to: "2024-02-29T15:00:00.000Z", name: "Day" },
      { from: "2028-02-29T14:00:00.000Z", to: "2028-02-29T15:00:00.000Z", name: "Day" },
      { from: "2032-02-29T14:00:00.000Z", to: "2032-02-29T15:00:00.000Z", name: "Day" },
    ]);
  });

  it("keeps an RDATE on a date the rule does not name, and counts dates before the years", () => {
    expect(closedDates(ics("DTSTART;VALUE=DATE:20240229", "RRULE:FREQ=YEARLY;UNTIL=20300101", "RDATE;VALUE=DATE:20250301"), 2025, 2029)).toEqual(["2025-03-01", "2028-02-29"]);
    // COUNT=3 from 2016: 2016, 2020 and 2024 (2017–2019's 1 March were counted before)
    expect(closedDates(ics("DTSTART;VALUE=DATE:20160229", "RRULE:FREQ=YEARLY;COUNT=3"), 2023, 2029)).toEqual(["2024-02-29"]);
  });

  it("closes the dates the reference enumerates, for random MONTHLY and YEARLY rules from days 27–31, all-day and timed", () => {
    const rules = fc
      .record({
        freq: fc.constantFrom<"YEARLY" | "MONTHLY">("YEARLY", "MONTHLY"),
        interval: fc.integer({ min: 1, max: 3 }),
        byMonth: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }),
        byMonthDay: fc.uniqueArray(fc.constantFrom(1, 15, 28, 29, 30, 31, -1, -2, -29, -31), { maxLength: 3 }),
        end: fc.oneof(fc.constant({}), fc.record({ count: fc.integer({ min: 1, max: 20 }) }), fc.record({ untilYears: fc.integer({ min: 0, max: 8 }) })),
        y0: fc.integer({ min: 2016, max: 2026 }),
        m0: fc.integer({ min: 1, max: 12 }),
        d0: fc.integer({ min: 27, max: 31 }),
        from: fc.integer({ min: 0, max: 6 }),
        span: fc.integer({ min: 0, max: 6 }),
        timed: fc.boolean(),
      })
      .map((g) => ({ ...g, byMonthDay: g.freq === "YEARLY" && g.byMonth.length === 0 ? [] : g.byMonthDay }));
    fc.assert(
      fc.property(rules, (g) => {
        // DTSTART: the first date from y0-m0-d0 on (d0 clamped to its month) that the rule names
        const rule0: Rule = { freq: g.freq, interval: 1, byMonth: g.byMonth, byMonthDay: g.byMonthDay };
        const d0 = Math.min(g.d0, daysIn(g.y0, g.m0));
        const first = referenceDates(rule0, g.y0, g.m0, d0, g.y0 + 30).find((d) => d >= iso(g.y0, g.m0, d0));
        fc.pre(first !== undefined); // (a rule naming no date is refused: impossibleRules.test.ts)
        const [y, m, d] = first!.split("-").map(Number) as [number, number, number];
        const rule: Rule = {
          ...rule0,
          interval: g.interval,
          ...("count" in g.end ? { count: g.end.count } : {}),
          ...("untilYears" in g.end ? { until: iso(y + g.end.untilYears, 6, 30) } : {}),
        };
        // (from DTSTART's year on: a bare yearly rule becomes an annual entry, which closes earlier years too)
        const from = y + g.from;
        const to = from + g.span;
        const want = referenceDates(rule, y, m, d, to).filter((date) => date >= `${from}-01-01`);
        const day = first!.replaceAll("-", "");
        const event = g.timed
          ? ics(`DTSTART;TZID=America/Toronto:${day}T090000`, `DTEND;TZID=America/Toronto:${day}T100000`, `RRULE:${ruleText(rule, true)}`)
          : ics(`DTSTART;VALUE=DATE:${day}`, `RRULE:${ruleText(rule)}`);
        // (a timed event's closures are kept from the years' first instant in UTC, the base policy's zone)
        const got = closedDates(event, from, to);
        expect(got, `${ruleText(rule, g.timed)} from ${first}${g.timed ? " 09:00 Toronto" : ""}, years ${from}–${to}`).toEqual(want);
      }),
      { numRuns: 400 * Number(process.env.FC_SCALE ?? 1) },
    );
  });

  it("applies EXDATEs and changed occurrences to the dates of such a rule", () => {
    const text = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//test//EN",
      "BEGIN:VEVENT",
      "UID:leap@test",
      "DTSTAMP:20260101T000000Z",
      "SUMMARY:Leap day",
      "DTSTART;VALUE=DATE:20240229",
      "RRULE:FREQ=YEARLY;UNTIL=20400101",
      "EXDATE;VALUE=DATE:20320229",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:leap@test",
      "DTSTAMP:20260101T000000Z",
      "SUMMARY:Leap day (moved)",
      "RECURRENCE-ID;VALUE=DATE:20280229",
      "DTSTART;VALUE=DATE:20280302",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
    expect(holidaysFromIcs(base, text, { from: 2025, to: 2036 }).definition.holidays).toEqual([
      { date: "2036-02-29", name: "Leap day" }, // (2028 moved, 2032 excluded)
      { date: "2028-03-02", name: "Leap day (moved)" }, // (changes come after the series)
    ]);
  });

  it("ends for a monthly rule whose BYMONTH its INTERVAL never reaches, and refuses one naming over 200,000 dates before the years' end", () => {
    const t0 = Date.now();
    expect(closedDates(ics("DTSTART;VALUE=DATE:10000115", "RRULE:FREQ=MONTHLY;INTERVAL=12;BYMONTH=6"), 9990, 9999)).toEqual([]);
    const allDays = Array.from({ length: 31 }, (_, i) => i + 1).join(",");
    expect(() => holidaysFromIcs(base, ics("DTSTART;VALUE=DATE:10000101", `RRULE:FREQ=MONTHLY;BYMONTHDAY=${allDays}`), { from: 2026, to: 2026 })).toThrow(
      'ics: event "Day" (DTSTART;VALUE=DATE:10000101) recurs more than 200000 times before the end of 2026; shorten or split it',
    );
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it("a policy from such an import is open on 1 March 2025 and closed on 29 February 2028", () => {
    const { definition } = holidaysFromIcs(base, ics("DTSTART;VALUE=DATE:20240229", "RRULE:FREQ=YEARLY;UNTIL=20300101"), { from: 2024, to: 2030 });
    const p = definePolicy(definition);
    expect(isBusinessTime(p, "2025-03-01T12:00Z")).toBe(true);
    expect(isBusinessTime(p, "2028-02-29T12:00Z")).toBe(false);
  });
});
