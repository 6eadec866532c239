/**
 * Offsets of an IANA time zone, looked up fast.
 *
 * `Intl` answers "what is the UTC offset at instant t" in 3–15 µs (luxon's `IANAZone#offset`, which
 * wraps the same call, in 6–35 µs), far too slow for a hot path. This module asks `Intl` only while
 * building a per-UTC-year table of the zone's offset transitions (sampling, then bisecting to the
 * exact second), and answers every later query from that table with a few comparisons. It reads
 * `Intl` directly rather than through luxon so that luxon never lands in a bundle of the core. Tables are immutable facts of the tz database, so they are
 * memoised per zone name and shared by every policy in the process.
 *
 * @module
 */
import { MS_PER_DAY, MS_PER_SECOND, civilFromDay, dayFromCivil } from "./calendarDate.js";

/** Offsets of one zone. `offsetAt(t)` is the zone's UTC offset in ms at epoch-ms instant `t`. */
export interface ZoneRules {
  readonly name: string;
  offsetAt(epochMs: number): number;
}

/**
 * Sampling step while searching for transitions. Two transitions closer together than this would
 * be missed. A scan of every zone the runtime knows, 1970–2037, found the closest pair 6.96 days
 * apart (Brazil, October 2000), so two days leave a wide margin; `test/time` compares the tables
 * with luxon in zones with unusual histories.
 */
const SAMPLE_STEP_MS = 2 * MS_PER_DAY;

interface YearTable {
  readonly start: number;
  readonly end: number;
  /** `offsets[i]` holds from `at[i]` (inclusive) until `at[i + 1]`; `at[0] = start`. */
  readonly at: ReadonlyArray<number>;
  readonly offsets: ReadonlyArray<number>;
}

const memo = new Map<string, ZoneRules>();

/**
 * The {@link ZoneRules} of an IANA zone name (or `"UTC"`), memoised.
 *
 * @throws Error when the zone is unknown — callers validate zone names first (policy parsing does).
 * @example
 * getZoneRules("Asia/Kathmandu").offsetAt(Date.UTC(2026, 0, 1)); //=> 20700000 (5 h 45 min)
 */
export function getZoneRules(name: string): ZoneRules {
  let rules = memo.get(name);
  if (rules === undefined) {
    rules = createZoneRules(name);
    if (memo.size > 512) memo.clear();
    memo.set(name, rules);
  }
  return rules;
}

function createZoneRules(name: string): ZoneRules {
  const upper = name.toUpperCase();
  if (upper === "UTC" || upper === "ETC/UTC" || upper === "Z" || upper === "ETC/GMT" || upper === "GMT") {
    return Object.freeze({ name, offsetAt: () => 0 });
  }
  const probe = offsetProbe(name);
  const tables = new Map<number, YearTable>();
  let last: YearTable | undefined;

  const tableFor = (t: number): YearTable => {
    if (last !== undefined && t >= last.start && t < last.end) return last;
    const year = civilFromDay(Math.floor(t / MS_PER_DAY)).year;
    let table = tables.get(year);
    if (table === undefined) {
      table = buildYear(probe, year);
      tables.set(year, table);
    }
    last = table;
    return table;
  };

  return Object.freeze({
    name,
    offsetAt(t: number): number {
      const table = tableFor(t);
      const at = table.at;
      let i = at.length - 1;
      while (i > 0 && t < at[i]!) i--;
      return table.offsets[i]!;
    },
  });
}

/**
 * The raw offset lookup used while building tables: one `Intl.DateTimeFormat#format` call (about
 * 3 µs, several times cheaper than `formatToParts`), parsed by hand; `formatToParts` is the
 * fallback should a runtime format dates differently.
 *
 * @throws RangeError for a zone the runtime does not know (policies are validated before).
 */
function offsetProbe(name: string): (t: number) => number {
  const dtf = offsetFormatter(name);
  return (t: number): number => {
    const m = FORMAT.exec(dtf.format(t));
    if (m === null) return offsetFromParts(dtf, t);
    return wallMs(Number(m[3]), Number(m[1]), Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6]), t);
  };
}

/**
 * The formatter the offset probe reads: en-US, 24-hour clock, numeric date and time in `name`.
 *
 * @internal Exported for tests.
 * @throws RangeError for a zone the runtime does not know.
 */
export function offsetFormatter(name: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat("en-US", {
    timeZone: name, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric",
    hour: "numeric", minute: "numeric", second: "numeric",
  });
}

/**
 * The probe's fallback: the offset at `t` read through `formatToParts` (slower, independent of how
 * a runtime lays out the formatted string). An hour of 24 (some runtimes' midnight) counts as 0.
 *
 * @internal Exported for tests (this runtime never needs the fallback).
 */
export function offsetFromParts(dtf: Intl.DateTimeFormat, t: number): number {
  const f: Record<string, number> = {};
  for (const part of dtf.formatToParts(t)) if (part.type !== "literal") f[part.type] = Number(part.value);
  return wallMs(f.year!, f.month!, f.day!, f.hour! % 24, f.minute!, f.second!, t);
}

/** Offset in ms implied by a wall-clock reading at instant `t` (whole seconds). */
function wallMs(year: number, month: number, day: number, h: number, min: number, sec: number, t: number): number {
  const local = dayFromCivil(year, month, day) * MS_PER_DAY + ((h * 60 + min) * 60 + sec) * MS_PER_SECOND;
  return local - Math.floor(t / MS_PER_SECOND) * MS_PER_SECOND;
}

/** `M/D/YYYY, HH:MM:SS` as en-US formats it with hourCycle h23. */
const FORMAT = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

function buildYear(probe: (t: number) => number, year: number): YearTable {
  const start = dayFromCivil(year, 1, 1) * MS_PER_DAY;
  const end = dayFromCivil(year + 1, 1, 1) * MS_PER_DAY;
  const at = [start];
  const offsets = [probe(start)];
  let prevT = start;
  let prevOffset = offsets[0]!;
  while (prevT < end) {
    const nextT = Math.min(prevT + SAMPLE_STEP_MS, end);
    const nextOffset = probe(nextT);
    if (nextOffset !== prevOffset) {
      // Bisect on whole seconds for the first instant with a new offset.
      let lo = prevT;
      let hi = nextT;
      while (hi - lo > MS_PER_SECOND) {
        const mid = lo + Math.floor((hi - lo) / 2 / MS_PER_SECOND) * MS_PER_SECOND;
        if (mid === lo) break;
        if (probe(mid) === prevOffset) lo = mid;
        else hi = mid;
      }
      const o = probe(hi);
      if (hi < end) {
        at.push(hi);
        offsets.push(o);
      }
      // A second transition may lie between hi and nextT; continue from hi.
      prevT = hi;
      prevOffset = o;
      continue;
    }
    prevT = nextT;
  }
  return Object.freeze({ start, end, at: Object.freeze(at), offsets: Object.freeze(offsets) });
}

/**
 * True when `name` is a time zone the runtime's `Intl` understands.
 *
 * @example
 * isKnownZone("America/St_Johns"); //=> true
 * isKnownZone("Mars/Olympus"); //=> false
 */
export function isKnownZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
