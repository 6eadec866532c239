/**
 * Tickets from a CSV stream: one row per ticket, events in columns.
 *
 * @module
 */
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import type { CsvError, Options } from "csv-parse";
import type { Policy } from "../../calendar/definePolicy.js";
import { compiledOf } from "../../calendar/definePolicy.js";
import { InputError, describeValue } from "../../errors.js";
import type { Ticket, TicketEvent } from "../../index.js";
import { toEpochMs } from "../../time/instant.js";
import { isoTextEpochMs, parseIsoText } from "../../time/isoText.js";
import type { ZoneRules } from "../../time/zoneRules.js";
import { ticketLabel } from "../../sla/ticketTimeline.js";
import { csvDelimiter } from "./csvDelimiter.js";

/** The columns `ticketsFromCsv` understands, in documentation order. */
export const TICKET_CSV_COLUMNS = ["id", "createdAt", "severity", "respondedAt", "resolvedAt", "events"] as const;

/** Options of {@link ticketsFromCsv}. */
export interface TicketsFromCsvOptions {
  /**
   * The policy the tickets will be evaluated under. With it, the instant columns (`createdAt`,
   * `respondedAt`, `resolvedAt`) are read as the evaluation will read them (offset-less instants in
   * its zone, the supported years) and a `respondedAt` or `resolvedAt` before `createdAt` is refused
   * by the reader, naming the column. Without it, only what needs no zone is checked (the text of
   * each instant, and the order of instants that all carry an offset).
   */
  readonly policy?: Policy;
}

/**
 * One ticket row of a file: the ticket, or why the row could not be read (with the row's `id`, when
 * its id cell is not blank); `line` is where it starts (1 = the header).
 */
export type TicketRow = { readonly line: number; readonly ticket: Ticket } | { readonly line: number; readonly error: InputError; readonly id?: string };

/** A record as the parser hands it on: its cells, its first line, and the rows skipped before it. */
interface Parsed {
  readonly record: string[];
  readonly line: number;
  readonly before: ReadonlyArray<TicketRow>;
}

/** How a header cell is compared: case, `_`, `-` and spaces ignored (`created_at` = `Created-At` = `createdAt`). */
function columnKey(name: string): string {
  return name.replace(/[\s_-]/g, "").toLowerCase();
}

const COLUMN_BY_KEY: ReadonlyMap<string, (typeof TICKET_CSV_COLUMNS)[number]> = new Map(TICKET_CSV_COLUMNS.map((c) => [columnKey(c), c]));

/**
 * Column positions from the header row.
 *
 * @throws InputError for no header, an unknown or repeated column, or a missing required one.
 */
function readHeader(cells: ReadonlyArray<string>): Map<string, number> {
  if (cells.every((h) => h.trim() === "")) {
    throw new InputError(`CSV: no header row; start with a header such as "id,createdAt,severity,respondedAt"`);
  }
  const index = new Map<string, number>();
  cells.forEach((raw, i) => {
    const name = raw.trim();
    const column = COLUMN_BY_KEY.get(columnKey(name));
    if (column === undefined) {
      // UTF-16 text (Excel's "Unicode text", a BOM of FF FE or FE FF) read as UTF-8: every other byte is a NUL
      if (name.includes("\u0000") || name.startsWith("\ufffd")) {
        throw new InputError("CSV header: the file is not UTF-8 (it looks like UTF-16, as Excel's \"Unicode text\" saves it); save it as \"CSV UTF-8\" and try again");
      }
      throw new InputError(`CSV header: unknown column ${describeValue(name)}; the columns are ${TICKET_CSV_COLUMNS.join(", ")} (any case; snake_case and kebab-case too)`);
    }
    if (index.has(column)) throw new InputError(`CSV header: column ${describeValue(name)} appears twice (as ${column})`);
    index.set(column, i);
  });
  for (const required of ["createdAt", "severity"]) {
    if (!index.has(required)) throw new InputError(`CSV header: the column ${JSON.stringify(required)} is missing; the header must include createdAt and severity`);
  }
  return index;
}

