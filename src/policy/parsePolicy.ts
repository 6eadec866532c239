/**
 * Validating a policy definition and normalizing it into integers: the policy layer's one entry
 * point.
 *
 * @module
 */

import type { PolicyIssue } from "../errors.js";
import { PolicyError, describeValue, hasOwn, isPlainObject, thrownText } from "../errors.js";
import { MS_PER_DAY } from "../time/calendarDate.js";
import { parseIsoDate, parseIsoText, parseMonthDay } from "../time/isoText.js";
import { canonicalTimeZoneName } from "../time/timeZoneName.js";
import { METRIC_NAMES, WEEKDAY_KEYS } from "./normalizedPolicy.js";
import type {
  AnnualRule,
  DatedRules,
  MetricName,
  NormalizedPolicy,
  RegionRule,
  Severity,
  StatusRule,
  Target,
  TimeInRule,
  WallInterval,
  WallPoint,
  WallSpan,
  WeeklyWindow,
} from "./normalizedPolicy.js";
import type { HolidayDefinition } from "./holidaysSchema.js";
import type { HoursIntervalDefinition } from "./hoursSchema.js";
import type { OneOffMaintenanceWindowDefinition, WeeklyMaintenanceWindowDefinition } from "./maintenanceSchema.js";
import { plainPolicySchema } from "./policySchema.js";
import type { PolicyDefinition } from "./policySchema.js";
import { isPrevalidated } from "./prevalidated.js";
import { definitionData, setOwn } from "./definitionData.js";
import { toDatedRules } from "./datedRules.js";
import { plainDateHolidays } from "./plainDateHolidays.js";
import { isBusinessDaysTarget, targetDurationMs } from "./targetSchema.js";
import type { TargetDefinition } from "./targetSchema.js";
import { parseRegionCode } from "./regionCode.js";
import { parseTimeOfDay } from "../time/timeOfDay.js";

/** Outcome of {@link parsePolicy}. */
export type ParsePolicyResult =
  | { readonly success: true; readonly policy: NormalizedPolicy; readonly definition: PolicyDefinition }
  | { readonly success: false; readonly issues: PolicyIssue[] };

/** Default of `warnAt`: a target raises `warning` once 75 % of it is used. */
export const DEFAULT_WARN_AT = 0.75;

/** Default holiday types of a region entry. */
export const DEFAULT_HOLIDAY_TYPES: ReadonlyArray<string> = Object.freeze(["public"]);

// ---------------------------------------------------------------------------------------------
// zod issues → contract issues
// ---------------------------------------------------------------------------------------------

interface RawIssue {
  readonly code?: string;
  readonly path?: ReadonlyArray<PropertyKey>;
  readonly message: string;
  readonly keys?: ReadonlyArray<PropertyKey>;
  readonly errors?: ReadonlyArray<ReadonlyArray<RawIssue>>;
  readonly issues?: ReadonlyArray<RawIssue>;
  readonly reserved?: boolean;
}

function pathElement(p: PropertyKey): string | number {
  return typeof p === "number" ? p : String(p);
}

const EXPECTED_ONE_OF = "; expected one of ";

/**
 * How well a union branch matches the input: 0 when it rejected the input's type at its root,
 * 1 when it rejected the value at its root (a literal such as "24x7"), 2 when the input has the
 * branch's shape and only its contents have problems.
 */
function branchFit(branch: ReadonlyArray<RawIssue>): number {
  let fit = 2;
  for (const e of branch) {
    if (e.path !== undefined && e.path.length > 0) continue;
    if (e.code === "invalid_type" || e.code === "invalid_union") return 0;
    if (e.code === "invalid_value") fit = 1;
  }
  return fit;
}

