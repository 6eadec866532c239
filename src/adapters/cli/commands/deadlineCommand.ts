/**
 * `sla-clock deadline`: when a metric of a severity is due.
 *
 * @module
 */
import type { MetricName } from "../../../index.js";
import { CliInputError } from "../cliIo.js";
import type { Command } from "../command.js";
import { COMMON_HELP, instantOption, optionalOption, requiredOption } from "../command.js";
import { formatInstant } from "../formatInstant.js";
import { loadPolicy } from "../loadPolicy.js";
import { targetQuery } from "../targetQuery.js";
import { jsonText } from "../toJsonValue.js";

/** The `deadline` command. */
export const deadlineCommand: Command = {
  name: "deadline",
  summary: "when a ticket's SLA target is due (ISO 8601 in the policy's zone)",
  help: `Usage: sla-clock deadline --severity SEV --at INSTANT [--metric METRIC] [--policy FILE] [--json]

Prints the deadline of METRIC (default firstResponse) for a ticket of severity SEV whose clock
starts at INSTANT, in ISO 8601 with the policy's UTC offset, e.g. 2026-11-30T05:30:00-05:00.

  --severity SEV   a severity key of the policy, e.g. sev1
  --at INSTANT     when the clock starts: 2026-11-27T21:30 (wall clock in the policy's zone),
                   2026-11-28T02:30:00Z (exact), or "now"
  --metric METRIC  firstResponse (default), update, resolution, nextReply, ownership or a timeIn metric

Exit 1 when the severity has no target for that metric (--json prints "deadline": null instead).

${COMMON_HELP}

Example:
  sla-clock deadline --severity sev1 --at 2026-11-27T21:30
  2026-11-30T05:30:00-05:00`,
  options: { severity: { type: "string" }, at: { type: "string" }, metric: { type: "string" } },
  positionals: { min: 0, max: 0 },
  run({ io, values }) {
    const severity = requiredOption(values, "severity", "sev1");
    const at = instantOption(io, requiredOption(values, "at", "2026-11-27T21:30"));
    const metric = (optionalOption(values, "metric") ?? "firstResponse") as MetricName;
    const { policy } = loadPolicy(io, optionalOption(values, "policy"));
    const { start, deadline } = targetQuery(policy, severity, metric, at);
    if (values.json === true) {
      io.stdout(jsonText({ severity, metric, start, deadline, timezone: policy.timezone }, policy.timezone));
      return 0;
    }
    if (deadline === null) throw new CliInputError(`severity ${JSON.stringify(severity)} has no ${metric} target in this policy, so there is no deadline`);
    io.stdout(formatInstant(deadline, policy.timezone));
    return 0;
  },
};
