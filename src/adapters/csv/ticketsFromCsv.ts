/**
 * Tickets from a CSV stream: one row per ticket, events in columns.
 *
 * @module
 */
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import type { CsvError, Options } from "csv-parse";
import { InputError } from "../../errors.js";
import type { Ticket, TicketEvent } from "../../index.js";
import { csvDelimiter } from "./csvDelimiter.js";

/** The columns `ticketsFromCsv` understands, in documentation order. */
export const TICKET_CSV_COLUMNS = ["id", "createdAt", "severity", "respondedAt", "resolvedAt", "events"] as const;

/** One ticket row of a file: the ticket, or why the row could not be read; `line` is where it starts (1 = the header). */
export type TicketRow = { readonly line: number; readonly ticket: Ticket } | { readonly line: number; readonly error: InputError };

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
      throw new InputError(`CSV header: unknown column ${JSON.stringify(name)}; the columns are ${TICKET_CSV_COLUMNS.join(", ")} (any case; snake_case and kebab-case too)`);
    }
    if (index.has(column)) throw new InputError(`CSV header: column ${JSON.stringify(name)} appears twice (as ${column})`);
    index.set(column, i);
  });
  for (const required of ["createdAt", "severity"]) {
    if (!index.has(required)) throw new InputError(`CSV header: the column ${JSON.stringify(required)} is missing; the header must include createdAt and severity`);
  }
  return index;
}

/** The ticket of one data row. @throws InputError naming the line and the problem. */
function ticketOf(row: ReadonlyArray<string>, index: ReadonlyMap<string, number>, width: number, where: string): Ticket {
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
  const events: TicketEvent[] = [];
  const respondedAt = cell("respondedAt");
  if (respondedAt !== undefined) events.push({ type: "response", at: respondedAt });
  const resolvedAt = cell("resolvedAt");
  if (resolvedAt !== undefined) events.push({ type: "resolve", at: resolvedAt });
  const eventsText = cell("events");
  if (eventsText !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(eventsText);
    } catch (e) {
      throw new InputError(`${where}: events is not JSON (${(e as Error).message}); write a JSON array such as [{"type":"pause","at":"2026-11-27T10:00"}]`);
    }
    if (!Array.isArray(parsed)) throw new InputError(`${where}: events must be a JSON array of events`);
    // one push per event: `push(...parsed)` passes every event as an argument and overflows the
    // call stack for a cell of ~100,000 events
    for (const e of parsed as TicketEvent[]) events.push(e);
  }
  const id = cell("id");
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
    if (/[\r\n]/.test(head)) break;
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
 * Rows are read as the caller pulls them (constant memory). A bad row does not end the stream: it
 * yields `{ line, error }` (a wrong number of cells, a blank required cell, an `events` cell that is
 * not a JSON array, or malformed quoting) and reading goes on.
 *
 * @throws InputError (when the first row is pulled) for a missing header, or an unknown, repeated
 *   or missing required column.
 * @example
 * for await (const row of ticketsFromCsv(["id;created_at;Severity\nT-1;2026-11-27T21:30;sev1\n"])) row;
 * //=> { line: 2, ticket: { id: "T-1", createdAt: "2026-11-27T21:30", severity: "sev1" } }
 * @category CSV
 */
export async function* ticketsFromCsv(chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): AsyncGenerator<TicketRow, void, undefined> {
  const { head, rest } = await peekHeader(textOf(chunks));
  // csv-parse calls on_skip and on_record synchronously in input order, while records reach the
  // stream's reader later: rows skipped for an error travel with the next record to keep the order.
  let lastLine = 0; // the line the previous record (or skipped row) ended on
  let skipped: TicketRow[] = [];
  const options: Options<Parsed, string[]> = {
    delimiter: csvDelimiter(head.replace(/^\uFEFF/, "")),
    bom: true,
    relax_column_count: true,
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      const line = lastLine + 1;
      skipped.push({ line, error: new InputError(`CSV line ${line}: ${err?.message ?? "malformed row"}`) });
      const at: unknown = err?.["lines"];
      lastLine = typeof at === "number" && at > lastLine ? at : lastLine + 1;
      return undefined;
    },
    on_record: (record, context) => {
      const before = skipped;
      skipped = [];
      const line = lastLine + 1;
      lastLine = context.lines;
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
      yield { line, ticket: ticketOf(row, index, width, `CSV line ${line}`) };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      yield { line, error: e };
    }
  }
  yield* skipped;
  if (index === undefined) readHeader([]); // an empty file: no header
}
