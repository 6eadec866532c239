/**
 * The `severities` section of a policy definition: severity keys in rank order, each with a label,
 * a description and its targets.
 *
 * @module
 */

import * as z from "zod/mini";
import type { MetricName } from "./normalizedPolicy.js";
import { POLICY_LIMITS, RESERVED_KEYS } from "./policyLimits.js";
import { checkedString, expected, once, recordGuard, shown, strict, text, recordOf, guarded, optional } from "./schemaBlocks.js";
import type { TargetDefinition } from "./targetSchema.js";
import { targetsSchema } from "./targetSchema.js";

/** A severity; targets for `firstResponse`, `update`, `resolution` (each optional). */
export interface SeverityDefinition {
  readonly label?: string;
  readonly description?: string;
  readonly targets: { readonly [M in MetricName]?: TargetDefinition };
}

/** Severity keys: 1–64 letters, digits, `_`, `.` or `-`, not a reserved name. */
export const SEVERITY_KEY_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

function severityKeyProblem(key: string): string | null {
  if (RESERVED_KEYS.includes(key)) return `${shown(key)} is a reserved name and cannot be a severity key; rename it, e.g. "sev1"`;
  if (!SEVERITY_KEY_PATTERN.test(key)) {
    return `${shown(key)} is not a valid severity key; use 1 to ${POLICY_LIMITS.severityKeyLength} letters, digits, "_", "." or "-", e.g. "sev1"`;
  }
  return null;
}

/** The `severities` section: severity keys to severities, at most 100. */
export const severitiesSchema = once(() => {
  const severitySchema = strict(
    {
      label: optional(text("a label", POLICY_LIMITS.textLength)),
      description: optional(text("a description", POLICY_LIMITS.descriptionLength)),
      targets: targetsSchema(),
    },
    'a severity such as { "label": "Severity 1", "targets": { "firstResponse": "2h" } }',
  );

  const severityKeySchema = checkedString("a severity key", severityKeyProblem);

  const schema = guarded(
    recordGuard(POLICY_LIMITS.severities, "severities", `"__proto__" is a reserved name and cannot be a severity key; rename it, e.g. "sev1"`),
    recordOf(severityKeySchema, severitySchema, 'an object of severities such as { "sev1": { "targets": { "firstResponse": "2h" } } }'),
  );

  return schema;
});
