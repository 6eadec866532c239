/**
 * A rule's UNTIL in UTC with a DTSTART whose TZID no VTIMEZONE of the file defines
 * (src/adapters/ics/untilOnClock.ts). RFC 5545 §3.3.10: UNTIL is inclusive, and an instant in UTC
 * when DTSTART has a TZID; ical.js compared the floating wall-clock times of such a DTSTART with it
 * as if they were UTC. The property compares the import with a reference that finds each
 * occurrence's instant through Intl (not the library's zone code).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holidaysFromIcs } from "../../../src/adapters/ics/holidaysFromIcs.js";

const ics = (...props: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:x@test", "DTSTAMP:20260101T000000Z", "SUMMARY:Day", ...props, "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
const pad = (n: number) => String(n).padStart(2, "0");
const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** The instant (epoch ms) of the wall-clock time y-m-d h:00 in `zone` (a time that exists there), through Intl. */
function wallInstant(zone: string, y: number, m: number, d: number, h: number): number {
  const format = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" });
  const wall = Date.UTC(y, m - 1, d, h);
  let t = wall;
  for (let i = 0; i < 3; i++) {
    const p = Object.fromEntries(format.formatToParts(t).map((x) => [x.type, Number(x.value)]));
    t += wall - Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!);
  }
  return t;
}

describe("UNTIL in UTC with a DTSTART in an IANA zone the file does not define", () => {
  it("keeps the last occurrence of a Berlin event until its own instant, and adds none after a Toronto event's UNTIL", () => {
    const berlin = holidaysFromIcs({ timezone: "Europe/Berlin", hours: "24x7" }, ics("DTSTART;TZID=Europe/Berlin:20260305T090000", "DURATION:PT1H", "RRULE:FREQ=DAILY;UNTIL=20260310T080000Z"), { from: 2026, to: 2026 });
    expect(berlin.definition.holidays!.map((h) => (h as { from: string }).from).at(-1)).toBe("2026-03-10T08:00:00.000Z");
    expect(berlin.definition.holidays!).toHaveLength(6);
    // 20260310T100000Z is 06:00 in Toronto: the occurrence at 09:00 that day is after it
    const toronto = holidaysFromIcs({ timezone: "America/Toronto", hours: "24x7" }, ics("DTSTART;TZID=America/Toronto:20260305T090000", "DURATION:PT1H", "RRULE:FREQ=DAILY;UNTIL=20260310T100000Z"), { from: 2026, to: 2026 });
    expect(toronto.definition.holidays!.map((h) => (h as { from: string }).from).at(-1)).toBe("2026-03-09T13:00:00.000Z");
  });

  it("compares instants, not wall-clock times, within an hour of a clock change (New York, 2026)", () => {
    const starts = (dtstart: string, until: string) =>
      holidaysFromIcs({ timezone: "America/New_York", hours: "24x7" }, ics(`DTSTART;TZID=America/New_York:${dtstart}`, "DURATION:PT10M", `RRULE:FREQ=DAILY;UNTIL=${until}`), { from: 2026, to: 2026 })
        .definition.holidays!.map((h) => (h as { from: string }).from);
    // 02:30 on 8 March does not exist: the occurrence is at 03:30 EDT (07:30Z), after an UNTIL of 07:15Z
    // (03:15 EDT), though 02:30 is before 03:15 on the wall clock
    expect(starts("20260307T023000", "20260308T071500Z")).toEqual(["2026-03-07T07:30:00.000Z"]);
    // 01:30 on 1 November is first 01:30 EDT (05:30Z), before an UNTIL of 06:00Z (01:00 EST), though
    // 01:30 is after 01:00 on the wall clock
    expect(starts("20261031T013000", "20261101T060000Z")).toEqual(["2026-10-31T05:30:00.000Z", "2026-11-01T05:30:00.000Z"]);
  });

  it("ends each random daily, weekly or month-day rule at the last occurrence whose instant is at or before UNTIL", () => {
    const cases = fc.record({
      zone: fc.constantFrom("Europe/Berlin", "Asia/Tokyo", "Asia/Kolkata", "America/Toronto", "America/Los_Angeles", "Australia/Sydney", "Pacific/Auckland"),
      freq: fc.constantFrom("DAILY", "WEEKLY", "MONTHLY"),
      interval: fc.integer({ min: 1, max: 3 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.constantFrom(0, 1, 4, 8, 9, 12, 17, 20, 23),
      last: fc.integer({ min: 0, max: 12 }),
      offsetMinutes: fc.oneof(fc.constant(0), fc.constantFrom(-1, 1), fc.integer({ min: -14 * 60, max: 14 * 60 })),
    });
    fc.assert(
      fc.property(cases, (g) => {
        // the occurrences' wall-clock dates: every `interval` days, weeks or months from 2026-month-day
        const dateOf = (k: number): [number, number, number] => {
          if (g.freq === "MONTHLY") {
            const index = 2026 * 12 + g.month - 1 + k * g.interval;
            return [Math.floor(index / 12), (index % 12) + 1, g.day];
          }
          const t = new Date(Date.UTC(2026, g.month - 1, g.day + k * g.interval * (g.freq === "WEEKLY" ? 7 : 1)));
          return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
        };
        const instants = Array.from({ length: 20 }, (_, k) => wallInstant(g.zone, ...dateOf(k), g.hour));
        const until = instants[g.last]! + g.offsetMinutes * 60_000;
        const want = instants.filter((t) => t <= until && new Date(t).getUTCFullYear() < 2029).map((t) => new Date(t).toISOString());
        const [y, m, d] = dateOf(0);
        const text = ics(`DTSTART;TZID=${g.zone}:${y}${pad(m)}${pad(d)}T${pad(g.hour)}0000`, "DURATION:PT1H", `RRULE:FREQ=${g.freq};INTERVAL=${g.interval};UNTIL=${stamp(until)}`);
        const got = holidaysFromIcs({ timezone: "UTC", hours: "24x7" }, text, { from: 2025, to: 2028 }).definition.holidays!.map((h) => (h as { from: string }).from);
        expect(got, text).toEqual(want);
      }),
      { numRuns: 300 * Number(process.env.FC_SCALE ?? 1) },
    );
  });
});
