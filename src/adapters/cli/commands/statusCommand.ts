/**
 * `sla-clock status`: the SLA state of every ticket in a file.
 *
 * @module
 */
import { checkBreaches, evaluateMany, prioritize } from "../../../index.js";
import type { Breach, Policy } from "../../../index.js";
import type { CliIo } from "../cliIo.js";
import { outputPath, writeTextFile } from "../cliIo.js";
import { HtmlReport } from "../htmlReport.js";
import type { Command } from "../command.js";
import { COMMON_HELP, instantOption, optionalOption, resolveInstant } from "../command.js";
import { formatLocal } from "../formatInstant.js";
import { formatTable, terminalSafe } from "../formatTable.js";
import type { Outcome } from "../statusRows.js";
import { errorText, extraMetrics, leadDefinition, statusCells, statusHeadings } from "../statusRows.js";
import { loadPolicy } from "../loadPolicy.js";
import { readTickets } from "../readTickets.js";
import type { TicketSourceRow } from "../readTickets.js";
import { toJsonValue } from "../toJsonValue.js";

/** Exit code of `status` when the report was printed but some tickets could not be evaluated. */
export const EXIT_SOME_TICKETS_INVALID = 3;

/** The `status` command. */
export const statusCommand: Command = {
  name: "status",
  summary: "SLA status of every ticket in an NDJSON, CSV or JSON file",
  help: `Usage: sla-clock status TICKETS [--now INSTANT] [--prioritize] [--ndjson] [--html FILE] [--policy FILE] [--json]

Evaluates every ticket of TICKETS (a file, or - for standard input) as of --now (default: the
current time) and prints one row per ticket: severity, state (with the ticket's status when the
policy has statuses), next deadline and each metric (nextReply, ownership with its group, and the
policy's timeIn metrics get a column when some severity targets them).
NDJSON and CSV are read as streams, so files of millions of tickets run in constant memory
(a line may hold at most 16 MiB).

TICKETS is NDJSON, CSV or JSON: by --ndjson, by extension (.ndjson/.jsonl, .csv/.tsv, .json),
otherwise by the first character ({ NDJSON, [ JSON, anything else CSV):
  NDJSON one ticket per line: {"id":"T-1","createdAt":"2026-11-27T21:30","severity":"sev1",
        "events":[{"type":"response","at":"2026-11-30T05:00"}]}
  JSON  an array of such tickets (read whole, at most 64 MiB; use NDJSON for large files)
  CSV   a header row naming the columns, in any order:
          id,createdAt,severity,respondedAt,resolvedAt,events
        (any case, snake_case or kebab-case: created_at, Created-At). Separator , ; or tab,
        detected from the header line. createdAt and severity are required; respondedAt /
        resolvedAt add a response / resolve event; events is a JSON array of further events
        (quote the cell, double inner quotes). Quoted cells may hold separators, quotes ("")
        and line breaks; CRLF or LF.
Instants without an offset are wall clock in the policy's zone.

A ticket that cannot be read or evaluated is a row of its own (STATE "ERROR", the reason below
the table; in --json an entry with "error"); the others are reported as usual.
When standard error is a terminal, progress (tickets done, rate, errors) is shown there.

  --now INSTANT   evaluate as of this instant (default: now)
  --prioritize    list tickets in work order (earliest deadline first) instead of file order
                  (holds every ticket in memory); bad tickets come last
  --ndjson        read TICKETS as NDJSON whatever its name (e.g. from standard input)
  --html FILE     also write one self-contained HTML page to FILE: the status table and every
                  ticket's timeline as a picture (works offline: no scripts, nothing fetched).
                  It holds every ticket's timeline in memory: meant for a queue, not millions

${COMMON_HELP}

Exit 0 when every ticket was evaluated (breached ones included: see "breached" in --json, or the
BREACHED cells); ${EXIT_SOME_TICKETS_INVALID} when the report was printed but some tickets were bad; 1 when no report
could be made (unreadable file, bad policy, bad CSV header); 2 for a usage error.`,
  options: { now: { type: "string" }, prioritize: { type: "boolean" }, ndjson: { type: "boolean" }, html: { type: "string" } },
  positionals: { min: 1, max: 1, name: "TICKETS" },
  async run({ io, values, positionals }) {
    const policyPath = optionalOption(values, "policy");
    const htmlOption = optionalOption(values, "html");
    const htmlPath = htmlOption === undefined ? undefined : outputPath(io, htmlOption, "--html", [positionals[0], policyPath]);
    const { policy, label } = loadPolicy(io, policyPath);
    const nowText = optionalOption(values, "now");
    const now = resolveInstant(policy, nowText === undefined ? io.now() : instantOption(io, nowText));
    const rows = readTickets(io, positionals[0]!, values.ndjson === true ? "ndjson" : undefined, policy);
    const meter = new ProgressMeter(io);
    const html = htmlPath === undefined ? undefined : new HtmlReport(policy, label, now);
    const report: StatusReport =
      values.json === true ? new JsonReport(io, policy, now, meter) : new TableReport(policy, label, now);
    try {
      const outcomes = values.prioritize === true ? prioritized(policy, rows, now, meter) : inFileOrder(policy, rows, now, meter);
      for await (const o of outcomes) {
        report.add(o, policy, now);
        html?.add(o);
        // a reader slower than the report: wait for it rather than buffer the output
        const drained = io.drained?.();
        if (drained !== undefined) await drained;
      }
    } catch (e) {
      meter.clear();
      report.abort();
      throw e;
    }
    meter.clear();
    report.finish(io);
    if (html !== undefined) {
      writeTextFile(io, htmlPath!, html.html(), "--html");
      if (values.json !== true) io.stdout(`wrote the HTML report to ${htmlPath!}`);
    }
    return report.errors > 0 ? EXIT_SOME_TICKETS_INVALID : 0;
  },
};

