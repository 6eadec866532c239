/**
 * Child process of impossibleRules.test.ts: imports one all-day event with the RRULE `argv[2]`
 * (2026–2027, UTC) and prints what happened as JSON, so that a hang fails the test by its timeout.
 */
import { holidaysFromIcs } from "../../../src/adapters/ics/holidaysFromIcs.js";

const text = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:x@test", "DTSTAMP:20260101T000000Z", "SUMMARY:Rule", "DTSTART;VALUE=DATE:20260101", `RRULE:${process.argv[2]}`, "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
try {
  const r = holidaysFromIcs({ timezone: "UTC", hours: "24x7" }, text, { from: 2026, to: 2027 });
  process.stdout.write(JSON.stringify({ holidays: r.definition.holidays }));
} catch (e) {
  process.stdout.write(JSON.stringify({ error: (e as Error).constructor.name, message: (e as Error).message }));
}
