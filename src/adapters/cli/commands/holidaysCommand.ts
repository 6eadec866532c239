/**
 * `sla-clock holidays`: a policy with its region holidays expanded into explicit dates.
 *
 * @module
 */
import { expandRegionHolidays, parseYearSpan } from "../../../calendar/expandRegionHolidays.js";
import { PolicyError } from "../../../index.js";
import { CliPolicyError } from "../cliIo.js";
import type { Command } from "../command.js";
import { COMMON_HELP, optionalOption, requiredOption } from "../command.js";
import { readPolicySource } from "../loadPolicy.js";

/** The `holidays` command. */
export const holidaysCommand: Command = {
  name: "holidays",
  summary: "print a policy with its region holidays expanded into dates (for lite and spreadsheets)",
  help: `Usage: sla-clock holidays [POLICY.json] --years FROM-TO [--policy FILE]

Prints POLICY.json (default: --policy FILE or the built-in preset) as JSON with every
{ "region": … } holiday entry replaced, in place, by explicit { "date", "name" } entries for
the years FROM to TO (inclusive). The result works with sla-clock/lite and in spreadsheets,
which leave out date-holidays, and means the same as the original within those years.

Kept: the region's holiday types (default public, substitute days included) minus its
"except" dates; dates that a "date" or "annual" entry already decides are not added (those
entries win over region holidays). Outside the span the expanded policy has no region holidays.

  --years FROM-TO   e.g. 2024-2035 (a single year is fine too)

${COMMON_HELP}

Example:
  sla-clock holidays policy.json --years 2024-2035 > policy.lite.json`,
  options: { years: { type: "string" } },
  positionals: { min: 0, max: 1, name: "POLICY.json" },
  run({ io, values, positionals }) {
    const span = parseYearSpan(requiredOption(values, "years", "2024-2035"));
    const source = readPolicySource(io, positionals[0] ?? optionalOption(values, "policy"));
    let expanded;
    try {
      expanded = expandRegionHolidays(source.definition, span);
    } catch (e) {
      if (e instanceof PolicyError) throw new CliPolicyError(source.label, e.issues);
      throw e;
    }
    io.stdout(JSON.stringify(expanded, null, 2));
    return 0;
  },
};
