/**
 * The `sla-clock` executable (`dist/cli.js`): Node's I/O around `runCli`. All logic lives in
 * `src/adapters/cli/`.
 *
 * @module
 */
import packageJson from "../package.json";
import { readInputFile } from "./adapters/cli/readInputFile.js";
import { runCli } from "./adapters/cli/runCli.js";

process.exitCode = runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    readFile: (path) => readInputFile(path), // regular files up to 64 MiB, checked before reading
    now: () => Date.now(),
  },
  packageJson.version,
);
