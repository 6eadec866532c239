/**
 * The zod/mini schema of a policy definition (CONTRACT §2) and its TypeScript types.
 *
 * The schema validates; it does not transform (no defaults, no conversions), so its output is the
 * definition as written. `parsePolicy` turns a valid definition into a `NormalizedPolicy` and
 * renders the schema's issues with contract paths.
 *
 * @module
 */

import * as z from "zod/mini";
import { describeValue } from "../errors.js";
import { MS_PER_DAY } from "../time/calendarDate.js";
import { DURATION_PART_KEYS, parseDuration } from "../time/durationText.js";
import type { DurationParts } from "../time/durationText.js";
import { parseIsoDate, parseIsoText, parseMonthDay } from "../time/isoText.js";
import type { IsoTextParts } from "../time/isoText.js";
import { METRIC_NAMES, WEEKDAY_KEYS } from "./normalizedPolicy.js";
import type { MetricName, WeekdayKey } from "./normalizedPolicy.js";
import { parseRegionCode } from "./regionCode.js";
import { parseTimeOfDay } from "../time/timeOfDay.js";
import { checkTimeZoneName } from "../time/timeZoneName.js";

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * `[from, to]` wall-clock times `"HH:MM"` or `"HH:MM:SS"`. `to <= from` runs past midnight into
 * the next day, so `["22:00", "06:00"]` is 8 hours and `["09:00", "09:00"]` is 24 hours;
 * `"24:00"` is allowed only as `to`.
 */
export type HoursIntervalDefinition = readonly [from: string, to: string];

/** Weekly hours: `"24x7"`, or weekday keys to lists of intervals (a missing day is closed). */
export type WeeklyHoursDefinition = "24x7" | { readonly [K in WeekdayKey]?: ReadonlyArray<HoursIntervalDefinition> };

/** Holiday types of date-holidays that a region entry can include. */
export const HOLIDAY_TYPES = ["public", "bank", "school", "optional", "observance"] as const;
/** One of {@link HOLIDAY_TYPES}. */
export type HolidayType = (typeof HOLIDAY_TYPES)[number];

/** The holidays of a date-holidays region; `types` default `["public"]`; `except`: local dates to drop. */
export interface RegionHolidayDefinition {
  readonly region: string;
  readonly types?: ReadonlyArray<HolidayType>;
  readonly except?: ReadonlyArray<string>;
  readonly name?: string;
}

/** One local date `YYYY-MM-DD`: closed, or open with special `hours`. */
export interface DateHolidayDefinition {
  readonly date: string;
  readonly name?: string;
  readonly hours?: ReadonlyArray<HoursIntervalDefinition>;
}

/** Every year on `MM-DD`: closed, or open with special `hours`. `"02-29"` applies in leap years only. */
export interface AnnualHolidayDefinition {
  readonly annual: string;
  readonly name?: string;
  readonly hours?: ReadonlyArray<HoursIntervalDefinition>;
}

/**
 * A closure removing business time in `[from, to)`: ISO dates or date-times, wall clock in the
 * policy's zone unless they carry `Z` or an offset (then exact instants). A date alone means its
 * 00:00, so `{ from: "2026-12-24", to: "2026-12-27" }` closes the 24th, 25th and 26th.
 */
export interface ClosureDefinition {
  readonly from: string;
  readonly to: string;
  readonly name?: string;
}

/** One entry of `holidays`. */
export type HolidayDefinition = RegionHolidayDefinition | DateHolidayDefinition | AnnualHolidayDefinition | ClosureDefinition;

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

/** A severity; targets for `firstResponse`, `update`, `resolution` (each optional). */
export interface SeverityDefinition {
  readonly label?: string;
  readonly description?: string;
  readonly targets: { readonly [M in MetricName]?: TargetDefinition };
}

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

// ---------------------------------------------------------------------------------------------
// Limits
// ---------------------------------------------------------------------------------------------

/**
 * Size limits of a definition, so that a hostile or broken file fails fast with a clear message:
 * intervals per day (weekly hours and special hours), `holidays` entries, `except` dates per
 * region entry, maintenance windows, severities, and string lengths.
 * @category Policy
 */