/**
 * Longest record (all its cells, in characters) the reader accepts: 16 Mi, as the CLI's limit on a
 * line. A quoted cell may span lines, so a record is bounded apart from its lines: an unclosed quote
 * in a large file would otherwise make the rest of the file one cell held in memory.
 */
export const MAX_CSV_RECORD_CHARS = 16 * 1024 * 1024;

/** The columns that hold one instant each (`createdAt` first: the others are compared with it). */
const INSTANT_COLUMNS = ["createdAt", "respondedAt", "resolvedAt"] as const;

/**
 * Epoch ms of the instant `text` of a column, by the library's rules when `zone` is known; without
 * it, the text is only checked (the same ISO 8601 reader) and the epoch ms is returned for a text
 * with an offset (an exact instant) and `undefined` for a wall-clock one, which needs the zone.
 *
 * @throws InputError whose message starts `column: ` (as the library's messages for a field do).
 */
function instantOfColumn(text: string, column: string, zone: ZoneRules | undefined): number | undefined {
  if (zone !== undefined) return toEpochMs(text, zone, column);
  const parsed = parseIsoText(text);
  if (typeof parsed === "string") throw new InputError(`${column}: ${parsed}`);
  return isoTextEpochMs(parsed) ?? undefined;
}

/**
 * Checks the instant columns of a row: the text of `respondedAt` and `resolvedAt` (and, with `zone`,
 * their year range), and that they do not precede `createdAt` (when the order is known: always with
 * `zone`, else when both carry an offset). A bad `createdAt` is left to the evaluation, which names
 * it `createdAt` already. The reader checks them because it turns the last two
 * into events: the evaluation would name them `events[0].at`, a field the file does not have.
 *
 * @throws InputError `CSV line 3: ticket "T-2" resolvedAt: "garbage" is not …` (the id, when the
 *   row has one; the column as the header defines it).
 */
function checkInstants(values: ReadonlyMap<string, string>, id: string | undefined, zone: ZoneRules | undefined, where: string): void {
  const name = (column: string): string => `${where}: ${labelOf(id)}${column}`;
  let created: number | undefined;
  for (const column of INSTANT_COLUMNS) {
    const text = values.get(column);
    if (text === undefined) continue;
    let at: number | undefined;
    try {
      at = instantOfColumn(text, column, zone);
    } catch (e) {
      if (!(e instanceof InputError) || !e.message.startsWith(`${column}: `)) throw e;
      // a bad createdAt is the evaluation's to report: it names it createdAt, as the file does
      if (column === "createdAt") continue;
      throw new InputError(`${name(column)}${e.message.slice(column.length)}`);
    }
    if (column === "createdAt") created = at;
    else if (at !== undefined && created !== undefined && at < created) {
      throw new InputError(
        `${name(column)}: ${describeValue(text)} (${new Date(at).toISOString()}) is before createdAt ${describeValue(values.get("createdAt"))} (${new Date(created).toISOString()}); a ticket cannot be answered or resolved before it was created`,
      );
    }
  }
}

/** How the reader's messages about a field name the row's ticket: `ticket "T-2" ` (as the library does), or nothing without an id. */
function labelOf(id: string | undefined): string {
  return id === undefined ? "" : `${ticketLabel(id, undefined)} `;
}

