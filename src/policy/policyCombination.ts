/**
 * The JSON form of a combined policy (CONTRACT §7): `{ "unionOf": [def, …] }` or
 * `{ "intersectionOf": [def, …] }`, each part a policy definition or another such object. This file
 * reads the envelope, and walks a combination with its limits for the two readers of definitions:
 * `definePolicy` (the calendar layer compiles each part) and `policySchema` (which validates each
 * part), so that both accept exactly the same combinations.
 *
 * @module
 */
import type { PolicyIssue } from "../errors.js";
import { appendAll, describeValue, hasOwn, isRecord, thrownText } from "../errors.js";

/** How parts combine: `union` is open when any part is open, `intersection` only when every part is. */
export type PolicyCombinationOp = "union" | "intersection";

/**
 * Limits of a combination, so that a hostile file or a runaway loop of `unionOf` calls fails fast:
 * `parts` plain policies in all (counting through every level), nested `depth` levels deep.
 */
export const COMBINATION_LIMITS = Object.freeze({ parts: 100, depth: 16 });

/** The key of the JSON form for each operation. */
export const COMBINATION_KEYS: Readonly<Record<PolicyCombinationOp, "unionOf" | "intersectionOf">> = Object.freeze({
  union: "unionOf",
  intersection: "intersectionOf",
});

/** What {@link readPolicyCombination} found. */
export type PolicyCombinationEnvelope =
  | { readonly success: true; readonly op: PolicyCombinationOp; readonly key: "unionOf" | "intersectionOf"; readonly parts: ReadonlyArray<unknown> }
  | { readonly success: false; readonly issues: PolicyIssue[] };

/**
 * The envelope of a combined policy definition, or `null` when `def` is not one (not an object
 * with an own `unionOf` or `intersectionOf` key): then it is a plain definition.
 *
 * Rule: exactly one of the two keys, no other key, and an array of 1 to
 * {@link COMBINATION_LIMITS}.parts parts. The parts themselves are not looked at.
 *
 * @throws Never: a getter or proxy that throws becomes an issue at the root.
 * @example
 * readPolicyCombination({ timezone: "UTC", hours: "24x7" }); //=> null
 * readPolicyCombination({ unionOf: [a, b] }); //=> { success: true, op: "union", key: "unionOf", parts: [a, b] }
 * readPolicyCombination({ unionOf: [] });
 * //=> { success: false, issues: [{ path: ["unionOf"], message: "has no parts; list at least one policy definition" }] }
 */
export function readPolicyCombination(def: unknown): PolicyCombinationEnvelope | null {
  try {
    if (!isRecord(def)) return null;
    const union = hasOwn(def, "unionOf");
    const intersection = hasOwn(def, "intersectionOf");
    if (!union && !intersection) return null;
    const issues: PolicyIssue[] = [];
    if (union && intersection) {
      issues.push({ path: [], message: 'has both "unionOf" and "intersectionOf"; use one, and nest the other as one of its parts' });
    }
    const key = union ? "unionOf" : "intersectionOf";
    for (const other of Object.keys(def)) {
      if (other === "unionOf" || other === "intersectionOf") continue;
      issues.push({ path: [other], message: `unknown key ${describeValue(other)}; a combined policy has only ${JSON.stringify(key)}: put settings such as the zone in its parts (the first part's zone, severities and warnAt apply)` });
    }
    const parts: unknown = (def as Record<string, unknown>)[key];
    if (!Array.isArray(parts)) {
      issues.push({ path: [key], message: `${describeValue(parts)} is not a list of parts; use an array of policy definitions, e.g. [{ "timezone": "Europe/Berlin", "hours": "24x7" }]` });
    } else if (parts.length === 0) {
      issues.push({ path: [key], message: "has no parts; list at least one policy definition" });
    } else if (parts.length > COMBINATION_LIMITS.parts) {
      issues.push({ path: [key], message: `has ${parts.length} parts; at most ${COMBINATION_LIMITS.parts} are allowed` });
    }
    if (issues.length > 0) return { success: false, issues };
    return { success: true, op: union ? "union" : "intersection", key, parts: [...(parts as unknown[])] };
  } catch (err) {
    return { success: false, issues: [{ path: [], message: `the definition could not be read (${thrownText(err)}); pass plain JSON data` }] };
  }
}

/**
 * How {@link readDefinition} reads the plain definitions of a combination and combines their
 * values; `leaves` counts the plain definitions read so far.
 */
export interface DefinitionReader<T> {
  /** A plain definition's value (never an array), or its issues (paths from it). */
  leaf(def: unknown): T | PolicyIssue[];
  /** The combination of parts that all read without issues. */
  node(op: PolicyCombinationOp, parts: T[], key: "unionOf" | "intersectionOf"): T;
  leaves: number;
}

/** `issues` with `key` and `index` put before their paths: the issues of a combination's part, from the combination. */
export function issuesOfPart(key: string, index: number, issues: ReadonlyArray<PolicyIssue>): PolicyIssue[] {
  // (zod's raw issues at a part's root have no path yet)
  return issues.map((i) => ({ ...i, path: [key, index, ...(i.path ?? [])] }));
}

/**
 * Reads `def` as `definePolicy` reads it: a plain definition (`reader.leaf`), or a combination
 * ({@link readPolicyCombination}) of parts read the same way, `depth` levels below the outermost
 * combination, nested at most {@link COMBINATION_LIMITS}.depth levels deep and holding at most
 * {@link COMBINATION_LIMITS}.parts plain definitions in all (`reader.leaves` counts them across
 * calls; the reading stops at the first one too many).
 *
 * Rule: the value of `reader.leaf`, or of `reader.node` once every part has read without issues;
 * else every issue found (a part's with its path through the combination). The issues of a
 * combination itself are made here (`{ path, message }`); those of a part are what `reader.leaf`
 * gave, with their other fields.
 */
export function readDefinition<T>(def: unknown, reader: DefinitionReader<T>, depth: number): T | PolicyIssue[] {
  const envelope = readPolicyCombination(def);
  if (envelope === null) {
    return ++reader.leaves > COMBINATION_LIMITS.parts
      ? [{ path: [], message: `one policy too many: a combination holds at most ${COMBINATION_LIMITS.parts} policies in all` }]
      : reader.leaf(def);
  }
  if (!envelope.success) return envelope.issues;
  const { key, parts } = envelope;
  if (depth >= COMBINATION_LIMITS.depth) {
    return [{ path: [key], message: `nests combinations more than ${COMBINATION_LIMITS.depth} levels deep; flatten them ({ "unionOf": [a, { "unionOf": [b, c] }] } is { "unionOf": [a, b, c] })` }];
  }
  const issues: PolicyIssue[] = [];
  const values: T[] = [];
  for (let i = 0; i < parts.length; i++) {
    const r = readDefinition(parts[i], reader, depth + 1);
    if (Array.isArray(r)) appendAll(issues, issuesOfPart(key, i, r));
    else values.push(r);
    if (reader.leaves > COMBINATION_LIMITS.parts) break;
  }
  return issues.length > 0 ? issues : reader.node(envelope.op, values, key);
}