/**
 * Outcomes in file order, one ticket at a time: `evaluateMany` over the rows, with rows that could
 * not be read passed through as errors. The row at hand is the last one `tickets()` yielded,
 * since `evaluateMany` pulls exactly one ticket per result.
 */
async function* inFileOrder(policy: Policy, rows: AsyncIterable<TicketSourceRow>, now: Date, meter: ProgressMeter): AsyncGenerator<Outcome> {
  let current: TicketSourceRow | undefined;
  async function* tickets(): AsyncGenerator<unknown> {
    for await (const row of rows) {
      current = row;
      yield "ticket" in row ? row.ticket : undefined;
    }
  }
  for await (const r of evaluateMany(policy, tickets(), now)) {
    const row = current!;
    const base = { index: r.index, ...(row.line !== undefined && { line: row.line }) };
    const outcome: Outcome =
      "error" in row
        ? { ...base, ...(row.id !== undefined && { id: row.id }), error: row.error }
        : { ...base, ticket: row.ticket, ...(r.id !== undefined && { id: r.id }), ...(r.status !== undefined ? { status: r.status } : { error: r.error! }) };
    meter.tick(outcome.error !== undefined);
    yield outcome;
  }
}

/** Outcomes in work order (`prioritize`); every ticket is held, bad ones come last in file order. */
async function* prioritized(policy: Policy, rows: AsyncIterable<TicketSourceRow>, now: Date, meter: ProgressMeter): AsyncGenerator<Outcome> {
  const good: Outcome[] = [];
  const bad: Outcome[] = [];
  for await (const o of inFileOrder(policy, rows, now, meter)) (o.error === undefined ? good : bad).push(o);
  const byTicket = new Map(good.map((o) => [o.ticket!, o]));
  const order = prioritize(policy, good.map((o) => o.ticket!), now);
  const seen = new Set<Outcome>();
  for (const t of order) {
    const o = byTicket.get(t)!;
    if (!seen.has(o)) {
      seen.add(o);
      yield o;
    }
  }
  for (const o of good) if (!seen.has(o)) yield o; // the same ticket object twice in a JSON array
  yield* bad;
}

/** Progress on standard error (only when it is a terminal): tickets done, rate, errors. */
class ProgressMeter {
  private done = 0;
  private errors = 0;
  private readonly start = performance.now();
  private last = 0;
  private shown = false;
  constructor(private readonly io: CliIo) {}

  tick(error: boolean): void {
    this.done++;
    if (error) this.errors++;
    if (this.io.progress === undefined || (this.done & 255) !== 0) return;
    const t = performance.now();
    if (t - this.last < 200) return;
    this.last = t;
    this.draw(t);
  }

  private draw(t: number): void {
    const seconds = (t - this.start) / 1000;
    const rate = seconds > 0 ? Math.round(this.done / seconds) : 0;
    this.io.progress!(`status: ${this.done.toLocaleString("en-US")} tickets, ${rate.toLocaleString("en-US")}/s, ${this.errors.toLocaleString("en-US")} error${this.errors === 1 ? "" : "s"}`);
    this.shown = true;
  }

  /** Draws the final count (when anything was shown, or the run was long), then clears the line. */
  clear(): void {
    if (this.io.progress === undefined) return;
    if (this.shown) this.io.progress("");
    this.shown = false;
  }

  /** Hides the line before other output reaches the terminal. */
  beforeOutput(): void {
    if (this.shown) this.clear();
  }
}

interface StatusReport {
  readonly errors: number;
  add(o: Outcome, policy: Policy, now: Date): void;
  finish(io: CliIo): void;
  abort(): void;
}

/** Every breach of a ticket whose status says it breached (`checkBreaches` lists each update cycle). */
function breachesOf(policy: Policy, o: Outcome, now: Date): Breach[] {
  if (o.status === undefined || !o.status.breached) return [];
  const id = o.status.id ?? String(o.index);
  return checkBreaches(policy, [o.ticket!], now).map((b) => ({ ...b, ticketId: id }));
}

/**
 * `--json`: written as it goes: `{ now, timezone, tickets, breaches, summary }`, one ticket per
 * line. Memory stays constant apart from the breaches, which the document lists after every
 * ticket: each is kept as its ticket id, metric and instant in three flat lists (a few dozen bytes;
 * as objects with Dates they took about ten times that), and written out a few thousand at a time.
 */
