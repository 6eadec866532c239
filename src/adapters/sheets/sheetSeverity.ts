/**
 * Severity cells → the policy's severity keys, forgiving the case people type.
 *
 * @module
 */
import { InputError, describeValue } from "../../errors.js";
import type { Policy } from "../../lite.js";

/**
 * The severity key a cell names: the key itself when it matches exactly, else the one key equal to
 * it ignoring case (`SEV1`, `Sev1` → `sev1`). Text that matches no key is returned as typed, so the
 * library reports it with the list of keys; text that matches several keys ignoring case (a policy
 * with both `p1` and `P1`) must be typed exactly.
 *
 * @throws InputError when the text matches more than one key ignoring case and none exactly.
 * @example
 * sheetSeverity(policy, " SEV1 "); //=> "sev1"
 * sheetSeverity(policy, "sev9");   //=> "sev9" (computeDeadline then names the known keys)
 */
export function sheetSeverity(policy: Policy, cell: unknown): string {
  const text = String(cell).trim();
  if (policy.severities.includes(text)) return text;
  const lower = text.toLowerCase();
  const matches = policy.severities.filter((k) => k.toLowerCase() === lower);
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new InputError(`severity: ${describeValue(text)} matches ${matches.map((k) => JSON.stringify(k)).join(" and ")} ignoring case; type the severity exactly`);
  }
  return text;
}
