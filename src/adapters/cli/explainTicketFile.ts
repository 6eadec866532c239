/**
 * `sla-clock explain TICKET`: a ticket's timeline (`explainTicket`) as text, JSON or an SVG file.
 *
 * @module
 */
import { explainTicket } from "../../index.js";
import type { MetricExplanation, Ticket, TicketExplanation } from "../../index.js";
import { timelineSvg } from "../svg/timelineSvg.js";
import type { CliIo } from "./cliIo.js";
import { CliInputError, outputPath, parseJsonText, readTextFile, writeTextFile } from "./cliIo.js";
import type { OptionValues } from "./command.js";
import { instantOption, optionalOption, resolveInstant } from "./command.js";
import { formatDuration } from "./formatDuration.js";
import { formatLocal } from "./formatInstant.js";
import { formatTable, terminalSafe } from "./formatTable.js";
import { loadPolicy } from "./loadPolicy.js";
import { jsonText } from "./toJsonValue.js";

/** Reads the one ticket of a TICKET file (a JSON object). @throws CliInputError for anything else. */
export function readTicketFile(io: CliIo, path: string): Ticket {
  const value = parseJsonText(readTextFile(io, path, "ticket file"), path, "ticket file");
  if (Array.isArray(value)) {
    throw new CliInputError(`ticket file ${JSON.stringify(path)} holds a JSON array; explain takes one ticket (a JSON object); use "sla-clock status" for many`);
  }
  if (value === null || typeof value !== "object") throw new CliInputError(`ticket file ${JSON.stringify(path)} does not hold a ticket (a JSON object)`);
  return value as Ticket;
}

/** The heading line of one metric: state, counted time of the target, and its instants. */
export function metricHeading(metric: string, m: MetricExplanation, timezone: string): string {
  const s = m.status;
  const parts = [`${metric}${s.group === undefined ? "" : ` (${s.group})`}: ${s.status}`, `${formatDuration(s.elapsed)} of ${formatDuration(s.target)} counted`];
  if (s.breachedAt !== null) parts.push(`breached ${formatLocal(s.breachedAt, timezone)}`);
  else if (s.deadline !== null && s.completedAt === null) parts.push(`due ${formatLocal(s.deadline, timezone)}`);
  if (s.completedAt !== null) parts.push(`completed ${formatLocal(s.completedAt, timezone)}`);
  return terminalSafe(parts.join(" · "));
}

/** The text summary: a heading per metric and a table of its spans. */
export function explanationText(e: TicketExplanation, policyLabel: string): string {
  const tz = e.timezone;
  const lines = [`ticket ${e.id === undefined ? "(no id)" : terminalSafe(e.id)} as of ${formatLocal(e.to, tz)} (${tz}) · opened ${formatLocal(e.from, tz)} · policy: ${policyLabel}`];
  const metrics = Object.entries(e.metrics);
  if (metrics.length === 0) lines.push("", "no metric is measured (the ticket's severity has no targets)");
  for (const [metric, m] of metrics) {
    lines.push("", metricHeading(metric, m, tz));
    if (m.spans.length === 0) {
      lines.push("  (no time has passed on this metric)");
      continue;
    }
    const rows = m.spans.map((s) => [
      formatLocal(s.start, tz),
      formatLocal(s.end, tz),
      formatDuration(s.end.getTime() - s.start.getTime()),
      s.name === undefined ? s.kind : `${s.kind}: ${s.name}`,
    ]);
    lines.push(formatTable(["FROM", "TO", "LENGTH", "KIND"], rows, [2]).replace(/^/gm, "  "));
  }
  return lines.join("\n");
}

/** Runs `explain TICKET`: prints the timeline (text or `--json`) and writes `--svg FILE`. */
export function explainTicketFile(io: CliIo, values: OptionValues, path: string): number {
  const policyPath = optionalOption(values, "policy");
  const svgOption = optionalOption(values, "svg");
  const svgPath = svgOption === undefined ? undefined : outputPath(io, svgOption, "--svg", [path, policyPath]);
  const { policy, label } = loadPolicy(io, policyPath);
  const ticket = readTicketFile(io, path);
  const nowText = optionalOption(values, "now");
  const now = resolveInstant(policy, nowText === undefined ? io.now() : instantOption(io, nowText));
  const e = explainTicket(policy, ticket, now);
  if (svgPath !== undefined) writeTextFile(io, svgPath, timelineSvg(e), "--svg");
  if (values.json === true) {
    io.stdout(jsonText(e, e.timezone));
    return 0;
  }
  let text = explanationText(e, label);
  // Before createdAt, the ticket is shown as created (as evaluateTicket judges it): say so, rather
  // than print another instant than the one asked for without a word.
  if (now.getTime() < e.from.getTime()) {
    const cut = text.indexOf("\n");
    const note = `(--now ${formatLocal(now, e.timezone)} is before the ticket was created: shown as of its creation)`;
    text = cut < 0 ? `${text}\n${note}` : `${text.slice(0, cut)}\n${note}${text.slice(cut)}`;
  }
  io.stdout(svgPath === undefined ? text : `${text}\n\nwrote the timeline to ${svgPath}`);
  return 0;
}
