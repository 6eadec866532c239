/**
 * The zod/mini schema of a policy definition (CONTRACT §2) and its TypeScript type, assembled from
 * one file per section (hours, holidays, maintenance, severities and targets).
 *
 * The schema validates; it does not transform (no defaults, no conversions), so its output is the
 * definition as written. `parsePolicy` turns a valid definition into a `NormalizedPolicy` and
 * renders the schema's issues with contract paths.
 *
 * @module
 */

import * as z from "zod/mini";
import { checkTimeZoneName } from "../time/timeZoneName.js";
import type { HolidayDefinition } from "./holidaysSchema.js";
import { holidaysSchema } from "./holidaysSchema.js";
import type { WeeklyHoursDefinition } from "./hoursSchema.js";
import { hoursSchema } from "./hoursSchema.js";
import type { MaintenanceDefinition } from "./maintenanceSchema.js";
import { maintenanceSchema } from "./maintenanceSchema.js";
import { POLICY_LIMITS } from "./policyLimits.js";
import { checkedString, expected, addIssue, shown, strict, text } from "./schemaBlocks.js";
import type { SeverityDefinition } from "./severitiesSchema.js";
import { holidayYearsSchema } from "./holidayYearsSchema.js";
import { severitiesSchema } from "./severitiesSchema.js";
import { localDateSchema } from "./timeTextSchemas.js";

/**
 * A policy definition as written: plain JSON, validated by `definePolicy`; unknown keys are
 * errors. Every field is described, with examples, in `docs/policy.md`.
 *
 * @example
 * const def: PolicyDefinition = {
 *   timezone: "America/Toronto",
 *   hours: { mon: [["04:00", "22:00"]], tue: [["04:00", "22:00"]] },
 *   holidays: [{ region: "CA-ON" }, { date: "2026-12-24", name: "Christmas Eve" }],
 *   severities: { sev1: { targets: { firstResponse: "2h" } } },
 * };
 * @category Policy
 */
export interface PolicyDefinition {
  /** Your identifier (up to 200 characters). */
  readonly id?: string;
  /** Display name (up to 200 characters). */
  readonly name?: string;
  /** Display version (up to 200 characters). */
  readonly version?: string;
  /** Local date `YYYY-MM-DD` from which this version is in force (used by `selectPolicy`). */
  readonly effectiveFrom?: string;
  /** IANA time zone of every wall-clock time in the policy, e.g. `"America/Toronto"` or `"UTC"`. */
  readonly timezone: string;
  /**
   * Weekly business hours: `"24x7"`, or weekday keys (`mon` … `sun`) to lists of `[from, to]`
   * intervals; a missing day is closed; `to <= from` runs past midnight; `"24:00"` only as `to`.
   */
  readonly hours: WeeklyHoursDefinition;
  /**
   * Region holidays (`{ region, types?, except? }`), closed or special-hours dates (`{ date, hours? }`),
   * annual dates (`{ annual: "MM-DD", hours? }`) and closures (`{ from, to }`). A `date` entry wins
   * over an `annual` entry, which wins over a region holiday, which wins over the weekly hours;
   * closures are subtracted afterwards.
   */
  readonly holidays?: ReadonlyArray<HolidayDefinition>;
  /**
   * `[from, to]`: the local years (inclusive) for which `holidays` is known to be complete. Written
   * by every expansion of region holidays into dates (`sla-clock holidays --years`, the `lite` and
   * spreadsheet presets). When present, a calculation that needs the calendar of a local year
   * outside it throws a `HorizonError` instead of answering without the holidays.
   */
  readonly holidayYears?: readonly [from: number, to: number];
  /**
   * Maintenance windows (weekly `{ weekly, from, to }` or one-off `{ start, end }`); they stop SLA
   * clocks only when `pausesClocks` is true (default false).
   */
  readonly maintenance?: MaintenanceDefinition;
  /**
   * Severities by key; key order is rank (the first key is the most severe). Each has optional
   * `label` and `description` and `targets` for `firstResponse`, `update` and `resolution`.
   */
  readonly severities?: { readonly [key: string]: SeverityDefinition };
  /** Fraction of a target (0 < warnAt <= 1, default 0.75) at which a metric raises `warning`. */
  readonly warnAt?: number;
}

/**
 * Builds the schema. Deferred to the first parse (see {@link policySchema}): constructing ~200 zod
 * schema objects cost ~10 ms of a cold import, which users who only compile the built-in presets
 * never need to pay.
 */
function buildRootSchema() {
  const warnAtSchema = z.number({ error: expected("a fraction such as 0.75") }).check(
    z.superRefine((v: number, ctx) => {
      if (!(v > 0 && v <= 1)) addIssue(ctx, `${shown(v)} is not a fraction of a target; use a number greater than 0 and at most 1, e.g. 0.75`);
    }),
  );

  const timezoneSchema = checkedString('an IANA time zone such as "America/Toronto"', (s) => checkTimeZoneName(s));

  const rootSchema = strict(
    {
      id: z.optional(text("an id", POLICY_LIMITS.textLength)),
      name: z.optional(text("a name", POLICY_LIMITS.textLength)),
      version: z.optional(text("a version", POLICY_LIMITS.textLength)),
      effectiveFrom: z.optional(localDateSchema()),
      timezone: timezoneSchema,
      hours: hoursSchema(),
      holidays: z.optional(holidaysSchema()),
      holidayYears: z.optional(holidayYearsSchema()),
      maintenance: z.optional(maintenanceSchema()),
      severities: z.optional(severitiesSchema()),
      warnAt: z.optional(warnAtSchema),
    },
    'a policy definition object such as { "timezone": "America/Toronto", "hours": "24x7" }',
  );

  return rootSchema;
}

let built: ReturnType<typeof buildRootSchema> | undefined;

/**
 * The zod/mini schema of a policy definition (CONTRACT §2).
 *
 * Rule: strict objects at every level (unknown keys are errors); every value is checked with the
 * same parsers the library uses (times, ISO dates, durations, time zones via `Intl`). It
 * validates only: the output is the definition as written (no defaults, no conversion).
 * Cross-entry rules are included: duplicate `date` or `annual` holidays, closures and one-off
 * windows that end before they start (when both ends are wall clock or both carry offsets), zero
 * targets.
 *
 * Limits (`POLICY_LIMITS`): 48 intervals per day, 10 000 holiday entries (at most 10 of them
 * region entries), 10 000 `except` dates per region entry, 1 000 maintenance windows (at most 48
 * weekly ones starting on any one weekday), 100 severities, names and ids up to 200 characters,
 * descriptions up to 2 000.
 *
 * Edge cases: severity keys must be 1–64 letters, digits, `_`, `.` or `-`, and may not be `__proto__`,
 * `constructor` or `prototype`. Canonical integer keys (`"1"`, `"2"`) are ordered numerically by
 * JavaScript before other keys, so rank follows that order; prefer keys like `"sev1"`.
 * For paths and messages in the contract's form use `parsePolicy` / `definePolicy`, which render
 * this schema's issues per key and pick the intended branch of a union.
 *
 * The schema is a `z.lazy` wrapper: its parts are built on the first parse, not at import.
 *
 * @throws `parse` throws zod's `ZodError`; `safeParse` never throws.
 *
 * @example
 * policySchema.safeParse({ timezone: "UTC", hours: "24x7" }).success; //=> true
 * policySchema.safeParse({ timezone: "UTC", hours: "24/7" }).success; //=> false
 * @category Policy
 */
export const policySchema = z.lazy(() => (built ??= buildRootSchema())) as unknown as z.ZodMiniType<PolicyDefinition, PolicyDefinition>;
