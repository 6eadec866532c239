/**
 * Tickets from a file: a JSON array, or CSV with a header row.
 *
 * @module
 */
import type { Ticket } from "../../index.js";
import { ticketsFromCsv } from "../csv/ticketsFromCsv.js";
import type { CliIo } from "./cliIo.js";
import { CliInputError, parseJsonText, readTextFile } from "./cliIo.js";

/**
 * Reads tickets from `path` (`"-"` = standard input). The format follows the extension (`.json`,
 * `.csv`); otherwise text starting with `[` is JSON and anything else CSV.
 *
 * JSON: an array of tickets as the library takes them (`{ id?, createdAt, severity, events? }`).
 * CSV: see `ticketsFromCsv` (columns `id,createdAt,severity,respondedAt,resolvedAt,events`).
 * Tickets are checked in detail by the SLA functions, which name the offending ticket.
 *
 * @throws CliInputError for an unreadable file, bad JSON or a JSON value that is not an array of
 *   objects; InputError for malformed CSV.
 */
export function readTickets(io: CliIo, path: string): Ticket[] {
  const text = readTextFile(io, path, "tickets file");
  const lower = path.toLowerCase();
  const json = lower.endsWith(".json") || (!lower.endsWith(".csv") && /^\uFEFF?\s*[[{]/.test(text));
  if (!json) return ticketsFromCsv(text);
  const value = parseJsonText(text, path, "tickets file");
  if (!Array.isArray(value)) {
    throw new CliInputError(`tickets file ${JSON.stringify(path)} must hold a JSON array of tickets, e.g. [{"id":"T-1","createdAt":"2026-11-27T21:30","severity":"sev1"}]`);
  }
  value.forEach((t, i) => {
    if (typeof t !== "object" || t === null || Array.isArray(t)) {
      throw new CliInputError(`tickets file ${JSON.stringify(path)}: entry [${i}] is not a ticket object`);
    }
  });
  return value as Ticket[];
}
