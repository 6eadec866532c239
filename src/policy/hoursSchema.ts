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
import { cappedArray, expected, once, strict } from "./schemaBlocks.js";
import { timeOfDayText } from "./timeTextSchemas.js";

/**
 * `[from, to]` wall-clock times `"HH:MM"` or `"HH:MM:SS"`. `to <= from` runs past midnight into
 * the next day, so `["22:00", "06:00"]` is 8 hours and `["09:00", "09:00"]` is 24 hours;
 * `"24:00"` is allowed only as `to`.
 */
export type HoursIntervalDefinition = readonly [from: string, to: string];

/** Weekly hours: `"24x7"`, or weekday keys to lists of intervals (a missing day is closed). */
export type WeeklyHoursDefinition = "24x7" | { readonly [K in WeekdayKey]?: ReadonlyArray<HoursIntervalDefinition> };

/** One day's hours: a list of `[from, to]` intervals (`[]` for closed), at most 48. */
export const dayHoursSchema = once(() =>
  cappedArray(
    z.tuple([timeOfDayText("start"), timeOfDayText("end")], {
      error: expected('a [from, to] pair of times such as ["09:00", "17:00"]'),
    }),
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
    Object.fromEntries(WEEKDAY_KEYS.map((k) => [k, z.optional(day)])) as Record<WeekdayKey, z.ZodMiniOptional<typeof day>>,
    'an object of weekday hours such as { "mon": [["09:00", "17:00"]] }',
  );
  return z.union([z.enum(["24x7"], { error: expected(HOURS_WHAT) }), weeklyHoursObjectSchema], {
    error: expected(HOURS_WHAT),
  });
});
