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

describe("an RDATE with a TZID of its own near the end of the years", () => {
  it("is kept although ical.js orders it by its clock time, after occurrences past the years (10:00 on 1 January 2028 in Kiritimati, UTC+14, is 20:00Z on 31 December 2027)", () => {
    const r = holidaysFromIcs(
      base,
      ics("DTSTART:20271229T050000Z", "DTEND:20271229T060000Z", "RRULE:FREQ=DAILY;COUNT=10", "RDATE;TZID=Pacific/Kiritimati:20280101T100000"),
      { from: 2026, to: 2027 },
    );
    expect(r.definition.holidays).toEqual([
      { from: "2027-12-29T05:00:00.000Z", to: "2027-12-29T06:00:00.000Z", name: "Rule" },
      { from: "2027-12-30T05:00:00.000Z", to: "2027-12-30T06:00:00.000Z", name: "Rule" },
      { from: "2027-12-31T05:00:00.000Z", to: "2027-12-31T06:00:00.000Z", name: "Rule" },
      { from: "2027-12-31T20:00:00.000Z", to: "2027-12-31T21:00:00.000Z", name: "Rule" },
    ]);
  });
});

describe("a rule whose BYMONTH and BYMONTHDAY name no date of any year", () => {
  it("YEARLY on 30 February is refused, naming the event, rather than closing 2 March (RFC 5545 ignores such dates)", () => {
    expect(thrown(ics("DTSTART;VALUE=DATE:20260101", "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"))).toEqual([
      "InputError",
      'ics: event "Rule" (DTSTART;VALUE=DATE:20260101): its RRULE names no date that exists in any year (BYMONTH=2 with BYMONTHDAY=30); correct its BYMONTH or BYMONTHDAY',
    ]);
  });

  it.each([
    ["BYMONTH=2;BYMONTHDAY=-30", "BYMONTH=2 with BYMONTHDAY=-30"],
    ["BYMONTH=4,6,9,11;BYMONTHDAY=31,-31", "BYMONTH=4,6,9,11 with BYMONTHDAY=31,-31"],
  ])("MONTHLY with %s (counted from the month's end too) is refused", (parts, named) => {
    expect(thrown(ics("DTSTART:20260101T100000Z", `RRULE:FREQ=MONTHLY;${parts}`))).toEqual([
      "InputError",
      `ics: event "Rule" (DTSTART:20260101T100000Z): its RRULE names no date that exists in any year (${named}); correct its BYMONTH or BYMONTHDAY`,
    ]);
  });

  it("one that some month has (BYMONTH=2,3;BYMONTHDAY=30: 30 March) is still expanded", () => {
    const r = holidaysFromIcs(base, ics("DTSTART;VALUE=DATE:20260330", "RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=30;COUNT=1"), years);
    expect(r.definition.holidays).toEqual([{ date: "2026-03-30", name: "Rule" }]);
  });
});

describe("a malformed value of a recurring event", () => {
  it.each([
    ["DURATION:PXYZ", 'event "Rule" (DTSTART;VALUE=DATE:20260101)', ["DTSTART;VALUE=DATE:20260101", "RRULE:FREQ=DAILY;COUNT=2", "DURATION:PXYZ"]],
    ["DTSTART;VALUE=DATE:2026", 'event "Rule" (DTSTART;VALUE=DATE:2026--)', ["DTSTART;VALUE=DATE:2026", "RRULE:FREQ=DAILY;COUNT=2"]],
    ["DTSTART:garbage", 'event "Rule" (DTSTART:garb-ag-eT::)', ["DTSTART:garbage", "RRULE:FREQ=DAILY;COUNT=2"]],
  ])("%s is an InputError naming the event with ical.js's reason, not ical.js's own error", (_, label, props) => {
    const [kind, message] = thrown(ics(...props));
    expect(kind).toBe("InputError");
    expect(message).toMatch(new RegExp(`^ics: ${label.replace(/[()]/g, "\\$&")}: could not be read \\(.+\\); correct the malformed value or remove the event$`));
  });
});
