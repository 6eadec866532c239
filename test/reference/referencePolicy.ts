/**
 * REFERENCE (test-only): a policy definition (CONTRACT §2, plain JSON) read literally into the
 * pieces the reference needs. No validation beyond what it takes to read a well-formed policy:
 * the real `definePolicy` validates; the reference trusts the generator.
 */
import Holidays from "date-holidays";
import { DAY, formatDay, parseDay, parseIsoInstant, parseTimeOfDay, ymdOf } from "./wallClock.js";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** A wall-clock interval of a local date, ms since its midnight; end may pass 24h (overnight). */
export type RefWallInterval = { start: number; end: number };

/** `null` = closed that date; otherwise the special hours that replace its weekly hours. */
export type RefDayRule = RefWallInterval[] | null;

export interface RefRegion {
  code: string;
  types: string[];
  except: Set<string>;
  byYear: Map<number, Set<string>>;
}

export interface RefWeeklyWindow {
  weekdays: number[];
  interval: RefWallInterval;
}

export interface RefPolicy {
  zone: string;
  /** index 0 = Monday. */
  weekly: RefWallInterval[][];
  dates: Map<number, RefDayRule>;
  annual: Map<string, RefDayRule>;
  regions: RefRegion[];
  /** Closures as exact instants [from, to). */
  closures: Array<[number, number]>;
  pausesClocks: boolean;
  weeklyWindows: RefWeeklyWindow[];
  oneOffWindows: Array<[number, number]>;
  /** Memo: instants of the intervals starting on a local day. */
  dayCache: Map<number, Array<[number, number]>>;
  /**
   * Set for `{ unionOf: [...] }` / `{ intersectionOf: [...] }`: the parts, each read on its own
   * (own zone, hours, holidays, maintenance). The combined policy has the first part's zone and no
   * rules of its own: its business time is the union / intersection of the parts' as instants.
   */
  combination?: { op: "union" | "intersection"; parts: RefPolicy[] };
}

/**
 * ["HH:MM", "HH:MM"] → ms of the day. An end <= start runs past midnight
 * (["22:00","06:00"] ends 06:00 next day; ["09:00","09:00"] lasts 24h).
 */
export function readInterval(pair: readonly [string, string]): RefWallInterval {
  const start = parseTimeOfDay(pair[0]);
  let end = parseTimeOfDay(pair[1]);
  if (end <= start) end += DAY;
  return { start, end };
}

function readHours(list: ReadonlyArray<readonly [string, string]> | undefined): RefDayRule {
  return list === undefined ? null : list.map(readInterval);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export function compileReferencePolicy(def: Json): RefPolicy {
  if (def.unionOf !== undefined || def.intersectionOf !== undefined) {
    const op = def.unionOf !== undefined ? "union" : "intersection";
    const parts: RefPolicy[] = (def.unionOf ?? def.intersectionOf).map((part: Json) => compileReferencePolicy(part));
    return { ...compileReferencePolicy({ timezone: parts[0]!.zone, hours: {} }), combination: { op, parts } };
  }
  const zone: string = def.timezone;
  const weekly: RefWallInterval[][] = WEEKDAYS.map((key) => {
    if (def.hours === "24x7") return [{ start: 0, end: DAY }];
    const list = def.hours?.[key];
    return list === undefined ? [] : list.map(readInterval);
  });
  const dates = new Map<number, RefDayRule>();
  const annual = new Map<string, RefDayRule>();
  const regions: RefRegion[] = [];
  const closures: Array<[number, number]> = [];
  for (const h of def.holidays ?? []) {
    if (h.region !== undefined) {
      regions.push({
        code: String(h.region),
        types: h.types ?? ["public"],
        except: new Set(h.except ?? []),
        byYear: new Map(),
      });
    } else if (h.date !== undefined) {
      dates.set(parseDay(h.date), readHours(h.hours));
    } else if (h.annual !== undefined) {
      annual.set(h.annual, readHours(h.hours));
    } else if (h.from !== undefined) {
      closures.push([parseIsoInstant(zone, h.from), parseIsoInstant(zone, h.to)]);
    } else {
      throw new Error(`reference: unknown holiday entry ${JSON.stringify(h)}`);
    }
  }
  const weeklyWindows: RefWeeklyWindow[] = [];
  const oneOffWindows: Array<[number, number]> = [];
  for (const w of def.maintenance?.windows ?? []) {
    if (w.weekly !== undefined) {
      weeklyWindows.push({
        weekdays: w.weekly.map((k: string) => WEEKDAYS.indexOf(k as (typeof WEEKDAYS)[number])),
        interval: readInterval([w.from, w.to]),
      });
    } else {
      oneOffWindows.push([parseIsoInstant(zone, w.start), parseIsoInstant(zone, w.end)]);
    }
  }
  return {
    zone,
    weekly,
    dates,
    annual,
    regions,
    closures,
    pausesClocks: def.maintenance?.pausesClocks === true,
    weeklyWindows,
    oneOffWindows,
    dayCache: new Map(),
  };
}

const rawHolidays = new Map<string, Array<{ date: string; type: string }>>();

/** date-holidays' holidays of a region code (`country[-state[-region]]`) in a year, memoized across policies. */
function holidaysOfRegion(code: string, year: number): Array<{ date: string; type: string }> {
  const key = `${code}|${year}`;
  let list = rawHolidays.get(key);
  if (list === undefined) {
    const [country, state, region] = code.split("-");
    const hd = new Holidays(country!, state as string, region as string);
    list = (hd.getHolidays(year) || []).map((h) => ({ date: String(h.date).slice(0, 10), type: String(h.type) }));
    rawHolidays.set(key, list);
  }
  return list;
}

/** Local dates ("YYYY-MM-DD") that are holidays of a region rule in a calendar year. */
function regionHolidaysOfYear(r: RefRegion, year: number): Set<string> {
  let set = r.byYear.get(year);
  if (set === undefined) {
    set = new Set<string>();
    for (const h of holidaysOfRegion(r.code, year)) {
      if (r.types.includes(h.type) && !r.except.has(h.date)) set.add(h.date);
    }
    r.byYear.set(year, set);
  }
  return set;
}

export function isRegionHoliday(p: RefPolicy, day: number): boolean {
  const text = formatDay(day);
  const year = ymdOf(day).year;
  return p.regions.some((r) => [year - 1, year, year + 1].some((y) => regionHolidaysOfYear(r, y).has(text)));
}
