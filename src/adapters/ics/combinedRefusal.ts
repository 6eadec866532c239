/**
 * The refusal of a combined policy by the iCalendar adapters.
 *
 * @module
 */
import { InputError } from "../../errors.js";
import type { Policy } from "../../index.js";
import { readPolicyCombination } from "../../policy/policyCombination.js";

/**
 * Refuses a combined policy (`unionOf` / `intersectionOf`): it has no holidays of its own (each
 * part keeps its own, in its own zone), so which part an imported calendar belongs to, or which
 * days an export should list, is not something to guess.
 *
 * @throws InputError naming the combination and what to do instead.
 */
export function refuseCombination(policy: Policy, advice: string): void {
  const combination = readPolicyCombination(policy.definition);
  if (combination !== null && combination.success) {
    throw new InputError(
      `policy: a combined policy ("${combination.key}") has no holidays of its own (each part keeps its own, in its own zone); ${advice}`,
    );
  }
}
