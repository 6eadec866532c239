/**
 * The `maintenance` section of a policy definition: weekly and one-off maintenance windows, and
 * whether they stop SLA clocks.
 *
 * @module
 */

import * as z from "zod/mini";
import { isRecord } from "../errors.js";
import { WEEKDAY_KEYS } from "./normalizedPolicy.js";
import type { WeekdayKey } from "./normalizedPolicy.js";
import { POLICY_LIMITS } from "./policyLimits.js";
import { ALWAYS, addIssue, cappedArray, expected, get, once, shown, strict, text, oneOf, booleanSchema, optional } from "./schemaBlocks.js";
import { compareIsoPoints, isoPointSchema, timeOfDayText } from "./timeTextSchemas.js";

/**
 * A recurring maintenance window starting on each listed weekday, wall clock; `to <= from` runs
 * past midnight (`from == to` is a 24-hour window), `"24:00"` only as `to`.
 */
export interface WeeklyMaintenanceWindowDefinition {
  readonly weekly: ReadonlyArray<WeekdayKey>;
  readonly from: string;
  readonly to: string;
  readonly name?: string;
}

/** A one-off maintenance window `[start, end)`, ISO date-times (wall clock unless they carry an offset). */
export interface OneOffMaintenanceWindowDefinition {
  readonly start: string;
  readonly end: string;
  readonly name?: string;
}

/** Maintenance windows; `pausesClocks` (default false) makes SLA clocks stop inside them too. */
export interface MaintenanceDefinition {
  readonly windows?: ReadonlyArray<WeeklyMaintenanceWindowDefinition | OneOffMaintenanceWindowDefinition>;
  readonly pausesClocks?: boolean;
}

/** The `maintenance` section: `{ windows?, pausesClocks? }`. */
export const maintenanceSchema = once(() => {
  const isoPoint = isoPointSchema();

  // (capped before any item is read: a list of length 2^32 - 1 is refused unread)
  const weekdayListSchema = cappedArray(oneOf(WEEKDAY_KEYS, `a weekday key (${WEEKDAY_KEYS.join(", ")})`), POLICY_LIMITS.holidays, 'a list of weekday keys such as ["sat"]', "weekdays")
    .check(
      z.superRefine((v: unknown[], ctx) => {
        if (v.length === 0) addIssue(ctx, 'an empty list of weekdays never recurs; list at least one weekday, e.g. ["sat"]');
        else if (v.length > WEEKDAY_KEYS.length) addIssue(ctx, `${v.length} weekdays is more than 7; list each weekday at most once`);
      }),
    );

  const maintenanceWindowSchema = strict(
    {
      weekly: optional(weekdayListSchema),
      from: optional(timeOfDayText("start")),
      to: optional(timeOfDayText("end")),
      start: optional(isoPoint),
      end: optional(isoPoint),
      name: optional(text("a window name", POLICY_LIMITS.textLength)),
    },
    'a maintenance window such as { "weekly": ["sat"], "from": "07:00", "to": "09:00" } or { "start": "2026-05-02T07:00", "end": "2026-05-02T11:00" }',
  ).check(
    z.superRefine((w: Record<string, unknown>, ctx) => {
      if (!isRecord(w)) return;
      const has = (k: string) => get(w, k) !== undefined;
      const weekly = has("weekly");
      const oneOff = has("start") || has("end");
      if (!weekly && !oneOff) {
        if (has("from") || has("to")) {
          addIssue(ctx, 'missing; a weekly window lists its weekdays, e.g. "weekly": ["sat"] (a one-off window uses "start" and "end")', ["weekly"]);
        } else {
          addIssue(ctx, `a maintenance window needs "weekly" with "from" and "to", or "start" and "end"; got ${shown(w)}`);
        }
        return;
      }
      if (weekly && oneOff) {
        const key = has("start") ? "start" : "end";
        addIssue(ctx, `"${key}" cannot be combined with "weekly"; a weekly window uses "from" and "to", a one-off window "start" and "end"`, [key]);
        return;
      }
      const need = weekly ? (["from", "to"] as const) : (["start", "end"] as const);
      const forbid = weekly ? (["start", "end"] as const) : (["from", "to"] as const);
      const label = weekly ? "a weekly window" : "a one-off window";
      for (const k of need) {
        if (!has(k)) addIssue(ctx, `missing; ${label} needs both "${need[0]}" and "${need[1]}"`, [k]);
      }
      for (const k of forbid) {
        if (has(k)) addIssue(ctx, `"${k}" is not allowed in ${label}, which uses "${need[0]}" and "${need[1]}"`, [k]);
      }
      if (!weekly) {
        const cmp = compareIsoPoints(w["start"], w["end"]);
        if (cmp !== null && cmp >= 0) {
          addIssue(ctx, `the window ends at or before it starts: "end" ${shown(w["end"])} is not later than "start" ${shown(w["start"])}; make "end" later`, ["end"]);
        }
      }
    }, ALWAYS),
  );

  const schema = strict(
    {
      windows: optional(
        cappedArray(maintenanceWindowSchema, POLICY_LIMITS.maintenanceWindows, "a list of maintenance windows", "maintenance windows").check(
          z.superRefine((windows: unknown[], ctx) => {
            if (!Array.isArray(windows)) return;
            const perWeekday = new Map<unknown, number>();
            for (let i = 0; i < windows.length; i++) {
              const weekly = get(windows[i], "weekly");
              // (a list of more than 7 is refused by its own schema, unread: not walked here either)
              if (!Array.isArray(weekly) || weekly.length > 7) continue;
              for (const day of new Set(weekly)) {
                const n = (perWeekday.get(day) ?? 0) + 1;
                perWeekday.set(day, n);
                if (n === POLICY_LIMITS.maintenanceWindowsPerWeekday + 1) {
                  addIssue(ctx, `more than ${POLICY_LIMITS.maintenanceWindowsPerWeekday} weekly windows start on ${shown(day)}; merge overlapping or adjacent windows`, [i, "weekly"]);
                }
              }
            }
          }, ALWAYS),
        ),
      ),
      pausesClocks: optional(booleanSchema()),
    },
    'an object such as { "windows": [...], "pausesClocks": false }',
  );

  return schema;
});
