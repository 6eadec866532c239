/**
 * What the CLI needs from its surroundings, passed in so that commands stay testable and pure.
 *
 * @module
 */
import type { PolicyIssue } from "../../index.js";

/** The CLI's window on the world. `src/cli.ts` supplies the Node implementation. */
export interface CliIo {
  /** Writes to standard output (a line break is added). */
  stdout(text: string): void;
  /** Writes to standard error (a line break is added). */
  stderr(text: string): void;
  /** Reads a UTF-8 file; `"-"` means standard input. Throws a Node-style error (with `code`) when it cannot. */
  readFile(path: string): string;
  /**
   * Writes a UTF-8 file (replacing it), for the files a command is asked to write (`--svg`,
   * `--html`). Throws a Node-style error (with `code`) when it cannot. Optional: without it, those
   * options are refused.
   */
  writeFile?(path: string, text: string): void;
  /**
   * Which file `path` names (`"-"`: standard input), as a key equal for two paths of the same file
   * (a link, another spelling), or undefined when it names no regular file. Lets a command refuse
   * to write its output over one of its inputs. Optional: without it, paths are compared as written.
   */
  fileIdentity?(path: string): string | undefined;
  /** The current instant in epoch ms: used only when a command is not given `--now` / `--at`. */
  now(): number;
  /**
   * Opens a file as a stream of chunks (`"-"` = standard input), for commands that read large
   * inputs as they come (`status`). Optional: without it, `readFile` reads the whole file.
   * Failures surface while iterating, as Node-style errors (with `code`).
   */
  openFile?(path: string): AsyncIterable<string | Uint8Array>;
  /**
   * Shows a one-line progress report on standard error, replacing the previous one (`""` clears
   * it). Present only when standard error is a terminal, so progress never reaches piped output.
   */
  progress?(text: string): void;
  /**
   * A promise that resolves once standard output has taken what was written, when its buffer is
   * full (a pipe read more slowly than the output is made); otherwise undefined. Commands that
   * write as they go (`status --json`) wait on it, so that a slow reader does not make them hold
   * the whole output in memory. Optional: without it, nothing waits.
   */
  drained?(): Promise<void> | undefined;
}

/** A usage error: bad command line syntax. Exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** A user error outside the library: a file that cannot be read or parsed. Exit code 1. */
export class CliInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliInputError";
  }
}

/** A policy definition that failed validation, with where it came from. Exit code 1. */
export class CliPolicyError extends Error {
  readonly label: string;
  readonly issues: ReadonlyArray<PolicyIssue>;
  constructor(label: string, issues: ReadonlyArray<PolicyIssue>) {
    super(`${label} is invalid`);
    this.name = "CliPolicyError";
    this.label = label;
    this.issues = issues;
  }
}

/**
 * Reads a file through `io`, turning failures into a one-line {@link CliInputError}.
 *
 * @throws CliInputError naming the file and the reason (missing, a directory, not permitted …).
 */
export function readTextFile(io: CliIo, path: string, what: string): string {
  try {
    return io.readFile(path);
  } catch (e) {
    throw unreadable(e, path, what);
  }
}

/**
 * Writes a file through `io`, turning failures into a one-line {@link CliInputError}.
 *
 * @throws CliInputError naming the option, the file and the reason.
 */
export function writeTextFile(io: CliIo, path: string, text: string, option: string): void {
  if (io.writeFile === undefined) throw new CliInputError(`${option}: this sla-clock cannot write files`);
  try {
    io.writeFile(path, text);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const reason =
      code === "ENOENT" ? "no such directory" :
      code === "EISDIR" ? "it is a directory" :
      code === "EACCES" || code === "EPERM" ? "permission denied" :
      (e as Error).message;
    throw new CliInputError(`${option}: cannot write ${JSON.stringify(path)}: ${reason}`);
  }
}

/**
 * The file an output option (`--html`, `--svg`) names (not empty: `optionalOption` refuses that),
 * checked before any input is read: not `-` (standard output already carries the command's
 * report), and not a file the command reads (`inputs`: its TICKETS or TICKET file and its
 * `--policy`; `-` is standard input), which the output would replace.
 *
 * @throws UsageError naming the option and the input it would overwrite.
 */
export function outputPath(io: CliIo, path: string, option: string, inputs: ReadonlyArray<string | undefined>): string {
  if (path === "-") throw new UsageError(`${option} -: standard output already carries the report; name a file to write`);
  const id = io.fileIdentity?.(path);
  for (const input of inputs) {
    if (input === undefined) continue;
    const same = io.fileIdentity === undefined ? input === path : id !== undefined && io.fileIdentity(input) === id;
    if (same) {
      const what = input === "-" ? "standard input" : JSON.stringify(input);
      throw new UsageError(`${option} ${JSON.stringify(path)} is ${what}, which this command reads; writing it would replace it: name another file`);
    }
  }
  return path;
}

/** The one-line {@link CliInputError} for a file that failed to open or read (`e` a Node-style error). */
export function unreadable(e: unknown, path: string, what: string): CliInputError {
  const code = (e as { code?: string }).code;
  const reason =
    code === "ENOENT" ? "no such file" :
    code === "EISDIR" ? "it is a directory" :
    code === "EACCES" || code === "EPERM" ? "permission denied" :
    (e as Error).message;
  return new CliInputError(`cannot read ${what} ${JSON.stringify(path)}: ${reason}`);
}

/**
 * Parses JSON text, turning a syntax error, or text that is empty or only white space, into a
 * one-line {@link CliInputError}.
 */
export function parseJsonText(text: string, path: string, what: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") throw new CliInputError(`${what} ${JSON.stringify(path)} is empty; it should hold JSON`);
  try {
    return JSON.parse(body);
  } catch (e) {
    throw new CliInputError(`${what} ${JSON.stringify(path)} is not valid JSON: ${(e as Error).message}`);
  }
}
