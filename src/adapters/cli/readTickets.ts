/**
 * Tickets from a file, as a stream of rows: NDJSON, CSV or a JSON array.
 *
 * @module
 */
import type { Policy, Ticket } from "../../index.js";
import { InputError } from "../../index.js";
import { ticketsFromCsv } from "../csv/ticketsFromCsv.js";
import type { CliIo } from "./cliIo.js";
import { CliInputError, parseJsonText, readTextFile, unreadable } from "./cliIo.js";
import { MAX_INPUT_FILE_BYTES } from "./readInputFile.js";
import { ticketsFromNdjson } from "./ticketsFromNdjson.js";

/**
 * Longest line of a streamed ticket file (NDJSON, CSV): 16 MiB, a ticket with about 200,000
 * events. Streamed files have no total limit; a longer line (a file of NUL bytes, `/dev/zero` on
 * standard input) is refused as soon as it passes the limit, so memory stays bounded.
 */
export const MAX_TICKET_LINE_BYTES = 16 * 1024 * 1024;

/** The formats `readTickets` reads. */
export type TicketFormat = "ndjson" | "csv" | "json";

/**
 * One ticket of the file, or why its row could not be read; `line`: where it starts (NDJSON, CSV);
 * `id`: the id of a CSV row that could not be read, when its id cell is not blank.
 */
export type TicketSourceRow = { readonly line?: number; readonly ticket: Ticket } | { readonly line?: number; readonly error: InputError; readonly id?: string };

const WHAT = "tickets file";

/** The format named by the file's extension, if any. */
function formatOfPath(path: string): TicketFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson";
  if (lower.endsWith(".csv") || lower.endsWith(".tsv")) return "csv";
  if (lower.endsWith(".json")) return "json";
  return undefined;
}

/** The chunks of `path`, streamed when `io` can, with open and read failures as one-line errors. */
async function* chunksOf(io: CliIo, path: string): AsyncGenerator<string | Uint8Array> {
  if (io.openFile === undefined) {
    yield readTextFile(io, path, WHAT);
    return;
  }
  try {
    yield* io.openFile(path);
  } catch (e) {
    if (e instanceof InputError || e instanceof CliInputError) throw e;
    throw unreadable(e, path, WHAT);
  }
}

