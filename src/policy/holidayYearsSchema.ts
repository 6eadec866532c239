/**
 * The `holidayYears` key of a policy definition: the span of local years for which its holiday
 * list is known to be complete (CONTRACT §10).
 *
 * @module
 */

import * as z from "zod/mini";
import { addIssue, expected, shown } from "./schemaBlocks.js";

/** First and last year a `holidayYears` span may name (the supported years). */
export const HOLIDAY_YEARS_RANGE = Object.freeze({ min: 1000, max: 9999 });

/** `[from, to]`: whole years in 1000–9999, `from <= to`. */
export const holidayYearsSchema = () =>
  z.unknown().check(
    z.superRefine((v: unknown, ctx) => {
      const what = "a span of local years [from, to] such as [2020, 2040]";
      if (!Array.isArray(v) || v.length !== 2) {
        addIssue(ctx, expected(what)({ input: v }));
        return;
      }
      const { min, max } = HOLIDAY_YEARS_RANGE;
      let ok = true;
      for (let i = 0; i < 2; i++) {
        const y = v[i] as number; // Number.isInteger is false for anything but a number
        if (!Number.isInteger(y) || y < min || y > max) {
          addIssue(ctx, `${shown(y)} is not a year between ${min} and ${max}; write whole years such as [2020, 2040]`, [i]);
          ok = false;
        }
      }
      if (ok && (v[0] as number) > (v[1] as number)) {
        addIssue(ctx, `[${v[0]}, ${v[1]}] ends before it starts; write the earlier year first, e.g. [${v[1]}, ${v[0]}]`);
      }
    }),
  ) as unknown as z.ZodMiniType<readonly [number, number], readonly [number, number]>;
