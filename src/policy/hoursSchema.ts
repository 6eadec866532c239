/**
 * The `hours` section of a policy definition: weekly hours as intervals per weekday, or `"24x7"`;
 * also the day-hours list that special-hours holidays reuse.
 *
 * @module
 */

import * as z from "zod/mini";
import { WEEKDAY_KEYS } from "./normalizedPolicy.js";
import type { WeekdayKey } from "./normalizedPolicy.js";
import { POLICY_LIMITS } from "./policyLimits.js";
import { addIssue, cappedArray, expected, once, raise, strict, oneOf, optional, union } from "./schemaBlocks.js";
import { TIME_WHAT, timeOfDayProblem } from "./timeTextSchemas.js";

/**
 * `[from, to]` wall-clock times `"HH:MM"` or `"HH:MM:SS"`. `to <= from` runs past midnight into
 * the next day, so `["22:00", "06:00"]` is 8 hours and `["09:00", "09:00"]` is 24 hours;
 * `"24:00"` is allowed only as `to`.
 */
export type HoursIntervalDefinition = readonly [from: string, to: string];

/** Weekly hours: `"24x7"`, or weekday keys to lists of intervals (a missing day is closed). */
export type WeeklyHoursDefinition = "24x7" | { readonly [K in WeekdayKey]?: ReadonlyArray<HoursIntervalDefinition> };

/**
 * One `[from, to]` interval. It raises exactly the issues `zod.tuple([timeOfDayText("start"),
 * timeOfDayText("end")])` raises (codes, messages, paths, and which of them stop the parse), and
 * is written out because zod.tuple would be the only tuple in the schema and costs `sla-clock/lite`
 * 0.5 KB gzip: first the pair's own issue (not an array, too short: nothing else is checked; too
 * long: the two times are still checked), then each time's issue at its index.
 */
function intervalSchema() {
  const pairError = expected('a [from, to] pair of times such as ["09:00", "17:00"]');
  const timeError = expected(TIME_WHAT);
  return z.unknown().check(
    z.superRefine((v: unknown, ctx) => {
      const message = pairError({ input: v });
      if (!Array.isArray(v)) return raise(ctx, { code: "invalid_type", expected: "tuple", message, input: v, continue: false });
      const size = { inclusive: true, origin: "array", message, input: v, continue: false };
      if (v.length < 2) return raise(ctx, { code: "too_small", minimum: 2, ...size });
      if (v.length > 2) raise(ctx, { code: "too_big", maximum: 2, ...size });
      (["start", "end"] as const).forEach((role, i) => {
        const t: unknown = v[i];
        if (typeof t !== "string") {
          raise(ctx, { code: "invalid_type", expected: "string", message: timeError({ input: t }), input: t, path: [i], continue: false });
        } else {
          const problem = timeOfDayProblem(t, role);
          if (problem !== null) addIssue(ctx, problem, [i]);
        }
      });
    }),
  ) as unknown as z.ZodMiniType<HoursIntervalDefinition, HoursIntervalDefinition>;
}

/** One day's hours: a list of `[from, to]` intervals (`[]` for closed), at most 48. */
export const dayHoursSchema = once(() =>
  cappedArray(
    intervalSchema(),
    POLICY_LIMITS.intervalsPerDay,
    'a list of [from, to] intervals such as [["09:00", "17:00"]] ([] for closed)',
    "intervals",
  ),
);

const HOURS_WHAT = '"24x7" or an object of weekday hours such as { "mon": [["09:00", "17:00"]] }';

/** The `hours` section: `"24x7"` or weekday keys to day hours. */
export const hoursSchema = once(() => {
  const day = dayHoursSchema();
  const weeklyHoursObjectSchema = strict(
    Object.fromEntries(WEEKDAY_KEYS.map((k) => [k, optional(day)])) as Record<WeekdayKey, z.ZodMiniOptional<typeof day>>,
    'an object of weekday hours such as { "mon": [["09:00", "17:00"]] }',
  );
  return union([oneOf(["24x7"], HOURS_WHAT), weeklyHoursObjectSchema], HOURS_WHAT);
});
