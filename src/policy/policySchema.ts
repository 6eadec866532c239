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
import type { PolicyIssue } from "../errors.js";
import { PolicyError, appendAll, isRecord, thrownText } from "../errors.js";
import { definitionData } from "./definitionData.js";
import { checkTimeZoneName } from "../time/timeZoneName.js";
import type { HolidayDefinition } from "./holidaysSchema.js";
import { holidaysSchema } from "./holidaysSchema.js";
import type { WeeklyHoursDefinition } from "./hoursSchema.js";
import { hoursSchema } from "./hoursSchema.js";
import type { MaintenanceDefinition } from "./maintenanceSchema.js";
import { maintenanceSchema } from "./maintenanceSchema.js";
import { METRIC_NAMES } from "./normalizedPolicy.js";
import { readDefinition } from "./policyCombination.js";
import { POLICY_LIMITS } from "./policyLimits.js";
import { ALWAYS, cappedArray, checkedString, expected, addIssue, get, shown, strict, text, numberSchema, optional, run, union } from "./schemaBlocks.js";
import type { Payload } from "./schemaBlocks.js";
import type { SeverityDefinition } from "./severitiesSchema.js";
import { holidayYearsSchema } from "./holidayYearsSchema.js";
import { severitiesSchema } from "./severitiesSchema.js";
import type { StatusDefinition } from "./statusesSchema.js";
import { statusesSchema, timeInNameProblem, timeInSchema } from "./statusesSchema.js";
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
   * `label` and `description` and `targets` for `firstResponse`, `update`, `resolution`,
   * `nextReply`, `ownership` and the `timeIn` metrics.
   */
  readonly severities?: { readonly [key: string]: SeverityDefinition };
  /**
   * Escalation levels: a fraction of a target (0 < warnAt <= 1, default 0.75) at which a metric
   * raises `warning`, or a strictly ascending list of them (`[0.5, 0.75, 0.9]`); each becomes one
   * entry of `MetricStatus.thresholds`, and the smallest raises `warning`.
   */
  readonly warnAt?: number | ReadonlyArray<number>;
  /**
   * The ticketing system's statuses in workflow order (a ticket starts in the first unless it says
   * otherwise): `{}` (every clock runs), `{ pauses: true }`, `{ pauses: [metrics] }`, `{ resolves: true }`.
   */
  readonly statuses?: { readonly [status: string]: StatusDefinition };
  /** Time-in-status metrics: a name (a target name for severities) to the statuses whose time it counts. */
  readonly timeIn?: { readonly [metric: string]: ReadonlyArray<string> };
}

/**
 * A combined policy as JSON: the union (`unionOf`) or the intersection (`intersectionOf`) of its
 * parts' business time, each part keeping its own zone, hours and holidays. The first part gives
 * the zone, severities, `warnAt` and maintenance windows. Read by `definePolicy` wherever a
 * definition is read, and accepted by `policySchema` (see `docs/follow-the-sun.md`).
 *
 * @example
 * const def: PolicyCombinationDefinition = {
 *   unionOf: [
 *     { timezone: "Australia/Sydney", hours: { mon: [["09:00", "17:00"]] } },
 *     { timezone: "Europe/Berlin", hours: { mon: [["09:00", "17:00"]] } },
 *   ],
 * };
 * @category Policy
 */
export type PolicyCombinationDefinition =
  | {
      /** The parts (at least one): business time when any part is open; zone and severities from the first. */
      readonly unionOf: ReadonlyArray<PolicyDefinition | PolicyCombinationDefinition>;
    }
  | {
      /** The parts (at least one): business time only when every part is open; zone and severities from the first. */
      readonly intersectionOf: ReadonlyArray<PolicyDefinition | PolicyCombinationDefinition>;
    };

/**
 * The checks that span sections: target names (built-ins and the `timeIn` keys), the statuses
 * named by `timeIn` and `pauses`, and the metrics named by `pauses`. Reads the raw input
 * defensively: it runs even when other parts of the definition are broken.
 */
