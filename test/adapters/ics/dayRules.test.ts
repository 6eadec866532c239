/**
 * Rules expanded by the import itself (src/adapters/ics/dayRules.ts): DAILY to YEARLY rules
 * naming dates by BYMONTH, BYWEEKNO, BYMONTHDAY, BYDAY (with and without numbers), BYYEARDAY and
 * BYSETPOS, against python-dateutil's rrule (fixtures/dateutil-rrules.json, written by
 * fixtures/dateutil-rrules.py: 400 random rules from a DTSTART they name, all-day and timed).
 * ical.js 2.2 departed from RFC 5545 §3.3.10 for many of them: it ignored BYSETPOS with BYMONTHDAY
 * or in WEEKLY and YEARLY rules, stepped a MONTHLY rule with INTERVAL and BYMONTH from one BYMONTH
 * month to the next, read a negative BYMONTHDAY in a DAILY rule wrongly, and gave every Monday
 * after DTSTART for FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { holidaysFromIcs } from "../../../src/adapters/ics/holidaysFromIcs.js";

interface Case {
  readonly rule: string;
  readonly start: string;
  readonly years: [number, number];
  readonly timed: boolean;
  readonly dates: string;
}
const cases = JSON.parse(readFileSync(new URL("./fixtures/dateutil-rrules.json", import.meta.url), "utf8")) as Case[];

const ics = (...props: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:x@test", "DTSTAMP:20260101T000000Z", "SUMMARY:Day", ...props, "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The dates (YYYYMMDD) an import of `c` closes in its years (an annual entry: from DTSTART's year on). */
function closedDates(c: Case): string[] {
  const day = c.start;
  // UNTIL as a date; a timed rule's in UTC, at the end of that day (after 09:00 in Toronto)
  const rule = c.timed ? c.rule.replace(/UNTIL=(\d{8})/, "UNTIL=$1T235959Z") : c.rule;
  const text = c.timed
    ? ics(`DTSTART;TZID=America/Toronto:${day}T090000`, `DTEND;TZID=America/Toronto:${day}T100000`, `RRULE:${rule}`)
    : ics(`DTSTART;VALUE=DATE:${day}`, `RRULE:${rule}`);
  const policy = { timezone: c.timed ? "America/Toronto" : "UTC", hours: "24x7" };
  const { definition } = holidaysFromIcs(policy, text, { from: c.years[0], to: c.years[1] });
  const out: string[] = [];
  for (const h of definition.holidays as Array<{ date?: string; annual?: string; from?: string }>) {
    if (h.date !== undefined) out.push(h.date.replaceAll("-", ""));
    else if (h.from !== undefined) out.push(h.from.slice(0, 10).replaceAll("-", "")); // (09:00 in Toronto: the same date in UTC)
    else if (h.annual !== undefined) {
      const [m, d] = h.annual.split("-").map(Number) as [number, number];
      for (let y = Math.max(c.years[0], Number(day.slice(0, 4))); y <= c.years[1]; y++) if (d <= daysIn(y, m)) out.push(`${y}${h.annual.replace("-", "")}`);
    }
  }
  return out.sort();
}

interface TimedCase {
  readonly rule: string;
  /** DTSTART in UTC, YYYYMMDDTHHMMSS. */
  readonly start: string;
  readonly years: [number, number];
  /** The occurrences that start in the years, YYYYMMDDTHHMMSS in UTC, by python-dateutil. */
  readonly times: string;
}
const timedCases = JSON.parse(readFileSync(new URL("./fixtures/dateutil-timed-rrules.json", import.meta.url), "utf8")) as TimedCase[];

/** The starts (YYYYMMDDTHHMMSS, UTC) of the closures an import of `c` adds in its years (each occurrence lasts a second). */
function closedTimes(c: TimedCase): string[] {
  const text = ics(`DTSTART:${c.start}Z`, "DURATION:PT1S", `RRULE:${c.rule.replace(/UNTIL=(\d{8}T\d{6})/, "UNTIL=$1Z")}`);
  const { definition } = holidaysFromIcs({ timezone: "UTC", hours: "24x7" }, text, { from: c.years[0], to: c.years[1] });
  return (definition.holidays as ReadonlyArray<{ from?: string }>).map((h) => h.from!.slice(0, 19).replace(/[-:]/g, "")).sort();
}

