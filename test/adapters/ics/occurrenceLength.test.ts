/**
 * How long each occurrence of a timed recurring event lasts when its zone moves the clock
 * (src/adapters/ics/expandOccurrences.ts). RFC 5545 §3.8.5.3: a DTEND gives every occurrence the
 * same exact duration; a DURATION's hours are exact, its days on the wall clock (§3.3.6). A time the
 * clock skips is read with the offset before the change (§3.3.5): 02:30 on Toronto's spring-forward
 * day is 03:30 EDT.
 */
import { describe, expect, it } from "vitest";
import { holidaysFromIcs } from "../../../src/adapters/ics/holidaysFromIcs.js";

const ics = (...props: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:x@test", "DTSTAMP:20260101T000000Z", "SUMMARY:Day", ...props, "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
const toronto = { timezone: "America/Toronto", hours: "24x7" };
const closures = (...props: string[]) => holidaysFromIcs(toronto, ics(...props), { from: 2027, to: 2027 }).definition.holidays;

describe("the length of a timed occurrence on a day the clock moves", () => {
  it("keeps an hour from 02:30 on the spring-forward day, from 03:30 EDT to 04:30 (it ended when it started, and was left out)", () => {
    for (const end of ["DURATION:PT1H", "DTEND;TZID=America/Toronto:20270313T033000"]) {
      expect(closures("DTSTART;TZID=America/Toronto:20270313T023000", end, "RRULE:FREQ=DAILY;COUNT=3")).toEqual([
        { from: "2027-03-13T07:30:00.000Z", to: "2027-03-13T08:30:00.000Z", name: "Day" },
        { from: "2027-03-14T07:30:00.000Z", to: "2027-03-14T08:30:00.000Z", name: "Day" },
        { from: "2027-03-15T06:30:00.000Z", to: "2027-03-15T07:30:00.000Z", name: "Day" },
      ]);
    }
  });

  it("gives a night from 22:00 to 06:00 its eight hours over either change, and a DURATION of a day the wall clock's day", () => {
    const nights = closures("DTSTART;TZID=America/Toronto:20270306T220000", "DTEND;TZID=America/Toronto:20270307T060000", "RRULE:FREQ=YEARLY;BYMONTH=3,11;BYDAY=2SA,1SA;COUNT=4");
    expect(nights).toEqual([
      { from: "2027-03-07T03:00:00.000Z", to: "2027-03-07T11:00:00.000Z", name: "Day" },
      { from: "2027-03-14T03:00:00.000Z", to: "2027-03-14T11:00:00.000Z", name: "Day" }, // to 07:00 EDT
      { from: "2027-11-07T02:00:00.000Z", to: "2027-11-07T10:00:00.000Z", name: "Day" }, // to 05:00 EST
      { from: "2027-11-14T03:00:00.000Z", to: "2027-11-14T11:00:00.000Z", name: "Day" },
    ]);
    expect(closures("DTSTART;TZID=America/Toronto:20270313T120000", "DURATION:P1D", "RRULE:FREQ=DAILY;COUNT=1")).toEqual([
      { from: "2027-03-13T17:00:00.000Z", to: "2027-03-14T16:00:00.000Z", name: "Day" }, // 12:00 to 12:00, 23 hours
    ]);
  });
});
