/**
 * ICS import (CONTRACT §10): a file in a real application's export format (Outlook: CRLF, folded
 * lines, a Windows TZID defined by its VTIMEZONE, yearly RRULEs) and the rules one by one. Every
 * expected instant is worked out by hand (Toronto is UTC-5 in winter, UTC-4 in summer).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { holidaysFromIcs } from "../../../src/adapters/ics/holidaysFromIcs.js";
import { InputError } from "../../../src/errors.js";
import { businessTimeBetween, definePolicy, isBusinessTime } from "../../../src/index.js";

const base = { timezone: "America/Toronto", hours: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]] } };
const outlook = readFileSync(new URL("./fixtures/outlook-export.ics", import.meta.url), "utf8");
const ics = (...events: string[]) => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", ...events, "END:VCALENDAR", ""].join("\r\n");
const vevent = (...props: string[]) => ["BEGIN:VEVENT", "UID:x@test", "DTSTAMP:20260101T000000Z", ...props, "END:VEVENT"].join("\r\n");
type Entry = Record<string, unknown>;
const holidaysOf = (r: { definition: unknown }) => (r.definition as { holidays: Entry[] }).holidays;

describe("an Outlook export (folded lines, TZID with VTIMEZONE, RRULE)", () => {
  const r = holidaysFromIcs(base, outlook, { from: 2026, to: 2028 });
  const holidays = holidaysOf(r);

  it("turns a yearly all-day event on a fixed date into an annual entry, named by its SUMMARY", () => {
    expect(holidays).toContainEqual({ annual: "12-25", name: "Christmas Day" });
  });

  it("expands a BYDAY rule (second Monday of October) into dates for the years, and records them as holidayYears", () => {
    expect(holidays.filter((h) => h.name === "Thanksgiving")).toEqual([
      { date: "2026-10-12", name: "Thanksgiving" },
      { date: "2027-10-11", name: "Thanksgiving" },
      { date: "2028-10-09", name: "Thanksgiving" },
    ]);
    expect((r.definition as { holidayYears?: unknown }).holidayYears).toEqual([2026, 2028]);
  });

  it("closes every date of a multi-day all-day event, with its folded, escaped SUMMARY unfolded", () => {
    const name = "Summer shutdown (Civic Holiday and the day after, announced to all staff)";
    expect(holidays).toContainEqual({ date: "2026-08-03", name });
    expect(holidays).toContainEqual({ date: "2026-08-04", name });
    expect(holidays.some((h) => h.date === "2026-08-05")).toBe(false);
  });

  it("reads timed events in the Windows zone of the file's VTIMEZONE, in winter and in summer, and UTC times as they are", () => {
    expect(holidays).toContainEqual({ from: "2026-12-24T17:00:00.000Z", to: "2026-12-24T22:00:00.000Z", name: "Christmas Eve party" });
    expect(holidays).toContainEqual({ from: "2026-07-08T18:00:00.000Z", to: "2026-07-08T20:00:00.000Z", name: "Town hall" });
    expect(holidays).toContainEqual({ from: "2026-11-13T23:00:00.000Z", to: "2026-11-14T03:00:00.000Z", name: "Data-centre move" });
  });

  it("skips cancelled events and says so", () => {
    expect(holidays.some((h) => String(h.name).includes("Offsite"))).toBe(false);
    expect(r.skipped).toEqual([expect.stringMatching(/Offsite \(cancelled\).*cancelled/)]);
  });

  it("gives a policy that closes those times", () => {
    const p = definePolicy(r.definition);
    expect(isBusinessTime(p, "2026-12-24T11:59")).toBe(true);
    expect(isBusinessTime(p, "2026-12-24T12:00")).toBe(false);
    expect(isBusinessTime(p, "2027-12-24T12:00")).toBe(true);
    expect(isBusinessTime(p, "2026-07-08T15:00")).toBe(false);
    expect(businessTimeBetween(p, "2026-10-12", "2026-10-13")).toBe(0);
    expect(() => businessTimeBetween(p, "2029-01-01", "2029-01-05")).toThrow(/known only for 2026–2028/);
  });
});

describe("holidaysFromIcs, rule by rule", () => {
  const span = { from: 2026, to: 2027 };

  it("reads an IANA TZID without a VTIMEZONE with the IANA rules, and floating times as wall clock in the policy's zone", () => {
    const r = holidaysFromIcs(base, ics(
      vevent("DTSTART;TZID=Europe/Paris:20260701T090000", "DTEND;TZID=Europe/Paris:20260701T100000", "SUMMARY:Paris"),
      vevent("DTSTART:20260702T090000", "DTEND:20260702T100000", "SUMMARY:Floating"),
    ), span);
    expect(holidaysOf(r)).toEqual([
      { from: "2026-07-01T07:00:00.000Z", to: "2026-07-01T08:00:00.000Z", name: "Paris" },
      { from: "2026-07-02T09:00:00", to: "2026-07-02T10:00:00", name: "Floating" },
    ]);
  });

  it("refuses a TZID that neither the file nor the IANA database defines", () => {
    const text = ics(vevent("DTSTART;TZID=Atlantis Standard Time:20260701T090000", "DTEND;TZID=Atlantis Standard Time:20260701T100000"));
    expect(() => holidaysFromIcs(base, text, span)).toThrow(InputError);
    expect(() => holidaysFromIcs(base, text, span)).toThrow(/TZID "Atlantis Standard Time" is neither defined by a VTIMEZONE/);
  });

  it("leaves dates the policy already decides alone, and adds no duplicate", () => {
    const def = { ...base, holidays: [{ date: "2026-12-24", name: "Ours" }, { annual: "12-25", name: "Christmas" }] };
    const r = holidaysFromIcs(def, ics(
      vevent("DTSTART;VALUE=DATE:20261224", "SUMMARY:Theirs"),
      vevent("DTSTART;VALUE=DATE:20261225", "SUMMARY:Christmas again"),
      vevent("DTSTART;VALUE=DATE:20261231", "SUMMARY:New Year's Eve"),
      vevent("DTSTART;VALUE=DATE:20261231", "SUMMARY:New Year's Eve twice"),
    ), span);
    expect(holidaysOf(r)).toEqual([{ date: "2026-12-24", name: "Ours" }, { annual: "12-25", name: "Christmas" }, { date: "2026-12-31", name: "New Year's Eve" }]);
    expect((r.definition as { holidayYears?: unknown }).holidayYears).toBeUndefined();
  });

  it("expands yearly events that are bounded or skip a year, instead of making them annual", () => {
    const r = holidaysFromIcs(base, ics(
      vevent("DTSTART;VALUE=DATE:20260501", "RRULE:FREQ=YEARLY;COUNT=1", "SUMMARY:Once"),
      vevent("DTSTART;VALUE=DATE:20260601", "RRULE:FREQ=YEARLY;INTERVAL=2", "SUMMARY:Every other year"),
      vevent("DTSTART;VALUE=DATE:20260110", "RRULE:FREQ=YEARLY", "EXDATE;VALUE=DATE:20270110", "SUMMARY:Not in 2027"),
    ), span);
    expect(holidaysOf(r)).toEqual([
      { date: "2026-05-01", name: "Once" },
      { date: "2026-06-01", name: "Every other year" },
      { date: "2026-01-10", name: "Not in 2027" },
    ]);
    expect((r.definition as { holidayYears?: unknown }).holidayYears).toEqual([2026, 2027]);
  });

  it("places holidayYears right after holidays, narrowed to the policy's own", () => {
    const r = holidaysFromIcs({ ...base, holidayYears: [2027, 2040] }, ics(vevent("DTSTART;VALUE=DATE:20261012", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=2MO", "SUMMARY:Thanksgiving")), { from: 2026, to: 2030 });
    expect(Object.keys(r.definition)).toEqual(["timezone", "hours", "holidays", "holidayYears"]);
    expect((r.definition as { holidayYears?: unknown }).holidayYears).toEqual([2027, 2030]);
    expect(holidaysOf(r).map((h) => h.date)).toEqual(["2026-10-12", "2027-10-11", "2028-10-09", "2029-10-08", "2030-10-14"]);
  });

  it("expands a daily rule that started long before the years, and refuses one with too many occurrences in them", () => {
    const since1990 = holidaysFromIcs(base, ics(vevent("DTSTART;VALUE=DATE:19900101", "RRULE:FREQ=DAILY;INTERVAL=7", "SUMMARY:Weekly")), { from: 2026, to: 2026 });
    // 1990-01-01 is a Monday; every 7 days is every Monday: 2026 has 52 Mondays (5 January … 28 December)
    const dates = holidaysOf(since1990).map((h) => h.date);
    expect(dates).toHaveLength(52);
    expect([dates[0], dates.at(-1)]).toEqual(["2026-01-05", "2026-12-28"]);
    const hourly = ics(vevent("DTSTART:20260101T000000Z", "DTEND:20260101T000100Z", "RRULE:FREQ=HOURLY", "SUMMARY:Noise"));
    expect(() => holidaysFromIcs(base, hourly, { from: 2026, to: 2026 })).toThrow(/recurs more than 5000 times in 2026–2026; choose fewer years/);
  });

  it.each([
    ["month 13 in a UTC DTSTART", ["DTSTART:20261301T000000Z", "DTEND:20261301T010000Z", "SUMMARY:Lucky"], /^ics: event "Lucky" \(DTSTART:20261301T000000Z\): DTSTART "20261301T000000Z" is not a real date and time: month 13 does not exist$/],
    ["30 February in an all-day DTSTART", ["DTSTART;VALUE=DATE:20260230", "SUMMARY:Leap"], /^ics: event "Leap" \(DTSTART;VALUE=DATE:20260230\): DTSTART "20260230" is not a real date: 2026-02 has no day 30$/],
    ["hour 25 in a DTEND with a TZID", ["DTSTART;TZID=Europe/Paris:20260701T090000", "DTEND;TZID=Europe/Paris:20260701T250000", "SUMMARY:Paris"], /: DTEND "20260701T250000" is not a real date and time: hour 25 does not exist \(00–23\)$/],
    ["minute 60 in a floating DTSTART", ["DTSTART:20260701T096000", "DTEND:20260701T100000", "SUMMARY:Floating"], /DTSTART "20260701T096000" is not a real date and time: minute 60/],
    ["day 32 in an RRULE's UNTIL", ["DTSTART;VALUE=DATE:20260105", "RRULE:FREQ=WEEKLY;UNTIL=20260132", "SUMMARY:Weekly"], /RRULE UNTIL "20260132" is not a real date: 2026-01 has no day 32/],
    ["month 00 in an EXDATE", ["DTSTART;VALUE=DATE:20260110", "RRULE:FREQ=YEARLY", "EXDATE;VALUE=DATE:20270110,20270010", "SUMMARY:Yearly"], /EXDATE "20270010" is not a real date: month 00 does not exist/],
    ["an RDATE period ending at hour 24", ["DTSTART:20260105T100000Z", "DTEND:20260105T110000Z", "RDATE;VALUE=PERIOD:20260106T100000Z/20260106T240000Z", "SUMMARY:Extra"], /RDATE "20260106T240000Z" is not a real date and time: hour 24/],
  ])("refuses %s, naming the event and the value as written", (_name, props, message) => {
    expect(() => holidaysFromIcs(base, ics(vevent(...props)), span)).toThrow(InputError);
    expect(() => holidaysFromIcs(base, ics(vevent(...props)), span)).toThrow(message);
  });

  it("names an event without a SUMMARY by its UID in such a refusal", () => {
    expect(() => holidaysFromIcs(base, ics(vevent("DTSTART;VALUE=DATE:20261301")), span)).toThrow(/^ics: event "\(no SUMMARY\)" UID "x@test" \(DTSTART;VALUE=DATE:20261301\): DTSTART "20261301" is not a real date: month 13/);
  });

  it("accepts a leap second (RFC 5545 allows :60) and 29 February of a leap year", () => {
    const r = holidaysFromIcs(base, ics(
      vevent("DTSTART;VALUE=DATE:20280229", "SUMMARY:Leap day"),
      vevent("DTSTART:20261231T235960Z", "DTEND:20270101T010000Z", "SUMMARY:Leap second"),
    ), span);
    expect(holidaysOf(r)).toEqual([
      { date: "2028-02-29", name: "Leap day" },
      { from: "2027-01-01T00:00:00.000Z", to: "2027-01-01T01:00:00.000Z", name: "Leap second" },
    ]);
  });

  it.each([
    ["an hour 25 offset", "+2500", /VTIMEZONE "Custom": TZOFFSETTO "\+2500" is not a real UTC offset: it is outside UTC-12:00 … UTC\+14:00/],
    ["minute 60", "+0560", /TZOFFSETTO "\+0560" is not a real UTC offset: its minutes or seconds are not 00–59/],
    ["an offset ical.js would wrap to +14:00", "-1300", /TZOFFSETTO "-1300" is not a real UTC offset: it is outside/],
  ])("refuses a VTIMEZONE with %s", (_name, offset, message) => {
    const zone = ["BEGIN:VTIMEZONE", "TZID:Custom", "BEGIN:STANDARD", "DTSTART:19701025T030000", "TZOFFSETFROM:+0100", `TZOFFSETTO:${offset}`, "END:STANDARD", "END:VTIMEZONE"].join("\r\n");
    expect(() => holidaysFromIcs(base, ics(zone, vevent("DTSTART;TZID=Custom:20260701T090000", "DTEND;TZID=Custom:20260701T100000", "SUMMARY:Custom")), span)).toThrow(message);
  });

  it("cuts a SUMMARY over 200 characters to 200, never inside an emoji", () => {
    const r = holidaysFromIcs(base, ics(
      vevent("DTSTART;VALUE=DATE:20261224", `SUMMARY:${"x".repeat(199)}\u{1F600}tail`),
      vevent("DTSTART;VALUE=DATE:20261225", `SUMMARY:${"y".repeat(250)}`),
    ), span);
    expect(holidaysOf(r).map((h) => h.name)).toEqual(["x".repeat(199), "y".repeat(200)]);
  });

  it("keeps a timed occurrence that overlaps the years in the policy's zone, though its own zone puts it in another year", () => {
    // 2028-01-01T03:00Z is 2027-12-31 22:00 in Toronto; Toronto's 2025-12-31 22:00 → 02:00 runs into 2026
    const r = holidaysFromIcs(
      { timezone: "America/Toronto", hours: "24x7" },
      ics(
        vevent("DTSTART:20270101T030000Z", "DTEND:20270101T040000Z", "RRULE:FREQ=YEARLY;COUNT=2", "SUMMARY:NYE UTC"),
        vevent("DTSTART;TZID=America/Toronto:20251231T220000", "DTEND;TZID=America/Toronto:20260101T020000", "RRULE:FREQ=YEARLY;COUNT=2", "SUMMARY:NYE Toronto"),
      ),
      { from: 2026, to: 2027 },
    );
    expect(holidaysOf(r)).toEqual([
      { from: "2027-01-01T03:00:00.000Z", to: "2027-01-01T04:00:00.000Z", name: "NYE UTC" },
      { from: "2028-01-01T03:00:00.000Z", to: "2028-01-01T04:00:00.000Z", name: "NYE UTC" },
      { from: "2026-01-01T03:00:00.000Z", to: "2026-01-01T07:00:00.000Z", name: "NYE Toronto" },
      { from: "2027-01-01T03:00:00.000Z", to: "2027-01-01T07:00:00.000Z", name: "NYE Toronto" },
    ]);
    const p = definePolicy(r.definition);
    expect(isBusinessTime(p, "2027-12-31T22:30")).toBe(false);
    expect(isBusinessTime(p, "2026-01-01T01:00")).toBe(false);
    // and none that lies wholly outside: for Toronto's 2027, 2027-01-01T03:00Z (its 2026-12-31 22:00) is out,
    // 2028-01-01T03:00Z (its 2027-12-31 22:00) is in
    expect(holidaysOf(holidaysFromIcs(base, ics(vevent("DTSTART:20260101T030000Z", "DTEND:20260101T040000Z", "RRULE:FREQ=YEARLY", "SUMMARY:Y")), { from: 2027, to: 2027 }))).toEqual([
      { from: "2028-01-01T03:00:00.000Z", to: "2028-01-01T04:00:00.000Z", name: "Y" },
    ]);
  });

  it("reads every VCALENDAR object of a file that holds several (RFC 5545 §3.4)", () => {
    const two = ics(vevent("DTSTART;VALUE=DATE:20260507", "SUMMARY:One")) + ics(vevent("DTSTART;VALUE=DATE:20260508", "SUMMARY:Two"));
    expect(holidaysOf(holidaysFromIcs(base, two, span))).toEqual([
      { date: "2026-05-07", name: "One" },
      { date: "2026-05-08", name: "Two" },
    ]);
  });

  it("refuses a timed event longer than 366 days, as an all-day one (one of exactly 366 days is taken)", () => {
    expect(() => holidaysFromIcs(base, ics(vevent("DTSTART:20260101T000000Z", "DTEND:20280101T000000Z", "SUMMARY:Long")), span)).toThrow(
      'ics: event "Long" (DTSTART:20260101T000000Z) lasts 730 days, more than 366; split it',
    );
    // a recurring one: 366 days and a second
    expect(() => holidaysFromIcs(base, ics(vevent("DTSTART:20260101T000000Z", "DTEND:20270102T000001Z", "RRULE:FREQ=YEARLY;COUNT=2", "SUMMARY:Long")), span)).toThrow(
      'ics: event "Long" (DTSTART:20260101T000000Z) lasts 367 days, more than 366; split it',
    );
    expect(holidaysOf(holidaysFromIcs(base, ics(vevent("DTSTART:20260101T000000Z", "DTEND:20270102T000000Z", "SUMMARY:Year")), span))).toEqual([
      { from: "2026-01-01T00:00:00.000Z", to: "2027-01-02T00:00:00.000Z", name: "Year" },
    ]);
  });

  it("refuses text that is not iCalendar, with a one-line message", () => {
    expect(() => holidaysFromIcs(base, "hello", span)).toThrow(/^ics: not an iCalendar file/);
    expect(() => holidaysFromIcs(base, "BEGIN:VCARD\r\nEND:VCARD\r\n", span)).toThrow(/^ics: not an iCalendar file/);
  });
});
