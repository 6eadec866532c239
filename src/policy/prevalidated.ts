/**
 * Deep-frozen definitions that sla-clock ships (the presets) and that its own tests prove valid, so
 * that `definePolicy(presets.auvikSupportV2)` skips schema validation on a cold start.
 *
 * Only the very objects registered here are trusted: they are deep-frozen before they are
 * registered, so no one can change them afterwards, and a copy (from JSON, a spread, a clone) is
 * validated like any other definition. Users cannot register anything: this module is internal.
 *
 * @module
 */

import type { PolicyDefinition } from "./policySchema.js";

const prevalidated = new WeakSet<object>();

/**
 * Freezes `value` and everything reachable from it, in place (already-frozen parts included, so a
 * frozen object cannot hide a mutable child).
 *
 * @example
 * deepFreeze({ a: [1] }).a.push(2); // TypeError in strict mode: the array is frozen
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Deep-freezes every value of `definitions` (and the record itself) and marks each value as a
 * definition that needs no schema validation. Call it only on definitions that a test validates
 * with the full schema (test/policy/prevalidated.test.ts does, for every preset).
 */
export function prevalidatedDefinitions<T extends Readonly<Record<string, object>>>(definitions: T): T {
  for (const def of Object.values(definitions)) prevalidated.add(deepFreeze(def));
  return Object.freeze(definitions);
}

/** True for a definition registered by {@link prevalidatedDefinitions} (by identity). */
export function isPrevalidated(def: unknown): def is PolicyDefinition {
  return typeof def === "object" && def !== null && prevalidated.has(def);
}