export const POLICY_LIMITS = Object.freeze({
  intervalsPerDay: 48,
  holidays: 10_000,
  /** date-holidays computes a region's year in 1–90 ms: a cold 100-year query costs up to ~9 s per region entry. */
  regionEntries: 10,
  exceptDates: 10_000,
  maintenanceWindows: 1_000,
  /** Weekly maintenance windows that start on one weekday (as intervals per day for hours). */
  maintenanceWindowsPerWeekday: 48,
  severities: 100,
  severityKeyLength: 64,
  textLength: 200,
  descriptionLength: 2_000,
});

/** Keys that could reach `Object.prototype` if used as property names; never accepted as names. */
export const RESERVED_KEYS: ReadonlyArray<string> = Object.freeze(["__proto__", "constructor", "prototype"]);

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

/** Run a check even when the value has other problems, so that every problem is reported. */
const ALWAYS = { when: () => true } as const;

type Issuer = { addIssue(issue: { code: "custom"; message: string; path?: PropertyKey[]; input?: unknown }): void };

function addIssue(ctx: unknown, message: string, path?: PropertyKey[]): void {
  (ctx as Issuer).addIssue(path === undefined ? { code: "custom", message, input: undefined } : { code: "custom", message, path, input: undefined });
}

function shown(v: unknown): string {
  return describeValue(typeof v === "string" && v.length > 100 ? v.slice(0, 100) : v);
}

/** Error map for a schema's own type issues: "missing; expected X" or "expected X, got V". */
function expected(what: string) {
  return (iss: { input?: unknown }): string =>
    iss.input === undefined ? `missing; expected ${what}` : `expected ${what}, got ${shown(iss.input)}`;
}

/** Message of an `unrecognized_keys` issue; `parsePolicy` splits it per key. */
function unknownKeysMessage(keys: ReadonlyArray<PropertyKey>, allowed: ReadonlyArray<string>): string {
  const list = keys.map((k) => shown(String(k))).join(", ");
  return `unknown key${keys.length === 1 ? "" : "s"} ${list}; expected one of ${allowed.join(", ")}`;
}

function strict<T extends z.core.$ZodLooseShape>(shape: T, what: string) {
  const allowed = Object.keys(shape);
  const typeError = expected(what);
  return z.strictObject(shape, {
    error: (iss) => (iss.code === "unrecognized_keys" ? unknownKeysMessage(iss.keys, allowed) : typeError(iss)),
  });
}

function get(obj: unknown, key: string): unknown {
  if (typeof obj !== "object" || obj === null || !Object.prototype.hasOwnProperty.call(obj, key)) return undefined;
  return (obj as Record<string, unknown>)[key];
}

/** A string checked by `parse`, which returns an error message or a value. */
function checkedString(what: string, parse: (s: string) => unknown) {
  return z.string({ error: expected(what) }).check(
    z.superRefine((s: string, ctx) => {
      const r = parse(s);
      if (typeof r === "string") addIssue(ctx, r);
    }),
  );
}

function text(what: string, max: number) {
  return checkedString(what, (s) =>
    s.length > max ? `${shown(s)} is too long (${s.length} characters); keep ${what} to at most ${max} characters` : null,
  );
}

/**
 * An array whose length is checked before its elements are parsed, so that a million-entry list
 * costs one comparison.
 */
function cappedArray<T extends z.core.SomeType>(item: T, max: number, what: string, noun: string) {
  return z.pipe(
    z.unknown().check(
      z.superRefine((v: unknown, ctx) => {
        if (Array.isArray(v) && v.length > max) {
          addIssue(ctx, `${v.length} ${noun} is more than the limit of ${max}; split or shorten the list`);
        }
      }),
    ),
    z.array(item, { error: expected(what) }),
  );
}

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

/** Severity keys: 1–64 letters, digits, `_`, `.` or `-`, not a reserved name. */
export const SEVERITY_KEY_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

function severityKeyProblem(key: string): string | null {
  if (RESERVED_KEYS.includes(key)) return `${shown(key)} is a reserved name and cannot be a severity key; rename it, e.g. "sev1"`;
  if (!SEVERITY_KEY_PATTERN.test(key)) {
    return `${shown(key)} is not a valid severity key; use 1 to ${POLICY_LIMITS.severityKeyLength} letters, digits, "_", "." or "-", e.g. "sev1"`;
  }
  return null;
}

/**
 * Builds the schema. Deferred to the first parse (see {@link policySchema}): constructing ~200 zod
 * schema objects cost ~10 ms of a cold import, which users who only compile the built-in presets
 * never need to pay.
 */
