/**
 * Output values for `--json`: Dates become ISO 8601 strings with the policy's offset.
 *
 * @module
 */
import { formatInstant } from "./formatInstant.js";

/**
 * A deep copy of `value` with every Date replaced by {@link formatInstant} in `timezone`; object
 * keys with `undefined` values are dropped (as JSON.stringify would).
 *
 * @example
 * toJsonValue({ at: new Date("2026-11-30T10:30:00Z") }, "America/Toronto"); //=> { at: "2026-11-30T05:30:00-05:00" }
 */
export function toJsonValue(value: unknown, timezone: string): unknown {
  if (value instanceof Date) return formatInstant(value, timezone);
  if (Array.isArray(value)) return value.map((v) => toJsonValue(v, timezone));
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJsonValue(v, timezone);
    return out;
  }
  return value;
}

/** Pretty JSON text of {@link toJsonValue}. */
export function jsonText(value: unknown, timezone: string): string {
  return JSON.stringify(toJsonValue(value, timezone), null, 2);
}