class JsonReport implements StatusReport {
  errors = 0;
  private count = 0;
  private breached = 0;
  private warning = 0;
  /** The breaches, in order, as three flat lists: ticket id, metric, breachedAt (epoch ms). */
  private readonly breachIds: string[] = [];
  private readonly breachMetrics: string[] = [];
  private readonly breachTimes: number[] = [];
  private held: string | undefined;
  private readonly tz: string;
  constructor(private readonly io: CliIo, policy: Policy, now: Date, private readonly meter: ProgressMeter) {
    this.tz = policy.timezone;
    io.stdout(`{\n  "now": ${JSON.stringify(toJsonValue(now, this.tz))},\n  "timezone": ${JSON.stringify(this.tz)},\n  "tickets": [`);
  }

  add(o: Outcome, policy: Policy, now: Date): void {
    this.count++;
    let entry: unknown;
    if (o.status !== undefined) {
      if (o.status.breached) this.breached++;
      if (o.status.warning) this.warning++;
      for (const b of breachesOf(policy, o, now)) {
        this.breachIds.push(b.ticketId);
        this.breachMetrics.push(b.metric);
        this.breachTimes.push(b.breachedAt.getTime());
      }
      // (its position first: with --prioritize, the only way back to a ticket without an id)
      entry = { index: o.index, ...o.status };
    } else {
      this.errors++;
      const e = o.error!;
      entry = { index: o.index, ...(o.line !== undefined && { line: o.line }), ...(o.id !== undefined && { id: o.id }), error: { name: e.name, code: e.code, message: errorText(o) } };
    }
    if (this.held !== undefined) this.write(`${this.held},`);
    this.held = `    ${JSON.stringify(toJsonValue(entry, this.tz))}`;
  }

  private write(text: string): void {
    this.meter.beforeOutput();
    this.io.stdout(text);
  }

  private close(extra: string): void {
    if (this.held !== undefined) this.write(this.held);
    this.held = undefined;
    const n = this.breachTimes.length;
    const summary = { tickets: this.count, breached: this.breached, warning: this.warning, errors: this.errors };
    const tail = `  ],\n  "summary": ${JSON.stringify(summary)}${extra}\n}`;
    if (n === 0) {
      this.write(`  ],\n  "breaches": [${tail.slice(2)}`);
      return;
    }
    this.write(`  ],\n  "breaches": [`);
    // a few thousand lines per write (each write is whole lines): no string as long as the whole list
    for (let i = 0; i < n; i += 4096) {
      const lines: string[] = [];
      for (let k = i; k < Math.min(n, i + 4096); k++) {
        const breach = { ticketId: this.breachIds[k], metric: this.breachMetrics[k], breachedAt: new Date(this.breachTimes[k]!) };
        lines.push(`    ${JSON.stringify(toJsonValue(breach, this.tz))}`);
      }
      this.write(`${lines.join(",\n")}${i + 4096 < n ? "," : ""}`);
    }
    this.write(tail);
  }

  finish(): void {
    this.close("");
  }

  /** A failure after the report started: the document is closed (valid JSON), marked incomplete. */
  abort(): void {
    this.close(`,\n  "incomplete": true`);
  }
}

/** The human table, printed at the end (its column widths depend on every row). */
class TableReport implements StatusReport {
  errors = 0;
  private readonly rows: string[][] = [];
  private readonly notes: string[] = [];
  private breached = 0;
  private warning = 0;
  private readonly extra: string[];
  private readonly withStatus: boolean;
  constructor(private readonly policy: Policy, private readonly label: string, private readonly now: Date) {
    const def = leadDefinition(policy);
    this.extra = extraMetrics(def);
    this.withStatus = def.statuses !== undefined;
  }

  add(o: Outcome): void {
    const tz = this.policy.timezone;
    const name = o.status?.id ?? o.id ?? `#${o.index}`;
    if (o.status === undefined) {
      this.errors++;
      this.rows.push([name, "-", "ERROR", "-", "-", "-", "-", ...this.extra.map(() => "-")]);
      this.notes.push(terminalSafe(`  ${name}: ${errorText(o)}`));
      return;
    }
    const s = o.status;
    if (s.breached) this.breached++;
    if (s.warning) this.warning++;
    this.rows.push(statusCells(s, name, tz, this.withStatus, this.extra));
  }

  finish(io: CliIo): void {
    const tz = this.policy.timezone;
    const n = this.rows.length;
    const lines = [
      `status as of ${formatLocal(this.now, tz)} (${tz}) · policy: ${this.label}`,
      "",
      formatTable(statusHeadings(this.extra), this.rows),
      "",
      `${n} ticket${n === 1 ? "" : "s"}, ${this.breached} breached, ${this.warning} warning${this.warning === 1 ? "" : "s"}${this.errors === 0 ? "" : `, ${this.errors} could not be evaluated:`}`,
      ...this.notes,
    ];
    io.stdout(lines.join("\n"));
  }

  abort(): void {}
}
