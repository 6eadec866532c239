/**
 * ICS import (CONTRACT §10), RFC 5545 §3.8.4.4: a VEVENT with a RECURRENCE-ID changes (moves,
 * renames, cancels) one occurrence of the recurring event of its UID. The original occurrence is
 * left out and the change adds its own dates. Expected instants are worked out by hand (Paris is
 * UTC+1 in winter; Toronto UTC-5 in winter, UTC-4 in summer).
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holidaysFromIcs } from "../../../src/adapters/ics/holidaysFromIcs.js";
import { InputError } from "../../../src/errors.js";
import { definePolicy, isBusinessTime } from "../../../src/index.js";
import { params } from "../../support/runs.js";

const base = { timezone: "America/Toronto", hours: "24x7" as const };
const utc = { timezone: "UTC", hours: "24x7" as const };
const ics = (...events: string[]) => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", ...events, "END:VCALENDAR", ""].join("\r\n");
const vevent = (uid: string, ...props: string[]) => ["BEGIN:VEVENT", `UID:${uid}`, "DTSTAMP:20260101T000000Z", ...props, "END:VEVENT"].join("\r\n");
type Entry = Record<string, unknown>;
const holidaysOf = (r: { definition: unknown }) => (r.definition as { holidays: Entry[] }).holidays;
const holidayYearsOf = (r: { definition: unknown }) => (r.definition as { holidayYears?: unknown }).holidayYears;
// The Outlook fixture's VTIMEZONE "Eastern Standard Time" (Toronto's rules)
const outlook = readFileSync(new URL("./fixtures/outlook-export.ics", import.meta.url), "utf8").replace(/\r?\n/g, "\r\n");
const easternZone = outlook.slice(outlook.indexOf("BEGIN:VTIMEZONE"), outlook.indexOf("END:VTIMEZONE") + "END:VTIMEZONE".length);

const thanksgiving = vevent("thanks@test", "DTSTART;VALUE=DATE:20261012", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=2MO", "SUMMARY:Thanksgiving");

describe("a moved all-day occurrence", () => {
  it("of a BYDAY rule: its original date stays open and its new date is closed, named by the change's SUMMARY", () => {
    const r = holidaysFromIcs(base, ics(
      thanksgiving,
      vevent("thanks@test", "RECURRENCE-ID;VALUE=DATE:20271011", "DTSTART;VALUE=DATE:20271012", "SUMMARY:Thanksgiving (moved)"),
    ), { from: 2026, to: 2028 });
    expect(holidaysOf(r)).toEqual([
      { date: "2026-10-12", name: "Thanksgiving" },
      { date: "2028-10-09", name: "Thanksgiving" },
      { date: "2027-10-12", name: "Thanksgiving (moved)" },
    ]);
    expect(r.skipped).toEqual([]);
    expect(holidayYearsOf(r)).toEqual([2026, 2028]);
    const p = definePolicy(r.definition);
    expect(isBusinessTime(p, "2027-10-11T12:00")).toBe(true);
    expect(isBusinessTime(p, "2027-10-12T12:00")).toBe(false);
  });

  it("of a yearly rule on a fixed date: no annual entry (it cannot leave one year out), dates for the years instead, recorded as holidayYears", () => {
    const r = holidaysFromIcs({ ...base, holidayYears: [2020, 2027] }, ics(
      vevent("eve@test", "DTSTART;VALUE=DATE:20251224", "DTEND;VALUE=DATE:20251225", "RRULE:FREQ=YEARLY", "SUMMARY:Christmas Eve"),
      // no SUMMARY: named by the recurring event
      vevent("eve@test", "RECURRENCE-ID;VALUE=DATE:20261224", "DTSTART;VALUE=DATE:20261223", "DTEND;VALUE=DATE:20261224"),
    ), { from: 2026, to: 2028 });
    expect(holidaysOf(r)).toEqual([
      { date: "2027-12-24", name: "Christmas Eve" },
      { date: "2028-12-24", name: "Christmas Eve" },
      { date: "2026-12-23", name: "Christmas Eve" },
    ]);
    expect(holidaysOf(r).some((h) => h.annual !== undefined)).toBe(false);
    expect(holidayYearsOf(r)).toEqual([2026, 2027]);
    expect(Object.keys(r.definition)).toEqual(["timezone", "hours", "holidays", "holidayYears"]);
  });

  it("from after the years into them is closed, and one moved out of them is left out with its original", () => {
    const r = holidaysFromIcs(base, ics(
      vevent("ny@test", "DTSTART;VALUE=DATE:20260102", "RRULE:FREQ=YEARLY;BYMONTH=1;BYDAY=1FR", "SUMMARY:Day after New Year"),
      // 2028's first Friday (7 January) moved to Friday 31 December 2027
      vevent("ny@test", "RECURRENCE-ID;VALUE=DATE:20280107", "DTSTART;VALUE=DATE:20271231", "SUMMARY:Moved into 2027"),
      // 2027's (1 January) moved to 2025
      vevent("ny@test", "RECURRENCE-ID;VALUE=DATE:20270101", "DTSTART;VALUE=DATE:20251231", "SUMMARY:Moved out"),
    ), { from: 2026, to: 2027 });
    expect(holidaysOf(r)).toEqual([
      { date: "2026-01-02", name: "Day after New Year" },
      { date: "2027-12-31", name: "Moved into 2027" },
    ]);
  });
});

describe("a moved timed occurrence", () => {
  const weekly = vevent("standup@test", "DTSTART;TZID=Europe/Paris:20260105T090000", "DTEND;TZID=Europe/Paris:20260105T100000", "RRULE:FREQ=WEEKLY;COUNT=4", "SUMMARY:Standup");

  it("with an IANA TZID is matched by its instant, whether its RECURRENCE-ID is written in the zone or in UTC", () => {
    const r = holidaysFromIcs(base, ics(
      weekly,
      vevent("standup@test", "RECURRENCE-ID;TZID=Europe/Paris:20260112T090000", "DTSTART;TZID=Europe/Paris:20260113T140000", "DTEND;TZID=Europe/Paris:20260113T150000", "SUMMARY:Moved standup"),
      // 19 January 09:00 in Paris is 08:00 UTC (ical.js alone does not relate these two)
      vevent("standup@test", "RECURRENCE-ID:20260119T080000Z", "DTSTART:20260120T080000Z", "DTEND:20260120T083000Z"),
    ), { from: 2026, to: 2026 });
    expect(holidaysOf(r)).toEqual([
      { from: "2026-01-05T08:00:00.000Z", to: "2026-01-05T09:00:00.000Z", name: "Standup" },
      { from: "2026-01-26T08:00:00.000Z", to: "2026-01-26T09:00:00.000Z", name: "Standup" },
      { from: "2026-01-13T13:00:00.000Z", to: "2026-01-13T14:00:00.000Z", name: "Moved standup" },
      { from: "2026-01-20T08:00:00.000Z", to: "2026-01-20T08:30:00.000Z", name: "Standup" },
    ]);
    expect(holidayYearsOf(r)).toEqual([2026, 2026]);
  });

  it("with a TZID the file's VTIMEZONE defines (Outlook), moved across the change to summer time", () => {
    const r = holidaysFromIcs(base, ics(
      easternZone,
      vevent("ops@test", "DTSTART;TZID=Eastern Standard Time:20260302T130000", "DTEND;TZID=Eastern Standard Time:20260302T140000", "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Ops review"),
      // Monday 9 March 13:00 EST moved to Tuesday 10 March 15:00, EDT since the 8th
      vevent("ops@test", "RECURRENCE-ID;TZID=Eastern Standard Time:20260309T130000", "DTSTART;TZID=Eastern Standard Time:20260310T150000", "DTEND;TZID=Eastern Standard Time:20260310T160000", "SUMMARY:Ops review (moved)"),
    ), { from: 2026, to: 2026 });
    expect(holidaysOf(r)).toEqual([
      { from: "2026-03-02T18:00:00.000Z", to: "2026-03-02T19:00:00.000Z", name: "Ops review" },
      { from: "2026-03-16T17:00:00.000Z", to: "2026-03-16T18:00:00.000Z", name: "Ops review" },
      { from: "2026-03-10T19:00:00.000Z", to: "2026-03-10T20:00:00.000Z", name: "Ops review (moved)" },
    ]);
  });

  it("of an all-day event may become a timed closure (a holiday shortened to an afternoon)", () => {
    const r = holidaysFromIcs(base, ics(
      vevent("eve@test", "DTSTART;VALUE=DATE:20261224", "RRULE:FREQ=YEARLY", "SUMMARY:Christmas Eve"),
      vevent("eve@test", "RECURRENCE-ID;VALUE=DATE:20271224", "DTSTART;TZID=America/Toronto:20271224T120000", "DTEND;TZID=America/Toronto:20271224T170000", "SUMMARY:Christmas Eve (afternoon)"),
    ), { from: 2026, to: 2027 });
    expect(holidaysOf(r)).toEqual([
      { date: "2026-12-24", name: "Christmas Eve" },
      { from: "2027-12-24T17:00:00.000Z", to: "2027-12-24T22:00:00.000Z", name: "Christmas Eve (afternoon)" },
    ]);
  });
});

describe("a cancelled recurring event", () => {
  it("is cancelled with its changed occurrences: none of them adds a date, each is listed", () => {
    const r = holidaysFromIcs(base, ics(
      vevent("thanks@test", "DTSTART;VALUE=DATE:20261012", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=2MO", "STATUS:CANCELLED", "SUMMARY:Thanksgiving"),
      vevent("thanks@test", "RECURRENCE-ID;VALUE=DATE:20271011", "DTSTART;VALUE=DATE:20271012", "SUMMARY:Thanksgiving (moved)"),
    ), { from: 2026, to: 2028 });
    expect(holidaysOf(r)).toEqual([]);
    expect(r.skipped).toEqual([
      'event "Thanksgiving" (DTSTART;VALUE=DATE:20261012): cancelled',
      'event "Thanksgiving (moved)" (DTSTART;VALUE=DATE:20271012): a change of a cancelled recurring event',
    ]);
  });
});

describe("a cancelled occurrence", () => {
  it("is left out of its recurring event, adds nothing and is listed as a cancelled occurrence", () => {
    const r = holidaysFromIcs(base, ics(
      thanksgiving,
      vevent("thanks@test", "RECURRENCE-ID;VALUE=DATE:20271011", "DTSTART;VALUE=DATE:20271011", "STATUS:CANCELLED", "SUMMARY:Thanksgiving"),
      vevent("eve@test", "DTSTART;VALUE=DATE:20261224", "RRULE:FREQ=YEARLY", "SUMMARY:Christmas Eve"),
      vevent("eve@test", "RECURRENCE-ID;VALUE=DATE:20261224", "DTSTART;VALUE=DATE:20261224", "STATUS:CANCELLED", "SUMMARY:Christmas Eve"),
    ), { from: 2026, to: 2027 });
    expect(holidaysOf(r)).toEqual([
      { date: "2026-10-12", name: "Thanksgiving" },
      { date: "2027-12-24", name: "Christmas Eve" },
    ]);
    expect(r.skipped).toEqual([
      'event "Thanksgiving" (DTSTART;VALUE=DATE:20271011): a cancelled occurrence of a recurring event',
      'event "Christmas Eve" (DTSTART;VALUE=DATE:20261224): a cancelled occurrence of a recurring event',
    ]);
    expect(isBusinessTime(definePolicy(r.definition), "2026-12-24T12:00")).toBe(true);
  });
});

describe("a change outside the years", () => {
  it("of a yearly event on a fixed date leaves it an annual entry, and is listed", () => {
    const r = holidaysFromIcs(base, ics(
      vevent("eve@test", "DTSTART;VALUE=DATE:20261224", "RRULE:FREQ=YEARLY", "SUMMARY:Christmas Eve"),
      vevent("eve@test", "RECURRENCE-ID;VALUE=DATE:20301224", "DTSTART;VALUE=DATE:20301223", "SUMMARY:Christmas Eve"),
    ), { from: 2026, to: 2027 });
    expect(holidaysOf(r)).toEqual([{ annual: "12-24", name: "Christmas Eve" }]);
    expect(holidayYearsOf(r)).toBeUndefined();
    expect(r.skipped).toEqual(['event "Christmas Eve" (DTSTART;VALUE=DATE:20301223): changes an occurrence outside 2026–2027, left out (the recurring event is the annual entry 12-24)']);
  });

  it("of an expanded recurrence adds nothing, as its other occurrences outside the years", () => {
    const r = holidaysFromIcs(base, ics(
      thanksgiving,
      vevent("thanks@test", "RECURRENCE-ID;VALUE=DATE:20301014", "DTSTART;VALUE=DATE:20301015", "SUMMARY:Thanksgiving (moved)"),
    ), { from: 2026, to: 2027 });
    expect(holidaysOf(r)).toEqual([
      { date: "2026-10-12", name: "Thanksgiving" },
      { date: "2027-10-11", name: "Thanksgiving" },
    ]);
    expect(r.skipped).toEqual([]);
  });
});

describe("a change whose original occurrence the recurring event does not have", () => {
  it("is an extra occurrence on its own dates, and the recurring event keeps all of its own (ical.js's expansion drops it)", () => {
    const r = holidaysFromIcs(base, ics(
      vevent("mon@test", "DTSTART;VALUE=DATE:20260105", "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Monday off"),
      // Wednesday 7 January is no occurrence of a Monday rule
      vevent("mon@test", "RECURRENCE-ID;VALUE=DATE:20260107", "DTSTART;VALUE=DATE:20260108", "SUMMARY:Thursday off"),
    ), { from: 2026, to: 2026 });
    expect(holidaysOf(r)).toEqual([
      { date: "2026-01-05", name: "Monday off" },
      { date: "2026-01-12", name: "Monday off" },
      { date: "2026-01-19", name: "Monday off" },
      { date: "2026-01-08", name: "Thursday off" },
    ]);
  });
});

describe("a change whose UID no other event has (an orphan)", () => {
  it("is read as an event of its own, whatever the years; a cancelled one is skipped as cancelled", () => {
    const r = holidaysFromIcs(base, ics(
      vevent("gone@test", "RECURRENCE-ID;VALUE=DATE:20261012", "DTSTART;VALUE=DATE:20261013", "SUMMARY:Moved day off"),
      vevent("gone2@test", "RECURRENCE-ID:20261104T150000Z", "DTSTART:20261105T150000Z", "DTEND:20261105T160000Z", "SUMMARY:Moved drill"),
      vevent("gone3@test", "RECURRENCE-ID;VALUE=DATE:20261201", "DTSTART;VALUE=DATE:20261201", "STATUS:CANCELLED", "SUMMARY:Dropped"),
    ), { from: 2027, to: 2027 });
    expect(holidaysOf(r)).toEqual([
      { date: "2026-10-13", name: "Moved day off" },
      { from: "2026-11-05T15:00:00.000Z", to: "2026-11-05T16:00:00.000Z", name: "Moved drill" },
    ]);
    expect(r.skipped).toEqual(['event "Dropped" (DTSTART;VALUE=DATE:20261201): cancelled']);
  });
  it("of which two versions change the same occurrence is read once: the higher SEQUENCE, the other listed", () => {
    const r = holidaysFromIcs(base, ics(
      vevent("gone@test", "RECURRENCE-ID;VALUE=DATE:20261012", "SEQUENCE:2", "DTSTART;VALUE=DATE:20261014", "SUMMARY:Second move"),
      vevent("gone@test", "RECURRENCE-ID;VALUE=DATE:20261012", "SEQUENCE:1", "DTSTART;VALUE=DATE:20261013", "SUMMARY:First move"),
      // another occurrence of the same recurring event: read as well
      vevent("gone@test", "RECURRENCE-ID;VALUE=DATE:20261109", "DTSTART;VALUE=DATE:20261110", "SUMMARY:Other move"),
    ), { from: 2026, to: 2026 });
    expect(holidaysOf(r)).toEqual([{ date: "2026-10-14", name: "Second move" }, { date: "2026-11-10", name: "Other move" }]);
    expect(r.skipped).toEqual(['event "First move" (DTSTART;VALUE=DATE:20261013): superseded by a later version of the same changed occurrence (SEQUENCE)']);
  });
});

describe("matching and versions", () => {
  it("relates a change to its recurring event by UID across the VCALENDAR objects of the text, and still refuses an impossible RECURRENCE-ID", () => {
    const change = (rid: string) => vevent("thanks@test", `RECURRENCE-ID;VALUE=DATE:${rid}`, "DTSTART;VALUE=DATE:20261013", "SUMMARY:Moved");
    const r = holidaysFromIcs(base, ics(change("20261012")) + ics(thanksgiving), { from: 2026, to: 2026 });
    expect(holidaysOf(r)).toEqual([{ date: "2026-10-13", name: "Moved" }]);
    expect(() => holidaysFromIcs(base, ics(change("20261301")) + ics(thanksgiving), { from: 2026, to: 2026 })).toThrow(
      'ics: event "Moved" (DTSTART;VALUE=DATE:20261013): RECURRENCE-ID "20261301" is not a real date: month 13 does not exist',
    );
  });

  it("does not apply a change to an event of another UID in the same VCALENDAR", () => {
    const r = holidaysFromIcs(base, ics(
      thanksgiving,
      vevent("other@test", "RECURRENCE-ID;VALUE=DATE:20261012", "DTSTART;VALUE=DATE:20261014", "SUMMARY:Other"),
    ), { from: 2026, to: 2026 });
    expect(holidaysOf(r)).toEqual([{ date: "2026-10-12", name: "Thanksgiving" }, { date: "2026-10-14", name: "Other" }]);
  });

  it("reads the version of a changed occurrence with the highest SEQUENCE (the later one on a tie) and lists the other", () => {
    const r = holidaysFromIcs(base, ics(
      thanksgiving,
      vevent("thanks@test", "RECURRENCE-ID;VALUE=DATE:20261012", "SEQUENCE:2", "DTSTART;VALUE=DATE:20261014", "SUMMARY:Second move"),
      vevent("thanks@test", "RECURRENCE-ID;VALUE=DATE:20261012", "SEQUENCE:1", "DTSTART;VALUE=DATE:20261013", "SUMMARY:First move"),
    ), { from: 2026, to: 2026 });
    expect(holidaysOf(r)).toEqual([{ date: "2026-10-14", name: "Second move" }]);
    expect(r.skipped).toEqual(['event "First move" (DTSTART;VALUE=DATE:20261013): superseded by a later version of the same changed occurrence (SEQUENCE)']);
  });

  it("on a SEQUENCE tie reads the version with the later DTSTAMP (when it was last revised, RFC 5545 §3.8.7.2), wherever it lies in the text", () => {
    const version = (stamp: string, day: string, summary: string) =>
      ["BEGIN:VEVENT", "UID:thanks@test", `DTSTAMP:${stamp}`, "RECURRENCE-ID;VALUE=DATE:20261012", "SEQUENCE:1", `DTSTART;VALUE=DATE:${day}`, `SUMMARY:${summary}`, "END:VEVENT"].join("\r\n");
    const r = holidaysFromIcs(base, ics(thanksgiving, version("20260301T000000Z", "20261014", "Revised in March"), version("20260201T000000Z", "20261013", "Revised in February")), { from: 2026, to: 2026 });
    expect(holidaysOf(r)).toEqual([{ date: "2026-10-14", name: "Revised in March" }]);
    expect(r.skipped).toEqual(['event "Revised in February" (DTSTART;VALUE=DATE:20261013): superseded by a later version of the same changed occurrence (DTSTAMP)']);
  });

  it("replaces the one occurrence of a single event with the same UID", () => {
    const r = holidaysFromIcs(base, ics(
      vevent("once@test", "DTSTART;VALUE=DATE:20260601", "SUMMARY:Offsite"),
      vevent("once@test", "RECURRENCE-ID;VALUE=DATE:20260601", "DTSTART;VALUE=DATE:20260602", "SUMMARY:Offsite (moved)"),
    ), { from: 2026, to: 2026 });
    expect(holidaysOf(r)).toEqual([{ date: "2026-06-02", name: "Offsite (moved)" }]);
  });
});

describe("RANGE=THISANDFUTURE", () => {
  it("moves that occurrence and every later one by the same time, as ical.js does, until a later change", () => {
    const r = holidaysFromIcs(base, ics(
      vevent("w@test", "DTSTART;TZID=Europe/Paris:20260105T090000", "DTEND;TZID=Europe/Paris:20260105T100000", "RRULE:FREQ=WEEKLY;COUNT=5", "SUMMARY:Weekly"),
      vevent("w@test", "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Paris:20260119T090000", "DTSTART;TZID=Europe/Paris:20260119T110000", "DTEND;TZID=Europe/Paris:20260119T130000", "SUMMARY:Weekly, later"),
    ), { from: 2026, to: 2026 });
    expect(holidaysOf(r)).toEqual([
      { from: "2026-01-05T08:00:00.000Z", to: "2026-01-05T09:00:00.000Z", name: "Weekly" },
      { from: "2026-01-12T08:00:00.000Z", to: "2026-01-12T09:00:00.000Z", name: "Weekly" },
      { from: "2026-01-26T10:00:00.000Z", to: "2026-01-26T12:00:00.000Z", name: "Weekly, later" },
      { from: "2026-02-02T10:00:00.000Z", to: "2026-02-02T12:00:00.000Z", name: "Weekly, later" },
      { from: "2026-01-19T10:00:00.000Z", to: "2026-01-19T12:00:00.000Z", name: "Weekly, later" },
    ]);
  });

  it("moves occurrences from after the years into them, and cancels every later one when cancelled", () => {
    const r = holidaysFromIcs(base, ics(
      vevent("y@test", "DTSTART;VALUE=DATE:20260105", "RRULE:FREQ=YEARLY;BYMONTH=1;BYDAY=1MO", "SUMMARY:Kick-off"),
      // from 2027 on, the Monday before (2028's 3 January becomes 27 December 2027)
      vevent("y@test", "RECURRENCE-ID;RANGE=THISANDFUTURE;VALUE=DATE:20270104", "DTSTART;VALUE=DATE:20261228", "SUMMARY:Kick-off (December)"),
      vevent("z@test", "DTSTART;VALUE=DATE:20260301", "RRULE:FREQ=MONTHLY", "SUMMARY:Month start"),
      vevent("z@test", "RECURRENCE-ID;RANGE=THISANDFUTURE;VALUE=DATE:20260501", "DTSTART;VALUE=DATE:20260501", "STATUS:CANCELLED"),
    ), { from: 2026, to: 2027 });
    expect(holidaysOf(r)).toEqual([
      { date: "2026-01-05", name: "Kick-off" },
      { date: "2027-12-27", name: "Kick-off (December)" },
      { date: "2026-12-28", name: "Kick-off (December)" },
      { date: "2026-03-01", name: "Month start" },
      { date: "2026-04-01", name: "Month start" },
    ]);
    expect(r.skipped).toEqual(['event "(no SUMMARY)" UID "z@test" (DTSTART;VALUE=DATE:20260501): cancels this and every later occurrence of a recurring event (RANGE=THISANDFUTURE)']);
  });

  it("moves the later occurrences by the same wall-clock time when its RECURRENCE-ID is written in UTC, not in the recurring event's zone", () => {
    // Mondays 09:00 in New York (EST, then EDT from 8 March); from 2 March on at 10:00 (the RECURRENCE-ID
    // 14:00 UTC is 09:00 EST). Read as 14:00 on New York's clock, the change would move them by -4 hours.
    const series = (zone: string, change: string) => holidaysOf(holidaysFromIcs(utc, ics(
      ...(zone === "" ? [] : [zone]),
      vevent("ny@test", "DTSTART;TZID=America/New_York:20260223T090000", "DTEND;TZID=America/New_York:20260223T100000", "RRULE:FREQ=WEEKLY;COUNT=4", "SUMMARY:Review"),
      vevent("ny@test", "RECURRENCE-ID;RANGE=THISANDFUTURE:20260302T140000Z", `DTSTART;TZID=${change}:20260302T100000`, `DTEND;TZID=${change}:20260302T110000`, "SUMMARY:Review, later"),
    ).replace(/America\/New_York/g, change), { from: 2026, to: 2026 }));
    const expected = [
      { from: "2026-02-23T14:00:00.000Z", to: "2026-02-23T15:00:00.000Z", name: "Review" },
      { from: "2026-03-09T14:00:00.000Z", to: "2026-03-09T15:00:00.000Z", name: "Review, later" },
      { from: "2026-03-16T14:00:00.000Z", to: "2026-03-16T15:00:00.000Z", name: "Review, later" },
      { from: "2026-03-02T15:00:00.000Z", to: "2026-03-02T16:00:00.000Z", name: "Review, later" },
    ];
    expect(series("", "America/New_York")).toEqual(expected);
    // the same with the file's VTIMEZONE (Outlook's "Eastern Standard Time")
    expect(series(easternZone, "Eastern Standard Time")).toEqual(expected);
  });

  it("reads its RECURRENCE-ID on the clock of a recurring event in UTC, or floating (the policy's zone), too", () => {
    const weekly = (start: string, rid: string, moved: string) => holidaysOf(holidaysFromIcs({ timezone: "America/New_York", hours: "24x7" }, ics(
      vevent("w@test", `DTSTART${start}`, "DURATION:PT1H", "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Sync"),
      vevent("w@test", `RECURRENCE-ID;RANGE=THISANDFUTURE${rid}`, `DTSTART${moved}`, "DURATION:PT1H", "SUMMARY:Sync, later"),
    ), { from: 2026, to: 2026 })).map((h) => `${String(h.from)} ${String(h.name)}`);
    // 14:00 UTC on 2 March, named as 09:00 in New York: from then on an hour later, 15:00 UTC
    expect(weekly(":20260223T140000Z", ";TZID=America/New_York:20260302T090000", ":20260302T150000Z")).toEqual([
      "2026-02-23T14:00:00.000Z Sync",
      "2026-03-09T15:00:00.000Z Sync, later",
      "2026-03-02T15:00:00.000Z Sync, later",
    ]);
    // 09:00 on the policy's clock (New York), named as 14:00 UTC: from then on at 10:00
    expect(weekly(":20260223T090000", ":20260302T140000Z", ":20260302T100000")).toEqual([
      "2026-02-23T09:00:00 Sync",
      "2026-03-09T10:00:00 Sync, later",
      "2026-03-02T10:00:00 Sync, later",
    ]);
  });

  it("moves a timed occurrence from just after the years into them when the change is written in a zone ahead of the recurring event's", () => {
    // Fridays 23:00 in London; from 11 December on at midnight in Athens (22:00 UTC the day before).
    // 1 January 2027 23:00 London becomes 31 December 22:00 UTC, 23:00 in Paris: in the Paris year 2026.
    const r = holidaysFromIcs({ timezone: "Europe/Paris", hours: "24x7" }, ics(
      vevent("late@test", "DTSTART;TZID=Europe/London:20261204T230000", "DTEND;TZID=Europe/London:20261204T233000", "RRULE:FREQ=WEEKLY;COUNT=6", "SUMMARY:Late call"),
      vevent("late@test", "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/London:20261211T230000", "DTSTART;TZID=Europe/Athens:20261211T000000", "DTEND;TZID=Europe/Athens:20261211T003000", "SUMMARY:Early call"),
    ), { from: 2026, to: 2026 });
    expect(holidaysOf(r)).toEqual([
      { from: "2026-12-04T23:00:00.000Z", to: "2026-12-04T23:30:00.000Z", name: "Late call" },
      { from: "2026-12-17T22:00:00.000Z", to: "2026-12-17T22:30:00.000Z", name: "Early call" },
      { from: "2026-12-24T22:00:00.000Z", to: "2026-12-24T22:30:00.000Z", name: "Early call" },
      { from: "2026-12-31T22:00:00.000Z", to: "2026-12-31T22:30:00.000Z", name: "Early call" },
      { from: "2026-12-10T22:00:00.000Z", to: "2026-12-10T22:30:00.000Z", name: "Early call" },
    ]);
  });

  it("refuses a change of the later occurrences from all-day to timed", () => {
    const text = ics(thanksgiving, vevent("thanks@test", "RECURRENCE-ID;RANGE=THISANDFUTURE;VALUE=DATE:20271011", "DTSTART:20271011T120000Z", "DTEND:20271011T170000Z", "SUMMARY:Half day"));
    expect(() => holidaysFromIcs(base, text, { from: 2026, to: 2028 })).toThrow(InputError);
    expect(() => holidaysFromIcs(base, text, { from: 2026, to: 2028 })).toThrow(
      'ics: event "Half day" (DTSTART:20271011T120000Z): a RANGE=THISANDFUTURE change from all-day to timed is not supported; split the recurring event in two instead',
    );
  });
});

describe("recurring events with changed occurrences, against day arithmetic", () => {
  const DAY = 86_400_000;
  const dayText = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const compact = (text: string) => text.replace(/[-:]/g, "").replace(".000", "");

  it("closes the occurrences not changed and the changes' own dates (or times) that lie in the years, and nothing else", () => {
    const arb = fc.record({
      timed: fc.boolean(),
      startDoy: fc.integer({ min: -40, max: 360 }),
      interval: fc.integer({ min: 1, max: 9 }),
      count: fc.integer({ min: 1, max: 60 }),
      changes: fc.uniqueArray(
        fc.record({ index: fc.integer({ min: 0, max: 70 }), offset: fc.integer({ min: 0, max: 8 }), shift: fc.integer({ min: -30, max: 30 }), cancelled: fc.boolean() }),
        { maxLength: 8, selector: (c) => c.index * 10 + c.offset },
      ),
    });
    fc.assert(
      fc.property(arb, ({ timed, startDoy, interval, count, changes }) => {
        // Occurrence i is the day start + i·interval (10:00–11:00 UTC when timed); a change names
        // occurrence `index` moved by `offset` days (an original that need not exist when offset is
        // not 0) and moves it by `shift` days (timed: hours).
        const start = Date.UTC(2026, 0, 1) + startDoy * DAY;
        const point = (ms: number) => (timed ? compact(new Date(ms + 10 * 3_600_000).toISOString()) : `${compact(dayText(ms))}`);
        const value = (ms: number) => (timed ? `:${point(ms)}` : `;VALUE=DATE:${point(ms)}`);
        const events = [vevent("p@test", `DTSTART${value(start)}`, ...(timed ? [`DTEND:${compact(new Date(start + 11 * 3_600_000).toISOString())}`] : []), `RRULE:FREQ=DAILY;INTERVAL=${interval};COUNT=${count}`, "SUMMARY:Series")];
        const seen = new Set<number>();
        const changed = new Set<number>();
        const expected: string[] = [];
        for (const c of changes) {
          const original = start + (c.index * interval + c.offset) * DAY;
          if (seen.has(original)) continue;
          seen.add(original);
          const moved = timed ? original + c.shift * 3_600_000 : original + c.shift * DAY;
          events.push(vevent("p@test", `RECURRENCE-ID${value(original)}`, `DTSTART${value(moved)}`, ...(timed ? [`DTEND:${point(moved + 1_800_000)}`] : []), ...(c.cancelled ? ["STATUS:CANCELLED"] : []), "SUMMARY:Changed"));
          changed.add(original);
          if (c.cancelled) continue;
          if (timed) {
            const from = moved + 10 * 3_600_000;
            if (from + 1_800_000 > Date.UTC(2026, 0, 1) && from < Date.UTC(2027, 0, 1)) expected.push(`${new Date(from).toISOString()}/${new Date(from + 1_800_000).toISOString()}`);
          } else if (moved >= Date.UTC(2026, 0, 1) && moved < Date.UTC(2027, 0, 1)) expected.push(dayText(moved));
        }
        for (let i = 0; i < count; i++) {
          const original = start + i * interval * DAY;
          if (changed.has(original) || original < Date.UTC(2026, 0, 1) || original >= Date.UTC(2027, 0, 1)) continue;
          expected.push(timed ? `${new Date(original + 10 * 3_600_000).toISOString()}/${new Date(original + 11 * 3_600_000).toISOString()}` : dayText(original));
        }
        const r = holidaysFromIcs(utc, ics(...events), { from: 2026, to: 2026 });
        const got = holidaysOf(r).map((h) => (timed ? `${String(h.from)}/${String(h.to)}` : String(h.date)));
        expect(got.sort()).toEqual(timed ? expected.sort() : [...new Set(expected)].sort());
        expect(r.skipped).toHaveLength(events.filter((e) => e.includes("STATUS:CANCELLED")).length);
      }),
      params(60),
    );
  });
});

describe("many changes of one UID", () => {
  const lines = (events: string[]) => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", events.join("\r\n"), "END:VCALENDAR", ""].join("\r\n");
  const weekly = vevent("many@test", "SUMMARY:Weekly", "DTSTART;VALUE=DATE:20260105", "RRULE:FREQ=WEEKLY;COUNT=3");

  it("200,000 versions without a DTSTART (a 21 MB file) are each listed as skipped, without overflowing the call stack", () => {
    const events = [weekly];
    for (let i = 0; i < 200_000; i++) events.push(vevent("many@test", "SUMMARY:Change", "RECURRENCE-ID;VALUE=DATE:20260112"));
    const r = holidaysFromIcs(utc, lines(events), { from: 2026, to: 2026 });
    expect(r.skipped.length).toBe(200_000);
    expect(r.skipped[0]).toBe('event "Change": no DTSTART');
    expect(holidaysOf(r)).toHaveLength(3);
  }, 120_000);

  it("2,000 recurring events sharing a UID with 2,000 versions of one change are read in seconds (the changes are read once per UID, not once per recurring event)", () => {
    const events: string[] = [];
    for (let i = 0; i < 2_000; i++) events.push(weekly);
    for (let i = 0; i < 2_000; i++) events.push(vevent("many@test", "SUMMARY:Moved", "RECURRENCE-ID;VALUE=DATE:20260112", "DTSTART;VALUE=DATE:20260113", `SEQUENCE:${i}`));
    const started = performance.now();
    const r = holidaysFromIcs(utc, lines(events), { from: 2026, to: 2026 });
    expect(performance.now() - started).toBeLessThan(8_000);
    expect(holidaysOf(r)).toEqual([
      { date: "2026-01-05", name: "Weekly" },
      { date: "2026-01-19", name: "Weekly" },
      { date: "2026-01-13", name: "Moved" },
    ]);
    expect(r.skipped).toHaveLength(1_999); // each version left out, once
  }, 120_000);

  it("the lines of a UID's changes are listed once, however many recurring events share the UID", () => {
    const r = holidaysFromIcs(utc, ics(
      weekly,
      vevent("many@test", "SUMMARY:Weekly again", "DTSTART;VALUE=DATE:20260106", "RRULE:FREQ=WEEKLY;COUNT=1"),
      vevent("many@test", "SUMMARY:No start", "RECURRENCE-ID;VALUE=DATE:20260119"),
      vevent("many@test", "SUMMARY:First move", "RECURRENCE-ID;VALUE=DATE:20260112", "DTSTART;VALUE=DATE:20260113", "SEQUENCE:1"),
      vevent("many@test", "SUMMARY:Second move", "RECURRENCE-ID;VALUE=DATE:20260112", "DTSTART;VALUE=DATE:20260114", "SEQUENCE:2"),
    ), { from: 2026, to: 2026 });
    expect(r.skipped).toEqual([
      'event "No start": no DTSTART',
      'event "First move" (DTSTART;VALUE=DATE:20260113): superseded by a later version of the same changed occurrence (SEQUENCE)',
    ]);
  });
});

describe("a malformed value of a changed occurrence", () => {
  it.each([
    ["RECURRENCE-ID;VALUE=DATE:2026", 'event "Change" (DTSTART;VALUE=DATE:20260113)', ["RECURRENCE-ID;VALUE=DATE:2026", "DTSTART;VALUE=DATE:20260113"]],
    ["DURATION:PXYZ", 'event "Change" (DTSTART;VALUE=DATE:20260113)', ["RECURRENCE-ID;VALUE=DATE:20260112", "DTSTART;VALUE=DATE:20260113", "DURATION:PXYZ"]],
  ])("%s is an InputError naming the change with ical.js's reason, not ical.js's own error", (_, label, props) => {
    let caught: unknown;
    try {
      holidaysFromIcs(utc, ics(vevent("bad@test", "SUMMARY:Weekly", "DTSTART;VALUE=DATE:20260105", "RRULE:FREQ=WEEKLY;COUNT=3"), vevent("bad@test", "SUMMARY:Change", ...props)), { from: 2026, to: 2026 });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as Error).message).toMatch(new RegExp(`^ics: ${label.replace(/[()]/g, "\\$&")}: could not be read \\(.+\\); correct the malformed value or remove the event$`));
  });
});
