/**
 * REFERENCE (test-only, shares no code with src/): local dates and wall-clock resolution.
 *
 * A *day* is an integer count of days since 1970-01-01 of a calendar date (no zone involved).
 * Wall clock → instant follows Temporal's "compatible" rule, implemented literally:
 *   - candidates: every distinct zone offset seen around the wall time, read as if it were UTC;
 *   - a candidate is valid when the zone really has that offset at the resulting instant;
 *   - several valid (fall-back overlap) → the EARLIEST instant;
 *   - none valid (spring-forward gap) → the wall time read with the offset from before the gap,
 *     i.e. moved forward by the length of the gap.
 * Only for years 100–9999 (Date.UTC maps years 0–99 to 19xx).
 */
import { DateTime, IANAZone } from "luxon";

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** 100 calendar years of 24-hour days. */
export const HORIZON = 36_525 * DAY;

/**
 * Offset of `zone` from UTC at `epochMs`, in minutes (east positive), straight from luxon (Intl).
 * About 10 µs a call: the reference uses {@link offsetMinutes}, which reads a table built from this.
 */
export function luxonOffsetMinutes(zone: string, epochMs: number): number {
  let z = zoneObjects.get(zone);
  if (z === undefined) {
    z = IANAZone.create(zone);
    if (!z.isValid) throw new Error(`reference: unknown zone ${zone}`);
    zoneObjects.set(zone, z);
  }
  return z.offset(epochMs);
}
const zoneObjects = new Map<string, IANAZone>();

/**
 * Sampling step of the transition scan. ASSUMES a zone never changes its offset twice within 7 days:
 * true of every zone the tests use from 1920 to 2135 (an hourly scan found at least 27 days between
 * changes, Europe/London 1947), and checked against luxon directly in `wallClock.test.ts`.
 */
const SCAN_STEP = 7 * 24 * 60 * 60 * 1000;

export interface YearTable {
  startOffset: number;
  transitions: Array<{ at: number; offset: number }>;
}
const yearTables = new Map<string, Map<number, YearTable>>();

/** The offset at the start of a UTC year and every change during it (to the millisecond), memoised. */
export function yearTable(zone: string, year: number): YearTable {
  let ofZone = yearTables.get(zone);
  if (ofZone === undefined) yearTables.set(zone, (ofZone = new Map()));
  let table = ofZone.get(year);
  if (table !== undefined) return table;
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  table = { startOffset: luxonOffsetMinutes(zone, start), transitions: [] };
  let lo = start;
  let offset = table.startOffset;
  while (lo < end) {
    let hi = Math.min(lo + SCAN_STEP, end);
    if (luxonOffsetMinutes(zone, hi) === offset) {
      lo = hi;
      continue;
    }
    // the first millisecond in (lo, hi] whose offset differs from `offset`
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (luxonOffsetMinutes(zone, mid) === offset) lo = mid;
      else hi = mid;
    }
    offset = luxonOffsetMinutes(zone, hi);
    table.transitions.push({ at: hi, offset });
    lo = hi;
  }
  ofZone.set(year, table);
  return table;
}

/** Offset of `zone` from UTC at `epochMs`, in minutes (east positive). */
export function offsetMinutes(zone: string, epochMs: number): number {
  const table = yearTable(zone, new Date(epochMs).getUTCFullYear());
  let offset = table.startOffset;
  for (const t of table.transitions) if (epochMs >= t.at) offset = t.offset;
  return offset;
}

export function dayOf(year: number, month: number, dayOfMonth: number): number {
  if (year < 100 || year > 9999) throw new Error(`reference: year ${year} out of range`);
  return Date.UTC(year, month - 1, dayOfMonth) / DAY;
}

