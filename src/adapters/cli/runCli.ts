/**
 * The `sla-clock` command line: argument parsing, dispatch, and the mapping of errors to exit codes
 * (0 ok, 1 user error with a one-line message, 2 usage error).
 *
 * @module
 */
import { parseArgs } from "node:util";
import { PolicyError, SlaClockError } from "../../index.js";
import type { CliIo } from "./cliIo.js";
import { CliInputError, CliPolicyError, UsageError } from "./cliIo.js";
import type { Command, OptionValues } from "./command.js";
import { COMMON_HELP, COMMON_OPTIONS } from "./command.js";
import { formatPolicyIssues, oneLine } from "./formatPolicyIssues.js";
import { deadlineCommand } from "./commands/deadlineCommand.js";
import { demoCommand } from "./commands/demoCommand.js";
import { explainCommand } from "./commands/explainCommand.js";
import { holidaysCommand } from "./commands/holidaysCommand.js";
import { statusCommand } from "./commands/statusCommand.js";
import { validateCommand } from "./commands/validateCommand.js";

/** Every command, in help order. */
export const COMMANDS: ReadonlyArray<Command> = [deadlineCommand, statusCommand, explainCommand, validateCommand, holidaysCommand, demoCommand];

/** Exit codes. */
export const EXIT = Object.freeze({ ok: 0, userError: 1, usage: 2 });

/**
 * Runs `sla-clock` with `argv` (without `node` and the script) and returns the exit code, or a
 * promise of it for a command that streams its input (`status`). Nothing is thrown (nor rejected):
 * every failure becomes a message on `io.stderr` and a code.
 *
 * @example
 * runCli(["deadline", "--severity", "sev1", "--at", "2026-11-27T21:30"], io); //=> 0, prints 2026-11-30T05:30:00-05:00
 */
export function runCli(argv: ReadonlyArray<string>, io: CliIo, version = "0.0.0"): number | Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(globalHelp());
    return EXIT.usage;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    if (rest[0] === undefined) {
      io.stdout(globalHelp());
      return EXIT.ok;
    }
    const topic = COMMANDS.find((c) => c.name === rest[0]);
    if (topic === undefined) return unknownCommand(io, rest[0]);
    if (rest.length > 1) return usageError(io, `help takes one command name, e.g. sla-clock help ${topic.name}; got ${rest.length}`);
    io.stdout(topic.help);
    return EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(version);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    const later = rest.findIndex((a) => COMMANDS.some((c) => c.name === a));
    if (name.startsWith("-") && later >= 0) {
      const before = [name, ...rest.slice(0, later)].map((a) => (/^[\w./:@=+-]+$/.test(a) ? a : JSON.stringify(a))).join(" ");
      return usageError(io, `options go after the command: sla-clock ${rest[later]!} ${before} …, not sla-clock ${before} ${rest[later]!} …`);
    }
    return unknownCommand(io, name);
  }
  try {
    let parsed: { values: OptionValues; positionals: string[] };
    try {
      const all = parseArgs({ args: [...rest], options: { ...COMMON_OPTIONS, ...command.options }, allowPositionals: true, strict: true, tokens: true });
      refuseRepeatedOptions(all.tokens);
      parsed = all as unknown as typeof parsed;
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError((e as Error).message.replace(/\. To specify a positional argument starting with a '-'.*$/s, ""));
    }
    refuseStdinTwice(command, parsed);
    if (parsed.values.help === true) {
      io.stdout(command.help);
      return EXIT.ok;
    }
    const { min, max, name: argName } = command.positionals;
    if (parsed.positionals.length < min) throw new UsageError(`missing ${argName ?? "argument"}`);
    if (parsed.positionals.length > max) {
      throw new UsageError(`unexpected argument ${JSON.stringify(parsed.positionals[max])}${max === 0 ? "; this command takes only options" : ""}`);
    }
    const code = command.run({ io, values: parsed.values, positionals: parsed.positionals });
    return typeof code === "number" ? code : code.catch((e: unknown) => report(io, command, e));
  } catch (e) {
    return report(io, command, e);
  }
}

