/**
 * Instants as the CLI prints them: in the policy's zone, with the zone's offset.
 *
 * @module
 */
import { getZoneRules } from "../../time/zoneRules.js";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

interface WallParts {
  readonly date: string;
  readonly time: string;
  readonly seconds: string;
  readonly ms: number;
  readonly weekday: string;
  readonly offsetMs: number;
}

function wallParts(t: number, timezone: string): WallParts {
  const offsetMs = getZoneRules(timezone).offsetAt(t);
  const w = new Date(t + offsetMs);
  const y = w.getUTCFullYear();
  return {
    date: `${y < 0 ? "-" : ""}${String(Math.abs(y)).padStart(4, "0")}-${two(w.getUTCMonth() + 1)}-${two(w.getUTCDate())}`,
    time: `${two(w.getUTCHours())}:${two(w.getUTCMinutes())}`,
    seconds: two(w.getUTCSeconds()),
    ms: w.getUTCMilliseconds(),
    weekday: WEEKDAYS[w.getUTCDay()]!,
    offsetMs,
  };
}

/**
 * `±HH:MM`, or `±HH:MM:SS` for the sub-minute offsets of local mean time in the tz database
 * (Africa/Monrovia until 1972: `-00:44:30`), as Temporal and RFC 9557 print them: never rounded.
 */
function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? "-" : "+";
  const seconds = Math.floor(Math.abs(offsetMs) / 1000);
  const minutes = Math.floor(seconds / 60);
  const hm = `${sign}${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
  return seconds % 60 === 0 ? hm : `${hm}:${two(seconds % 60)}`;
}

/**
 * ISO 8601 with the offset in force in `timezone`: seconds always, milliseconds only when non-zero;
 * `Z` for a UTC policy.
 *
 * @example
 * formatInstant(new Date("2026-11-30T10:30:00Z"), "America/Toronto"); //=> "2026-11-30T05:30:00-05:00"
 * formatInstant(new Date("2026-11-30T10:30:00Z"), "UTC");             //=> "2026-11-30T10:30:00Z"
 * formatInstant(new Date("1971-06-01T12:00:00Z"), "Africa/Monrovia"); //=> "1971-06-01T11:15:30-00:44:30"
 */
export function formatInstant(at: Date | number, timezone: string): string {
  const t = typeof at === "number" ? at : at.getTime();
  const p = wallParts(t, timezone);
  const ms = p.ms === 0 ? "" : `.${String(p.ms).padStart(3, "0")}`;
  const utc = /^(utc|etc\/utc|z|gmt|etc\/gmt)$/i.test(timezone);
  return `${p.date}T${p.time}:${p.seconds}${ms}${utc ? "Z" : formatOffset(p.offsetMs)}`;
}

/**
 * A short local reading for tables: weekday, date, hours and minutes (seconds when non-zero).
 *
 * @example
 * formatLocal(new Date("2026-11-30T10:30:00Z"), "America/Toronto"); //=> "Mon 2026-11-30 05:30"
 */
export function formatLocal(at: Date | number, timezone: string): string {
  const t = typeof at === "number" ? at : at.getTime();
  const p = wallParts(t, timezone);
  const sec = p.seconds === "00" && p.ms === 0 ? "" : `:${p.seconds}`;
  return `${p.weekday} ${p.date} ${p.time}${sec}`;
}
