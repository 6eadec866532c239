/**
 * The `sla-clock` executable (`dist/cli.js`): Node's I/O around `runCli`. All logic lives in
 * `src/adapters/cli/`.
 *
 * @module
 */
import { createReadStream, readFileSync } from "node:fs";
import packageJson from "../package.json";
import { runCli } from "./adapters/cli/runCli.js";

const code = runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    readFile: (path) => readFileSync(path === "-" ? 0 : path, "utf8"),
    openFile: (path) => (path === "-" ? process.stdin : createReadStream(path)),
    now: () => Date.now(),
    // progress only on a terminal: never in piped or redirected output
    ...(process.stderr.isTTY === true && { progress: (text: string) => process.stderr.write(`\r\x1b[2K${text}`) }),
  },
  packageJson.version,
);
if (typeof code === "number") process.exitCode = code;
else void code.then((c) => (process.exitCode = c));