export function ymdOf(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "YYYY-MM-DD" → day. */
export function parseDay(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new Error(`reference: bad date ${text}`);
  return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** day → "YYYY-MM-DD". */
export function formatDay(day: number): string {
  const { year, month, day: dayOfMonth } = ymdOf(day);
  return `${year}-${pad2(month)}-${pad2(dayOfMonth)}`;
}

/** day → "MM-DD". */
export function monthDayOf(day: number): string {
  const { month, day: dayOfMonth } = ymdOf(day);
  return `${pad2(month)}-${pad2(dayOfMonth)}`;
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(day: number): number {
  return (new Date(day * DAY).getUTCDay() + 6) % 7;
}

/** "HH:MM" or "HH:MM:SS" (00:00 … 24:00) → ms of the day. */
export function parseTimeOfDay(text: string): number {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m) throw new Error(`reference: bad time ${text}`);
  const ms = Number(m[1]) * HOUR + Number(m[2]) * MINUTE + Number(m[3] ?? 0) * SECOND;
  if (ms > DAY) throw new Error(`reference: bad time ${text}`);
  return ms;
}

const wallCache = new Map<string, number>();

/**
 * The instant at which the clocks of `zone` show local date `day`, `msOfDay` ms after midnight
 * (`msOfDay` may exceed 24h: it then runs into the following days), by the compatible rule.
 */
export function wallToEpoch(zone: string, day: number, msOfDay: number): number {
  const key = `${zone}|${day}|${msOfDay}`;
  const hit = wallCache.get(key);
  if (hit !== undefined) return hit;
  const localAsUtc = day * DAY + msOfDay;
  // every offset in force within a day of the wall time (zones here change offset at most once in 27 days)
  const offsetBefore = offsetMinutes(zone, localAsUtc - DAY);
  const offsets = new Set([offsetBefore, offsetMinutes(zone, localAsUtc + DAY)]);
  const valid: number[] = [];
  for (const o of offsets) {
    const epoch = localAsUtc - o * MINUTE;
    if (offsetMinutes(zone, epoch) === o) valid.push(epoch);
  }
  const result = valid.length > 0 ? Math.min(...valid) : localAsUtc - offsetBefore * MINUTE;
  if (wallCache.size > 500_000) wallCache.clear();
  wallCache.set(key, result);
  return result;
}

/** Local midnight starting `day`. */
export function startOfDay(zone: string, day: number): number {
  return wallToEpoch(zone, day, 0);
}

/** The local date D with startOfDay(D) <= t < startOfDay(D + 1). */
export function localDayOf(zone: string, t: number): number {
  const dt = DateTime.fromMillis(t, { zone });
  let day = dayOf(dt.year, dt.month, dt.day);
  while (startOfDay(zone, day) > t) day -= 1;
  while (startOfDay(zone, day + 1) <= t) day += 1;
  return day;
}

/** What the clock shows at `t`, as ms since the local midnight (hours, minutes, seconds, ms). */
export function wallTimeOfDay(zone: string, t: number): number {
  const dt = DateTime.fromMillis(t, { zone });
  return dt.hour * HOUR + dt.minute * MINUTE + dt.second * SECOND + dt.millisecond;
}

/**
 * ISO string → instant: with `Z` or an offset it is exact; without it is a wall-clock time in
 * `zone` (a date alone means its local midnight).
 */
export function parseIsoInstant(zone: string, text: string): number {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(text);
  if (!m) throw new Error(`reference: bad ISO instant ${text}`);
  const day = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  const ms =
    Number(m[4] ?? 0) * HOUR + Number(m[5] ?? 0) * MINUTE + Number(m[6] ?? 0) * SECOND + Number((m[7] ?? "0").padEnd(3, "0"));
  const offset = m[8];
  if (offset === undefined) return wallToEpoch(zone, day, ms);
  if (offset === "Z") return day * DAY + ms;
  const om = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset)!;
  const minutes = (om[1] === "-" ? -1 : 1) * (Number(om[2]) * 60 + Number(om[3] ?? 0));
  return day * DAY + ms - minutes * MINUTE;
}
