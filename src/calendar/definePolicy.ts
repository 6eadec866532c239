/**
 * Validating and compiling a policy definition: the one place where a policy is parsed.
 *
 * @module
 */
import { InputError, PolicyError, describeValue, isoOf } from "../errors.js";
import type { PolicyIssue } from "../errors.js";
import { formatDay } from "../time/calendarDate.js";
import type { NormalizedPolicy, WallPoint, WallSpan } from "../policy/normalizedPolicy.js";
import { parsePolicy } from "../policy/parsePolicy.js";
import type { PolicyCombinationDefinition } from "../policy/policySchema.js";
import { isPrevalidated } from "../policy/prevalidated.js";
import type { PolicyDefinition } from "../policy/policySchema.js";
import { wallToEpoch } from "../time/wallClock.js";
import type { ZoneRules } from "../time/zoneRules.js";
import { getZoneRules, isKnownZone } from "../time/zoneRules.js";
import type { Calendar, NamedSegment } from "./calendar.js";
import { sharedCalendar } from "./sharedCalendar.js";
import type { RegionHolidaySource } from "./regionHolidaySource.js";

/** The compiled internals of a {@link Policy}. Not part of the public API. */
export interface CompiledPolicy {
  readonly normalized: NormalizedPolicy;
  readonly zone: ZoneRules;
  /** Business clock: hours, holidays, closures, and maintenance when `pausesClocks`. */
  readonly business: Calendar;
  /** Calendar clock (24x7), minus maintenance when `pausesClocks`. */
  readonly clock: Calendar;
  /** Severity key → rank (0 = most severe). */
  readonly severityRank: ReadonlyMap<string, number>;
}

/**
 * A validated, compiled support policy. Create it once with `definePolicy` and reuse it: it
 * caches per-year business time internally, so later calls are fast.
 * @category Policy
 */
export interface Policy {
  /** `id` of the definition, if given. */
  readonly id?: string;
  /** `name` of the definition, if given. */
  readonly name?: string;
  /** `version` of the definition, if given. */
  readonly version?: string;
  /** IANA time zone of the policy's wall-clock times. */
  readonly timezone: string;
  /** Local date `YYYY-MM-DD` from which this version is in force, if given. */
  readonly effectiveFrom?: string;
  /** Severity keys in rank order (first = most severe). */
  readonly severities: ReadonlyArray<string>;
  /**
   * The definition as validated, deep-frozen: a {@link PolicyDefinition}, or for a policy made by
   * `unionOf` / `intersectionOf` the {@link PolicyCombinationDefinition} of its parts.
   * `definePolicy(p.definition)` makes a policy that answers as `p` does.
   */
  readonly definition: PolicyDefinition | PolicyCombinationDefinition;
  /** @internal */
  readonly compiled: CompiledPolicy;
}

const POLICY_BRAND = Symbol.for("sla-clock.policy");

/**
 * Outcome of `safeDefinePolicy`: the compiled policy, or the {@link PolicyError} listing every
 * issue. Check `success` to narrow it.
 *
 * @example
 * const r = safeDefinePolicy(definition);
 * if (r.success) use(r.policy); else console.error(r.error.issues);
 * @category Policy
 */
export type SafeDefineResult =
  | {
      /** The definition is valid. */
      success: true;
      /** The compiled policy. */
      policy: Policy;
    }
  | {
      /** The definition is invalid. */
      success: false;
      /** Every problem found, in `error.issues`. */
      error: PolicyError;
    };

/** The failed {@link SafeDefineResult} of these issues. */
export function failure(issues: PolicyIssue[]): SafeDefineResult {
  return { success: false, error: new PolicyError(issues) };
}

/**
 * Validates and compiles a definition, with region holidays from `regionSource` (none in `lite`).
 */
