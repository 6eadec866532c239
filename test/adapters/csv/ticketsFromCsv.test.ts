import { describe, expect, it } from "vitest";
import { csvDelimiter } from "../../../src/adapters/csv/csvDelimiter.js";
import type { TicketRow } from "../../../src/adapters/csv/ticketsFromCsv.js";
import { ticketsFromCsv } from "../../../src/adapters/csv/ticketsFromCsv.js";

/** Every row of `text`, fed in chunks of `size` characters (or as bytes). */
async function rows(text: string, size = 3, bytes = false): Promise<TicketRow[]> {
  const chunks: Array<string | Uint8Array> = [];
  const all = bytes ? new TextEncoder().encode(text) : text;
  for (let i = 0; i < all.length; i += size) chunks.push(all.slice(i, i + size));
  const out: TicketRow[] = [];
  for await (const r of ticketsFromCsv(chunks)) out.push(r);
  return out;
}

const tickets = async (text: string) => (await rows(text)).map((r) => ("ticket" in r ? r.ticket : r.error.message));

describe("ticketsFromCsv", () => {
  it("reads the required columns, in any order, with an optional id", async () => {
    expect(await rows("severity,createdAt,id\nsev1,2026-11-27T21:30,T-1\nsev2,2026-11-28T10:00,\n")).toEqual([
      { line: 2, ticket: { id: "T-1", createdAt: "2026-11-27T21:30", severity: "sev1" } },
      { line: 3, ticket: { createdAt: "2026-11-28T10:00", severity: "sev2" } },
    ]);
  });

  it("turns respondedAt and resolvedAt into events and appends the events column", async () => {
    const csv = [
      "id,createdAt,severity,respondedAt,resolvedAt,events",
      'T-1,2026-11-27T21:30,sev1,2026-11-30T05:00,2026-11-30T09:00,"[{""type"":""pause"",""at"":""2026-11-30T06:00""},{""type"":""resume"",""at"":""2026-11-30T07:00""}]"',
    ].join("\r\n");
    expect(await tickets(csv)).toEqual([
      {
        id: "T-1",
        createdAt: "2026-11-27T21:30",
        severity: "sev1",
        events: [
          { type: "response", at: "2026-11-30T05:00" },
          { type: "resolve", at: "2026-11-30T09:00" },
          { type: "pause", at: "2026-11-30T06:00" },
          { type: "resume", at: "2026-11-30T07:00" },
        ],
      },
    ]);
  });

  it("keeps separators, quotes and line breaks inside quoted cells, skips blank rows, counts lines", async () => {
    const r = await rows('id,createdAt,severity\n"T-1, ""urgent""\nsecond line",2026-11-27T21:30,sev1\n,,\n\nT-2,2026-11-27T21:30,sev2\n');
    expect(r).toEqual([
      { line: 2, ticket: { id: 'T-1, "urgent"\nsecond line', createdAt: "2026-11-27T21:30", severity: "sev1" } },
      { line: 6, ticket: { id: "T-2", createdAt: "2026-11-27T21:30", severity: "sev2" } },
    ]);
  });

  it("matches header names in any case and in snake_case or kebab-case", async () => {
    expect(await tickets("ID,Created_At,SEVERITY,responded-at,Resolved At\nT-1,2026-11-27T21:30,sev1,2026-11-30T05:00,\n")).toEqual([
      { id: "T-1", createdAt: "2026-11-27T21:30", severity: "sev1", events: [{ type: "response", at: "2026-11-30T05:00" }] },
    ]);
  });

  it("reads ; and tab separated files, detected from the header line; UTF-8 bytes split anywhere; a byte-order mark", async () => {
    const expected = [{ id: "Ticket é;1", createdAt: "2026-11-27T21:30", severity: "sev1" }];
    expect(await tickets('\uFEFFid;createdAt;severity\n"Ticket é;1";2026-11-27T21:30;sev1\n')).toEqual(expected);
    expect(await tickets('id\tcreatedAt\tseverity\r\n"Ticket é;1"\t2026-11-27T21:30\tsev1\r\n')).toEqual(expected);
    const bytes = await rows('\uFEFFid;created_at;severity\n"Ticket é;1";2026-11-27T21:30;sev1\n', 1, true);
    expect(bytes.map((r) => ("ticket" in r ? r.ticket : r.error.message))).toEqual(expected);
  });

  it("reads an events cell of 130,000 events", async () => {
    const events = Array.from({ length: 130_000 }, (_, i) => ({ type: "update", at: Date.UTC(2026, 10, 30) + i * 1000 }));
    const r = await rows(`createdAt,severity,events\n2026-11-27,sev1,"${JSON.stringify(events).replace(/"/g, '""')}"\n`, 65_536);
    expect("ticket" in r[0]! && r[0].ticket.events?.length).toBe(130_000);
  });

  it.each([
    ["a short row", "id,createdAt,severity\nT-1,2026-11-27T21:30\n", /^CSV line 2: has 2 cells but the header has 3/],
    ["a blank createdAt", "id,createdAt,severity\nT-1,,sev1\n", /^CSV line 2: createdAt is blank/],
    ["a blank severity", "id,createdAt,severity\nT-1,2026-11-27,\n", /^CSV line 2: severity is blank/],
    ["events that are not JSON", "id,createdAt,severity,events\nT-1,2026-11-27,sev1,[oops\n", /^CSV line 2: events is not JSON/],
    ["events that are not an array", 'id,createdAt,severity,events\nT-1,2026-11-27,sev1,"{""type"":""pause""}"\n', /^CSV line 2: events must be a JSON array/],
    ["a quote inside an unquoted cell", 'id,createdAt,severity\nT-1,2026-11-27,se"v1\n', /^CSV line 2: Invalid Opening Quote/],
  ])("reports %s as that row's error, and reads on", async (_name, text, message) => {
    const next = text.startsWith("id,createdAt,severity,events") ? "T-9,2026-11-30T05:00,sev2,\n" : "T-9,2026-11-30T05:00,sev2\n";
    const r = await rows(text + next);
    expect(r).toHaveLength(2);
    expect("error" in r[0]! && r[0].error.message).toMatch(message);
    expect(r[1]).toEqual({ line: 3, ticket: { id: "T-9", createdAt: "2026-11-30T05:00", severity: "sev2" } });
  });

  it("reports a quoted cell that never closes as a row's error", async () => {
    const r = await rows('id,createdAt,severity\nT-1,2026-11-27,sev1\nT-2,2026-11-27,"sev1\nT-3,2026-11-27,sev1\n');
    expect(r.map((x) => ("ticket" in x ? x.ticket.id : x.error.message))).toEqual(["T-1", expect.stringMatching(/^CSV line 3: Quote Not Closed/)]);
  });

  it.each([
    ["a missing header", "", /no header row/],
    ["an unknown column", "id,createdAt,severity,owner\n", /unknown column "owner"; the columns are id, createdAt/],
    ["a repeated column, in two spellings", "id,createdAt,severity,created_at\n", /"created_at" appears twice \(as createdAt\)/],
    ["a missing required column", "id,createdAt\n", /"severity" is missing/],
  ])("refuses %s (the whole file)", async (_name, text, message) => {
    await expect(rows(text)).rejects.toThrow(message);
  });
});

describe("csvDelimiter", () => {
  it.each([
    ["id,createdAt,severity", ","],
    ["id;createdAt;severity", ";"],
    ["id\tcreatedAt\tseverity", "\t"],
    ['"a;b;c",createdAt,severity', ","],
    ['"a,b,c";createdAt;severity\nx,y,z,w,v', ";"],
    ["createdAt", ","],
    ["a;b\tc", ";"],
  ])("%j → %j", (header, expected) => {
    expect(csvDelimiter(header)).toBe(expected);
  });
});