function crossCheck(def: unknown, ctx: unknown): void {
  if (!isRecord(def)) return;
  const statuses = get(def, "statuses");
  const timeIn = get(def, "timeIn");
  const severities = get(def, "severities");
  const timeInKeys = isRecord(timeIn) ? Object.keys(timeIn).filter((k) => timeInNameProblem(k) === null) : [];
  const allowed = [...METRIC_NAMES, ...timeInKeys];
  const targeted = new Set<string>();
  if (isRecord(severities)) {
    for (const sev of Object.keys(severities)) {
      const targets = get(get(severities, sev), "targets");
      if (!isRecord(targets)) continue;
      for (const name of Object.keys(targets)) {
        if (allowed.includes(name)) targeted.add(name);
        else addIssue(ctx, `unknown key ${shown(name)}; expected one of ${allowed.join(", ")}`, ["severities", sev, "targets", name]);
      }
    }
  }
  const statusKeys = isRecord(statuses) ? Object.keys(statuses) : null;
  if (isRecord(timeIn)) {
    if (statuses === undefined) {
      addIssue(ctx, 'timeIn counts time in statuses, but the policy has no "statuses"; add them, e.g. "statuses": { "new": {}, "open": {}, "solved": { "resolves": true } }', ["timeIn"]);
    } else if (statusKeys !== null) {
      for (const key of Object.keys(timeIn)) {
        const list = get(timeIn, key);
        // (a list over its limit is refused by its own schema, unread: not walked here either)
        if (!Array.isArray(list) || list.length > POLICY_LIMITS.statuses) continue;
        list.forEach((name: unknown, i) => {
          if (typeof name === "string" && !statusKeys.includes(name)) {
            addIssue(ctx, `${shown(name)} is not a status of this policy; use one of ${statusKeys.map((k) => shown(k)).join(", ")}`, ["timeIn", key, i]);
          }
        });
      }
    }
  }
  if (statusKeys !== null) {
    for (const key of statusKeys) {
      const pauses = get(get(statuses, key), "pauses");
      if (!Array.isArray(pauses) || pauses.length > POLICY_LIMITS.statuses) continue;
      pauses.forEach((name: unknown, i) => {
        if (typeof name !== "string" || targeted.has(name)) return;
        const list = targeted.size === 0 ? "no severity has targets yet" : `targeted: ${[...targeted].join(", ")}`;
        const why = allowed.includes(name) ? "is a metric no severity targets" : "is not a metric of this policy";
        addIssue(ctx, `${shown(name)} ${why}; list only metrics that some severity targets (${list})`, ["statuses", key, "pauses", i]);
      });
    }
  }
}

/**
 * Builds the schema. Deferred to the first parse (see {@link policySchema}): constructing ~200 zod
 * schema objects cost ~10 ms of a cold import, which users who only compile the built-in presets
 * never need to pay.
 */
function buildRootSchema() {
  const fractionSchema = numberSchema("a fraction such as 0.75").check(
    z.superRefine((v: number, ctx) => {
      if (!(v > 0 && v <= 1)) addIssue(ctx, `${shown(v)} is not a fraction of a target; use a number greater than 0 and at most 1, e.g. 0.75`);
    }),
  );
  const fractionListSchema = cappedArray(fractionSchema, POLICY_LIMITS.thresholds, "a list of fractions such as [0.5, 0.75, 0.9]", "fractions").check(
    // (a check without `when` runs only on a parsed list: one of numbers)
    z.superRefine((list: ReadonlyArray<number>, ctx) => {
      if (list.length === 0) addIssue(ctx, "an empty list; give at least one fraction, e.g. [0.75]");
      for (let i = 1; i < list.length; i++) {
        const a = list[i - 1]!;
        const b = list[i]!;
        if (!(b > a)) {
          addIssue(ctx, `${shown(b)} does not come after ${shown(a)}; list the fractions in strictly ascending order, e.g. [0.5, 0.75, 0.9]`, [i]);
        }
      }
    }),
  );
  const warnAtSchema = union([fractionSchema, fractionListSchema], "a fraction such as 0.75");

  const timezoneSchema = checkedString('an IANA time zone such as "America/Toronto"', checkTimeZoneName);

  const rootSchema = strict(
    {
      id: optional(text("an id", POLICY_LIMITS.textLength)),
      name: optional(text("a name", POLICY_LIMITS.textLength)),
      version: optional(text("a version", POLICY_LIMITS.textLength)),
      effectiveFrom: optional(localDateSchema()),
      timezone: timezoneSchema,
      hours: hoursSchema(),
      holidays: optional(holidaysSchema()),
      holidayYears: optional(holidayYearsSchema()),
      maintenance: optional(maintenanceSchema()),
      severities: optional(severitiesSchema()),
      warnAt: optional(warnAtSchema),
      statuses: optional(statusesSchema()),
      timeIn: optional(timeInSchema()),
    },
    'a policy definition object such as { "timezone": "America/Toronto", "hours": "24x7" }',
  ).check(z.superRefine(crossCheck, ALWAYS));

  return rootSchema;
}