/** The ticket of one data row. @throws InputError naming the line and the problem. */
function ticketOf(row: ReadonlyArray<string>, index: ReadonlyMap<string, number>, width: number, where: string, zone: ZoneRules | undefined): Ticket {
  if (row.length !== width) {
    throw new InputError(`${where}: has ${row.length} cells but the header has ${width}; quote cells that contain the separator`);
  }
  const cell = (name: string): string | undefined => {
    const i = index.get(name);
    if (i === undefined) return undefined;
    const v = row[i]!.trim();
    return v === "" ? undefined : v;
  };
  const createdAt = cell("createdAt");
  const severity = cell("severity");
  if (createdAt === undefined) throw new InputError(`${where}: createdAt is blank`);
  if (severity === undefined) throw new InputError(`${where}: severity is blank`);
  const id = cell("id");
  const respondedAt = cell("respondedAt");
  const resolvedAt = cell("resolvedAt");
  const instants = new Map<string, string>([["createdAt", createdAt]]);
  if (respondedAt !== undefined) instants.set("respondedAt", respondedAt);
  if (resolvedAt !== undefined) instants.set("resolvedAt", resolvedAt);
  checkInstants(instants, id, zone, where);
  const events: TicketEvent[] = [];
  if (respondedAt !== undefined) events.push({ type: "response", at: respondedAt });
  if (resolvedAt !== undefined) events.push({ type: "resolve", at: resolvedAt });
  const eventsText = cell("events");
  if (eventsText !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(eventsText);
    } catch (e) {
      throw new InputError(`${where}: events is not JSON (${(e as Error).message}); write a JSON array such as [{"type":"pause","at":"2026-11-27T10:00"}]`);
    }
    if (!Array.isArray(parsed)) {
      throw new InputError(`${where}: ${labelOf(id)}events: ${describeValue(parsed)} is not a JSON array of events; write e.g. [{"type":"pause","at":"2026-11-27T10:00"}]`);
    }
    // one push per event: `push(...parsed)` passes every event as an argument and overflows the
    // call stack for a cell of ~100,000 events
    for (const e of parsed as TicketEvent[]) events.push(e);
  }
  const ticket: Ticket = id === undefined ? { createdAt, severity } : { id, createdAt, severity };
  if (events.length > 0) ticket.events = events;
  return ticket;
}

