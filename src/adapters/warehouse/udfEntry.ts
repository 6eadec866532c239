/**
 * Entry of `dist/warehouse/sla-clock-udf.js` (built by `scripts/build-warehouse.ts` as an IIFE
 * whose exports become the global `SlaClockUdf`): the four SQL functions of CONTRACT §8 as plain
 * JavaScript for BigQuery and Snowflake JavaScript UDFs (and any engine that runs a classic
 * script), on the lite API, with the presets' holidays expanded for `holidayYears` and the zone
 * rules of the zones the build embeds.
 *
 * Values as the engines pass them: instants in are `Date`s (from any realm, as BigQuery's
 * `TIMESTAMP` and Snowflake's `TIMESTAMP_TZ` arrive) or epoch ms; instants out are `Date`s. A
 * `null` or `undefined` argument gives `null` (SQL NULL in, NULL out), except an omitted `metric`,
 * which is `firstResponse`.
 *
 * @module
 */
import { describeValue } from "../../errors.js";
import { InputError, definePolicy, presets } from "../../lite.js";
import { PACKAGE_VERSION, SHEETS_HOLIDAY_YEARS } from "../../policy/expandedPresets.generated.js";
import { EMBEDDED_ZONES } from "../../time/embeddedZoneRules.js";
import { createSqlFunctions } from "./createSqlFunctions.js";

const sql = createSqlFunctions({ definePolicy, presets });
const toDateTag = Object.prototype.toString;
const getTime = Date.prototype.getTime;

/** Epoch ms of a `Date` (of any realm) or a finite number. @throws InputError naming the argument. */
function instant(v: unknown, name: string): number {
  if (typeof v === "number" && Number.isFinite(v)) return Math.floor(v);
  if (typeof v === "object" && v !== null && toDateTag.call(v) === "[object Date]") {
    const t = getTime.call(v) as number;
    if (Number.isFinite(t)) return t;
    throw new InputError(`${name}: Invalid Date; pass a valid timestamp (a JavaScript Date) or epoch milliseconds`);
  }
  throw new InputError(`${name}: ${typeof v === "object" && v !== null ? toDateTag.call(v) : describeValue(v)} is not an instant; pass a timestamp (a JavaScript Date) or epoch milliseconds`);
}

/** The text argument `name`. @throws InputError naming it. */
function text(v: unknown, name: string): string {
  if (typeof v === "string") return v;
  throw new InputError(`${name}: ${describeValue(v)} is not text`);
}

const isNull = (v: unknown): boolean => v === null || v === undefined;

/**
 * `sla_deadline(policy, severity, created [, metric])`: the deadline of `metric` (default
 * `firstResponse`) for a ticket of `severity` created at `created`, as a `Date`; `null` when the
 * severity has no target for the metric.
 *
 * @throws InputError / PolicyError naming the bad policy, severity, metric or instant.
 * @example
 * SlaClockUdf.sla_deadline("auvikSupportV2", "sev1", new Date("2026-11-28T02:30:00Z")).toISOString(); //=> "2026-11-30T10:30:00.000Z"
 */
export function sla_deadline(policy: unknown, severity: unknown, created: unknown, ...metric: unknown[]): Date | null {
  if (isNull(policy) || isNull(severity) || isNull(created) || (metric.length > 0 && isNull(metric[0]))) return null;
  const m = metric.length > 0 ? text(metric[0], "metric") : undefined;
  const d = sql.sla_deadline(text(policy, "policy"), text(severity, "severity"), instant(created, "created"), m);
  return d === null ? null : new Date(d);
}

/**
 * `sla_business_ms(policy, start, end)`: business milliseconds from `start` to `end` (negative when
 * `end` is before `start`).
 *
 * @throws InputError / PolicyError naming the bad policy or instant.
 * @example
 * SlaClockUdf.sla_business_ms("auvikSupportV2", new Date("2026-11-27T21:00:00Z"), new Date("2026-11-30T10:00:00Z")); //=> 25200000 (7 h)
 */
export function sla_business_ms(policy: unknown, start: unknown, end: unknown): number | null {
  if (isNull(policy) || isNull(start) || isNull(end)) return null;
  return sql.sla_business_ms(text(policy, "policy"), instant(start, "start"), instant(end, "end"));
}

/**
 * `sla_is_open(policy, at)`: whether `at` is business time.
 *
 * @throws InputError / PolicyError naming the bad policy or instant.
 * @example
 * SlaClockUdf.sla_is_open("auvikSupportV2", new Date("2026-11-30T10:00:00Z")); //=> true
 */
export function sla_is_open(policy: unknown, at: unknown): boolean | null {
  if (isNull(policy) || isNull(at)) return null;
  return sql.sla_is_open(text(policy, "policy"), instant(at, "at"));
}

/**
 * `sla_evaluate(policy, ticket_json, now)`: the JSON text of `evaluateTicket`'s status at `now`
 * (instants as UTC ISO strings).
 *
 * @throws InputError / PolicyError naming the bad policy, ticket or instant.
 * @example
 * JSON.parse(SlaClockUdf.sla_evaluate("auvikSupportV2", '{"severity":"sev2","createdAt":"2026-11-30T14:00:00Z"}', new Date("2026-11-30T15:00:00Z"))).breached; //=> false
 */
export function sla_evaluate(policy: unknown, ticketJson: unknown, now: unknown): string | null {
  if (isNull(policy) || isNull(ticketJson) || isNull(now)) return null;
  return sql.sla_evaluate(text(policy, "policy"), text(ticketJson, "ticket_json"), instant(now, "now"));
}

/** sla-clock's version. */
export const VERSION = PACKAGE_VERSION;
/** Years for which the presets' region holidays are expanded into dates (inclusive). */
export const holidayYears = SHEETS_HOLIDAY_YEARS;
/** The zones whose rules this script embeds, and the UTC years they cover. */
export const embeddedZones = Object.freeze({ names: EMBEDDED_ZONES?.names ?? [], from: EMBEDDED_ZONES?.from, to: EMBEDDED_ZONES?.to });
