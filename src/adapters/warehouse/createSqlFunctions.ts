/**
 * The four SQL functions of CONTRACT §8 as plain JavaScript over epoch milliseconds, shared by every
 * engine: DuckDB (`registerSlaFunctions`) and the warehouse UDF script (`SlaClockUdf`) convert
 * their engine's values and call these.
 *
 * @module
 */
import { InputError, PolicyError, businessTimeBetween, computeDeadline, evaluateTicket, isBusinessTime } from "../../exports.js";
import { describeValue } from "../../errors.js";
import type { MetricName, Policy, PolicyDefinition, PolicyIssue } from "../../exports.js";
import { compiledOf } from "../../calendar/definePolicy.js";
import { toEpochMs } from "../../time/instant.js";

/** What the functions compile policies with: `definePolicy` and the presets of the entry (full or lite). */
export interface SqlFunctionEnv {
  readonly definePolicy: (def: unknown) => Policy;
  readonly presets: Readonly<Record<string, PolicyDefinition>>;
}

/** The four functions, instants as epoch ms. */
export interface SqlFunctions {
  /** `computeDeadline` (metric default `firstResponse`); `null` when the severity has no target for it. */
  sla_deadline(policy: string, severity: string, createdMs: number, metric?: string): number | null;
  /** `businessTimeBetween`: business ms from `startMs` to `endMs`, negative when reversed. */
  sla_business_ms(policy: string, startMs: number, endMs: number): number;
  /** `isBusinessTime`. */
  sla_is_open(policy: string, atMs: number): boolean;
  /** JSON text of `evaluateTicket`'s status (instants as UTC ISO strings). */
  sla_evaluate(policy: string, ticketJson: string, nowMs: number): string;
}

/** A year's mean length in ms (365.2425 days), to say roughly which year a huge timestamp is in. */
const MS_PER_MEAN_YEAR = 31_556_952_000;

/**
 * A timestamp argument as the library reads it in policy `p`'s zone (the supported years are local
 * years 1000–9999), checked before the library reads it so that a refusal names the SQL argument
 * (`created`, not the library's `start`) and shows the instant as a timestamp (ISO 8601, or its
 * rough year beyond what a JavaScript Date can show), not as epoch ms.
 *
 * @throws InputError `created: +275760-09-13T00:00:00.000Z is outside the supported years 1000–9999`.
 */
function supportedInstant(p: Policy, ms: number, name: string): number {
  try {
    return toEpochMs(ms, compiledOf(p).zone, name);
  } catch (e) {
    if (!(e instanceof InputError) || !Number.isFinite(ms)) throw e;
    const shown = Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : `a timestamp in about the year ${Math.round(1970 + ms / MS_PER_MEAN_YEAR).toLocaleString("en-US")}`;
    throw new InputError(`${name}: ${shown} is outside the supported years 1000–9999`);
  }
}

/** How many distinct policy texts (preset names, JSON) stay compiled per set of functions. */
export const POLICY_CACHE_SIZE = 64;

function isPolicy(p: Policy | PolicyDefinition): p is Policy {
  return typeof p === "object" && p !== null && "definition" in p && Array.isArray((p as { severities?: unknown }).severities);
}

const quoted = (text: string): string => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * The policy named by a SQL `policy` value: a registered name, a preset name, or policy JSON text,
 * each compiled once (JSON texts and presets in a bounded cache, least recently used dropped first).
 *
 * @throws PolicyError (from this call) for an invalid registered definition; the returned function
 *   throws InputError for an unknown name or bad JSON, PolicyError for an invalid definition.
 */
