/**
 * Expanding a recurrence (src/adapters/ics/expandOccurrences.ts): a rule ical.js cannot expand is an
 * InputError naming the event, never ical.js's own error (which the CLI showed as "unexpected
 * error … (please report it)").
 */
import { describe, expect, it } from "vitest";
import { holidaysFromIcs } from "../../../src/adapters/ics/holidaysFromIcs.js";

const base = { timezone: "UTC", hours: "24x7" };
const ics = (...props: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:x@test", "DTSTAMP:20260101T000000Z", "SUMMARY:Rule", ...props, "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
const years = { from: 2026, to: 2026 };
const thrown = (text: string) => {
  try {
    holidaysFromIcs(base, text, years);
  } catch (e) {
    return [(e as Error).constructor.name, (e as Error).message];
  }
  return ["nothing"];
};

describe("expanding a recurrence", () => {
  it.each(["HOURLY", "MINUTELY", "SECONDLY"])("refuses an all-day event that recurs %s, naming it (ical.js found the same occurrence twice)", (freq) => {
    expect(thrown(ics("DTSTART;VALUE=DATE:20260101", `RRULE:FREQ=${freq}`))).toEqual([
      "InputError",
      `ics: event "Rule" (DTSTART;VALUE=DATE:20260101) is all-day but recurs ${freq}; an all-day event recurs at most DAILY (or give it a DTSTART with a time)`,
    ]);
  });

  it("turns a rule ical.js parses but cannot expand (BYDAY=9MO: no month has nine Mondays) into an InputError naming the event", () => {
    const [kind, message] = thrown(ics("DTSTART:20260101T100000Z", "DTEND:20260101T110000Z", "RRULE:FREQ=MONTHLY;BYDAY=9MO"));
    expect(kind).toBe("InputError");
    expect(message).toMatch(/^ics: event "Rule" \(DTSTART:20260101T100000Z\): its recurrence cannot be expanded \(.+\); check its RRULE and RDATE$/);
  });

  it("still expands a timed event that recurs hourly", () => {
    const r = holidaysFromIcs(base, ics("DTSTART:20260101T100000Z", "DTEND:20260101T101500Z", "RRULE:FREQ=HOURLY;COUNT=3"), years);
    expect(r.definition.holidays).toEqual([
      { from: "2026-01-01T10:00:00.000Z", to: "2026-01-01T10:15:00.000Z", name: "Rule" },
      { from: "2026-01-01T11:00:00.000Z", to: "2026-01-01T11:15:00.000Z", name: "Rule" },
      { from: "2026-01-01T12:00:00.000Z", to: "2026-01-01T12:15:00.000Z", name: "Rule" },
    ]);
  });

  it("reads an RDATE with a TZID of its own in that zone, not in the series' (10:00 in Paris on 1 March 2026 is 09:00Z)", () => {
    const r = holidaysFromIcs(
      base,
      ics(
        "DTSTART;TZID=America/New_York:20260105T100000",
        "DTEND;TZID=America/New_York:20260105T110000",
        "RRULE:FREQ=WEEKLY;COUNT=1",
        "RDATE;TZID=Europe/Paris:20260301T100000",
        "RDATE:20260401T100000Z",
      ),
      years,
    );
    expect(r.definition.holidays).toEqual([
      // 10:00 in New York on 5 January (EST, UTC-5)
      { from: "2026-01-05T15:00:00.000Z", to: "2026-01-05T16:00:00.000Z", name: "Rule" },
      // 10:00 in Paris on 1 March (CET, UTC+1), an hour long like the series
      { from: "2026-03-01T09:00:00.000Z", to: "2026-03-01T10:00:00.000Z", name: "Rule" },
      { from: "2026-04-01T10:00:00.000Z", to: "2026-04-01T11:00:00.000Z", name: "Rule" },
    ]);
  });
});
