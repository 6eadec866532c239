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
import { PolicyError, describeValue, isoOf } from "../errors.js";
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_SECOND, civilFromDay, dayFromCivil } from "./calendarDate.js";
import { EMBEDDED_ZONES } from "./embeddedZoneRules.js";
import type { ZoneTransitions } from "./zoneTransitions.js";

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

/** Longest accepted answer of `Intl` for one offset: none of the tz database reaches 16 hours. */
const MAX_OFFSET_MS = 24 * MS_PER_HOUR;
/**
 * Most offset changes accepted in one year. Real zones change at most four times (Morocco around
 * Ramadan); an `Intl` that reports more is broken, and the search for them must end.
 */
const MAX_CHANGES_PER_YEAR = 64;
/** Bisection steps: 2 days in whole seconds take 18; the bound only makes the end certain. */
const MAX_BISECTION_STEPS = 40;
/** Spellings remembered ({@link getZoneRules}); the tables behind them are shared per zone. */
const MAX_MEMOISED_NAMES = 512;

/** Rules per spelling as asked for; each shares the offset lookup of the zone it resolves to. */
const memo = new Map<string, ZoneRules>();
/** Offset lookups (and their year tables) per zone as `Intl` resolves it (`resolvedOptions`). */
const lookups = new Map<string, (t: number) => number>();

/**
 * The {@link ZoneRules} of an IANA zone name (or `"UTC"`), memoised.
 *
 * Rule: spellings of one zone (`"America/Toronto"`, `"america/toronto"`, a link such as
 * `"US/Eastern"` → `"America/New_York"`) share one table of offsets, keyed by the zone `Intl`
 * resolves them to; `name` is the spelling asked for.
 *
 * A build that embeds zone rules (`dist/warehouse/sla-clock-udf.js`, see embeddedZoneRules.ts)
 * answers for its embedded zones from those tables, with or without `Intl`, and asks `Intl` only
 * for the others.
 *
 * Edge cases: what `Intl` returns is validated, so a host whose `Intl` formats digits in another
 * script, omits parts or throws gives a `PolicyError` for the zone instead of a wrong or endless
 * search; every search for transitions is bounded.
 *
 * @throws Error when the zone is unknown — callers validate zone names first (policy parsing does).
 * @throws PolicyError (path `["timezone"]`) when the runtime's `Intl` output cannot be read.
 * @example
 * getZoneRules("Asia/Kathmandu").offsetAt(Date.UTC(2026, 0, 1)); //=> 20700000 (5 h 45 min)
 */
export function getZoneRules(name: string): ZoneRules {
  let rules = memo.get(name);
  if (rules === undefined) {
    rules = createZoneRules(name);
    if (memo.size >= MAX_MEMOISED_NAMES) memo.clear();
    memo.set(name, rules);
  }
  return rules;
}

function createZoneRules(name: string): ZoneRules {
  const upper = name.toUpperCase();
  if (upper === "UTC" || upper === "ETC/UTC" || upper === "Z" || upper === "ETC/GMT" || upper === "GMT") {
    return Object.freeze({ name, offsetAt: () => 0 });
  }
  const embedded = EMBEDDED_ZONES?.offsetLookup(name);
  if (embedded !== undefined) return Object.freeze({ name, offsetAt: embedded });
  const dtf = offsetFormatter(name);
  const resolved: unknown = dtf.resolvedOptions().timeZone;
  const key = typeof resolved === "string" && resolved.length > 0 && resolved.length <= 64 ? resolved : name;
  let offsetAt = lookups.get(key);
  if (offsetAt === undefined) {
    offsetAt = createOffsetLookup(name, dtf);
    if (lookups.size >= MAX_MEMOISED_NAMES) lookups.clear();
    lookups.set(key, offsetAt);
  }
  return Object.freeze({ name, offsetAt });
}

