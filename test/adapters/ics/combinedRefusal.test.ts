/**
 * A combined policy (unionOf / intersectionOf) has no holidays of its own: the iCalendar import and
 * export refuse it with an InputError that says what to do, instead of dropping the imported events
 * or printing an empty calendar (and the CLI prints that in one line, exit 1).
 */
import { describe, expect, it } from "vitest";
import { holidaysFromIcs } from "../../../src/adapters/ics/holidaysFromIcs.js";
import { holidaysToIcs } from "../../../src/adapters/ics/holidaysToIcs.js";
import { runCli } from "../../../src/adapters/cli/runCli.js";
import { memoryIo } from "../cli/memoryIo.js";
import { InputError } from "../../../src/errors.js";

const weekdays = Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [["09:00", "17:00"]]]));
const berlin = { timezone: "Europe/Berlin", hours: weekdays, holidays: [{ date: "2026-10-03", name: "Unity Day" }, { from: "2026-12-28T12:00", to: "2026-12-30T00:00" }] };
const toronto = { timezone: "America/Toronto", hours: weekdays, holidays: [{ date: "2026-07-01", name: "Canada Day" }] };
const ics = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//t//EN", "BEGIN:VEVENT", "UID:1@t", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20261224", "SUMMARY:Company day", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
const years = { from: 2026, to: 2026 };

describe("the iCalendar adapters and a combined policy", () => {
  it.each([
    ["unionOf", { unionOf: [berlin, toronto] }],
    ["intersectionOf", { intersectionOf: [berlin, { unionOf: [toronto, berlin] }] }],
  ])("refuse a %s policy, saying what to do instead", (key, def) => {
    const head = `policy: a combined policy ("${key}") has no holidays of its own (each part keeps its own, in its own zone); `;
    expect(() => holidaysFromIcs(def, ics, years)).toThrow(new InputError(`${head}import the calendar into the definition of the part it belongs to, then combine the parts`));
    expect(() => holidaysToIcs(def, years, 0)).toThrow(new InputError(`${head}export the holidays of each part's definition on its own`));
  });

  it("still import into and export a plain part", () => {
    expect(holidaysFromIcs(berlin, ics, years).definition.holidays).toContainEqual({ date: "2026-12-24", name: "Company day" });
    expect(holidaysToIcs(berlin, years, 0)).toContain("SUMMARY:Unity Day");
  });

  it("are refused by the CLI in one line, exit 1", () => {
    const files: Record<string, string> = { "desk.json": JSON.stringify({ unionOf: [berlin, toronto] }), "company.ics": ics };
    const run = (argv: string[]) => {
      const { io, out, err } = memoryIo(files, Date.UTC(2026, 0, 1));
      return { code: runCli(argv, io, "9.9.9"), stdout: out.join("\n"), stderr: err.join("\n") };
    };
    for (const [argv, advice] of [
      [["holidays", "desk.json", "--from-ics", "company.ics"], "import the calendar into the definition of the part it belongs to, then combine the parts"],
      [["holidays", "desk.json", "--to-ics", "--years", "2026"], "export the holidays of each part's definition on its own"],
    ] as const) {
      expect(run([...argv])).toEqual({
        code: 1,
        stdout: "",
        stderr: `sla-clock holidays: policy: a combined policy ("unionOf") has no holidays of its own (each part keeps its own, in its own zone); ${advice}`,
      });
    }
  });
});
