/**
 * `sla-clock validate`: check a policy file and list every problem with its path.
 *
 * @module
 */
import { HolidayCoverageError } from "../../../calendar/horizon.js";
import { HorizonError, PolicyError, nextBusinessTime, safeDefinePolicy } from "../../../index.js";
import type { Policy, PolicyIssue, SafeDefineResult } from "../../../index.js";
import { safeDefinePolicy as safeDefineLitePolicy } from "../../../lite.js";
import type { Command } from "../command.js";
import { COMMON_HELP, policyArgument } from "../command.js";
import { formatPath } from "../../../errors.js";
import { COMBINATION_LIMITS } from "../../../policy/policyCombination.js";
import { readPolicySource } from "../loadPolicy.js";
import { formatPolicyIssues, issuePath, oneLine } from "../formatPolicyIssues.js";
import { plural } from "../plural.js";

/**
 * The issues of `definition`, region holidays included: the library checks `region` entries only
 * once the rest of the definition is valid, so when it is not, each well-formed `region` entry is
 * checked on its own (in a minimal policy) and its problem reported with the others, in a plain
 * definition and in every part of a combination (`unionOf` / `intersectionOf`, at any depth).
 */
export function validatePolicy(definition: unknown, lite: boolean): SafeDefineResult {
  const define = lite ? safeDefineLitePolicy : safeDefinePolicy;
  const r = define(definition);
  if (r.success) return r;
  const reported = new Set(r.error.issues.map((i) => formatPath(i.path)));
  const extra: PolicyIssue[] = [];
  eachRegionEntry(definition, [], 0, (region, path) => {
    if (reported.has(formatPath(path))) return;
    const probe = define({ timezone: "UTC", hours: "24x7", holidays: [{ region }] });
    if (!probe.success) for (const issue of probe.error.issues) if (issue.path.at(-1) === "region") extra.push({ path, message: issue.message });
  });
  if (extra.length === 0) return r;
  return { success: false, error: new PolicyError([...r.error.issues, ...extra]) };
}

/**
 * Calls `visit` with each `region` entry's code and its path (`[…, "holidays", i, "region"]`), in a
 * plain definition or in the parts of a combination (as deep and as many as a combination may be).
 */
function eachRegionEntry(def: unknown, prefix: ReadonlyArray<string | number>, depth: number, visit: (region: string, path: Array<string | number>) => void): void {
  if (typeof def !== "object" || def === null || depth > COMBINATION_LIMITS.depth) return;
  const record = def as Record<string, unknown>;
  for (const key of ["unionOf", "intersectionOf"]) {
    const parts = record[key];
    if (!Array.isArray(parts)) continue;
    parts.slice(0, COMBINATION_LIMITS.parts).forEach((part, i) => eachRegionEntry(part, [...prefix, key, i], depth + 1, visit));
    return;
  }
  const holidays = record["holidays"];
  if (!Array.isArray(holidays)) return;
  holidays.forEach((entry: unknown, index) => {
    const region = typeof entry === "object" && entry !== null ? (entry as { region?: unknown }).region : undefined;
    if (typeof region === "string") visit(region, [...prefix, "holidays", index, "region"]);
  });
}

/**
 * Things a valid policy may not mean: a policy that is never open within 100 years of `now` (no
 * business hours) is valid, but every deadline on its business clock fails; so does every
 * calculation about `now` when `holidayYears` does not reach it (or the policy next opens in a
 * year it does not cover).
 */
export function policyWarnings(policy: Policy, now: number): PolicyIssue[] {
  try {
    nextBusinessTime(policy, now);
    return [];
  } catch (e) {
    if (!(e instanceof HorizonError)) throw e;
    if (e instanceof HolidayCoverageError) {
      return [{ path: ["holidayYears"], message: `when it next opens after now (${new Date(now).toISOString()}) is unknown: ${e.message}` }];
    }
    return [{ path: ["hours"], message: 'the policy has no business hours (it is never open within 100 years), so every deadline on the business clock fails; add opening hours, or use "24x7"' }];
  }
}

/** The `validate` command. */
export const validateCommand: Command = {
  name: "validate",
  summary: "check a policy file; list every problem with its path",
  help: `Usage: sla-clock validate [POLICY.json] [--lite] [--json]

Validates a policy definition (see docs/policy.md). Valid: prints a summary with the number of
warnings and one "warning: PATH: MESSAGE" line each (a policy with no business hours is valid
but warned about), exit 0. Invalid: prints every problem as PATH: MESSAGE (e.g. hours.mon[0][1]:
"25:00" is not a time of day …), region holiday problems included, exit 1. Without POLICY.json,
validates --policy FILE or the built-in preset.

  --lite   also require that the policy works with sla-clock/lite (no region holidays;
           expand them with "sla-clock holidays")

${COMMON_HELP}`,
  options: { lite: { type: "boolean" } },
  positionals: { min: 0, max: 1, name: "POLICY.json" },
  run({ io, values, positionals }) {
    const source = readPolicySource(io, policyArgument(values, positionals));
    const r = validatePolicy(source.definition, values.lite === true);
    const warnings = r.success ? policyWarnings(r.policy, io.now()) : [];
    if (values.json === true) {
      io.stdout(
        JSON.stringify(
          r.success
            ? { valid: true, id: r.policy.id, name: r.policy.name, version: r.policy.version, timezone: r.policy.timezone, severities: r.policy.severities, warnings }
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
    io.stdout(
      [
        `${source.label}: valid${values.lite === true ? " (lite)" : ""}, ${plural(warnings.length, "warning")} — ${title}, ${p.timezone}, severities ${p.severities.join(", ") || "(none)"}`,
        ...warnings.map((w) => `  warning: ${issuePath(w.path)}: ${oneLine(w.message)}`),
      ].join("\n"),
    );
    return 0;
  },
};
