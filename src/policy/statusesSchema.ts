/**
 * The `statuses` and `timeIn` sections of a policy definition: a ticketing system's statuses in
 * workflow order, what each does to the SLA clocks, and the time-in-status metrics counted over
 * them. Names are checked against each other (and against the severities' targets) by the root
 * schema, `policySchema.ts`.
 *
 * @module
 */

import * as z from "zod/mini";
import { isRecord } from "../errors.js";
import { POLICY_LIMITS, RESERVED_KEYS } from "./policyLimits.js";
import { METRIC_NAMES } from "./normalizedPolicy.js";
import { addIssue, cappedArray, checkedString, expected, once, recordGuard, shown, strict, booleanSchema, recordOf, guarded, stringSchema, optional, union } from "./schemaBlocks.js";

/**
 * A status: `pauses: true` stops every pausable target while the ticket is in it (as `pause` …
 * `resume`); `pauses: [metrics]` stops only the metrics listed; `resolves: true` resolves the ticket
 * on entry (leaving it for a status that does not resolve reopens it). `{}`: every clock runs.
 */
export interface StatusDefinition {
  /** `true`: every pausable target stops while the ticket is in this status; a list: only those metrics stop. */
  readonly pauses?: boolean | ReadonlyArray<string>;
  /** `true`: entering this status resolves the ticket; leaving it for a status without `resolves` reopens it. */
  readonly resolves?: boolean;
}

/** Status names: 1–64 characters, no control characters, no surrounding spaces, not a reserved name. */
export function statusNameProblem(key: string): string | null {
  if (RESERVED_KEYS.includes(key)) return `${shown(key)} is a reserved name and cannot be a status; rename it`;
  // eslint-disable-next-line no-control-regex
  if (key.length === 0 || key.length > 64 || /[\u0000-\u001f\u007f]/.test(key) || key.trim() !== key) {
    return `${shown(key)} is not a valid status name; use 1 to 64 characters without control characters or surrounding spaces, e.g. "pending"`;
  }
  return null;
}

/** Metric names of `timeIn`: like severity keys, and not a built-in metric. */
export function timeInNameProblem(key: string): string | null {
  if ((METRIC_NAMES as ReadonlyArray<string>).includes(key)) {
    return `${shown(key)} is a built-in metric and cannot name a timeIn metric; choose another name, e.g. "agentWork"`;
  }
  if (RESERVED_KEYS.includes(key)) return `${shown(key)} is a reserved name and cannot name a metric; rename it, e.g. "agentWork"`;
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(key)) {
    return `${shown(key)} is not a valid metric name; use 1 to 64 letters, digits, "_", "." or "-", e.g. "agentWork"`;
  }
  return null;
}

/** A list of names without repeats (each name checked by the root schema). */
function nameList(what: string, noun: string) {
  return cappedArray(stringSchema(what), POLICY_LIMITS.statuses, `a list of ${noun}`, noun).check(
    // (a check without `when` runs only on a parsed list: one of strings)
    z.superRefine((list: ReadonlyArray<string>, ctx) => {
      const seen = new Set<string>();
      list.forEach((name, i) => {
        if (seen.has(name)) addIssue(ctx, `${shown(name)} is listed twice; list each once`, [i]);
        seen.add(name);
      });
    }),
  );
}

/** The `statuses` section: status names to status rules, in workflow order (at least one). */
export const statusesSchema = once(() => {
  const statusSchema = strict(
    {
      pauses: optional(
        union([booleanSchema(), nameList("a metric name", "metrics")], 'true, or a list of the metrics it stops such as ["resolution"]'),
      ),
      resolves: optional(booleanSchema()),
    },
    'a status such as {}, { "pauses": true }, { "pauses": ["resolution"] } or { "resolves": true }',
  ).check(
    // (a check without `when` runs only on what strict parsed: an object)
    z.superRefine((s: StatusDefinition, ctx) => {
      const pauses = s.pauses;
      if (s.resolves === true && (pauses === true || (Array.isArray(pauses) && pauses.length > 0))) {
        addIssue(ctx, `${shown(pauses)} is not allowed next to "resolves": true; a resolved ticket has no running clock to pause`, ["pauses"]);
      }
    }),
  );

  return guarded(
    recordGuard(POLICY_LIMITS.statuses, "statuses", '"__proto__" is a reserved name and cannot be a status; rename it').check(
      z.superRefine((v: unknown, ctx) => {
        if (isRecord(v) && Object.keys(v).length === 0) {
          addIssue(ctx, 'no statuses; list at least one, e.g. { "open": {}, "pending": { "pauses": true }, "solved": { "resolves": true } }');
        }
      }),
    ),
    recordOf(checkedString("a status name", statusNameProblem), statusSchema, 'an object of statuses such as { "open": {}, "pending": { "pauses": true }, "solved": { "resolves": true } }'),
  );
});

/** The `timeIn` section: metric names to the statuses during which their clock counts. */
export const timeInSchema = once(() =>
  guarded(
    recordGuard(POLICY_LIMITS.timeIn, "timeIn metrics", '"__proto__" is a reserved name and cannot name a metric; rename it'),
    recordOf(
      checkedString("a metric name", timeInNameProblem),
      nameList("a status name", "statuses").check(
        z.superRefine((list: ReadonlyArray<string>, ctx) => {
          if (list.length === 0) addIssue(ctx, 'an empty list; name the statuses whose time it counts, e.g. ["new", "open"]');
        }),
      ),
      'an object of time-in-status metrics such as { "agentWork": ["new", "open"] }',
    ),
  ),
);
