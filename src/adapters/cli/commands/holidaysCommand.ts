/**
 * `sla-clock holidays`: a policy with its region holidays expanded into explicit dates.
 *
 * @module
 */
import { expandRegionHolidays, parseYearSpan } from "../../../calendar/expandRegionHolidays.js";
import type { YearSpan } from "../../../calendar/expandRegionHolidays.js";
import { holidaysFromIcs } from "../../ics/holidaysFromIcs.js";
import { holidaysToIcs } from "../../ics/holidaysToIcs.js";
import { PolicyError } from "../../../index.js";
import { CliPolicyError, UsageError, readTextFile } from "../cliIo.js";
import type { Command } from "../command.js";
import { COMMON_HELP, optionalOption, policyArgument, requiredOption } from "../command.js";
import { readPolicySource } from "../loadPolicy.js";

/** The `holidays` command. */
export const holidaysCommand: Command = {
  name: "holidays",
  summary: "expand region holidays into dates (for lite and spreadsheets); import or export ICS",
  help: `Usage: sla-clock holidays [POLICY.json] --years FROM-TO [--policy FILE]
       sla-clock holidays [POLICY.json] --from-ics FILE.ics [--years FROM-TO]
       sla-clock holidays [POLICY.json] --to-ics --years FROM-TO

Prints POLICY.json (default: --policy FILE or the built-in preset) as JSON with every
{ "region": … } holiday entry replaced, in place, by explicit { "date", "name" } entries for
the years FROM to TO (inclusive). The result works with sla-clock/lite and in spreadsheets,
which leave out date-holidays, and means the same as the original within those years.

Kept: the region's holiday types (default public, substitute days included) minus its
"except" dates; dates that a "date" or "annual" entry already decides are not added (those
entries win over region holidays). Observed days become dates too. The result states
"holidayYears": [FROM, TO]: outside those years it refuses to answer (a HorizonError) instead of
answering without the region's holidays.

--from-ics FILE.ics adds the events of an iCalendar file (Google Calendar, Outlook, Apple
Calendar exports) to the policy's holidays and prints the policy: all-day events close their
dates (named by SUMMARY), timed events become closures (TZID and VTIMEZONE honoured), all-day
events recurring every year on their date become annual entries; other recurrences (BYDAY rules
such as "second Monday of October") are expanded for --years (default: this year and the nine
after it), which the policy then records as "holidayYears". A moved or cancelled occurrence
(RECURRENCE-ID) replaces the occurrence it changes. Dates the policy already decides are left
alone.

--to-ics prints the policy's holidays and closures in --years as an iCalendar file (RFC 5545):
closed dates (dated, region and observed holidays) as all-day events, annual entries as yearly
recurring events, closures as timed events in UTC. Special hours are left out.

  --years FROM-TO   e.g. 2024-2035 (a single year is fine too)
  --from-ics FILE   an iCalendar file to import (- for standard input)
  --to-ics          print an iCalendar file instead of JSON

${COMMON_HELP}

Examples:
  sla-clock holidays policy.json --years 2024-2035 > policy.lite.json
  sla-clock holidays policy.json --from-ics company-holidays.ics > policy.with-holidays.json
  sla-clock holidays policy.json --to-ics --years 2026-2027 > holidays.ics`,
  options: { years: { type: "string" }, "from-ics": { type: "string" }, "to-ics": { type: "boolean" } },
  positionals: { min: 0, max: 1, name: "POLICY.json" },
  run({ io, values, positionals }) {
    const fromIcs = optionalOption(values, "from-ics");
    const toIcs = values["to-ics"] === true;
    if (fromIcs !== undefined && toIcs) throw new UsageError("--from-ics and --to-ics cannot be combined; import first, then export the result");
    if (toIcs && values.json === true) throw new UsageError("--to-ics prints an iCalendar file, not JSON; leave out --json");
    const span =
      fromIcs !== undefined && optionalOption(values, "years") === undefined
        ? nextTenYears(io.now())
        : parseYearSpan(requiredOption(values, "years", "2024-2035"), "--years");
    const source = readPolicySource(io, policyArgument(values, positionals));
    try {
      if (toIcs) {
        // io.stdout adds "\n": leave the last line's "\r" so that it ends in CRLF like the others
        io.stdout(holidaysToIcs(source.definition, span, io.now()).replace(/\n$/, ""));
        return 0;
      }
      if (fromIcs !== undefined) {
        const imported = holidaysFromIcs(source.definition, readTextFile(io, fromIcs, "calendar"), span);
        for (const why of imported.skipped) io.stderr(`sla-clock holidays: skipped ${why}`);
        io.stdout(JSON.stringify(imported.definition, null, 2));
        return 0;
      }
      io.stdout(JSON.stringify(expandRegionHolidays(source.definition, span), null, 2));
      return 0;
    } catch (e) {
      if (e instanceof PolicyError) throw new CliPolicyError(source.label, e.issues);
      throw e;
    }
  },
};

/** This year (UTC) and the nine after it: the default span for expanding ICS recurrences. */
function nextTenYears(now: number): YearSpan {
  const year = new Date(now).getUTCFullYear();
  return { from: year, to: year + 9 };
}
