/**
 * SLA targets as a policy writes them: durations (ms, text or parts) on the business clock,
 * `{ duration, clock?, pausable? }`, or business-day targets `{ businessDays, at? }`; and the
 * targets object of a severity. Which metric names a targets object may use depends on the
 * policy's `timeIn`, so that is checked by the root schema (`policySchema.ts`).
 *
 * @module
 */

import * as z from "zod/mini";
import { hasOwn, isRecord } from "../errors.js";
import { DURATION_PART_KEYS, parseDuration } from "../time/durationText.js";
import type { DurationParts } from "../time/durationText.js";
import type { MetricName } from "./normalizedPolicy.js";
import { POLICY_LIMITS } from "./policyLimits.js";
import { ALWAYS, addIssue, expected, get, once, raise, shown, strict, oneOf, booleanSchema, recordOf, guarded, numberSchema, stringSchema, optional, union } from "./schemaBlocks.js";
import { timeOfDayText } from "./timeTextSchemas.js";

/** A Duration as written in a definition (CONTRACT §1): ms, shorthand/ISO text, or parts. */
export type DurationDefinition = number | string | DurationParts;

/** A target with options: which clock it runs on (default business) and whether pauses stop it (default true). */
export interface TargetObjectDefinition {
  /** The target's length, e.g. `"3d"` or `{ "hours": 8 }`. */
  readonly duration: DurationDefinition;
  /** `"business"` (default): counts business time only; `"calendar"`: counts every millisecond. */
  readonly clock?: "business" | "calendar";
  /** `true` (default): pauses and pausing statuses stop this target; `false`: nothing stops it. */
  readonly pausable?: boolean;
}

/**
 * A business-day target: due `at` ("HH:MM", wall clock) on the `businessDays`-th business day after
 * the metric starts, or at the start's own time of day without `at` ("resolved by 17:00 on the
 * second business day" is `{ businessDays: 2, at: "17:00" }`). `businessDays` is a whole number >= 1,
 * or 0 with `at` (the same day). It runs on the business clock and is never paused, so `clock` may
 * only be `"business"` and `pausable` only `false`.
 */
export interface BusinessDaysTargetDefinition {
  /** Which business day after the metric's start is due (≥ 1; 0 only with `at`: the start's own date). */
  readonly businessDays: number;
  /** The wall-clock time `"HH:MM"` on that day (default: the start's own time of day). */
  readonly at?: string;
  /** Only `"business"`: business-day targets run on the business clock. */
  readonly clock?: "business";
  /** Only `false`: business-day targets are never paused. */
  readonly pausable?: false;
}

/** An SLA target: a Duration on the business clock, a {@link TargetObjectDefinition} or a {@link BusinessDaysTargetDefinition}. */
export type TargetDefinition = DurationDefinition | TargetObjectDefinition | BusinessDaysTargetDefinition;

/** True for a target written as `{ businessDays, … }` (or with a stray `at`). */
export function isBusinessDaysTarget(target: unknown): boolean {
  return get(target, "businessDays") !== undefined || get(target, "at") !== undefined;
}

/**
 * Milliseconds of a validated duration target (a Duration, `{ duration, … }` or duration parts; not
 * a business-day target), or `null` when it is not a valid duration.
 *
 * @internal Used by `parsePolicy` to normalize a target the schema has accepted.
 * @throws Never.
 * @example
 * targetDurationMs({ duration: "3d", clock: "calendar" }); //=> 259200000
 * targetDurationMs({ hours: 2 }); //=> 7200000
 */
