/**
 * The shape of a CLI command and the options every command shares.
 *
 * @module
 */
import type { ParseArgsConfig } from "node:util";
import { InputError, addBusinessTime } from "../../index.js";
import type { Instant, Policy } from "../../index.js";
import type { CliIo } from "./cliIo.js";
import { CliInputError, UsageError } from "./cliIo.js";

/** Option definitions as `node:util` `parseArgs` takes them. */
export type OptionSpecs = NonNullable<ParseArgsConfig["options"]>;

/** Parsed options: strings and booleans. */
export type OptionValues = Record<string, string | boolean | undefined>;

/** What a command's `run` gets. */
export interface CommandContext {
  readonly io: CliIo;
  readonly values: OptionValues;
  readonly positionals: ReadonlyArray<string>;
}

/** One subcommand of `sla-clock`. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Full `--help` text (usage line first). */
  readonly help: string;
  readonly options: OptionSpecs;
  /** Allowed number of positional arguments. */
  readonly positionals: { readonly min: number; readonly max: number; readonly name?: string };
  /** Returns the exit code (a promise of it for commands that stream their input). */
  run(ctx: CommandContext): number | Promise<number>;
}

/** Options accepted by every command. */
export const COMMON_OPTIONS: OptionSpecs = {
  policy: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
};

const POLICY_HELP = `  --policy FILE   policy definition (JSON); default: the built-in preset auvikSupportV2
                  (Mon-Fri 04:00-22:00 America/Toronto, Ontario public holidays)`;
const OTHER_HELP = `  --json          machine-readable output (instants in ISO 8601 with the policy's offset)
  -h, --help      this help`;

/** Help lines for {@link COMMON_OPTIONS}. */
export const COMMON_HELP = `Common options:\n${POLICY_HELP}\n${OTHER_HELP}`;

/** {@link COMMON_HELP} without `--policy`, for a command whose help describes it itself (`demo`). */
export const COMMON_HELP_BUT_POLICY = `Common options:\n${OTHER_HELP}`;

/** The string value of a required option. @throws UsageError when missing. */
export function requiredOption(values: OptionValues, name: string, example: string): string {
  const v = values[name];
  if (typeof v !== "string" || v.trim() === "") throw new UsageError(`--${name} is required, e.g. --${name} ${example}`);
  return v;
}

/**
 * The policy file of a command that takes it as its argument or as `--policy FILE` (`validate`,
 * `holidays`): either one, or undefined for the built-in preset.
 *
 * @throws UsageError when both are given (which one was meant cannot be known).
 */
export function policyArgument(values: OptionValues, positionals: ReadonlyArray<string>): string | undefined {
  const option = optionalOption(values, "policy");
  const argument = positionals[0];
  if (argument !== undefined && option !== undefined) {
    throw new UsageError(`the policy is given twice (${JSON.stringify(argument)} and --policy ${JSON.stringify(option)}); give POLICY.json or --policy FILE, not both`);
  }
  return argument ?? option;
}

/**
 * The string value of an optional option, or undefined when it is not given.
 *
 * @throws UsageError when it is given with an empty value (`--now ""`), as a required one is.
 */
export function optionalOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  if (typeof v !== "string") return undefined;
  if (v.trim() === "") throw new UsageError(`--${name} is given an empty value; give it one, or leave the option out`);
  return v;
}

/**
 * An instant option as the library reads it: the text as given (offset-less = policy wall clock),
 * or the current instant for `now`.
 */
export function instantOption(io: CliIo, text: string): string | number {
  return text.trim().toLowerCase() === "now" ? io.now() : text;
}

/**
 * The instant `at` as the library reads it in `policy` (offset-less = policy wall clock):
 * `addBusinessTime(p, at, 0)` returns its start unchanged by definition.
 *
 * @param option - the option the value came from, named in the error (`--now`, `--at`).
 * @throws CliInputError naming `option` for a value that is not an instant, e.g.
 *   `--now: "tomorrow" is not an ISO 8601 date or date-time; use … or "now"`.
 */
export function resolveInstant(policy: Policy, at: Instant, option = "--now"): Date {
  try {
    return addBusinessTime(policy, at, 0);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const message = e.message.replace(/^start: /, "");
    throw new CliInputError(`${option}: ${message}${/ is not an ISO 8601 /.test(message) ? ', or "now"' : ""}`);
  }
}
