/**
 * Tickets from a file, as a stream of rows: NDJSON, CSV or a JSON array.
 *
 * @module
 */
import type { Ticket } from "../../index.js";
import { InputError } from "../../index.js";
import { ticketsFromCsv } from "../csv/ticketsFromCsv.js";
import type { CliIo } from "./cliIo.js";
import { CliInputError, parseJsonText, readTextFile, unreadable } from "./cliIo.js";
import { ticketsFromNdjson } from "./ticketsFromNdjson.js";

/** The formats `readTickets` reads. */
export type TicketFormat = "ndjson" | "csv" | "json";

/** One ticket of the file, or why its row could not be read; `line`: where it starts (NDJSON, CSV). */
export type TicketSourceRow = { readonly line?: number; readonly ticket: Ticket } | { readonly line?: number; readonly error: InputError };

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

/** Tickets of a JSON array, read whole (a JSON array cannot be read as it comes; use NDJSON for that). */
async function* ticketsFromJsonArray(chunks: AsyncIterable<string | Uint8Array>, path: string): AsyncGenerator<TicketSourceRow> {
  const decoder = new TextDecoder("utf-8");
  let text = "";
  for await (const c of chunks) text += typeof c === "string" ? c : decoder.decode(c, { stream: true });
  text += decoder.decode();
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
 * NDJSON and CSV are read as streams (constant memory); a JSON array is read whole. A row that
 * cannot be read (a line that is not JSON, a CSV row with the wrong number of cells …) is a
 * `{ line, error }` row and reading goes on. Tickets are checked in detail by the SLA functions.
 *
 * @throws CliInputError (while iterating) for an unreadable file, or JSON that is not an array;
 *   InputError for a bad CSV header.
 */
export async function* readTickets(io: CliIo, path: string, format?: TicketFormat): AsyncGenerator<TicketSourceRow, void, undefined> {
  const chunks = chunksOf(io, path);
  let chosen = format ?? formatOfPath(path);
  let first: IteratorResult<string | Uint8Array> | undefined;
  if (chosen === undefined) {
    // sniff: the first chunk with something other than white space (and a byte-order mark)
    let seen = "";
    const decoder = new TextDecoder("utf-8");
    const held: Array<string | Uint8Array> = [];
    for (;;) {
      first = await chunks.next();
      if (first.done === true) break;
      held.push(first.value);
      seen += typeof first.value === "string" ? first.value : decoder.decode(first.value, { stream: true });
      if (/[^\s\uFEFF]/.test(seen)) break;
    }
    const c = /[^\s\uFEFF]/.exec(seen)?.[0];
    chosen = c === "[" ? "json" : c === "{" ? "ndjson" : "csv";
    const rest = chunks;
    const replay = async function* (): AsyncGenerator<string | Uint8Array> {
      yield* held;
      yield* rest;
    };
    yield* rowsOf(chosen, replay(), path);
    return;
  }
  yield* rowsOf(chosen, chunks, path);
}

function rowsOf(format: TicketFormat, chunks: AsyncIterable<string | Uint8Array>, path: string): AsyncGenerator<TicketSourceRow> {
  if (format === "ndjson") return ticketsFromNdjson(chunks);
  if (format === "csv") return ticketsFromCsv(chunks);
  return ticketsFromJsonArray(chunks, path);
}