function createOffsetLookup(name: string, dtf: Intl.DateTimeFormat): (t: number) => number {
  const probe = offsetProbe(name, dtf);
  probe(Date.UTC(2000, 0, 1)); // an unreadable Intl fails here, when the policy is defined
  const tables = new Map<number, YearTable>();
  // The two tables used last: a query that crosses a new year (a deadline in January) alternates.
  let last: YearTable | undefined;
  let previous: YearTable | undefined;

  const tableFor = (t: number): YearTable => {
    if (last !== undefined && t >= last.start && t < last.end) return last;
    if (previous !== undefined && t >= previous.start && t < previous.end) {
      const p = previous;
      previous = last;
      last = p;
      return p;
    }
    const year = civilFromDay(Math.floor(t / MS_PER_DAY)).year;
    let table = tables.get(year);
    if (table === undefined) {
      table = buildYear(probe, year, name);
      tables.set(year, table);
    }
    previous = last;
    last = table;
    return table;
  };

  return (t: number): number => {
    const table = tableFor(t);
    const at = table.at;
    let i = at.length - 1;
    while (i > 0 && t < at[i]!) i--;
    return table.offsets[i]!;
  };
}

/** The PolicyError for output of `Intl` this module cannot read. */
function unreadableIntl(name: string, t: number, what: string): PolicyError {
  return new PolicyError([{
    path: ["timezone"],
    message: `${describeValue(name)}: this runtime's Intl ${what} for ${isoOf(t)}, which is not a date and time sla-clock can read (digits 0–9, every part present, an offset under 24 hours); fix or remove the Intl polyfill or patch`,
  }]);
}

/**
 * The raw offset lookup used while building tables: one `Intl.DateTimeFormat#format` call (about
 * 3 µs, several times cheaper than `formatToParts`), parsed by hand; `formatToParts` is the
 * fallback should a runtime format dates differently. Every answer is checked: a whole number of
 * seconds under 24 hours, or a PolicyError.
 *
 * @throws PolicyError when `Intl` throws or returns what cannot be read.
 */
function offsetProbe(name: string, dtf: Intl.DateTimeFormat): (t: number) => number {
  return (t: number): number => {
    let text: unknown;
    let offset: number;
    try {
      text = dtf.format(t);
      const m = typeof text === "string" ? FORMAT.exec(text) : null;
      offset = m === null
        ? offsetFromParts(dtf, t)
        : wallMs(Number(m[3]), Number(m[1]), Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6]), t);
    } catch (e) {
      throw unreadableIntl(name, t, `throws ${describeValue(e instanceof Error ? e.message : e)}`);
    }
    if (!Number.isInteger(offset) || Math.abs(offset) >= MAX_OFFSET_MS) throw unreadableIntl(name, t, `formats ${describeValue(text)}`);
    return offset;
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

/** Parts read from `formatToParts`; more are not looked at (a hostile iterator cannot run on). */
const MAX_PARTS = 32;

/**
 * The probe's fallback: the offset at `t` read through `formatToParts` (slower, independent of how
 * a runtime lays out the formatted string). An hour of 24 (some runtimes' midnight) counts as 0.
 * Parts that are missing or not ASCII digits in range give `NaN`, which the probe refuses.
 *
 * @internal Exported for tests (this runtime never needs the fallback).
 */
export function offsetFromParts(dtf: Intl.DateTimeFormat, t: number): number {
  const f: Record<string, number> = {};
  const parts: unknown = dtf.formatToParts(t);
  if (!Array.isArray(parts)) return Number.NaN;
  const n = Math.min(parts.length, MAX_PARTS);
  for (let i = 0; i < n; i++) {
    const part = parts[i] as { type?: unknown; value?: unknown } | null;
    if (part === null || typeof part !== "object" || typeof part.type !== "string" || part.type === "literal") continue;
    f[part.type] = typeof part.value === "string" && DIGITS.test(part.value) ? Number(part.value) : Number.NaN;
  }
  const [year, month, day, hour, minute, second] = [f["year"], f["month"], f["day"], f["hour"], f["minute"], f["second"]];
  if (year === undefined || month === undefined || day === undefined || hour === undefined || minute === undefined || second === undefined) return Number.NaN;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 59) return Number.NaN;
  return wallMs(year, month, day, hour % 24, minute, second, t);
}

/** ASCII digits only: `Number("٣")` is NaN, but `Number("")` is 0, so both are checked here. */
const DIGITS = /^[0-9]{1,6}$/;

