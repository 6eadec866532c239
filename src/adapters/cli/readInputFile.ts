/**
 * How the `sla-clock` executable reads its input files: only regular files (or standard input),
 * only up to {@link MAX_INPUT_FILE_BYTES}, checked before reading, so `--policy /dev/zero` or a
 * 1 GB file fails at once with a one-line message instead of filling memory.
 *
 * @module
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync, statSync } from "node:fs";
import type { Readable } from "node:stream";
import type { Stats } from "node:fs";

/**
 * Largest input file the CLI reads: 64 MiB. A policy with 10,000 holidays is under 1 MB; a ticket
 * file of 100,000 tickets with a few events each is about 30 MB.
 */
export const MAX_INPUT_FILE_BYTES = 64 * 1024 * 1024;

/** An input refused before or while reading; `code` as Node names such failures. */
function refused(code: string, reason: string): Error {
  return Object.assign(new Error(reason), { code });
}

function kindOf(s: Stats): string {
  if (s.isDirectory()) return "a directory";
  if (s.isCharacterDevice()) return "a character device";
  if (s.isBlockDevice()) return "a block device";
  if (s.isFIFO()) return "a named pipe";
  if (s.isSocket()) return "a socket";
  return "not a regular file";
}

/** Refuses what is not a regular file, or is larger than the limit. */
function check(s: Stats, limit: number): void {
  if (s.isDirectory()) throw refused("EISDIR", "it is a directory");
  if (!s.isFile()) throw refused("ENOTREGULAR", `it is ${kindOf(s)}, not a regular file; pass a file (or - for standard input)`);
  if (s.size > limit) throw refused("EFBIG", `it is ${s.size.toLocaleString("en-US")} bytes, over the limit of ${limit.toLocaleString("en-US")} bytes`);
}

/** Reads at most `limit` bytes from `fd`; more is an error (a file that grew, or a pipe). */
function readBounded(fd: number, limit: number): string {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    total += n;
    if (total > limit) throw refused("EFBIG", `it holds more than the limit of ${limit.toLocaleString("en-US")} bytes`);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks, total).toString("utf8");
}

/**
 * The UTF-8 text of the file at `path` (`"-"`: standard input), read only when it is a regular file
 * of at most `limit` bytes (standard input may be a pipe, read up to the limit).
 *
 * Edge cases: the check follows symbolic links; a file that grows past the limit while being read
 * is refused; a FIFO is refused before it is opened (opening it could wait for a writer).
 *
 * @throws Error with a Node-style `code`: `ENOENT`, `EACCES`, `EISDIR` (a directory), `ENOTREGULAR`
 *   (a device, FIFO or socket), `EFBIG` (over the limit); the message is the reason in words.
 * @example
 * readInputFile("policy.json");  //=> '{ "timezone": "UTC", "hours": "24x7" }'
 * readInputFile("/dev/zero");    // throws: it is a character device, not a regular file; …
 */
export function readInputFile(path: string, limit = MAX_INPUT_FILE_BYTES): string {
  if (path === "-") {
    const s = fstatSync(0);
    if (s.isFile()) check(s, limit);
    return readBounded(0, limit); // a pipe or terminal: bounded by the limit while reading
  }
  check(statSync(path), limit);
  const fd = openSync(path, "r");
  try {
    check(fstatSync(fd), limit); // the file opened is the file checked
    return readBounded(fd, limit);
  } finally {
    closeSync(fd);
  }
}

/**
 * A stream of the file at `path` (`"-"`: standard input), opened only when it is a regular file.
 * Streams are read in constant memory, so no size limit applies; what is not a regular file
 * (`/dev/zero`, a FIFO, a directory) is refused before anything is read.
 *
 * @throws Error with a Node-style `code`, as {@link readInputFile} (never `EFBIG`).
 * @example
 * openInputFile("tickets.ndjson"); //=> a Readable of the file's bytes
 * openInputFile("/dev/zero");      // throws: it is a character device, not a regular file; …
 */
export function openInputFile(path: string): Readable {
  if (path === "-") return process.stdin;
  check(statSync(path), Number.POSITIVE_INFINITY);
  return createReadStream(path);
}

/**
 * Which file `path` names (`"-"`: standard input), as its device and inode number (`"2049:131"`),
 * so that two spellings of one file (a link, `./a` and `a`) compare equal; undefined when it names
 * no regular file (it does not exist yet, or it is a pipe or a terminal).
 *
 * @throws Never.
 * @example
 * fileIdentity("tickets.csv") === fileIdentity("./tickets.csv"); //=> true
 * fileIdentity("new-report.html");                                //=> undefined (no such file yet)
 */
export function fileIdentity(path: string): string | undefined {
  try {
    const s = path === "-" ? fstatSync(0) : statSync(path);
    return s.isFile() ? `${s.dev}:${s.ino}` : undefined;
  } catch {
    return undefined;
  }
}
