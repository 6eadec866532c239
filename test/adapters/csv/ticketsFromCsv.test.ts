import { describe, expect, it } from "vitest";
import { csvDelimiter } from "../../../src/adapters/csv/csvDelimiter.js";
import type { TicketRow } from "../../../src/adapters/csv/ticketsFromCsv.js";
import { ticketsFromCsv } from "../../../src/adapters/csv/ticketsFromCsv.js";
import type { Policy } from "../../../src/index.js";
import { InputError } from "../../../src/index.js";
import { definePolicy, evaluateMany } from "../../../src/index.js";

/** Every row of `text`, fed in chunks of `size` characters (or as bytes). */
async function rows(text: string, size = 3, bytes = false, policy?: Policy): Promise<TicketRow[]> {
  const chunks: Array<string | Uint8Array> = [];
  const all = bytes ? new TextEncoder().encode(text) : text;
  for (let i = 0; i < all.length; i += size) chunks.push(all.slice(i, i + size));
  const out: TicketRow[] = [];
  for await (const r of ticketsFromCsv(chunks, policy === undefined ? undefined : { policy })) out.push(r);
  return out;
}

const tickets = async (text: string, policy?: Policy) => (await rows(text, 3, false, policy)).map((r) => ("ticket" in r ? r.ticket : r.error.message));

