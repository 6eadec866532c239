/**
 * An in-memory `CliIo` for the CLI tests: files to read (whole, or streamed in chunks of `chunk`
 * characters as UTF-8 bytes), and what the run printed and wrote.
 */
import type { CliIo } from "../../../src/adapters/cli/cliIo.js";

export interface MemoryIo {
  readonly io: CliIo;
  readonly out: string[];
  readonly err: string[];
  readonly written: Record<string, string>;
}

/** A `CliIo` over `files` whose clock reads `now`; `chunk`: stream files in pieces of that many characters. */
export function memoryIo(files: Record<string, string>, now: number, opts: { chunk?: number } = {}): MemoryIo {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const missing = (path: string) => Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" });
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (path) => {
      if (path in files) return files[path]!;
      throw missing(path);
    },
    openFile: async function* (path) {
      if (!(path in files)) throw missing(path);
      const text = files[path]!;
      if (opts.chunk === undefined) yield text;
      else for (let i = 0; i < text.length; i += opts.chunk) yield new TextEncoder().encode(text.slice(i, i + opts.chunk));
    },
    writeFile: (path, text) => {
      written[path] = text;
    },
    now: () => now,
  };
  return { io, out, err, written };
}
