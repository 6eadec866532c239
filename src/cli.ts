/**
 * The `sla-clock` executable (`dist/cli.js`): Node's I/O around `runCli`. All logic lives in
 * `src/adapters/cli/`.
 *
 * @module
 */
import { writeFileSync } from "node:fs";
import packageJson from "../package.json";
import { fileIdentity, openInputFile, readInputFile } from "./adapters/cli/readInputFile.js";
import { runCli } from "./adapters/cli/runCli.js";

// Output that cannot be written ends the run without a stack trace. A reader that stops early
// (`sla-clock status … --json | head`) closes the pipe: stop quietly with the status of a process
// ended by SIGPIPE (128 + 13), as command-line tools do. Any other failure (a full disk) is one line.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") process.stderr.write(`sla-clock: cannot write to standard output: ${e.message}\n`);
  process.exit(e.code === "EPIPE" ? 141 : 1);
});
process.stderr.on("error", () => process.exit(141)); // nowhere left to report it

const code = runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    readFile: (path) => readInputFile(path), // regular files up to 64 MiB, checked before reading
    openFile: (path) => openInputFile(path), // regular files of any size (streamed) or standard input
    writeFile: (path, text) => writeFileSync(path, text, "utf8"),
    fileIdentity: (path) => fileIdentity(path), // so that --html / --svg never overwrite an input
    now: () => Date.now(),
    // (process.stdout buffers what a pipe has not taken yet: wait for it to drain)
    drained: () => (process.stdout.writableNeedDrain ? new Promise<void>((resolve) => process.stdout.once("drain", () => resolve())) : undefined),
    // progress only on a terminal: never in piped or redirected output
    ...(process.stderr.isTTY === true && { progress: (text: string) => process.stderr.write(`\r\x1b[2K${text}`) }),
  },
  packageJson.version,
);
if (typeof code === "number") process.exitCode = code;
else void code.then((c) => (process.exitCode = c));