let built: ReturnType<typeof buildRootSchema> | undefined;

/**
 * The schema of a plain definition (no combination), built on first use: what `parsePolicy`
 * validates, and {@link policySchema} validates each plain part with.
 */
export const plainPolicySchema = () => (built ??= buildRootSchema()) as unknown as z.ZodMiniType<PolicyDefinition, PolicyDefinition>;

/**
 * The zod/mini schema of a policy definition (CONTRACT §2), or of a combination of definitions
 * (CONTRACT §7): `{ "unionOf": [def, …] }` or `{ "intersectionOf": [def, …] }`, each part a
 * definition or another such object, nested. It reads a combination with the same code as
 * `definePolicy`, so it accepts exactly the combinations `definePolicy` accepts.
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
 * descriptions up to 2 000. A combination (`COMBINATION_LIMITS`, as `definePolicy` reads it) has
 * exactly one of the keys `unionOf` and `intersectionOf` and no other key, 1 to 100 parts, nests
 * at most 16 levels deep and holds at most 100 plain definitions in all; its issues have the
 * messages of `definePolicy` (code `"custom"`), and those of a part carry the path through the
 * combination, e.g. `["unionOf", 1, "timezone"]`.
 *
 * Edge cases: severity keys must be 1–64 letters, digits, `_`, `.` or `-`, and may not be `__proto__`,
 * `constructor` or `prototype`. Canonical integer keys (`"1"`, `"2"`) are ordered numerically by
 * JavaScript before other keys, so rank follows that order; prefer keys like `"sev1"`.
 * For paths and messages in the contract's form use `parsePolicy` / `definePolicy`, which render
 * this schema's issues per key and pick the intended branch of a union. Rules that need more than
 * the definition (region codes date-holidays knows, region holidays in `sla-clock/lite`, closures
 * whose ends mix wall clock and offsets) are checked by `definePolicy` only.
 *
 * The schema is a refinement of `z.unknown()` (a `ZodMiniType`: it composes with your own zod 4
 * schemas); the schemas of the sections are built on the first parse, not at import. Its output
 * type is `PolicyDefinition | PolicyCombinationDefinition`: check for `"unionOf"` or
 * `"intersectionOf"` in it to narrow it.
 *
 * @throws `parse` throws zod's `ZodError`; `safeParse` never throws.
 *
 * @example
 * policySchema.safeParse({ timezone: "UTC", hours: "24x7" }).success; //=> true
 * policySchema.safeParse({ timezone: "UTC", hours: "24/7" }).success; //=> false
 * policySchema.safeParse({ unionOf: [{ timezone: "UTC", hours: "24x7" }] }).success; //=> true
 * policySchema.safeParse({ unionOf: [] }).success; //=> false
 * @category Policy
 */
export const policySchema = /* @__PURE__ */ z.unknown().check(
  z.superRefine((input, ctx) => {
    const r = readDefinition<unknown>(
      input,
      {
        leaf(def) {
          // the definition's copy, as definePolicy reads it: each value read once, and one that cannot
          // be read an issue at its path (safeParse never throws)
          try {
            const parsed = run(plainPolicySchema(), definitionData(def));
            return parsed.issues.length > 0 ? (parsed.issues as unknown as PolicyIssue[]) : parsed.value;
          } catch (e) {
            return e instanceof PolicyError ? [...e.issues] : [{ path: [], message: `the definition could not be read (${thrownText(e)}); pass plain JSON data` }];
          }
        },
        node: (_op, parts, key) => ({ [key]: parts }),
        leaves: 0,
      },
      0,
    );
    const payload = ctx as unknown as Payload;
    // (an issue of the combination itself is zod's "custom" one; a part's keeps its own code)
    if (Array.isArray(r)) appendAll(payload.issues, r.map((i) => ({ code: "custom", ...i })) as Payload["issues"]);
    else payload.value = r;
  }),
) as unknown as z.ZodMiniType<PolicyDefinition | PolicyCombinationDefinition, PolicyDefinition | PolicyCombinationDefinition>;
