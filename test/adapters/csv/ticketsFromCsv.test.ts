import { describe, expect, it } from "vitest";
import { ticketsFromCsv } from "../../../src/adapters/csv/ticketsFromCsv.js";

describe("ticketsFromCsv", () => {
  it("reads the required columns, in any order, with an optional id", () => {
    expect(ticketsFromCsv("severity,createdAt,id\nsev1,2026-11-27T21:30,T-1\nsev2,2026-11-28T10:00,\n")).toEqual([
      { id: "T-1", createdAt: "2026-11-27T21:30", severity: "sev1" },
      { createdAt: "2026-11-28T10:00", severity: "sev2" },
    ]);
  });

  it("turns respondedAt and resolvedAt into events and appends the events column", () => {
    const csv = [
      "id,createdAt,severity,respondedAt,resolvedAt,events",
      'T-1,2026-11-27T21:30,sev1,2026-11-30T05:00,2026-11-30T09:00,"[{""type"":""pause"",""at"":""2026-11-30T06:00""},{""type"":""resume"",""at"":""2026-11-30T07:00""}]"',
    ].join("\r\n");
    expect(ticketsFromCsv(csv)).toEqual([
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

  it("keeps commas and line breaks inside quoted ids and skips blank rows", () => {
    expect(ticketsFromCsv('id,createdAt,severity\n"T-1, ""urgent""\nsecond line",2026-11-27T21:30,sev1\n,,\n\n')).toEqual([
      { id: 'T-1, "urgent"\nsecond line', createdAt: "2026-11-27T21:30", severity: "sev1" },
    ]);
  });

  it.each([
    ["a missing header", "", /no header row/],
    ["an unknown column", "id,createdAt,severity,owner\n", /unknown column "owner"; the columns are id, createdAt/],
    ["a repeated column", "id,createdAt,severity,id\n", /"id" appears twice/],
    ["a missing required column", "id,createdAt\n", /"severity" is missing/],
    ["a short row", "id,createdAt,severity\nT-1,2026-11-27T21:30\n", /row 1: has 2 cells but the header has 3/],
    ["a blank createdAt", "id,createdAt,severity\nT-1,,sev1\n", /row 1: createdAt is blank/],
    ["events that are not JSON", "createdAt,severity,events\n2026-11-27,sev1,[oops\n", /row 1: events is not JSON/],
    ["events that are not an array", 'createdAt,severity,events\n2026-11-27,sev1,"{""type"":""pause""}"\n', /events must be a JSON array/],
  ])("rejects %s", (_name, text, message) => {
    expect(() => ticketsFromCsv(text)).toThrow(message);
  });

  it("regression (issue 14: an events cell of 130,000 events died with \"Maximum call stack size exceeded\"): reads them all", () => {
    const many = Array.from({ length: 130_000 }, (_, k) => ({ type: k % 2 ? "resume" : "pause", at: 1_800_000_000_000 + k * 60_000 }));
    const cell = JSON.stringify(many).replace(/"/g, '""');
    const [ticket] = ticketsFromCsv(`createdAt,severity,respondedAt,events\n2026-11-27,sev1,2026-11-27T10:00,"${cell}"\n`);
    expect(ticket!.events).toHaveLength(130_001);
    expect(ticket!.events![0]).toEqual({ type: "response", at: "2026-11-27T10:00" });
    expect(ticket!.events![130_000]).toEqual(many[129_999]);
  });
});