/** The usage error for a command name that is not one (`sla-clock nope`, `sla-clock help nope`). */
function unknownCommand(io: CliIo, name: string): number {
  const hint = name.startsWith("-") ? `; ${JSON.stringify(name)} is an option: write the command first, then its options (sla-clock <command> [options])` : "";
  return usageError(io, `unknown command ${JSON.stringify(name)}${hint}; the commands are ${COMMANDS.map((c) => c.name).join(", ")}`);
}

/** A usage error before any command: the problem, the usage line and a pointer to `--help` (exit 2). */
function usageError(io: CliIo, problem: string): number {
  io.stderr(`sla-clock: ${problem}\n${USAGE}\n(sla-clock --help for details)`);
  return EXIT.usage;
}

const USAGE = "Usage: sla-clock <command> [options]";

/** The options that name an input file, which `-` turns into standard input. */
const INPUT_OPTIONS: ReadonlyArray<string> = ["policy", "from-ics"];

/**
 * Refuses a command line that reads standard input for two inputs (`status - --policy -`): the
 * first would read it all, the second nothing.
 *
 * @throws UsageError naming both inputs.
 */
function refuseStdinTwice(command: Command, parsed: { values: OptionValues; positionals: string[] }): void {
  const stdin: string[] = [];
  if (parsed.positionals.includes("-")) stdin.push(command.positionals.name ?? "the argument");
  for (const option of INPUT_OPTIONS) if (parsed.values[option] === "-") stdin.push(`--${option}`);
  if (stdin.length > 1) {
    throw new UsageError(`${stdin.join(" and ")} are both - (standard input), which can feed only one of them; pass the other as a file`);
  }
}

/**
 * Refuses an option with a value given twice (`--severity sev1 --severity sev2`), instead of
 * taking the last one.
 *
 * @throws UsageError naming the option and both values.
 */
function refuseRepeatedOptions(tokens: ReadonlyArray<{ kind: string; name?: string; value?: string | undefined }>): void {
  const seen = new Map<string, string>();
  for (const t of tokens) {
    if (t.kind !== "option" || t.name === undefined || t.value === undefined) continue;
    const first = seen.get(t.name);
    if (first !== undefined) {
      throw new UsageError(`--${t.name} is given twice (${JSON.stringify(first)} and ${JSON.stringify(t.value)}); give it once`);
    }
    seen.set(t.name, t.value);
  }
}

function report(io: CliIo, command: Command, e: unknown): number {
  if (e instanceof UsageError) {
    // the usage lines (all of them: `explain` has two forms), then where the details are
    const usage = command.help.slice(0, command.help.indexOf("\n\n") >>> 0);
    io.stderr(`sla-clock ${command.name}: ${e.message}\n${usage}\n(sla-clock ${command.name} --help for details)`);
    return EXIT.usage;
  }
  if (e instanceof CliPolicyError) {
    io.stderr(formatPolicyIssues(e.label, e.issues));
    return EXIT.userError;
  }
  if (e instanceof PolicyError) {
    io.stderr(formatPolicyIssues("policy", e.issues));
    return EXIT.userError;
  }
  if (e instanceof SlaClockError || e instanceof CliInputError) {
    io.stderr(`sla-clock ${command.name}: ${oneLine(e.message)}`);
    return EXIT.userError;
  }
  io.stderr(`sla-clock ${command.name}: unexpected error: ${oneLine(e instanceof Error ? e.message : String(e))} (please report it)`);
  return EXIT.userError;
}

function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `sla-clock: business-time arithmetic and SLA deadlines for support desks

${USAGE}

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

${COMMON_HELP}

Run "sla-clock <command> --help" for a command's options. Docs: docs/cli.md`;
}
