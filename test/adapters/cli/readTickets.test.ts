/**
 * Regression (audit: `status - --ndjson < /dev/zero` grew memory without end; a 73 MB file of NUL
 * bytes took 31 s and 1 GB): streamed ticket files (NDJSON, CSV) have no total limit but at most
 * MAX_TICKET_LINE_BYTES a line; a JSON array, read whole, at most MAX_INPUT_FILE_BYTES.
 * Cases that would read without end run the real executable in a child process with a timeout.
 */
import { spawnSync } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../../src/adapters/cli/cliIo.js";
import { MAX_INPUT_FILE_BYTES } from "../../../src/adapters/cli/readInputFile.js";
import { MAX_TICKET_LINE_BYTES, readTickets } from "../../../src/adapters/cli/readTickets.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const tsx = join(root, "node_modules", ".bin", process.platform === "win32" ? "tsx.cmd" : "tsx");

const MiB = 1024 * 1024;

/** An io whose `openFile` yields `chunks()` for any path. */
function ioOf(chunks: () => Iterable<string | Uint8Array>): CliIo {
  return {
    stdout: () => undefined,
    stderr: () => undefined,
    readFile: () => "",
    openFile: async function* () {
      yield* chunks();
    },
    now: () => 0,
  };
}

/** `n` copies of `chunk`. */
function* repeat(chunk: string | Uint8Array, n: number): Generator<string | Uint8Array> {
  for (let i = 0; i < n; i++) yield chunk;
}

/** The rows of `path` read through `io`, or the error's message. */
async function read(io: CliIo, path: string, format?: "ndjson" | "csv" | "json"): Promise<unknown> {
  const out: unknown[] = [];
  try {
    for await (const r of readTickets(io, path, format)) out.push("ticket" in r ? r.ticket : r.error.message);
    return out;
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

const ticket = '{"id":"T-1","createdAt":"2026-11-27T21:30","severity":"sev1"}\n';

describe("readTickets: line limit of streamed files", () => {
  it("is 16 MiB", () => {
    expect(MAX_TICKET_LINE_BYTES).toBe(16 * MiB);
  });

  it.each([["t.ndjson"], ["t.csv"]])("refuses a line longer than the limit in %s, naming the file, the line and the limit, before its end", async (path) => {
    const head = path.endsWith(".csv") ? "id,createdAt,severity\n" : ticket;
    const zeros = new Uint8Array(64 * 1024);
    let pulled = 0;
    const io = ioOf(function* () {
      yield new TextEncoder().encode(head);
      for (let i = 0; i < (2 * MAX_TICKET_LINE_BYTES) / zeros.length; i++) {
        pulled++;
        yield zeros; // twice the limit: reading must stop at the limit
      }
    });
    expect(await read(io, path)).toBe(
      `CliInputError: tickets file "${path}": line 2 is longer than the limit of 16,777,216 bytes (16 MiB) for one line; is it a ticket file? (NDJSON: one ticket per line; CSV: one row per line)`,
    );
    expect(pulled).toBe(MAX_TICKET_LINE_BYTES / zeros.length + 1);
  });

  it("counts a line's bytes, not its characters, in text chunks", async () => {
    const third = "é".repeat(Math.floor(MAX_TICKET_LINE_BYTES / 6)); // 2 bytes a character: 4 bytes short of the limit in all
    const chunks = [third, third, third, "ééé"]; // 2 bytes over the limit, in half as many characters
    expect(await read(ioOf(() => chunks), "-", "ndjson")).toMatch(/^CliInputError: tickets file "-": line 1 is longer than the limit/);
  });

  it("reads a line of exactly the limit, and a file of any length", async () => {
    const pad = MAX_TICKET_LINE_BYTES - ticket.length - '"pad":"",'.length;
    const long = `{"pad":"${"x".repeat(pad)}",${ticket.slice(1)}`;
    expect(new TextEncoder().encode(long).length).toBe(MAX_TICKET_LINE_BYTES);
    const rows = (await read(ioOf(() => [long, ticket]), "t.ndjson")) as unknown[];
    expect(rows.length).toBe(2);
    const many = (await read(ioOf(() => repeat(ticket, 300_000)), "t.ndjson")) as unknown[]; // 19 MB, over the limit in total
    expect(many.length).toBe(300_000);
  });
});

describe("readTickets: whole-read limit of a JSON array", () => {
  it("refuses a JSON array over 64 MiB as it accumulates", async () => {
    let pulled = 0;
    const spaces = new Uint8Array(MiB).fill(0x20);
    const io = ioOf(function* () {
      yield "[";
      for (let i = 0; i < (2 * MAX_INPUT_FILE_BYTES) / MiB; i++) {
        pulled++;
        yield spaces; // twice the limit: reading must stop at the limit
      }
    });
    expect(await read(io, "t.json")).toBe(
      'CliInputError: cannot read tickets file "t.json": it holds more than the limit of 67,108,864 bytes for a JSON array (read whole); write one ticket per line (NDJSON, --ndjson) to stream a larger file',
    );
    expect(pulled).toBe(MAX_INPUT_FILE_BYTES / MiB);
  });

  it("refuses standard input that is only white space past 64 MiB (the format cannot be told)", async () => {
    const spaces = new Uint8Array(MiB).fill(0x0a);
    expect(await read(ioOf(() => repeat(spaces, 80)), "-")).toBe('CliInputError: cannot read tickets file "-": its first 67,108,864 bytes are all white space');
  });
});

describe.skipIf(process.platform === "win32")("sla-clock status with standard input that never ends (child process)", () => {
  it.each([[["--ndjson"]], [[]]])("status - %j < /dev/zero: one line, exit 1, bounded memory", (args) => {
    const zero = openSync("/dev/zero", "r");
    try {
      const r = spawnSync(tsx, [join(root, "src", "cli.ts"), "status", "-", ...args, "--now", "2026-11-30T06:00"], { cwd: root, encoding: "utf8", timeout: 30_000, stdio: [zero, "pipe", "pipe"] });
      expect(r.error).toBeUndefined();
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(
        'sla-clock status: tickets file "-": line 1 is longer than the limit of 16,777,216 bytes (16 MiB) for one line; is it a ticket file? (NDJSON: one ticket per line; CSV: one row per line)\n',
      );
    } finally {
      closeSync(zero);
    }
  });
});