/** The number of UTF-8 bytes of `text` from `from` to `to` (a lone surrogate counts 3, as U+FFFD). */
function utf8Length(text: string, from = 0, to = text.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The size in bytes of a chunk. */
function sizeOf(chunk: string | Uint8Array): number {
  return typeof chunk === "string" ? utf8Length(chunk) : chunk.byteLength;
}

/**
 * `chunks` passed on unchanged while no line is longer than `limit` bytes (line breaks are LF; a
 * CRLF line counts its CR). Each chunk is scanned once. With `wholeFirstLine`, the chunks up to the
 * end of the first line are passed on as one (the CSV reader looks for the header's end in all it
 * has read so far, once per chunk).
 *
 * @throws CliInputError naming the file, the line where the long line starts and the limit, as
 *   soon as the line passes the limit (before its end is read).
 */
async function* boundedLines(chunks: AsyncIterable<string | Uint8Array>, path: string, limit: number, wholeFirstLine = false): AsyncGenerator<string | Uint8Array> {
  let held: Array<string | Uint8Array> | undefined = wholeFirstLine ? [] : undefined;
  let line = 1; // the line the current (unfinished) line is
  let length = 0; // its bytes so far
  const tooLong = (): CliInputError =>
    new CliInputError(
      `${WHAT} ${JSON.stringify(path)}: line ${line.toLocaleString("en-US")} is longer than the limit of ${limit.toLocaleString("en-US")} bytes (${limit / 1024 / 1024} MiB) for one line; is it a ticket file? (NDJSON: one ticket per line; CSV: one row per line)`,
    );
  for await (const chunk of chunks) {
    let start = 0;
    for (;;) {
      const end = typeof chunk === "string" ? chunk.indexOf("\n", start) : chunk.indexOf(0x0a, start);
      const stop = end < 0 ? chunk.length : end;
      length += typeof chunk === "string" ? utf8Length(chunk, start, stop) : stop - start;
      if (length > limit) throw tooLong();
      if (end < 0) break;
      line++;
      length = 0;
      start = end + 1;
    }
    if (held === undefined) {
      yield chunk;
      continue;
    }
    held.push(chunk);
    if (line > 1) {
      yield* joined(held);
      held = undefined;
    }
  }
  if (held !== undefined) yield* joined(held);
}

/** `chunks` as one chunk when they are all text or all bytes (else as they are). */
function joined(chunks: ReadonlyArray<string | Uint8Array>): ReadonlyArray<string | Uint8Array> {
  if (chunks.length < 2) return chunks;
  if (chunks.every((c) => typeof c === "string")) return [chunks.join("")];
  if (chunks.every((c) => typeof c !== "string")) return [Buffer.concat(chunks)];
  return chunks;
}

/** Tickets of a JSON array, read whole (a JSON array cannot be read as it comes; use NDJSON for that). */
async function* ticketsFromJsonArray(chunks: AsyncIterable<string | Uint8Array>, path: string): AsyncGenerator<TicketSourceRow> {
  const decoder = new TextDecoder("utf-8");
  const parts: string[] = [];
  let bytes = 0;
  for await (const c of chunks) {
    bytes += sizeOf(c);
    if (bytes > MAX_INPUT_FILE_BYTES) {
      throw new CliInputError(
        `cannot read ${WHAT} ${JSON.stringify(path)}: it holds more than the limit of ${MAX_INPUT_FILE_BYTES.toLocaleString("en-US")} bytes for a JSON array (read whole); write one ticket per line (NDJSON, --ndjson) to stream a larger file`,
      );
    }
    parts.push(typeof c === "string" ? c : decoder.decode(c, { stream: true }));
  }
  parts.push(decoder.decode());
  const text = parts.join("");
  const value = parseJsonText(text, path, WHAT);
  if (!Array.isArray(value)) {
    throw new CliInputError(`${WHAT} ${JSON.stringify(path)} must hold a JSON array of tickets, e.g. [{"id":"T-1","createdAt":"2026-11-27T21:30","severity":"sev1"}] (or one ticket object per line: NDJSON, --ndjson)`);
  }
  for (const ticket of value) yield { ticket: ticket as Ticket };
}

/**
 * The tickets of `path` (`"-"` = standard input), row by row, as the caller pulls them.
 *
 * The format: `ndjson` when `format` says so or the file ends in `.ndjson` / `.jsonl`; CSV for
 * `.csv` / `.tsv`; a JSON array for `.json`; otherwise by the first character that is not
 * white space: `[` a JSON array, `{` NDJSON, anything else CSV.
 *
 * NDJSON and CSV are read as streams (constant memory), with no total limit but at most
 * {@link MAX_TICKET_LINE_BYTES} a line; a JSON array is read whole, up to
 * {@link MAX_INPUT_FILE_BYTES}. A row that
 * cannot be read (a line that is not JSON, a CSV row with the wrong number of cells …) is a
 * `{ line, error }` row and reading goes on. Tickets are checked in detail by the SLA functions.
 *
 * @param policy - the policy the tickets are for: CSV instant columns (`respondedAt`, `resolvedAt`)
 *   are then read in its zone, so that one before `createdAt` is an error row named by its column.
 * @throws CliInputError (while iterating) for an unreadable file, JSON that is not an array, a
 *   JSON array over {@link MAX_INPUT_FILE_BYTES}, an NDJSON or CSV line over
 *   {@link MAX_TICKET_LINE_BYTES} (naming the file, the line and the limit);
 *   InputError for a bad CSV header.
 */
export async function* readTickets(io: CliIo, path: string, format?: TicketFormat, policy?: Policy): AsyncGenerator<TicketSourceRow, void, undefined> {
  const chunks = chunksOf(io, path);
  let chosen = format ?? formatOfPath(path);
  if (chosen === undefined) {
    // sniff: the first character other than white space (and a byte-order mark); each chunk is
    // tested once, and white space is held only up to the whole-read limit
    const decoder = new TextDecoder("utf-8");
    const held: Array<string | Uint8Array> = [];
    let heldBytes = 0;
    let c: string | undefined;
    while (c === undefined) {
      const next = await chunks.next();
      if (next.done === true) break;
      held.push(next.value);
      heldBytes += sizeOf(next.value);
      c = /[^\s\uFEFF]/.exec(typeof next.value === "string" ? next.value : decoder.decode(next.value, { stream: true }))?.[0];
      if (c === undefined && heldBytes > MAX_INPUT_FILE_BYTES) {
        throw new CliInputError(`cannot read ${WHAT} ${JSON.stringify(path)}: its first ${MAX_INPUT_FILE_BYTES.toLocaleString("en-US")} bytes are all white space`);
      }
    }
    chosen = c === "[" ? "json" : c === "{" ? "ndjson" : "csv";
    const rest = chunks;
    const replay = async function* (): AsyncGenerator<string | Uint8Array> {
      yield* held;
      yield* rest;
    };
    yield* rowsOf(chosen, replay(), path, policy);
    return;
  }
  yield* rowsOf(chosen, chunks, path, policy);
}

/** The rows of `chunks` in `format`; NDJSON and CSV lines are bounded by {@link MAX_TICKET_LINE_BYTES}. */
function rowsOf(format: TicketFormat, chunks: AsyncIterable<string | Uint8Array>, path: string, policy: Policy | undefined): AsyncGenerator<TicketSourceRow> {
  if (format === "ndjson") return ticketsFromNdjson(boundedLines(chunks, path, MAX_TICKET_LINE_BYTES));
  if (format === "csv") return ticketsFromCsv(boundedLines(chunks, path, MAX_TICKET_LINE_BYTES, true), { policy });
  return ticketsFromJsonArray(chunks, path);
}