export function targetDurationMs(target: unknown): number | null {
  const d = get(target, "duration");
  const r = parseDuration(d === undefined ? target : d);
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

  const durationTextSchema = stringSchema(DURATION_WHAT).check(durationCheck());
  const durationNumberSchema = numberSchema(DURATION_WHAT).check(durationCheck());

  // (numberSchema refuses what is not finite, and its issue stops the check: only the sign is left)
  const partNumberSchema = numberSchema("a finite number >= 0").check(
    z.superRefine((v: number, ctx) => {
      if (v < 0) addIssue(ctx, `${shown(v)} is negative; a duration cannot be negative`);
    }),
  );

  const durationPartsShape = Object.fromEntries(DURATION_PART_KEYS.map((k) => [k, optional(partNumberSchema)])) as Record<
    (typeof DURATION_PART_KEYS)[number],
    z.ZodMiniOptional<typeof partNumberSchema>
  >;

  // Parts that are each fine can still add up to more than a number holds ({ "days": 1e304 }).
  const checkTotal = (parts: object, ctx: unknown) => {
    const r = parseDuration(parts);
    if (typeof r === "string" && r.endsWith("it is too large")) addIssue(ctx, r);
  };
  const durationPartsSchema = strict(durationPartsShape, 'a duration object such as { "hours": 2, "minutes": 30 }').check(z.superRefine(checkTotal));

  const durationSchema = union([durationTextSchema, durationNumberSchema, durationPartsSchema], DURATION_WHAT);

  const TARGET_WHAT = 'a target: a duration such as "2h", { "duration": "3d", "clock": "calendar" } or { "businessDays": 2, "at": "17:00" }';

  const businessDaysSchema = numberSchema("a whole number of business days such as 2").check(
    z.superRefine((v: number, ctx) => {
      if (!Number.isInteger(v) || v < 0 || v > POLICY_LIMITS.businessDays) {
        addIssue(ctx, `${shown(v)} is not a number of business days; use a whole number from 1 to ${POLICY_LIMITS.businessDays} (or 0 with "at": the same day)`);
      }
    }),
  );

  const targetObjectSchema = strict(
    {
      duration: optional(durationSchema),
      clock: optional(oneOf(["business", "calendar"], '"business" or "calendar"')),
      pausable: optional(booleanSchema()),
      ...durationPartsShape,
      businessDays: optional(businessDaysSchema),
      at: optional(timeOfDayText("end")),
    },
    TARGET_WHAT,
  ).check(
    z.superRefine((t: Record<string, unknown>, ctx) => {
      if (typeof t !== "object" || t === null) return;
      const has = (k: string) => get(t, k) !== undefined;
      if (has("businessDays")) {
        const n = get(t, "businessDays");
        for (const k of ["duration", ...DURATION_PART_KEYS]) {
          if (has(k)) addIssue(ctx, `"${k}" cannot be used next to "businessDays"; a target is either a duration or a number of business days`, [k]);
        }
        if (get(t, "pausable") === true) {
          addIssue(ctx, 'true is not allowed next to "businessDays": business-day targets are never paused (a due date does not move); remove "pausable" or use a "duration" target', ["pausable"]);
        }
        if (get(t, "clock") === "calendar") {
          addIssue(ctx, '"calendar" is not allowed next to "businessDays": business days are counted on the business clock; remove "clock" or use { "duration": …, "clock": "calendar" }', ["clock"]);
        }
        if (n === 0 && !has("at")) {
          addIssue(ctx, '0 business days needs "at" (the same day at that time, e.g. { "businessDays": 0, "at": "17:00" }); otherwise use 1 or more', ["businessDays"]);
        }
      } else if (has("at")) {
        addIssue(ctx, 'missing; a target with "at" gives the number of business days in "businessDays", e.g. { "businessDays": 1, "at": "17:00" }', ["businessDays"]);
      } else if (has("duration")) {
        for (const k of DURATION_PART_KEYS) {
          if (has(k)) addIssue(ctx, `"${k}" cannot be used next to "duration"; put the whole length in "duration", e.g. { "duration": { "${k}": ${shown(t[k])} } }`, [k]);
        }
      } else if (has("clock") || has("pausable")) {
        addIssue(ctx, 'missing; a target with "clock" or "pausable" gives its length in "duration", e.g. { "duration": "3d", "clock": "calendar" }', ["duration"]);
      } else {
        checkTotal(Object.fromEntries(DURATION_PART_KEYS.filter(has).map((k) => [k, t[k]])), ctx);
      }
    }, ALWAYS),
  );

  // A zero duration is a valid target (CONTRACT §1–2: a target is a Duration, and a Duration is
  // >= 0): due at the metric's start, breached after its first counted millisecond. Only a bare
  // `{}`, which names no length at all, is refused (a forgotten field, more likely than a zero).
  const targetSchema = union([durationTextSchema, durationNumberSchema, targetObjectSchema], TARGET_WHAT).check(
    z.superRefine((t: unknown, ctx) => {
      if (isRecord(t) && Object.keys(t).length === 0) addIssue(ctx, 'an empty target names no length; give one, e.g. "4h" (or 0: due at once)');
    }, ALWAYS),
  );

  // Keys are checked by the root schema, which knows the policy's `timeIn` metrics.
  const schema = guarded(
    z.unknown().check(
      z.superRefine((v: unknown, ctx) => {
        // zod.record silently skips an own "__proto__" key (JSON.parse creates one); report it instead.
        if (typeof v === "object" && v !== null && hasOwn(v, "__proto__")) {
          raise(ctx, {
            code: "unrecognized_keys",
            keys: ["__proto__"],
            reserved: true,
            message: '"__proto__" is a reserved name and cannot name a metric; use a metric name such as "firstResponse"',
            input: undefined,
          });
        }
      }),
    ),
    recordOf(stringSchema(), targetSchema, 'an object of targets such as { "firstResponse": "2h" }'),
  );

  return schema as unknown as z.ZodMiniType<Readonly<Partial<Record<MetricName, TargetDefinition>>>>;
});