function convertIssue(iss: RawIssue, prefix: ReadonlyArray<string | number>, out: PolicyIssue[]): void {
  const path = [...prefix, ...(iss.path ?? []).map(pathElement)];
  switch (iss.code) {
    case "unrecognized_keys": {
      const tailAt = iss.message.lastIndexOf(EXPECTED_ONE_OF);
      const tail = tailAt >= 0 ? iss.message.slice(tailAt) : "";
      for (const key of iss.keys ?? []) {
        const k = pathElement(key);
        const message = iss.reserved === true ? iss.message : `unknown key ${describeValue(String(k))}${tail}`;
        out.push({ path: [...path, k], message });
      }
      return;
    }
    case "invalid_union": {
      // Report the problems of the one branch that fits the input best (see branchFit);
      // otherwise the union's own message.
      const branches = iss.errors ?? [];
      const fits = branches.map(branchFit);
      const best = Math.max(0, ...fits);
      const candidates = best === 0 ? [] : branches.filter((_, i) => fits[i] === best);
      if (candidates.length === 1) {
        for (const e of candidates[0]!) convertIssue(e, path, out);
      } else {
        out.push({ path, message: iss.message });
      }
      return;
    }
    case "invalid_key": {
      const inner = (iss.issues ?? []).map((i) => i.message);
      out.push({ path, message: inner.length > 0 ? inner.join("; ") : iss.message });
      return;
    }
    default:
      out.push({ path, message: iss.message });
  }
}

/**
 * Renders zod issues of {@link plainPolicySchema} as contract issues: one per unknown key (at the
 * key's path), union issues resolved to the branch that matches the input's type, record-key
 * issues with their own message; exact duplicates dropped.
 *
 * Edge case: when no branch of a union fits the input's type, the union's own message is
 * reported at the union's path.
 *
 * @throws Never.
 *
 * @example
 * const r = policySchema.safeParse({ timezone: "UTC", hours: { monday: [] } });
 * toPolicyIssues(r.error!.issues);
 * //=> [{ path: ["hours", "monday"], message: "unknown key \"monday\"; expected one of mon, tue, wed, thu, fri, sat, sun" }]
 * @category Policy
 */
