/**
 * Tickets from CSV: one row per ticket, events in columns.
 *
 * @module
 */
import { InputError } from "../../errors.js";
import type { Ticket, TicketEvent } from "../../index.js";
import { parseCsv } from "./parseCsv.js";

/** The columns `ticketsFromCsv` understands, in documentation order. */
export const TICKET_CSV_COLUMNS = ["id", "createdAt", "severity", "respondedAt", "resolvedAt", "events"] as const;

/**
 * Reads tickets from CSV text whose first row is a header naming the columns (any order):
 *
 * - `createdAt`, `severity` — required.
 * - `id` — optional; a blank id leaves the ticket without one (breaches then name its row index).
 * - `respondedAt` — optional; a `response` event at that instant.
 * - `resolvedAt` — optional; a `resolve` event at that instant.
 * - `events` — optional; a JSON array of events as in the JSON format, e.g.
 *   `[{"type":"pause","at":"2026-11-27T10:00"},{"type":"resume","at":"2026-11-27T11:00"}]`,
 *   added to the ones above.
 *
 * Instants are kept as the strings written, so offset-less ones mean wall clock in the policy's
 * zone. A blank cell is an absent value; a row whose cells are all blank is skipped.
 *
 * @throws InputError for malformed CSV (see `parseCsv`), a missing, unknown or repeated column, a
 *   row with the wrong number of cells, a blank required cell, or an `events` cell that is not a
 *   JSON array. Messages name the row (1 = the first row after the header).
 * @example
 * ticketsFromCsv("id,createdAt,severity,respondedAt\nT-1,2026-11-27T21:30,sev1,2026-11-30T05:00\n");
 * //=> [{ id: "T-1", createdAt: "2026-11-27T21:30", severity: "sev1",
 * //      events: [{ type: "response", at: "2026-11-30T05:00" }] }]
 * @category CSV
 */
export function ticketsFromCsv(text: string): Ticket[] {
  const rows = parseCsv(text);
  const header = rows[0];
  if (header === undefined || header.every((h) => h.trim() === "")) {
    throw new InputError(`CSV: no header row; start with a header such as "id,createdAt,severity,respondedAt"`);
  }
  const columns = header.map((h) => h.trim());
  const known: ReadonlyArray<string> = TICKET_CSV_COLUMNS;
  const index = new Map<string, number>();
  columns.forEach((name, i) => {
    if (!known.includes(name)) {
      throw new InputError(`CSV header: unknown column ${JSON.stringify(name)}; the columns are ${TICKET_CSV_COLUMNS.join(", ")}`);
    }
    if (index.has(name)) throw new InputError(`CSV header: column ${JSON.stringify(name)} appears twice`);
    index.set(name, i);
  });
  for (const required of ["createdAt", "severity"]) {
    if (!index.has(required)) throw new InputError(`CSV header: the column ${JSON.stringify(required)} is missing; the header must include createdAt and severity`);
  }
  const tickets: Ticket[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every((cell) => cell.trim() === "")) continue;
    const where = `CSV row ${r}`;
    if (row.length !== columns.length) {
      throw new InputError(`${where}: has ${row.length} cells but the header has ${columns.length}; quote cells that contain commas`);
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
      // one by one: spreading 130,000 events into push's arguments overflowed the stack (issue 14)
      for (let k = 0; k < parsed.length; k++) events.push(parsed[k] as TicketEvent);
    }
    const id = cell("id");
    tickets.push({ ...(id !== undefined && { id }), createdAt, severity, ...(events.length > 0 && { events }) });
  }
  return tickets;
}
