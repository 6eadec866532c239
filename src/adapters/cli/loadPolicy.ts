/**
 * The policy a CLI command works with: `--policy FILE`, or the built-in preset.
 *
 * @module
 */
import { presets, safeDefinePolicy } from "../../index.js";
import type { Policy } from "../../index.js";
import type { CliIo } from "./cliIo.js";
import { CliPolicyError, parseJsonText, readTextFile } from "./cliIo.js";

/** Name of the preset used when no `--policy` is given. */
export const DEFAULT_PRESET = "auvikSupportV2";

/** A policy definition and where it came from (for messages). */
export interface PolicySource {
  readonly definition: unknown;
  /** `"policy.json"` or `"preset auvikSupportV2"`. */
  readonly label: string;
}

/**
 * The definition in `path` (JSON), or the default preset when `path` is undefined.
 *
 * @throws CliInputError when the file cannot be read or is not JSON.
 */
export function readPolicySource(io: CliIo, path: string | undefined): PolicySource {
  if (path === undefined) return { definition: presets[DEFAULT_PRESET], label: `preset ${DEFAULT_PRESET}` };
  const text = readTextFile(io, path, "policy file");
  return { definition: parseJsonText(text, path, "policy file"), label: path };
}

/**
 * The compiled policy of `--policy FILE` (or the default preset), with the full entry's region
 * holidays.
 *
 * @throws CliInputError for an unreadable file; CliPolicyError for an invalid definition.
 */
export function loadPolicy(io: CliIo, path: string | undefined): { policy: Policy; label: string } {
  const source = readPolicySource(io, path);
  const r = safeDefinePolicy(source.definition);
  if (!r.success) throw new CliPolicyError(source.label, r.error.issues);
  return { policy: r.policy, label: source.label };
}
