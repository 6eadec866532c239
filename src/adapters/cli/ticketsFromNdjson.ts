/**
 * Tickets from an NDJSON stream: one JSON ticket per line.
 *
 * @module
 */
import { InputError } from "../../index.js";
import type { Ticket } from "../../index.js";
import type { TicketRow } from "../csv/ticketsFromCsv.js";

/**
 * Reads NDJSON (JSON Lines): one ticket object per line, as the library takes them
 * (`{ id?, createdAt, severity, events? }`), as the caller pulls them (constant memory).
 *
 * Each chunk is scanned once: a line split over many chunks is held in parts and joined when its
 * line break arrives, so reading is linear in the input. A line is held whole until it ends, so
 * the caller bounds line length (the CLI: `readTickets`, 16 MiB a line).
 *
 * Edge cases: blank lines are skipped; CRLF line ends and a UTF-8 byte-order mark are accepted; a
 * line that is not JSON yields `{ line, error }` and reading goes on; a JSON value that is not a
 * ticket is passed on as is (the SLA functions then name what is wrong with it).
 *
 * @example
 * for await (const row of ticketsFromNdjson(['{"createdAt":"2026-11-27T21:30","severity":"sev1"}\n'])) row;
 * //=> { line: 1, ticket: { createdAt: "2026-11-27T21:30", severity: "sev1" } }
 */
export async function* ticketsFromNdjson(chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): AsyncGenerator<TicketRow, void, undefined> {
  const decoder = new TextDecoder("utf-8"); // drops a leading byte-order mark
  let pending: string[] = []; // the parts of the line not yet ended
  let line = 0;
  let first = true;
  function* lines(text: string, final: boolean): Generator<TicketRow> {
    let start = 0;
    for (;;) {
      const end = text.indexOf("\n", start); // only the new text is scanned
      if (end < 0) {
        if (start < text.length) pending.push(text.slice(start));
        if (!final || pending.length === 0) return;
      }
      const raw = pending.join("") + (end < 0 ? "" : text.slice(start, end));
      pending = [];
      line++;
      const row = rowOf(raw.endsWith("\r") ? raw.slice(0, -1) : raw, line);
      if (row !== null) yield row;
      if (end < 0) return;
      start = end + 1;
    }
  }
  for await (const chunk of chunks) {
    let text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text !== "") {
      if (typeof chunk === "string") text = text.replace(/^\uFEFF/, "");
      first = false;
    }
    yield* lines(text, false);
  }
  yield* lines(decoder.decode(), true);
}

function rowOf(text: string, line: number): TicketRow | null {
  if (text.trim() === "") return null;
  try {
    return { line, ticket: JSON.parse(text) as Ticket }; // checked by the SLA functions
  } catch (e) {
    return { line, error: new InputError(`NDJSON line ${line}: not JSON (${(e as Error).message}); write one ticket object per line`) };
  }
}
