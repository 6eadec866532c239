import { describe, expect, it } from "vitest";
import { ticketsFromNdjson } from "../../../src/adapters/cli/ticketsFromNdjson.js";
import type { TicketRow } from "../../../src/adapters/csv/ticketsFromCsv.js";

async function rows(chunks: Array<string | Uint8Array>): Promise<Array<[number, unknown]>> {
  const out: Array<[number, unknown]> = [];
  for await (const r of ticketsFromNdjson(chunks) as AsyncIterable<TicketRow>) out.push([r.line, "ticket" in r ? r.ticket : r.error.message]);
  return out;
}

/** `text` as UTF-8 bytes cut every `size` bytes (splitting multi-byte characters). */
function bytes(text: string, size: number): Uint8Array[] {
  const all = new TextEncoder().encode(text);
  const out: Uint8Array[] = [];
  for (let i = 0; i < all.length; i += size) out.push(all.slice(i, i + size));
  return out;
}

describe("ticketsFromNdjson", () => {
  const text = '\uFEFF{"id":"é-1","createdAt":"2026-11-27T21:30","severity":"sev1"}\r\n\n  \n{"id":"é-2","createdAt":"2026-11-28","severity":"sev2"}';
  const expected = [
    [1, { id: "é-1", createdAt: "2026-11-27T21:30", severity: "sev1" }],
    [4, { id: "é-2", createdAt: "2026-11-28", severity: "sev2" }],
  ];

  it("reads one ticket per line, skipping blank lines, with CRLF, a byte-order mark and no final line break", async () => {
    expect(await rows([text])).toEqual(expected);
  });

  it("gives the same rows whatever the chunks: bytes split inside characters, or one character at a time", async () => {
    for (const size of [1, 2, 3, 7, 64]) expect(await rows(bytes(text, size)), `bytes ${size}`).toEqual(expected);
    expect(await rows([...text])).toEqual(expected);
  });

  it("turns a line that is not JSON into that line's error and reads on; passes non-ticket JSON on as is", async () => {
    expect(await rows(['{"id":"a"\n', "42\n", '{"id":"c"}\n'])).toEqual([
      [1, expect.stringMatching(/^NDJSON line 1: not JSON \(.*\); write one ticket object per line$/)],
      [2, 42],
      [3, { id: "c" }],
    ]);
  });

  it("has no rows for an empty input", async () => {
    expect(await rows([])).toEqual([]);
    expect(await rows(["\n\n"])).toEqual([]);
  });

  it("scans each chunk once: a long line in many small chunks is read in linear time (audit: quadratic)", async () => {
    const piece = new Uint8Array(1024).fill(0x20); // 8 MiB of spaces in 8,192 chunks, then a ticket
    const chunks: Uint8Array[] = Array.from({ length: 8192 }, () => piece);
    chunks.push(new TextEncoder().encode('{"id":"a"}\n'));
    const t0 = performance.now();
    expect(await rows(chunks)).toEqual([[1, { id: "a" }]]);
    expect(performance.now() - t0).toBeLessThan(2_000); // about 50 ms; rescanning every chunk from the line's start: minutes
  }, 20_000);
});
