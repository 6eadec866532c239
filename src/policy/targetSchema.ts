/**
 * SLA targets as a policy writes them: durations (ms, text or parts) on the business clock, or
 * `{ duration, clock?, pausable? }`; and the targets object of a severity.
 *
 * @module
 */

import * as z from "zod/mini";
import { DURATION_PART_KEYS, parseDuration } from "../time/durationText.js";
import type { DurationParts } from "../time/durationText.js";
import { METRIC_NAMES } from "./normalizedPolicy.js";
import type { MetricName } from "./normalizedPolicy.js";
import { ALWAYS, addIssue, expected, get, once, shown, strict } from "./schemaBlocks.js";

/** A Duration as written in a definition (CONTRACT §1): ms, shorthand/ISO text, or parts. */
export type DurationDefinition = number | string | DurationParts;

/** A target with options: which clock it runs on (default business) and whether pauses stop it (default true). */
export interface TargetObjectDefinition {
  readonly duration: DurationDefinition;
  readonly clock?: "business" | "calendar";
  readonly pausable?: boolean;
}

/** An SLA target: a Duration on the business clock, or a {@link TargetObjectDefinition}. */
export type TargetDefinition = DurationDefinition | TargetObjectDefinition;

/**
 * Milliseconds of a target as written (a Duration, `{ duration, … }` or duration parts), or
 * `null` when it is not a valid duration.
 *
 * @internal Shared by the schema's zero-target check and `parsePolicy`.
 * @throws Never.
 * @example
 * targetDurationMs({ duration: "3d", clock: "calendar" }); //=> 259200000
 */
export function targetDurationMs(target: unknown): number | null {
  if (typeof target === "object" && target !== null && !Array.isArray(target)) {
    const d = get(target, "duration");
    if (d !== undefined) {
      const r = parseDuration(d);
      return typeof r === "number" ? r : null;
    }
    if (get(target, "clock") !== undefined || get(target, "pausable") !== undefined) return null;
    const parts: Record<string, unknown> = {};
    for (const k of DURATION_PART_KEYS) {
      const v = get(target, k);
      if (v !== undefined) parts[k] = v;
    }
    const r = parseDuration(parts);
    return typeof r === "number" ? r : null;
  }
  const r = parseDuration(target);
  return typeof r === "number" ? r : null;
}

/** The `targets` object of a severity: metric names to targets. */
export const targetsSchema = once(() => {
  const DURATION_WHAT = 'a duration such as "2h", "1h30m", "PT2H", a number of milliseconds, or { "hours": 2 }';

  function durationCheck() {
    return z.superRefine((v: unknown, ctx) => {
      const r = parseDuration(v);
      if (typeof r === "string") addIssue(ctx, r);
    });
  }

  const durationTextSchema = z.string({ error: expected(DURATION_WHAT) }).check(durationCheck());
  const durationNumberSchema = z.number({ error: expected(DURATION_WHAT) }).check(durationCheck());

  const partNumberSchema = z.number({ error: expected("a finite number >= 0") }).check(
    z.superRefine((v: number, ctx) => {
      if (!Number.isFinite(v)) addIssue(ctx, `${shown(v)} is not a finite number; use a number >= 0`);
      else if (v < 0) addIssue(ctx, `${shown(v)} is negative; a duration cannot be negative`);
    }),
  );

  const durationPartsShape = Object.fromEntries(DURATION_PART_KEYS.map((k) => [k, z.optional(partNumberSchema)])) as Record<
    (typeof DURATION_PART_KEYS)[number],
    z.ZodMiniOptional<typeof partNumberSchema>
  >;

  const durationPartsSchema = strict(durationPartsShape, 'a duration object such as { "hours": 2, "minutes": 30 }');

  const durationSchema = z.union([durationTextSchema, durationNumberSchema, durationPartsSchema], { error: expected(DURATION_WHAT) });

  const TARGET_WHAT = 'a target: a duration such as "2h", or { "duration": "3d", "clock": "calendar" }';

  const targetObjectSchema = strict(
    {
      duration: z.optional(durationSchema),
      clock: z.optional(z.enum(["business", "calendar"], { error: expected('"business" or "calendar"') })),
      pausable: z.optional(z.boolean({ error: expected("true or false") })),
      ...durationPartsShape,
    },
    TARGET_WHAT,
  ).check(
    z.superRefine((t: Record<string, unknown>, ctx) => {
      if (typeof t !== "object" || t === null) return;
      const has = (k: string) => get(t, k) !== undefined;
      if (has("duration")) {
        for (const k of DURATION_PART_KEYS) {
          if (has(k)) addIssue(ctx, `"${k}" cannot be used next to "duration"; put the whole length in "duration", e.g. { "duration": { "${k}": ${shown(t[k])} } }`, [k]);
        }
      } else if (has("clock") || has("pausable")) {
        addIssue(ctx, 'missing; a target with "clock" or "pausable" gives its length in "duration", e.g. { "duration": "3d", "clock": "calendar" }', ["duration"]);
      }
    }, ALWAYS),
  );

  const targetSchema = z.union([durationTextSchema, durationNumberSchema, targetObjectSchema], { error: expected(TARGET_WHAT) }).check(
    z.superRefine((t: unknown, ctx) => {
      if (targetDurationMs(t) === 0) {
        const inner = typeof t === "object" && t !== null && get(t, "duration") !== undefined;
        addIssue(ctx, `a target must be longer than 0; got ${shown(inner ? get(t, "duration") : t)}`, inner ? ["duration"] : undefined);
      }
    }, ALWAYS),
  );

  const schema = strict(
    Object.fromEntries(METRIC_NAMES.map((m) => [m, z.optional(targetSchema)])) as Record<MetricName, z.ZodMiniOptional<typeof targetSchema>>,
    'an object of targets such as { "firstResponse": "2h" }',
  );

  return schema;
});