const policyIn = (timezone: string): Policy => definePolicy({ timezone, hours: "24x7", severities: { sev1: { targets: { firstResponse: "1h" } } } });

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
    ["events that are not an array", 'id,createdAt,severity,events\nT-1,2026-11-27,sev1,"{""type"":""pause""}"\n', /^CSV line 2: ticket "T-1" events: \{"type":"pause"\} is not a JSON array of events; write e\.g\. \[/],
    ["a respondedAt that is not an instant", "id,createdAt,severity,respondedAt\nT-1,2026-11-27,sev1,soon\n", /^CSV line 2: ticket "T-1" respondedAt: "soon" is not an ISO 8601/],
    ["a quote inside an unquoted cell", 'id,createdAt,severity\nT-1,2026-11-27,se"v1\n', /^CSV line 2: Invalid Opening Quote/],
  ])("reports %s as that row's error, and reads on", async (_name, text, message) => {
    const next = /^id,createdAt,severity,\w/.test(text) ? "T-9,2026-11-30T05:00,sev2,\n" : "T-9,2026-11-30T05:00,sev2\n";
    const r = await rows(text + next);
    expect(r).toHaveLength(2);
    expect("error" in r[0]! && r[0].error.message).toMatch(message);
    expect(r[1]).toEqual({ line: 3, ticket: { id: "T-9", createdAt: "2026-11-30T05:00", severity: "sev2" } });
  });

  it("names a bad respondedAt or resolvedAt by its column and the ticket's id, not by the event it becomes", async () => {
    const csv = "id,createdAt,severity,respondedAt,resolvedAt\nT-1,2026-11-27T09:00,sev1,2026-11-27T09:30,\nT-2,2026-11-27T09:00,sev1,,garbage\n,2026-11-27T09:00,sev1,2026-02-30T10:00,\n";
    expect(await tickets(csv)).toEqual([
      { id: "T-1", createdAt: "2026-11-27T09:00", severity: "sev1", events: [{ type: "response", at: "2026-11-27T09:30" }] },
      expect.stringMatching(/^CSV line 3: ticket "T-2" resolvedAt: "garbage" is not an ISO 8601 date or date-time; use YYYY-MM-DD/),
      expect.stringMatching(/^CSV line 4: respondedAt: "2026-02-30T10:00" is not a valid ISO 8601 date-time: day 30/),
    ]);
  });

  it("gives a row that could not be read its id, when the id cell is not blank", async () => {
    const r = await rows("id,createdAt,severity,resolvedAt\nT-1,2026-11-27,sev1,garbage\n ,2026-11-27,sev1,garbage\nT-3,2026-11-27\n");
    expect(r.map((x) => ("error" in x ? [x.line, x.id] : x))).toEqual([[2, "T-1"], [3, undefined], [4, "T-3"]]);
  });

  it("leaves a bad createdAt to the evaluation, which names it createdAt, and still checks the other columns", async () => {
    expect(await tickets("id,createdAt,severity,respondedAt,resolvedAt\nT-1,27/11/2026,sev1,2026-11-27T10:00,\nT-2,27/11/2026,sev1,,garbage\n", policyIn("UTC"))).toEqual([
      { id: "T-1", createdAt: "27/11/2026", severity: "sev1", events: [{ type: "response", at: "2026-11-27T10:00" }] },
      expect.stringMatching(/^CSV line 3: ticket "T-2" resolvedAt: "garbage" is not an ISO 8601/),
    ]);
  });

  it("without a policy, refuses a respondedAt or resolvedAt before createdAt when both carry an offset, and leaves wall-clock order to the evaluation", async () => {
    const csv = [
      "id,createdAt,severity,respondedAt,resolvedAt",
      "T-1,2026-11-27T09:00Z,sev1,2026-11-27T03:00-05:00,",
      "T-2,2026-11-27T09:00+01:00,sev1,,2026-11-27T07:59Z",
      "T-3,2026-11-27T09:00,sev1,2026-11-26T09:00,",
      "T-4,2026-11-27T09:00Z,sev1,2026-11-27T04:00-05:00,",
    ].join("\n");
    expect(await tickets(csv)).toEqual([
      'CSV line 2: ticket "T-1" respondedAt: "2026-11-27T03:00-05:00" (2026-11-27T08:00:00.000Z) is before createdAt "2026-11-27T09:00Z" (2026-11-27T09:00:00.000Z); a ticket cannot be answered or resolved before it was created',
      expect.stringMatching(/^CSV line 3: ticket "T-2" resolvedAt: "2026-11-27T07:59Z" \(2026-11-27T07:59:00.000Z\) is before createdAt "2026-11-27T09:00\+01:00" \(2026-11-27T08:00:00.000Z\)/),
      { id: "T-3", createdAt: "2026-11-27T09:00", severity: "sev1", events: [{ type: "response", at: "2026-11-26T09:00" }] },
      { id: "T-4", createdAt: "2026-11-27T09:00Z", severity: "sev1", events: [{ type: "response", at: "2026-11-27T04:00-05:00" }] },
    ]);
  });

  it("with a policy, reads the instant columns in its zone as the evaluation does, and refuses one before createdAt by its column", async () => {
    const csv = [
      "id,createdAt,severity,respondedAt,resolvedAt",
      "T-1,2026-11-27T09:00,sev1,2026-11-26T09:00,",
      "T-2,2026-11-27T09:00,sev1,2026-11-27T12:00Z,",
      "T-3,2026-03-08T02:30,sev1,2026-03-08T03:00,",
      "T-4,2026-11-27T09:00,sev1,,0999-12-31",
    ].join("\n");
    const toronto = await tickets(csv, policyIn("America/Toronto"));
    expect(toronto).toEqual([
      expect.stringMatching(/^CSV line 2: ticket "T-1" respondedAt: "2026-11-26T09:00" \(2026-11-26T14:00:00.000Z\) is before createdAt "2026-11-27T09:00" \(2026-11-27T14:00:00.000Z\)/),
      expect.stringMatching(/^CSV line 3: ticket "T-2" respondedAt: "2026-11-27T12:00Z" \(2026-11-27T12:00:00.000Z\) is before createdAt/),
      // 02:30 is in the spring-forward gap: read as 03:30 EDT, after 03:00
      expect.stringMatching(/^CSV line 4: ticket "T-3" respondedAt: "2026-03-08T03:00" \(2026-03-08T07:00:00.000Z\) is before createdAt "2026-03-08T02:30" \(2026-03-08T07:30:00.000Z\)/),
      expect.stringMatching(/^CSV line 5: ticket "T-4" resolvedAt: "0999-12-31" is outside the supported years 1000–9999/),
    ]);
    // in UTC, T-2's response comes three hours after its creation
    expect((await tickets(csv, policyIn("UTC")))[1]).toEqual({ id: "T-2", createdAt: "2026-11-27T09:00", severity: "sev1", events: [{ type: "response", at: "2026-11-27T12:00Z" }] });
  });

  it("with a policy, yields only tickets whose instant columns the evaluation accepts", async () => {
    const policy = policyIn("America/Toronto");
    const csv = "id,createdAt,severity,respondedAt,resolvedAt\nT-1,2026-11-27T09:00,sev1,2026-11-27T09:30,2026-11-27T10:00-05:00\nT-2,2026-11-27T09:00-05:00,sev1,2026-11-27T09:00,\n";
    const read = await tickets(csv, policy);
    expect(read.every((t) => typeof t !== "string")).toBe(true);
    const results = [];
    for (const r of evaluateMany(policy, read, new Date("2026-11-28T00:00Z"))) results.push(r);
    expect(results.map((r) => r.error)).toEqual([undefined, undefined]);
  });

  it("shows the value of an events cell that is not an array, shortened", async () => {
    const long = `{"note":"${"x".repeat(5000)}"}`;
    const [message] = await tickets(`createdAt,severity,events\n2026-11-27,sev1,"${long.replace(/"/g, '""')}"\n`);
    expect(message).toMatch(/^CSV line 2: events: \{"note":"x+\.\.\. is not a JSON array of events/);
    expect((message as string).length).toBeLessThan(200);
    expect(await tickets("createdAt,severity,events\n2026-11-27,sev1,{}\n")).toEqual([expect.stringMatching(/^CSV line 2: events: \{\} is not a JSON array/)]);
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

describe("ticketsFromCsv line endings", () => {
  it("counts a CRLF inside a quoted cell as one line, for the rows after it too", async () => {
    const text = ['id,createdAt,severity', '"A\r\nB\r\nC",2026-11-30T10:00,sev1', "X-1,2026-11-30T10:00,sev1", "X-2,2026-11-30T10:00,sev1", ""].join("\r\n");
    expect((await rows(text)).map((r) => r.line)).toEqual([2, 5, 6]);
    const lf = text.replaceAll("\r\n", "\n");
    expect((await rows(lf)).map((r) => r.line)).toEqual([2, 5, 6]);
  });

  it("reads each record's ending on its own: a CRLF header followed by LF rows", async () => {
    const text = "id,createdAt,severity\r\nT-1,2026-11-30T10:00,sev1\nT-2,2026-11-30T10:00,sev1\nT-3,2026-11-30T10:00,sev1\n";
    const read = await rows(text);
    expect(read.map((r) => [r.line, "ticket" in r ? r.ticket.id : r.error.message])).toEqual([
      [2, "T-1"],
      [3, "T-2"],
      [4, "T-3"],
    ]);
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

describe("ticketsFromCsv bounds a record, not only a line", () => {
  it("an unclosed quote that would swallow the file is an error after the rows before it, not one huge cell", async () => {
    const rows: unknown[] = [];
    const text = 'id,createdAt,severity\nT-0,2026-11-27T21:30,sev1\nT-1,"2026-11-27T21:30\n' + "x,y,z\n".repeat(3_000_000);
    let error: unknown;
    try {
      for await (const row of ticketsFromCsv([text])) rows.push(row);
    } catch (e) {
      error = e;
    }
    expect(rows).toEqual([{ line: 2, ticket: { id: "T-0", createdAt: "2026-11-27T21:30", severity: "sev1" } }]);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe("CSV line 3: a record of more than 16,777,216 characters (an unclosed quote?); the rest of the file was not read");
  });

  it("names an overlong unknown header column briefly", async () => {
    const text = `id,${"c".repeat(100_000)},createdAt,severity\n`;
    let message = "";
    try {
      for await (const _ of ticketsFromCsv([text])) void _;
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^CSV header: unknown column "c+\.\.\.; the columns are id, createdAt/);
    expect(message.length).toBeLessThan(500);
  });
});
