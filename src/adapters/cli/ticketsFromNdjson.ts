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
  let pending = "";
  let line = 0;
  function* lines(text: string, final: boolean): Generator<TicketRow> {
    pending += text;
    let start = 0;
    for (;;) {
      const end = pending.indexOf("\n", start);
      if (end < 0 && !final) break;
      const raw = pending.slice(start, end < 0 ? pending.length : end);
      line++;
      const row = rowOf(raw.endsWith("\r") ? raw.slice(0, -1) : raw, line);
      if (row !== null) yield row;
      if (end < 0) {
        start = pending.length;
        break;
      }
      start = end + 1;
    }
    pending = pending.slice(start);
  }
  for await (const chunk of chunks) {
    yield* lines(typeof chunk === "string" ? (line === 0 && pending === "" ? chunk.replace(/^\uFEFF/, "") : chunk) : decoder.decode(chunk, { stream: true }), false);
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