function buildRootSchema() {
  const TIME_WHAT = 'a time of day "HH:MM" between 00:00 and 24:00';

  function timeOfDayText(role: "start" | "end") {
    return checkedString(TIME_WHAT, (s) => {
      const ms = parseTimeOfDay(s);
      if (typeof ms === "string") return ms;
      if (role === "start" && ms === MS_PER_DAY) {
        return `"24:00" cannot start an interval: it is the end of the day; start at "00:00" (of the next day) instead`;
      }
      return null;
    });
  }

  const intervalSchema = z.tuple([timeOfDayText("start"), timeOfDayText("end")], {
    error: expected('a [from, to] pair of times such as ["09:00", "17:00"]'),
  });

  const dayHoursSchema = cappedArray(
    intervalSchema,
    POLICY_LIMITS.intervalsPerDay,
    'a list of [from, to] intervals such as [["09:00", "17:00"]] ([] for closed)',
    "intervals",
  );

  const weeklyHoursObjectSchema = strict(
    Object.fromEntries(WEEKDAY_KEYS.map((k) => [k, z.optional(dayHoursSchema)])) as Record<WeekdayKey, z.ZodMiniOptional<typeof dayHoursSchema>>,
    'an object of weekday hours such as { "mon": [["09:00", "17:00"]] }',
  );

  const HOURS_WHAT = '"24x7" or an object of weekday hours such as { "mon": [["09:00", "17:00"]] }';

  const hoursSchema = z.union([z.literal("24x7", { error: expected(HOURS_WHAT) }), weeklyHoursObjectSchema], {
    error: expected(HOURS_WHAT),
  });

  const localDateSchema = checkedString('a local date "YYYY-MM-DD"', (s) => {
    const r = parseIsoDate(s);
    return typeof r === "string" ? r : null;
  });

  /** An ISO 8601 date or date-time; returns the parsed parts or an error message. */
  function parseIsoPoint(s: unknown): IsoTextParts | string {
    if (typeof s !== "string") return `${shown(s)} is not an ISO 8601 date or date-time`;
    return parseIsoText(s);
  }

  const isoPointSchema = checkedString('an ISO 8601 date or date-time such as "2026-12-24T12:00"', (s) => {
    const r = parseIsoPoint(s);
    return typeof r === "string" ? r : null;
  });

  /** Compares two ISO points of the same kind (both wall clock, or both with offsets); null if not comparable. */
  function compareIsoPoints(a: unknown, b: unknown): number | null {
    const pa = parseIsoPoint(a);
    const pb = parseIsoPoint(b);
    if (typeof pa === "string" || typeof pb === "string") return null;
    if (pa.offsetMs === null && pb.offsetMs === null) return pa.day !== pb.day ? pa.day - pb.day : pa.ms - pb.ms;
    if (pa.offsetMs !== null && pb.offsetMs !== null) {
      return pa.day * MS_PER_DAY + pa.ms - pa.offsetMs - (pb.day * MS_PER_DAY + pb.ms - pb.offsetMs);
    }
    return null;
  }

  const regionCodeSchema = checkedString('a date-holidays region code such as "CA-ON"', (s) => {
    const r = parseRegionCode(s);
    return typeof r === "string" ? r : null;
  });

  const holidayTypesSchema = z
    .array(z.enum(HOLIDAY_TYPES, { error: expected(`one of ${HOLIDAY_TYPES.join(", ")}`) }), {
      error: expected('a list of holiday types such as ["public"]'),
    })
    .check(
      z.superRefine((v: unknown[], ctx) => {
        if (v.length === 0) addIssue(ctx, 'an empty list of types selects no holidays; list at least one type, or leave "types" out for ["public"]');
        else if (v.length > HOLIDAY_TYPES.length * 4) addIssue(ctx, `${v.length} types is more than needed; list each of ${HOLIDAY_TYPES.join(", ")} at most once`);
      }),
    );

  const monthDaySchema = checkedString('an annual date "MM-DD" such as "12-31"', (s) => {
    const r = parseMonthDay(s);
    return typeof r === "string" ? r : null;
  });

  const HOLIDAY_KINDS = [
    { key: "region", label: "a region entry", allowed: ["region", "types", "except", "name"] },
    { key: "date", label: "a date entry", allowed: ["date", "name", "hours"] },
    { key: "annual", label: "an annual entry", allowed: ["annual", "name", "hours"] },
    { key: "from", label: "a closure", allowed: ["from", "to", "name"] },
  ] as const;

  const holidayEntrySchema = strict(
    {
      region: z.optional(regionCodeSchema),
      types: z.optional(holidayTypesSchema),
      except: z.optional(cappedArray(localDateSchema, POLICY_LIMITS.exceptDates, 'a list of local dates "YYYY-MM-DD"', "dates")),
      date: z.optional(localDateSchema),
      annual: z.optional(monthDaySchema),
      hours: z.optional(dayHoursSchema),
      from: z.optional(isoPointSchema),
      to: z.optional(isoPointSchema),
      name: z.optional(text("a holiday name", POLICY_LIMITS.textLength)),
    },
    'a holiday entry such as { "region": "CA-ON" }, { "date": "2026-12-24" }, { "annual": "12-31" } or { "from": "2026-12-24T12:00", "to": "2026-12-27T09:00" }',
  ).check(
    z.superRefine((entry: Record<string, unknown>, ctx) => {
      if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return;
      const has = (k: string) => get(entry, k) !== undefined;
      const kinds = HOLIDAY_KINDS.filter((k) => has(k.key) || (k.key === "from" && has("to")));
      if (kinds.length === 0) {
        addIssue(ctx, `a holiday entry needs "region", "date", "annual", or "from" and "to"; got ${shown(entry)}`);
        return;
      }
      const kind = kinds[0]!;
      if (kinds.length > 1) {
        const other = kinds[1]!;
        const otherKey = other.key === "from" && !has("from") ? "to" : other.key;
        addIssue(ctx, `"${otherKey}" cannot be combined with "${kind.key}" in one holiday entry; split it into separate entries`, [otherKey]);
        return;
      }
      for (const key of Object.keys(entry)) {
        if (has(key) && !(kind.allowed as ReadonlyArray<string>).includes(key)) {
          addIssue(ctx, `"${key}" is not allowed in ${kind.label}, which takes ${kind.allowed.join(", ")}`, [key]);
        }
      }
      if (kind.key === "from") {
        for (const k of ["from", "to"]) {
          if (!has(k)) addIssue(ctx, `missing; a closure needs both "from" and "to", e.g. { "from": "2026-12-24T12:00", "to": "2026-12-27T09:00" }`, [k]);
        }
        const cmp = compareIsoPoints(entry["from"], entry["to"]);
        if (cmp !== null && cmp >= 0) {
          addIssue(ctx, `the closure ends at or before it starts: "to" ${shown(entry["to"])} is not later than "from" ${shown(entry["from"])}; make "to" later`, ["to"]);
        }
      }
    }, ALWAYS),
  );

  function dateKeyOf(entry: unknown): number | null {
    const d = get(entry, "date");
    const r = typeof d === "string" ? parseIsoDate(d) : null;
    return typeof r === "number" ? r : null;
  }

  function annualKeyOf(entry: unknown): number | null {
    const a = get(entry, "annual");
    const r = typeof a === "string" ? parseMonthDay(a) : null;
    return r !== null && typeof r !== "string" ? r.month * 100 + r.day : null;
  }

  const holidaysSchema = cappedArray(holidayEntrySchema, POLICY_LIMITS.holidays, "a list of holiday entries", "holiday entries").check(
    z.superRefine((entries: unknown[], ctx) => {
      if (!Array.isArray(entries)) return;
      const dates = new Map<number, number>();
      const annuals = new Map<number, number>();
      let regions = 0;
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        if (get(e, "region") !== undefined && ++regions === POLICY_LIMITS.regionEntries + 1) {
          addIssue(ctx, `more than ${POLICY_LIMITS.regionEntries} region entries; merge the entries of one region (list its types together), or expand the regions into dates with \`sla-clock holidays\``, [i, "region"]);
        }
        const d = dateKeyOf(e);
        if (d !== null) {
          const first = dates.get(d);
          if (first === undefined) dates.set(d, i);
          else addIssue(ctx, `duplicate date ${shown(get(e, "date"))}: holidays[${first}] already sets it; merge the two entries`, [i, "date"]);
        }
        const a = annualKeyOf(e);
        if (a !== null) {
          const first = annuals.get(a);
          if (first === undefined) annuals.set(a, i);
          else addIssue(ctx, `duplicate annual date ${shown(get(e, "annual"))}: holidays[${first}] already sets it; merge the two entries`, [i, "annual"]);
        }
      }
    }, ALWAYS),
  );

  const weekdayListSchema = z
    .array(z.enum(WEEKDAY_KEYS, { error: expected(`a weekday key (${WEEKDAY_KEYS.join(", ")})`) }), {
      error: expected('a list of weekday keys such as ["sat"]'),
    })
    .check(
      z.superRefine((v: unknown[], ctx) => {
        if (v.length === 0) addIssue(ctx, 'an empty list of weekdays never recurs; list at least one weekday, e.g. ["sat"]');
        else if (v.length > WEEKDAY_KEYS.length) addIssue(ctx, `${v.length} weekdays is more than 7; list each weekday at most once`);
      }),
    );

  const maintenanceWindowSchema = strict(
    {
      weekly: z.optional(weekdayListSchema),
      from: z.optional(timeOfDayText("start")),
      to: z.optional(timeOfDayText("end")),
      start: z.optional(isoPointSchema),
      end: z.optional(isoPointSchema),
      name: z.optional(text("a window name", POLICY_LIMITS.textLength)),
    },
    'a maintenance window such as { "weekly": ["sat"], "from": "07:00", "to": "09:00" } or { "start": "2026-05-02T07:00", "end": "2026-05-02T11:00" }',
  ).check(
    z.superRefine((w: Record<string, unknown>, ctx) => {
      if (typeof w !== "object" || w === null || Array.isArray(w)) return;
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
        addIssue(ctx, `"${has("start") ? "start" : "end"}" cannot be combined with "weekly"; a weekly window uses "from" and "to", a one-off window "start" and "end"`, [has("start") ? "start" : "end"]);
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

  const maintenanceSchema = strict(
    {
      windows: z.optional(
        cappedArray(maintenanceWindowSchema, POLICY_LIMITS.maintenanceWindows, "a list of maintenance windows", "maintenance windows").check(
          z.superRefine((windows: unknown[], ctx) => {
            if (!Array.isArray(windows)) return;
            const perWeekday = new Map<unknown, number>();
            for (let i = 0; i < windows.length; i++) {
              const weekly = get(windows[i], "weekly");
              if (!Array.isArray(weekly)) continue;
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
      pausesClocks: z.optional(z.boolean({ error: expected("true or false") })),
    },
    'an object such as { "windows": [...], "pausesClocks": false }',
  );

  // --- durations and targets --------------------------------------------------------------------

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

  const targetsSchema = strict(
    Object.fromEntries(METRIC_NAMES.map((m) => [m, z.optional(targetSchema)])) as Record<MetricName, z.ZodMiniOptional<typeof targetSchema>>,
    'an object of targets such as { "firstResponse": "2h" }',
  );

  const severitySchema = strict(
    {
      label: z.optional(text("a label", POLICY_LIMITS.textLength)),
      description: z.optional(text("a description", POLICY_LIMITS.descriptionLength)),
      targets: targetsSchema,
    },
    'a severity such as { "label": "Severity 1", "targets": { "firstResponse": "2h" } }',
  );


  const severityKeySchema = checkedString("a severity key", severityKeyProblem);

  const severitiesSchema = z.pipe(
    z.unknown().check(
      z.superRefine((v: unknown, ctx) => {
        if (typeof v !== "object" || v === null || Array.isArray(v)) return;
        const keys = Object.keys(v);
        if (keys.length > POLICY_LIMITS.severities) {
          addIssue(ctx, `${keys.length} severities is more than the limit of ${POLICY_LIMITS.severities}`);
          return;
        }
        // z.record silently skips an own "__proto__" key (JSON.parse creates one); report it instead.
        if (Object.prototype.hasOwnProperty.call(v, "__proto__")) {
          (ctx as unknown as { addIssue(i: object): void }).addIssue({
            code: "unrecognized_keys",
            keys: ["__proto__"],
            reserved: true,
            message: `"__proto__" is a reserved name and cannot be a severity key; rename it, e.g. "sev1"`,
            input: undefined,
          });
        }
      }),
    ),
    z.record(severityKeySchema, severitySchema, {
      error: expected('an object of severities such as { "sev1": { "targets": { "firstResponse": "2h" } } }'),
    }),
  );

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
      effectiveFrom: z.optional(localDateSchema),
      timezone: timezoneSchema,
      hours: hoursSchema,
      holidays: z.optional(holidaysSchema),
      maintenance: z.optional(maintenanceSchema),
      severities: z.optional(severitiesSchema),
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