export function toPolicyIssues(issues: ReadonlyArray<unknown>): PolicyIssue[] {
  const out: PolicyIssue[] = [];
  for (const iss of issues) convertIssue(iss as RawIssue, [], out);
  const seen = new Set<string>();
  return out.filter((i) => {
    const key = `${JSON.stringify(i.path)}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Normalization (input already validated by policySchema)
// ---------------------------------------------------------------------------------------------

function timeMs(s: string): number {
  const r = parseTimeOfDay(s);
  if (typeof r === "string") throw new Error(r);
  return r;
}

function toInterval(from: string, to: string): WallInterval {
  const start = timeMs(from);
  let end = timeMs(to);
  if (end <= start) end += MS_PER_DAY;
  return Object.freeze([start, end] as const);
}

function toIntervals(list: ReadonlyArray<HoursIntervalDefinition>): ReadonlyArray<WallInterval> {
  const out = list.map(([from, to]) => toInterval(from, to));
  out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return Object.freeze(out);
}

function toPoint(s: string): WallPoint {
  const r = parseIsoText(s);
  if (typeof r === "string") throw new Error(r);
  return Object.freeze(
    r.offsetMs === null
      ? { kind: "wall" as const, day: r.day, ms: r.ms }
      : { kind: "instant" as const, epochMs: r.day * MS_PER_DAY + r.ms - r.offsetMs },
  );
}

function toSpan(from: string, to: string, name: string | undefined, index: number): WallSpan {
  return Object.freeze({ from: toPoint(from), to: toPoint(to), ...(name !== undefined && { name }), index });
}

function toDay(s: string): number {
  const r = parseIsoDate(s);
  if (typeof r === "string") throw new Error(r);
  return r;
}

function uniqueSorted(values: ReadonlyArray<number>): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

function toTarget(t: TargetDefinition): Target {
  if (isBusinessDaysTarget(t)) {
    const o = t as { businessDays: number; at?: string };
    const days = Object.freeze({ count: o.businessDays, at: o.at === undefined ? null : timeMs(o.at) });
    return Object.freeze({ duration: 0, clock: "business" as const, pausable: false, days });
  }
  // A duration, or an object with one (the schema allows "clock" and "pausable" only next to
  // "duration"); its length is never null: the schema checked it.
  const o = (typeof t === "object" ? t : {}) as { clock?: "business" | "calendar"; pausable?: boolean };
  return Object.freeze({ duration: targetDurationMs(t)!, clock: o.clock ?? "business", pausable: o.pausable ?? true });
}

/**
 * The normalized form of a validated definition (which has no key set to undefined: see
 * {@link frozenCopy}). `plainDated`, when given, is the table of its `holidays`, all plain dated
 * entries, already built by {@link plainDateHolidays}.
 */
function normalize(def: PolicyDefinition, plainDated?: DatedRules): NormalizedPolicy {
  const hours = def.hours;
  const weekly = WEEKDAY_KEYS.map((k) =>
    hours === "24x7" ? Object.freeze([Object.freeze([0, MS_PER_DAY] as const)]) : toIntervals(hours[k] ?? []),
  );

  // the `date` entries, column-wise (toDatedRules): no object per entry
  const datedDaysOut: number[] = [];
  const datedIndexes: number[] = [];
  const datedNames: Array<string | undefined> = [];
  const datedHours: Array<ReadonlyArray<WallInterval> | null> = [];
  const annualRules: AnnualRule[] = [];
  const regionRules: RegionRule[] = [];
  const closures: WallSpan[] = [];
  (plainDated === undefined ? (def.holidays ?? []) : []).forEach((h: HolidayDefinition, index) => {
    const name = h.name;
    if ("date" in h) {
      datedDaysOut.push(toDay(h.date));
      datedIndexes.push(index);
      datedNames.push(name);
      datedHours.push(h.hours === undefined ? null : toIntervals(h.hours));
      return;
    }
    const named = name !== undefined ? { name } : {};
    if ("region" in h) {
      const code = parseRegionCode(h.region);
      if (typeof code === "string") throw new Error(code);
      const types = h.types === undefined ? DEFAULT_HOLIDAY_TYPES : Object.freeze([...new Set(h.types)]);
      regionRules.push(
        Object.freeze({ ...code, types, except: Object.freeze(uniqueSorted((h.except ?? []).map(toDay))), ...named, observed: h.observed ?? "none", index }),
      );
    } else if ("annual" in h) {
      const md = parseMonthDay(h.annual);
      if (typeof md === "string") throw new Error(md);
      annualRules.push(
        Object.freeze({ month: md.month, day: md.day, ...named, hours: h.hours === undefined ? null : toIntervals(h.hours), observed: h.observed ?? "none", index }),
      );
    } else if ("from" in h) {
      closures.push(toSpan(h.from, h.to, name, index));
    }
  });

  const weeklyWindows: WeeklyWindow[] = [];
  const oneOff: WallSpan[] = [];
  (def.maintenance?.windows ?? []).forEach((w, index) => {
    if ("weekly" in w) {
      const ww = w as WeeklyMaintenanceWindowDefinition;
      weeklyWindows.push(
        Object.freeze({
          weekdays: Object.freeze(uniqueSorted(ww.weekly.map((k) => WEEKDAY_KEYS.indexOf(k)))),
          interval: toInterval(ww.from, ww.to),
          ...(ww.name !== undefined && { name: ww.name }),
          index,
        }),
      );
    } else {
      const o = w as OneOffMaintenanceWindowDefinition;
      oneOff.push(toSpan(o.start, o.end, o.name, index));
    }
  });

  const timeIn: TimeInRule[] = Object.keys(def.timeIn ?? {}).map((key) =>
    Object.freeze({ key, statuses: Object.freeze([...def.timeIn![key]!]) }),
  );
  const metricOrder: MetricName[] = [...METRIC_NAMES, ...timeIn.map((r) => r.key)];
  const targetedMetrics = new Set<MetricName>();
  const severities: Severity[] = [];
  const defined = def.severities ?? {};
  for (const key of Object.keys(defined)) {
    const s = defined[key]!;
    const targets: Partial<Record<MetricName, Target>> = {};
    for (const metric of metricOrder) {
      const t = hasOwn(s.targets, metric) ? s.targets[metric] : undefined;
      if (t !== undefined) {
        targets[metric] = toTarget(t);
        targetedMetrics.add(metric);
      }
    }
    severities.push(
      Object.freeze({
        key,
        ...(s.label !== undefined && { label: s.label }),
        ...(s.description !== undefined && { description: s.description }),
        targets: Object.freeze(targets),
      }),
    );
  }

  const warnAt = def.warnAt ?? DEFAULT_WARN_AT;
  const thresholds = Object.freeze(typeof warnAt === "number" ? [warnAt] : [...warnAt]);
  const statuses: ReadonlyArray<StatusRule> | null =
    def.statuses === undefined
      ? null
      : Object.freeze(
          Object.keys(def.statuses).map((key) => {
            const d = def.statuses![key]!;
            return Object.freeze({
              key,
              pausesAll: d.pauses === true,
              pauses: Object.freeze(Array.isArray(d.pauses) ? [...(d.pauses as ReadonlyArray<string>)] : []),
              resolves: d.resolves === true,
            });
          }),
        );

  return Object.freeze({
    ...(def.id !== undefined && { id: def.id }),
    ...(def.name !== undefined && { name: def.name }),
    ...(def.version !== undefined && { version: def.version }),
    ...(def.effectiveFrom !== undefined && { effectiveFrom: toDay(def.effectiveFrom) }),
    timezone: canonicalTimeZoneName(def.timezone), // the IANA spelling, once (issue 14)
    weekly: Object.freeze(weekly),
    dateRules: plainDated ?? toDatedRules(datedDaysOut, datedIndexes, datedNames, datedHours),
    annualRules: Object.freeze(annualRules),
    regionRules: Object.freeze(regionRules),
    closures: Object.freeze(closures),
    ...(def.holidayYears !== undefined && { holidayYears: Object.freeze({ from: def.holidayYears[0], to: def.holidayYears[1] }) }),
    maintenance: Object.freeze({
      weekly: Object.freeze(weeklyWindows),
      oneOff: Object.freeze(oneOff),
      pausesClocks: def.maintenance?.pausesClocks ?? false,
    }),
    severities: Object.freeze(severities),
    warnAt: thresholds[0]!,
    thresholds,
    statuses,
    timeIn: Object.freeze(timeIn),
    metrics: Object.freeze(metricOrder.filter((m) => targetedMetrics.has(m))),
  });
}

/**
 * The own enumerable properties of `def` (the definition's copy) but `holidays`, as a new object
 * (for the schema): copied as they are, so that a value the copy could not read is met only where
 * the schema reads it (an unknown key is reported as unknown, not as unreadable).
 */
function withoutHolidays(def: Record<string, unknown>): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(def)) {
    if (key !== "holidays") Object.defineProperty(rest, key, Object.getOwnPropertyDescriptor(def, key)!);
  }
  return rest;
}

/**
 * `definition` with `holidays` put back where the schema's copy has it (right after `hours`, which
 * every valid definition has: the schema's output follows the order of its shape), frozen.
 */
function withHolidays(definition: PolicyDefinition, holidays: ReadonlyArray<HolidayDefinition>): PolicyDefinition {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(definition)) {
    const value = (definition as unknown as Record<string, unknown>)[key];
    setOwn(out, key, value);
    if (key === "hours") out["holidays"] = holidays;
  }
  return Object.freeze(out) as unknown as PolicyDefinition;
}

/** A deep, frozen copy of validated JSON data (depth bounded by the schema). */
function frozenCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined) continue;
      setOwn(out, key, frozenCopy(v));
    }
    return Object.freeze(out) as T;
  }
  return value;
}

/**
 * Validates a policy definition (CONTRACT §2) and normalizes it.
 *
 * Rule: `def` is checked against {@link plainPolicySchema} (what `policySchema` checks a plain
 * definition with: a combination is no plain definition, and `definePolicy` reads it); every problem is reported at once as
 * `{ path, message }`, with the contract's paths (`["hours", "mon", 0, 1]`, `["timezone"]`,
 * `["holidays", 3, "date"]`, `["severities", "sev1", "targets", "firstResponse"]`, one issue per
 * unknown key at the key's own path) and a message that names the bad value and the fix. A valid
 * definition becomes a deep-frozen {@link NormalizedPolicy}: times as ms of the local day
 * (intervals with `end <= start` run past midnight, so `end` may exceed 24 h; each day's list
 * sorted by start, overlaps kept for the calendar to merge), local dates as day numbers, durations
 * as ms, defaults applied (`warnAt` 0.75, `types` ["public"], `observed` "none", `pausesClocks`
 * false, target clock "business" and pausable true); `holidayYears` becomes `{ from, to }`. `definition` is a deep-frozen copy of the definition as written.
 *
 * Edge cases:
 * - input that is not an object gives one issue at path `[]`;
 * - the input is never mutated or frozen; `__proto__`, `constructor` and `prototype` keys are
 *   reported, never assigned; getters that throw, proxies and cycles give an issue, never a throw;
 * - the input is read once (each getter called once): validation reads a copy made as it is read;
 * - deeply nested arrays cannot overflow the stack: validation stops at the schema's depth;
 * - a policy with no business time, no holidays and no severities is valid;
 * - the time zone is checked with `Intl`; region codes only for syntax (the calendar layer checks
 *   that date-holidays knows them); closures whose ends mix wall-clock and offset times are
 *   checked for order only once resolved in the zone, by the calendar layer.
 *
 * @throws Never: every problem, even an exception while reading the input, becomes an issue.
 *
 * @example
 * parsePolicy({ timezone: "UTC", hours: { mon: [["09:00", "17:00"]] } }).success; //=> true
 * parsePolicy({ timezone: "Mars/Base", hours: { mon: [["09:00", "25:00"]] } });
 * //=> { success: false, issues: [
 * //     { path: ["timezone"], message: "\"Mars/Base\" is not an IANA time zone; use e.g. \"America/Toronto\" or \"UTC\"" },
 * //     { path: ["hours", "mon", 0, 1], message: "\"25:00\" is not a time of day; use HH:MM between 00:00 and 24:00" } ] }
 * @category Policy
 */
export function parsePolicy(def: unknown): ParsePolicyResult {
  try {
    if (!isPlainObject(def)) {
      return {
        success: false,
        issues: [{ path: [], message: `expected a policy definition object (plain JSON) such as { "timezone": "America/Toronto", "hours": "24x7" }, got ${describeValue(def)}` }],
      };
    }
    // The presets sla-clock ships are deep-frozen and validated by its tests: no schema pass for
    // them (it was most of a cold start's compile). Copies of them are validated as usual.
    if (isPrevalidated(def)) return { success: true, policy: normalize(def as PolicyDefinition), definition: def as PolicyDefinition };
    // jitless: zod's eval-compiled fast path pays off only for schemas parsed many times; a policy
    // is parsed once, and compiling it cost ~25 ms of a cold start. It also keeps `new Function`
    // out of sla-clock entirely (edge runtimes forbid it anyway).
    // A list of plain dated holidays (the commonest long list) is validated and copied at once;
    // the schema then reads the rest of the definition. Any other list goes through the schema.
    const data = definitionData(def) as Record<string, unknown>;
    const plain = hasOwn(data, "holidays") ? plainDateHolidays(data["holidays"]) : null;
    const result = plainPolicySchema().safeParse(plain === null ? data : withoutHolidays(data), { jitless: true });
    if (!result.success) {
      const issues = toPolicyIssues(result.error.issues);
      return { success: false, issues: issues.length > 0 ? issues : [{ path: [], message: "invalid policy definition" }] };
    }
    const definition = plain === null ? frozenCopy(result.data) : withHolidays(frozenCopy(result.data), plain.entries);
    return { success: true, policy: normalize(definition, plain?.dated), definition };
  } catch (err) {
    // (a PolicyError: a value the copy could not read, named by its path)
    return { success: false, issues: err instanceof PolicyError ? [...err.issues] : [{ path: [], message: `the definition could not be read (${thrownText(err)}); pass plain JSON data` }] };
  }
}
