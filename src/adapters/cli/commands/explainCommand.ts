/**
 * `sla-clock explain`: why a deadline falls when it does (`--severity`, `--at`), or a ticket's
 * timeline (a TICKET file), as text, JSON or an SVG picture.
 *
 * @module
 */
import { HorizonError, explainDeadline } from "../../../index.js";
import type { DeadlineExplanation, MetricName } from "../../../index.js";
import { CliInputError, UsageError } from "../cliIo.js";
import { explainTicketFile } from "../explainTicketFile.js";
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
  summary: "a deadline with the time counted and skipped, or a ticket's timeline (text, JSON, SVG)",
  help: `Usage: sla-clock explain --severity SEV --at INSTANT [--metric METRIC] [--policy FILE] [--json]
       sla-clock explain TICKET [--now INSTANT] [--svg FILE] [--policy FILE] [--json]

With --severity and --at: shows how the deadline of "sla-clock deadline" is reached: every
stretch between the start and the deadline, counted (the desk was open) or skipped with its
reason (closed, holiday with its name, maintenance when the policy's windows pause clocks).

  --severity SEV   a severity key of the policy, e.g. sev1
  --at INSTANT     when the clock starts (2026-11-27T21:30 is wall clock in the policy's zone; or "now")
  --metric METRIC  firstResponse (default), update, resolution, nextReply, ownership or a timeIn metric

With a TICKET file (one ticket as a JSON object, - for standard input): the ticket's timeline as
of --now, metric by metric (the current cycle or stint of update, nextReply and ownership):
every stretch counted, paused (and by what: a status, "pause", "resolved"), closed, on a holiday
(with its name) or in maintenance, and the metric's status.

  --now INSTANT    explain as of this instant (default: now)
  --svg FILE       also write the timeline as a self-contained SVG picture to FILE

${COMMON_HELP}

Examples:
  sla-clock explain --severity sev2 --at 2026-12-24T18:00
  sla-clock explain ticket.json --now 2026-12-28T16:00 --svg ticket.svg`,
  options: { severity: { type: "string" }, at: { type: "string" }, metric: { type: "string" }, now: { type: "string" }, svg: { type: "string" } },
  positionals: { min: 0, max: 1, name: "TICKET" },
  run({ io, values, positionals }) {
    if (positionals.length === 1) {
      for (const name of ["severity", "at", "metric"]) {
        if (values[name] !== undefined) throw new UsageError(`--${name} explains a deadline, not a TICKET file: give one or the other`);
      }
      return explainTicketFile(io, values, positionals[0]!);
    }
    for (const name of ["now", "svg"]) {
      if (values[name] !== undefined) throw new UsageError(`--${name} goes with a TICKET file: sla-clock explain TICKET --${name} …`);
    }
    if (values["severity"] === undefined && values["at"] === undefined) {
      throw new UsageError("give a TICKET file (sla-clock explain ticket.json) to explain a ticket, or --severity and --at to explain a deadline");
    }
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
      throw new CliInputError(horizonMessage(policy, severity, metric, start, err));
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