export function safeDefinePolicyWith(def: unknown, regionSource: RegionHolidaySource | undefined, liteHint: string): SafeDefineResult {
  const parsed = parsePolicy(def);
  if (!parsed.success) return failure(parsed.issues);
  const normalized = parsed.policy;
  const issues: PolicyIssue[] = [];
  // The schema checked the zone of every other definition with Intl (and remembers the answer);
  // presets skip the schema, so theirs is checked here (asking Intl costs ~0.1 ms a compile).
  if (isPrevalidated(def) && !isKnownZone(normalized.timezone)) {
    return failure([{ path: ["timezone"], message: `${describeValue(normalized.timezone)} is not an IANA time zone known to this runtime; use e.g. "America/Toronto" or "UTC"` }]);
  }
  for (const rule of normalized.regionRules) {
    if (regionSource === undefined) {
      issues.push({ path: ["holidays", rule.index, "region"], message: `region holidays (${describeValue(rule.code)}) need date-holidays, which ${liteHint}` });
    } else {
      const problem = regionSource.check(rule);
      if (problem !== null) issues.push({ path: ["holidays", rule.index, "region"], message: problem });
    }
  }
  let zone: ZoneRules;
  try {
    zone = getZoneRules(normalized.timezone);
  } catch (e) {
    if (e instanceof PolicyError) return { success: false, error: e }; // an Intl it cannot read
    throw e;
  }
  const closures = resolveSpans(zone, normalized.closures, (i) => ["holidays", i], issues);
  const oneOff = resolveSpans(zone, normalized.maintenance.oneOff, (i) => ["maintenance", "windows", i], issues);
  if (issues.length > 0) return failure(issues);

  const business = sharedCalendar(normalized, { kind: "business", zone, closures, maintenanceOneOff: oneOff, regionSource });
  const clock = sharedCalendar(normalized, { kind: "clock", zone, closures: [], maintenanceOneOff: oneOff, regionSource: undefined });
  const severityRank = new Map(normalized.severities.map((s, i) => [s.key, i] as const));
  const compiled: CompiledPolicy = Object.freeze({ normalized, zone, business, clock, severityRank });
  // deep-frozen by parsePolicy (a copy, or a prevalidated preset)
  return { success: true, policy: sealPolicy(compiled, parsed.definition) };
}

/**
 * The public {@link Policy} of compiled internals: the fields of `compiled.normalized`, the
 * definition, and the brand that {@link compiledOf} checks. Frozen.
 */
export function sealPolicy(compiled: CompiledPolicy, definition: PolicyDefinition | PolicyCombinationDefinition): Policy {
  const normalized = compiled.normalized;
  const policy: Policy = {
    ...(normalized.id !== undefined && { id: normalized.id }),
    ...(normalized.name !== undefined && { name: normalized.name }),
    ...(normalized.version !== undefined && { version: normalized.version }),
    timezone: normalized.timezone,
    ...(normalized.effectiveFrom !== undefined && { effectiveFrom: formatDay(normalized.effectiveFrom) }),
    severities: Object.freeze(normalized.severities.map((s) => s.key)),
    definition,
    compiled,
  };
  Object.defineProperty(policy, "compiled", { enumerable: false });
  Object.defineProperty(policy, POLICY_BRAND, { value: true, enumerable: false });
  return Object.freeze(policy);
}

/** True for a policy from `definePolicy`, `unionOf` or `intersectionOf`. */
export function isPolicy(p: unknown): p is Policy {
  try {
    return typeof p === "object" && p !== null && (p as Record<symbol, unknown>)[POLICY_BRAND] === true;
  } catch {
    return false; // a revoked Proxy: not a policy (compiledOf then says so)
  }
}

/**
 * The compiled internals of `p`, after checking that it is a policy from `definePolicy`.
 *
 * @throws InputError when `p` is anything else (e.g. a raw definition).
 */
export function compiledOf(p: unknown): CompiledPolicy {
  if (isPolicy(p)) return p.compiled;
  throw new InputError(`policy: ${describeValue(p)} is not a compiled policy; pass the result of definePolicy(definition) (or presets via definePolicy(presets.auvikSupportV2))`);
}

/** The instant of a wall-clock or absolute point: a wall-clock time in `zone` by the compatible rule. */
export function resolvePoint(zone: ZoneRules, p: WallPoint): number {
  return p.kind === "wall" ? wallToEpoch(zone, p.day, p.ms) : p.epochMs;
}

function resolveSpans(
  zone: ZoneRules,
  spans: ReadonlyArray<WallSpan>,
  pathOf: (index: number) => Array<string | number>,
  issues: PolicyIssue[],
): NamedSegment[] {
  const out: NamedSegment[] = [];
  for (const s of spans) {
    const start = resolvePoint(zone, s.from);
    const end = resolvePoint(zone, s.to);
    if (end <= start) {
      issues.push({ path: pathOf(s.index), message: `ends at or before it starts once resolved in ${zone.name} (${isoOf(start)} → ${isoOf(end)}); make the end later than the start` });
      continue;
    }
    out.push(s.name === undefined ? { start, end } : { start, end, name: s.name });
  }
  return out;
}