export function policyResolver(env: SqlFunctionEnv, policies: Readonly<Record<string, Policy | PolicyDefinition>> = {}): (text: string) => Policy {
  const registered = new Map<string, Policy>();
  if (typeof policies !== "object" || policies === null || Array.isArray(policies)) {
    throw new InputError(`policies: ${describeValue(policies)} is not an object of named policies; pass e.g. { "desk-eu": definition }`);
  }
  // Every registered definition is checked; each problem names its policy (["policies", name, …]).
  const issues: PolicyIssue[] = [];
  for (const [name, p] of Object.entries(policies)) {
    try {
      registered.set(name, isPolicy(p) ? p : env.definePolicy(p));
    } catch (e) {
      if (!(e instanceof PolicyError)) throw e;
      for (const i of e.issues) issues.push({ path: ["policies", name, ...i.path], message: i.message });
    }
  }
  if (issues.length > 0) throw new PolicyError(issues);
  const cache = new Map<string, Policy>();
  let lastText: string | undefined;
  let lastPolicy: Policy | undefined;
  return (text) => {
    if (text === lastText) return lastPolicy!; // a column usually holds one policy
    const p = resolve(text);
    lastText = text;
    lastPolicy = p;
    return p;
  };

  function resolve(text: string): Policy {
    if (typeof text !== "string") throw new InputError(`policy: ${String(text)} is not text; pass a preset name, a registered name or policy JSON text`);
    const own = registered.get(text);
    if (own !== undefined) return own;
    let p = cache.get(text);
    if (p !== undefined) {
      cache.delete(text); // most recently used last
      cache.set(text, p);
      return p;
    }
    if (/^\s*\{/.test(text)) {
      let def: unknown;
      try {
        def = JSON.parse(text);
      } catch (e) {
        throw new InputError(`policy: ${quoted(text)} is not valid JSON (${(e as Error).message})`);
      }
      p = env.definePolicy(def);
    } else if (Object.prototype.hasOwnProperty.call(env.presets, text)) {
      p = env.definePolicy(env.presets[text]);
    } else {
      const names = [...registered.keys(), ...Object.keys(env.presets).filter((n) => !registered.has(n))].map((n) => JSON.stringify(n)).join(", ");
      throw new InputError(`policy: ${JSON.stringify(text)} is not a registered policy or a preset; use one of ${names}, or policy JSON text`);
    }
    if (cache.size >= POLICY_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(text, p);
    return p;
  }
}

/**
 * The four SQL functions over epoch ms, policies resolved by {@link policyResolver}.
 *
 * @throws PolicyError for an invalid definition in `policies`; each function throws the library's
 *   error (InputError, PolicyError, HorizonError) naming the bad value.
 * @example
 * const f = createSqlFunctions({ definePolicy, presets });
 * new Date(f.sla_deadline("auvikSupportV2", "sev1", Date.parse("2026-11-28T02:30:00Z"))!).toISOString(); //=> "2026-11-30T10:30:00.000Z"
 */
export function createSqlFunctions(env: SqlFunctionEnv, policies?: Readonly<Record<string, Policy | PolicyDefinition>>): SqlFunctions {
  const policyOf = policyResolver(env, policies);
  return {
    sla_deadline(policy, severity, createdMs, metric = "firstResponse") {
      const p = policyOf(policy);
      const d = computeDeadline(p, { severity, start: supportedInstant(p, createdMs, "created"), metric: metric as MetricName });
      return d === null ? null : d.getTime();
    },
    sla_business_ms(policy, startMs, endMs) {
      const p = policyOf(policy);
      return businessTimeBetween(p, supportedInstant(p, startMs, "start"), supportedInstant(p, endMs, "end"));
    },
    sla_is_open(policy, atMs) {
      const p = policyOf(policy);
      return isBusinessTime(p, supportedInstant(p, atMs, "at"));
    },
    sla_evaluate(policy, ticketJson, nowMs) {
      const p = policyOf(policy);
      const now = supportedInstant(p, nowMs, "now");
      let ticket: unknown;
      try {
        ticket = JSON.parse(ticketJson);
      } catch (e) {
        throw new InputError(`ticket_json: ${quoted(String(ticketJson))} is not valid JSON (${(e as Error).message})`);
      }
      return JSON.stringify(evaluateTicket(p, ticket as never, now));
    },
  };
}
