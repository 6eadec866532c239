/**
 * `sla-clock explain`: why a deadline falls when it does.
 *
 * @module
 */
import { HorizonError, explainDeadline } from "../../../index.js";
import type { DeadlineExplanation, MetricName } from "../../../index.js";
import { CliInputError } from "../cliIo.js";
import type { Command } from "../command.js";
import { COMMON_HELP, instantOption, optionalOption, requiredOption } from "../command.js";
import { formatDuration } from "../formatDuration.js";
import { formatInstant, formatLocal } from "../formatInstant.js";
import { formatTable } from "../formatTable.js";
import { loadPolicy } from "../loadPolicy.js";
import { horizonMessage, targetQuery } from "../targetQuery.js";
import { jsonText } from "../toJsonValue.js";

/** The `explain` command. */
export const explainCommand: Command = {
  name: "explain",
  summary: "a deadline with the time counted and skipped (closed, holiday, maintenance)",
  help: `Usage: sla-clock explain --severity SEV --at INSTANT [--metric METRIC] [--policy FILE] [--json]

Shows how the deadline of "sla-clock deadline" is reached: every stretch between the start and
the deadline, counted (the desk was open) or skipped with its reason (closed, holiday with its
name, maintenance when the policy's windows pause clocks).

  --severity SEV   a severity key of the policy, e.g. sev1
  --at INSTANT     when the clock starts (2026-11-27T21:30 is wall clock in the policy's zone; or "now")
  --metric METRIC  firstResponse (default), update, resolution, nextReply, ownership or a timeIn metric

${COMMON_HELP}

Example:
  sla-clock explain --severity sev2 --at 2026-12-24T18:00`,
  options: { severity: { type: "string" }, at: { type: "string" }, metric: { type: "string" } },
  positionals: { min: 0, max: 0 },
  run({ io, values }) {
    const severity = requiredOption(values, "severity", "sev1");
    const at = instantOption(io, requiredOption(values, "at", "2026-11-27T21:30"));
    const metric = (optionalOption(values, "metric") ?? "firstResponse") as MetricName;
    const { policy, label } = loadPolicy(io, optionalOption(values, "policy"));
    const tz = policy.timezone;
    const { start, deadline } = targetQuery(policy, severity, metric, at);
    if (deadline === null) {
      // Like `deadline --json`: no target is an answer (null), not a failure.
      if (values.json === true) {
        io.stdout(jsonText({ severity, metric, start, deadline: null, timezone: tz, target: null, counted: [], skipped: [] }, tz));
        return 0;
      }
      throw new CliInputError(`severity ${JSON.stringify(severity)} has no ${metric} target in this policy, so there is no deadline to explain`);
    }
    let e: DeadlineExplanation;
    try {
      e = explainDeadline(policy, { severity, start, metric });
    } catch (err) {
      if (!(err instanceof HorizonError)) throw err;
      throw new CliInputError(horizonMessage(policy, severity, metric, start, err.message));
    }
    const spans = [
      ...e.counted.map((s) => ({ start: s.start, end: s.end, counted: true, reason: "open", name: undefined as string | undefined })),
      ...e.skipped.map((s) => ({ start: s.start, end: s.end, counted: false, reason: s.reason as string, name: s.name })),
    ].sort((a, b) => a.start.getTime() - b.start.getTime());
    const countedMs = e.counted.reduce((sum, s) => sum + (s.end.getTime() - s.start.getTime()), 0);
    if (values.json === true) {
      io.stdout(jsonText({ severity, metric, start, deadline: e.deadline, timezone: tz, target: countedMs, counted: e.counted, skipped: e.skipped }, tz));
      return 0;
    }
    const rows = spans.map((s) => [
      formatLocal(s.start, tz),
      formatLocal(s.end, tz),
      formatDuration(s.end.getTime() - s.start.getTime()),
      s.counted ? "counted" : `skipped: ${s.reason}${s.name === undefined ? "" : ` (${s.name})`}`,
    ]);
    io.stdout(
      [
        `${severity} ${metric}: ${formatDuration(countedMs)} on the SLA clock from ${formatLocal(start, tz)}, due ${formatLocal(e.deadline, tz)} (${tz})`,
        `policy: ${label}`,
        "",
        formatTable(["FROM", "TO", "LENGTH", "WHY"], rows, [2]),
        "",
        `deadline: ${formatInstant(e.deadline, tz)}`,
      ].join("\n"),
    );
    return 0;
  },
};