/** Offset in ms implied by a wall-clock reading at instant `t` (whole seconds). */
function wallMs(year: number, month: number, day: number, h: number, min: number, sec: number, t: number): number {
  const local = dayFromCivil(year, month, day) * MS_PER_DAY + ((h * 60 + min) * 60 + sec) * MS_PER_SECOND;
  return local - Math.floor(t / MS_PER_SECOND) * MS_PER_SECOND;
}

/** `M/D/YYYY, HH:MM:SS` as en-US formats it with hourCycle h23 (ASCII digits only). */
const FORMAT = /^([0-9]{1,2})\/([0-9]{1,2})\/([0-9]{4,5}), ([0-9]{2}):([0-9]{2}):([0-9]{2})$/;

/**
 * The offsets of one UTC year: sampled every {@link SAMPLE_STEP_MS}, each change bisected to the
 * second. Bounded by construction: at most one sample per step plus {@link MAX_CHANGES_PER_YEAR}
 * changes, each bisection at most {@link MAX_BISECTION_STEPS} probes.
 *
 * @throws PolicyError when `Intl` reports more changes than any real zone has.
 */
function buildYear(probe: (t: number) => number, year: number, name: string): YearTable {
  const start = dayFromCivil(year, 1, 1) * MS_PER_DAY;
  const end = dayFromCivil(year + 1, 1, 1) * MS_PER_DAY;
  const at = [start];
  const offsets = [probe(start)];
  let prevT = start;
  let prevOffset = offsets[0]!;
  let changes = 0;
  while (prevT < end) {
    const nextT = Math.min(prevT + SAMPLE_STEP_MS, end);
    const nextOffset = probe(nextT);
    if (nextOffset !== prevOffset) {
      if (++changes > MAX_CHANGES_PER_YEAR) {
        throw new PolicyError([{
          path: ["timezone"],
          message: `${describeValue(name)}: this runtime's Intl reports more than ${MAX_CHANGES_PER_YEAR} changes of UTC offset in ${year}, which no time zone has; fix or remove the Intl polyfill or patch`,
        }]);
      }
      // Bisect on whole seconds for the first instant with a new offset: lo < hi throughout.
      let lo = prevT;
      let hi = nextT;
      for (let k = 0; k < MAX_BISECTION_STEPS && hi - lo > MS_PER_SECOND; k++) {
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
      // A second transition may lie between hi and nextT; continue from hi (> prevT).
      prevT = hi;
      prevOffset = o;
      continue;
    }
    prevT = nextT;
  }
  // Not frozen: nothing outside this module sees a table, and V8 (Node 20) reads the elements of a
  // frozen array through its generic keyed-load stub, several times slower on every lookup.
  return { start, end, at, offsets };
}

/**
 * True when `name` is a time zone the runtime's `Intl` understands.
 *
 * @example
 * isKnownZone("America/St_Johns"); //=> true
 * isKnownZone("Mars/Olympus"); //=> false
 */
export function isKnownZone(name: string): boolean {
  if (EMBEDDED_ZONES?.zoneName(name) !== undefined) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * The offset transitions of `name` over the UTC years `from`–`to`, as the runtime's `Intl` gives
 * them (the same search as {@link getZoneRules}): what a build embeds for engines without `Intl`
 * time-zone data (scripts/build-warehouse.ts).
 *
 * @throws RangeError for a zone the runtime does not know; PolicyError when its `Intl` output cannot be read.
 * @example
 * intlZoneTransitions("America/Toronto", 2026, 2026).at.length; //=> 3 (1 January, 8 March, 1 November)
 */
export function intlZoneTransitions(name: string, from: number, to: number): ZoneTransitions {
  const probe = offsetProbe(name, offsetFormatter(name));
  const at: number[] = [];
  const offsets: number[] = [];
  for (let year = from; year <= to; year++) {
    const table = buildYear(probe, year, name);
    for (let i = 0; i < table.at.length; i++) {
      if (offsets.length > 0 && offsets[offsets.length - 1] === table.offsets[i]) continue;
      at.push(table.at[i]!);
      offsets.push(table.offsets[i]!);
    }
  }
  return { from, to, at, offsets };
}