/** Text chunks of `chunks` (bytes decoded as UTF-8, split characters kept whole). */
async function* textOf(chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (text !== "") yield text;
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

/** `text` with the first line complete (or the whole input, if shorter), and the rest to come. */
async function peekHeader(text: AsyncGenerator<string>): Promise<{ head: string; rest: AsyncGenerator<string> }> {
  let head = "";
  for (;;) {
    const r = await text.next();
    if (r.done === true) break;
    head += r.value;
    if (/[\r\n]/.test(r.value)) break; // (only the new text: testing all of head each time is quadratic)
  }
  async function* rest(): AsyncGenerator<string> {
    if (head !== "") yield head;
    yield* text;
  }
  return { head, rest: rest() };
}

/**
 * Reads tickets from a CSV stream whose first row is a header naming the columns (any order):
 *
 * - `createdAt`, `severity` — required.
 * - `id` — optional; a blank id leaves the ticket without one.
 * - `respondedAt` — optional; a `response` event at that instant.
 * - `resolvedAt` — optional; a `resolve` event at that instant.
 * - `events` — optional; a JSON array of events as in the JSON format, e.g.
 *   `[{"type":"pause","at":"2026-11-27T10:00"},{"type":"resume","at":"2026-11-27T11:00"}]`,
 *   added to the ones above.
 *
 * Header names match in any case and in snake_case or kebab-case too (`created_at`, `Created-At`,
 * `CREATEDAT` all name `createdAt`). The separator is `,`, `;` or tab, detected from the header line
 * (see {@link csvDelimiter}). Quoting follows RFC 4180 (quoted cells may hold separators, `""` and
 * line breaks; CRLF or LF), parsed by `csv-parse`. A UTF-8 byte-order mark is dropped.
 *
 * Instants are kept as the strings written, so offset-less ones mean wall clock in the policy's
 * zone. A blank cell is an absent value; a row whose cells are all blank is skipped.
 *
 * The reader checks the instant columns itself, so that a bad one is named by its column
 * (`CSV line 3: ticket "T-2" resolvedAt: "garbage" is not an ISO 8601 …`) rather than by the event
 * it becomes: `respondedAt` and `resolvedAt` must be ISO 8601 dates or date-times that do not
 * precede `createdAt` (a bad `createdAt` itself is reported by the evaluation, by that name). Whether an offset-less instant comes before another depends on the zone:
 * with `readerOptions.policy` the columns are read exactly as the evaluation reads them (the zone, the
 * supported years 1000–9999); without it the order is checked only between instants that carry an
 * offset, and the rest is left to the evaluation. The `events` cell's events are the evaluation's
 * to check (there `events[0]`, `events[1]` … count `respondedAt` and `resolvedAt` first).
 *
 * Rows are read as the caller pulls them (constant memory). A bad row does not end the stream: it
 * yields `{ line, error }` (a wrong number of cells, a blank required cell, a bad instant column,
 * an `events` cell that is not a JSON array, or malformed quoting) and reading goes on.
 *
 * @param readerOptions - `policy`: the policy the tickets are for (see above).
 * @throws InputError (when the first row is pulled) for a missing header, or an unknown, repeated
 *   or missing required column; for a `readerOptions.policy` that is not a policy from `definePolicy`;
 *   (after the rows before it) for a record longer than {@link MAX_CSV_RECORD_CHARS} characters,
 *   typically an unclosed quote, after which nothing more is read.
 * @example
 * for await (const row of ticketsFromCsv(["id;created_at;Severity\nT-1;2026-11-27T21:30;sev1\n"])) row;
 * //=> { line: 2, ticket: { id: "T-1", createdAt: "2026-11-27T21:30", severity: "sev1" } }
 * @category CSV
 */
export async function* ticketsFromCsv(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  readerOptions: TicketsFromCsvOptions = {},
): AsyncGenerator<TicketRow, void, undefined> {
  const zone = readerOptions.policy === undefined ? undefined : compiledOf(readerOptions.policy).zone;
  const { head, rest } = await peekHeader(textOf(chunks));
  // csv-parse calls on_skip and on_record synchronously in input order, while records reach the
  // stream's reader later: rows skipped for an error travel with the next record to keep the order.
  let lastLine = 0; // the line the previous record (or skipped row) ended on
  // csv-parse counts the CR and the LF of a CRLF inside a quoted cell as two lines: each one seen
  // in a record's cells so far is taken off its count.
  let crlfInCells = 0;
  let skipped: TicketRow[] = [];
  let tooLong: InputError | undefined; // csv-parse stops reading after a record over max_record_size
  const options: Options<Parsed, string[]> = {
    delimiter: csvDelimiter(head.replace(/^\uFEFF/, "")),
    // Either ending, record by record (csv-parse would keep the first one it meets: a CRLF header
    // followed by LF rows would read as one record).
    record_delimiter: ["\r\n", "\n"],
    bom: true,
    relax_column_count: true,
    skip_records_with_error: true,
    max_record_size: MAX_CSV_RECORD_CHARS,
    on_skip: (err: CsvError | undefined) => {
      const line = lastLine + 1;
      if (err?.code === "CSV_MAX_RECORD_SIZE") {
        tooLong = new InputError(
          `CSV line ${line}: a record of more than ${MAX_CSV_RECORD_CHARS.toLocaleString("en-US")} characters (an unclosed quote?); the rest of the file was not read`,
        );
        return undefined;
      }
      skipped.push({ line, error: new InputError(`CSV line ${line}: ${err?.message ?? "malformed row"}`) });
      const at: unknown = err?.["lines"];
      lastLine = typeof at === "number" && at - crlfInCells > lastLine ? at - crlfInCells : lastLine + 1;
      return undefined;
    },
    on_record: (record, context) => {
      const before = skipped;
      skipped = [];
      const line = lastLine + 1;
      for (const cell of record) for (let i = cell.indexOf("\r\n"); i >= 0; i = cell.indexOf("\r\n", i + 2)) crlfInCells++;
      lastLine = context.lines - crlfInCells;
      return { record, line, before };
    },
  };
  const parser = parse(options as unknown as Options); // records come out as Parsed (on_record)
  const source = Readable.from(rest);
  source.on("error", (e) => parser.destroy(e));
  source.pipe(parser);

  let index: Map<string, number> | undefined;
  let width = 0;
  for await (const item of parser as AsyncIterable<Parsed>) {
    yield* item.before;
    const line = item.line;
    const row = item.record;
    if (index === undefined) {
      index = readHeader(row);
      width = row.length;
      continue;
    }
    if (row.every((cell) => cell.trim() === "")) continue;
    try {
      yield { line, ticket: ticketOf(row, index, width, `CSV line ${line}`, zone) };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      const at = index.get("id");
      const id = at === undefined ? "" : (row[at] ?? "").trim();
      yield id === "" ? { line, error: e } : { line, error: e, id };
    }
  }
  yield* skipped;
  if (tooLong !== undefined) throw tooLong;
  if (index === undefined) readHeader([]); // an empty file: no header
}
