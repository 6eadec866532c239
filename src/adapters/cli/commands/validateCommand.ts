/**
 * `sla-clock validate`: check a policy file and list every problem with its path.
 *
 * @module
 */
import { safeDefinePolicy } from "../../../index.js";
import { safeDefinePolicy as safeDefineLitePolicy } from "../../../lite.js";
import type { Command } from "../command.js";
import { COMMON_HELP, optionalOption } from "../command.js";
import { readPolicySource } from "../loadPolicy.js";
import { formatPolicyIssues } from "../formatPolicyIssues.js";

/** The `validate` command. */
export const validateCommand: Command = {
  name: "validate",
  summary: "check a policy file; list every problem with its path",
  help: `Usage: sla-clock validate [POLICY.json] [--lite] [--json]

Validates a policy definition (CONTRACT section 2). Valid: prints a summary, exit 0. Invalid:
prints every problem as PATH: MESSAGE (e.g. hours.mon[0][1]: "25:00" is not a time of day …),
exit 1. Without POLICY.json, validates --policy FILE or the built-in preset.

  --lite   also require that the policy works with sla-clock/lite (no region holidays;
           expand them with "sla-clock holidays")

${COMMON_HELP}`,
  options: { lite: { type: "boolean" } },
  positionals: { min: 0, max: 1, name: "POLICY.json" },
  run({ io, values, positionals }) {
    const source = readPolicySource(io, positionals[0] ?? optionalOption(values, "policy"));
    const r = values.lite === true ? safeDefineLitePolicy(source.definition) : safeDefinePolicy(source.definition);
    if (values.json === true) {
      io.stdout(
        JSON.stringify(
          r.success
            ? { valid: true, id: r.policy.id, name: r.policy.name, version: r.policy.version, timezone: r.policy.timezone, severities: r.policy.severities }
            : { valid: false, issues: r.error.issues },
          null,
          2,
        ),
      );
      return r.success ? 0 : 1;
    }
    if (!r.success) {
      io.stderr(formatPolicyIssues(source.label, r.error.issues));
      return 1;
    }
    const p = r.policy;
    const title = [p.name ?? p.id ?? "(unnamed policy)", p.version === undefined ? "" : `v${p.version}`].filter(Boolean).join(" ");
    io.stdout(`${source.label}: valid${values.lite === true ? " (lite)" : ""} — ${title}, ${p.timezone}, severities ${p.severities.join(", ") || "(none)"}`);
    return 0;
  },
};