describe("timed rules naming times of the day by BYHOUR, BYMINUTE and BYSECOND besides their dates", () => {
  it("closes the date-times python-dateutil's rrule gives, for 150 random rules from a DTSTART they name", () => {
    const wrong = timedCases
      .map((c) => ({ c, got: closedTimes(c).join(" ") }))
      .filter(({ c, got }) => got !== c.times)
      .map(({ c, got }) => `${c.rule} from ${c.start}Z, ${c.years.join("–")}: ${got} (dateutil: ${c.times})`);
    expect(wrong).toEqual([]);
  });

  it("leaves out the days a month lacks at every hour (ical.js rolled 31 February's 15:00 over to 1 March)", () => {
    const c: TimedCase = { rule: "FREQ=MONTHLY;BYMONTHDAY=31;BYHOUR=9,15;COUNT=6", start: "20260131T090000", years: [2026, 2026], times: "" };
    expect(closedTimes(c)).toEqual(["20260131T090000", "20260131T150000", "20260331T090000", "20260331T150000", "20260531T090000", "20260531T150000"]);
    const leap: TimedCase = { rule: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYHOUR=9", start: "20240229T090000", years: [2025, 2028], times: "" };
    expect(closedTimes(leap)).toEqual(["20280229T090000"]);
  });

  it("takes no leap second: BYSECOND=60 names no time (ical.js rolled 23:59:60 over to the next day)", () => {
    const only60: TimedCase = { rule: "FREQ=DAILY;BYHOUR=23;BYMINUTE=59;BYSECOND=60;COUNT=3", start: "20261230T235900", years: [2026, 2027], times: "" };
    expect(closedTimes(only60)).toEqual(["20261230T235900"]); // DTSTART alone: no date-time of the rule exists
    const with0: TimedCase = { rule: "FREQ=DAILY;BYHOUR=23;BYMINUTE=59;BYSECOND=0,60;COUNT=3", start: "20261230T235900", years: [2026, 2027], times: "" };
    expect(closedTimes(with0)).toEqual(["20261230T235900", "20261231T235900", "20270101T235900"]);
  });

  it("picks by BYSETPOS among a period's date-times, not its dates", () => {
    // the last Monday of each month, at the later of its two hours
    const c: TimedCase = { rule: "FREQ=MONTHLY;BYDAY=MO;BYHOUR=9,17;BYSETPOS=-1;COUNT=3", start: "20260126T170000", years: [2026, 2026], times: "" };
    expect(closedTimes(c)).toEqual(["20260126T170000", "20260223T170000", "20260330T170000"]);
    // WEEKLY: among the whole week's date-times, also in DTSTART's week (python-dateutil takes that
    // week from DTSTART's day on, where Sunday 27 March 19:45 is the third)
    // (the week of 28 March has only Thursday 31 March in March: two date-times, no third)
    const weekly: TimedCase = { rule: "FREQ=WEEKLY;BYMONTH=3;BYDAY=TH,SA,SU;BYHOUR=19,21;BYSETPOS=3;COUNT=3", start: "20220326T194500", years: [2022, 2023], times: "" };
    expect(closedTimes(weekly)).toEqual(["20220326T194500", "20230304T194500", "20230311T194500"]);
  });
});

describe("rules naming dates by month, day of the month, weekday, day of the year and set position (RFC 5545 §3.3.10)", () => {
  it("closes the dates python-dateutil's rrule gives, for 400 random rules from a DTSTART they name (100 with BYWEEKNO)", () => {
    const wrong = cases
      .map((c) => ({ c, got: closedDates(c).join(" ") }))
      .filter(({ c, got }) => got !== c.dates)
      .map(({ c, got }) => `${c.rule} from ${c.start}${c.timed ? " 09:00 Toronto" : ""}, ${c.years.join("–")}: ${got} (dateutil: ${c.dates})`);
    expect(wrong).toEqual([]);
  });

  it("picks by BYSETPOS among the dates BYMONTHDAY and BYDAY name together (ical.js took them all)", () => {
    // Saturdays that are the 2nd or the 9th, the second of them: only in months where both are Saturdays
    const c: Case = { rule: "FREQ=MONTHLY;BYMONTHDAY=2,9;BYDAY=SA;BYSETPOS=2", start: "20260509", years: [2026, 2028], timed: false, dates: "" };
    expect(closedDates(c)).toEqual(["20260509", "20270109", "20271009", "20280909", "20281209"]);
  });

  it("steps a MONTHLY rule with INTERVAL through every INTERVAL-th month, BYMONTH only choosing among them", () => {
    // every third month from November: November each year, never December or June (ical.js stepped to them)
    const c: Case = { rule: "FREQ=MONTHLY;INTERVAL=3;BYMONTH=6,11,12;BYDAY=1WE", start: "20241106", years: [2024, 2026], timed: false, dates: "" };
    expect(closedDates(c)).toEqual(["20241106", "20251105", "20261104"]);
  });

  it("closes the Monday of week 20 each year for FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO (ical.js closed every Monday after DTSTART)", () => {
    const c: Case = { rule: "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", start: "20260511", years: [2026, 2029], timed: false, dates: "" };
    expect(closedDates(c)).toEqual(["20260511", "20270517", "20280515", "20290514"]);
    // BYWEEKNO alone: DTSTART's weekday in that week (RFC 5545 leaves it open; dateutil takes every day of it)
    expect(closedDates({ ...c, rule: "FREQ=YEARLY;BYWEEKNO=20" })).toEqual(["20260511", "20270517", "20280515", "20290514"]);
  });

  it("counts a negative BYMONTHDAY of a DAILY rule from the end of each month (ical.js left out 2 January and 2 March)", () => {
    const c: Case = { rule: "FREQ=DAILY;BYMONTHDAY=-30;COUNT=4", start: "20230102", years: [2023, 2023], timed: false, dates: "" };
    expect(closedDates(c)).toEqual(["20230102", "20230302", "20230401", "20230502"]);
  });
});
