/**
 * ICS round trip (CONTRACT §10): a policy whose holidays are dates, annual dates (observed or not)
 * and closures, exported with holidaysToIcs for two years and imported back with holidaysFromIcs
 * into the same hours, gives the same business time over those years. Special hours are not
 * holidays and are out of the round trip.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holidaysFromIcs } from "../../../src/adapters/ics/holidaysFromIcs.js";
import { holidaysToIcs } from "../../../src/adapters/ics/holidaysToIcs.js";
import { businessIntervals, definePolicy } from "../../../src/index.js";
import { params } from "../../support/runs.js";

const ZONES = ["America/Toronto", "Europe/London", "Australia/Sydney", "Pacific/Chatham", "UTC"];
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const pad = (n: number) => String(n).padStart(2, "0");

const policyArb = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    year: fc.integer({ min: 2020, max: 2035 }),
    open: fc.subarray([...WEEKDAYS], { minLength: 1, maxLength: 7 }),
    overnight: fc.boolean(),
    dates: fc.uniqueArray(fc.record({ doy: fc.integer({ min: 0, max: 729 }), name: fc.option(fc.string({ minLength: 1, maxLength: 90 }), { nil: undefined }) }), { maxLength: 8, selector: (d) => d.doy }),
    annuals: fc.uniqueArray(
      fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), observed: fc.constantFrom("none", "next", "nearest"), name: fc.option(fc.constantFrom("Founders' Day", "Summer, Day; Off\\n"), { nil: undefined }) }),
      { maxLength: 4, selector: (a) => a.month * 100 + a.day },
    ),
    closures: fc.array(fc.record({ startMin: fc.integer({ min: 0, max: 730 * 1440 }), lengthMin: fc.integer({ min: 1, max: 5 * 1440 }), utc: fc.boolean() }), { maxLength: 4 }),
  })
  .map(({ zone, year, open, overnight, dates, annuals, closures }) => {
    const dayText = (doy: number) => new Date(Date.UTC(year, 0, 1) + doy * 86_400_000).toISOString().slice(0, 10);
    const minuteText = (m: number, utc: boolean) => {
      const iso = new Date(Date.UTC(year, 0, 1) + m * 60_000).toISOString().slice(0, 16);
      return utc ? `${iso}Z` : iso;
    };
    const annualKeys = new Set(annuals.map((a) => `${pad(a.month)}-${pad(a.day)}`));
    const def = {
      timezone: zone,
      hours: Object.fromEntries(open.map((d) => [d, [overnight ? ["20:00", "06:00"] : ["09:00", "17:00"]]])),
      holidays: [
        ...dates.filter((d) => !annualKeys.has(dayText(d.doy).slice(5))).map((d) => ({ date: dayText(d.doy), ...(d.name !== undefined && { name: d.name }) })),
        ...annuals.map((a) => ({ annual: `${pad(a.month)}-${pad(a.day)}`, observed: a.observed, ...(a.name !== undefined && { name: a.name }) })),
        ...closures.map((c) => ({ from: minuteText(c.startMin, c.utc), to: minuteText(c.startMin + c.lengthMin, c.utc), name: "Closure" })),
      ],
    };
    return { year, def };
  });

describe("ICS round trip", () => {
  it("dates, annual dates and closures → ICS → back give the same business time over the exported years", () => {
    fc.assert(
      fc.property(policyArb, ({ year, def }) => {
        const text = holidaysToIcs(def, { from: year, to: year + 1 }, Date.UTC(2026, 0, 1));
        const back = holidaysFromIcs({ timezone: def.timezone, hours: def.hours }, text, { from: year, to: year + 1 });
        expect(back.skipped).toEqual([]);
        // from 2 January: an overnight interval of 31 December before the years belongs to the year before
        const from = `${year}-01-02T00:00`;
        const to = `${year + 1}-12-31T00:00`;
        const spans = (d: unknown) => businessIntervals(definePolicy(d), from, to).map((s) => [s.start.getTime(), s.end.getTime()]);
        expect(spans(back.definition)).toEqual(spans(def));
      }),
      params(60),
    );
  });

  it("writes RFC 5545: CRLF line ends, lines of at most 75 octets, a UID and DTSTAMP in every event", () => {
    fc.assert(
      fc.property(policyArb, ({ year, def }) => {
        const text = holidaysToIcs(def, { from: year, to: year + 1 }, Date.UTC(2026, 0, 1));
        expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
        expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
        const lines = text.slice(0, -2).split("\r\n");
        for (const line of lines) {
          expect(line.includes("\n")).toBe(false);
          expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        }
        const events = text.split("BEGIN:VEVENT").length - 1;
        expect(text.split("\r\nUID:").length - 1).toBe(events);
        expect(text.split("\r\nDTSTAMP:20260101T000000Z").length - 1).toBe(events);
      }),
      params(30),
    );
  });
});
