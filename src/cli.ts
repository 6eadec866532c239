/**
 * The `sla-clock` executable (`dist/cli.js`): Node's I/O around `runCli`. All logic lives in
 * `src/adapters/cli/`.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import packageJson from "../package.json";
import { runCli } from "./adapters/cli/runCli.js";

process.exitCode = runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    readFile: (path) => readFileSync(path === "-" ? 0 : path, "utf8"),
    now: () => Date.now(),
  },
  packageJson.version,
);
