/**
 * REFERENCE (test-only): a policy definition (CONTRACT §2, plain JSON) read literally into the
 * pieces the reference needs. No validation beyond what it takes to read a well-formed policy:
 * the real `definePolicy` validates; the reference trusts the generator.
 */
import Holidays from "date-holidays";
import { DAY, dayOf, formatDay, monthDayOf, parseDay, parseIsoInstant, parseTimeOfDay, wallToEpoch, weekdayOf, ymdOf } from "./wallClock.js";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** A wall-clock interval of a local date, ms since its midnight; end may pass 24h (overnight). */
export type RefWallInterval = { start: number; end: number };

/** `null` = closed that date; otherwise the special hours that replace its weekly hours. */
export type RefDayRule = RefWallInterval[] | null;

/** How a holiday on a date without weekly hours is observed (CONTRACT §10). */
export type RefObserved = "none" | "next" | "nearest";

export interface RefRegion {
  code: string;
  types: string[];
  except: Set<string>;
  observed: RefObserved;
  byYear: Map<number, Set<string>>;
}

export interface RefAnnual {
  hours: RefDayRule;
  observed: RefObserved;
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
  annual: Map<string, RefAnnual>;
  regions: RefRegion[];
  /** `holidayYears`, if stated. */
  holidayYears: [number, number] | undefined;
  /** Memo: observed days (day numbers) per local year. */
  observedByYear: Map<number, Set<number>>;
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
  const annual = new Map<string, RefAnnual>();
  const regions: RefRegion[] = [];
  const closures: Array<[number, number]> = [];
  for (const h of def.holidays ?? []) {
    if (h.region !== undefined) {
      regions.push({
        code: String(h.region),
        types: h.types ?? ["public"],
        except: new Set(h.except ?? []),
        observed: h.observed ?? "none",
        byYear: new Map(),
      });
    } else if (h.date !== undefined) {
      dates.set(parseDay(h.date), readHours(h.hours));
    } else if (h.annual !== undefined) {
      annual.set(h.annual, { hours: readHours(h.hours), observed: h.observed ?? "none" });
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
    holidayYears: def.holidayYears === undefined ? undefined : [def.holidayYears[0], def.holidayYears[1]],
    observedByYear: new Map(),
    closures,
    pausesClocks: def.maintenance?.pausesClocks === true,
    weeklyWindows,
    oneOffWindows,
    dayCache: new Map(),
  };
}

interface RawHoliday {
  /** Every local date the holiday covers, first to last. */
  dates: string[];
  type: string;
  rule: string;
  substitute: boolean;
}

/**
 * The local dates a date-holidays holiday covers: from its `date` field's date to the date, in the
 * region's time zone, of its last millisecond before `end` (Chuseok: three dates; an Islamic
 * holiday, which starts at the sunset before its date, does not cover that eve).
 */
function datesOfHoliday(h: { date: string; start: Date; rule: unknown }, timeZone: string): string[] {
  const first = String(h.date).slice(0, 10);
  const dates = [first];
  // Its end is its start plus the duration its rule states (date-holidays' grammar: PnDTnHnM); no
  // duration, it ends at the midnight after its start. Not date-holidays' own `end`, which it
  // computes in the host's zone (wrong where the host's clocks skip that midnight).
  const duration = /(?:^|\s)P(\d+D)?(?:T(\d+H)?(\d+M)?)?(?=\s|$)/.exec(String(h.rule));
  if (duration === null || !(h.start instanceof Date)) return dates;
  const [, days, hours, minutes] = duration.map((part) => parseInt(part ?? "0", 10) || 0);
  // Its start: `start`, unless the rule states no time of day: then its date's midnight in the
  // region's zone, moved by the offset its `date` carries ("… -0600": 6 hours earlier). date-holidays
  // computes `start` through the host's clock, which says 01:00 where the host skips that midnight
  // (TZ=America/Santiago on 1972-10-15).
  const offset = /\s([+-])(\d{2})(\d{2})$/.exec(String(h.date));
  const offsetMs = offset === null ? 0 : (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000;
  const start = /\s\d{1,2}:\d{2}(?=\s|$)/.test(String(h.rule)) ? h.start.getTime() : wallToEpoch(timeZone, parseDay(first), offsetMs);
  const end = start + ((days! * 24 + hours!) * 60 + minutes!) * 60_000;
  const last = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(end - 1);
  for (let d = parseDay(first) + 1; formatDay(d) <= last; d++) dates.push(formatDay(d));
  return dates;
}

const rawHolidays = new Map<string, RawHoliday[]>();

/** date-holidays' holidays of a region code (`country[-state[-region]]`) in a year, memoized across policies. */
function holidaysOfRegion(code: string, year: number): RawHoliday[] {
  const key = `${code}|${year}`;
  let list = rawHolidays.get(key);
  if (list === undefined) {
    const [country, state, region] = code.split("-");
    const hd = new Holidays(country!, state as string, region as string);
    const timeZone = (hd.getTimezones() ?? [])[0] ?? "UTC";
    list = (hd.getHolidays(year) || []).map((h) => ({
      dates: datesOfHoliday(h, timeZone),
      type: String(h.type),
      rule: String(h.rule),
      substitute: (h as { substitute?: boolean }).substitute === true,
    }));
    rawHolidays.set(key, list);
  }
  return list;
}

/** The date expression a date-holidays rule starts from: "12-25 and if sunday …" and "substitutes 12-25 if …" → "12-25". */
function ruleDate(rule: string): string {
  let text = rule.trim();
  if (text.startsWith("substitutes ")) text = text.slice("substitutes ".length);
  const words = text.split(" ");
  const cut = words.findIndex((w, i) => w === "if" || (w === "and" && words[i + 1] === "if"));
  return (cut < 0 ? words : words.slice(0, cut)).join(" ");
}

/** Whether date-holidays gives the region's holiday on `day` a substitute day of its own (within a week of it). */
function hasRegionSubstitute(r: RefRegion, day: number): boolean {
  const text = formatDay(day);
  const year = ymdOf(day).year;
  const all: RawHoliday[] = [];
  for (const y of [year - 1, year, year + 1]) all.push(...holidaysOfRegion(r.code, y).filter((h) => r.types.includes(h.type)));
  const originals = all.filter((h) => h.dates.includes(text) && !h.substitute);
  return originals.some((o) =>
    all.some((s) => s.substitute && s.dates.some((d) => Math.abs(parseDay(d) - day) <= 7) && ruleDate(s.rule) === ruleDate(o.rule)),
  );
}

/** Local dates ("YYYY-MM-DD") that are holidays of a region rule in a calendar year. */
function regionHolidaysOfYear(r: RefRegion, year: number): Set<string> {
  let set = r.byYear.get(year);
  if (set === undefined) {
    set = new Set<string>();
    for (const h of holidaysOfRegion(r.code, year)) {
      if (r.types.includes(h.type)) for (const d of h.dates) if (!r.except.has(d)) set.add(d);
    }
    r.byYear.set(year, set);
  }
  return set;
}

/** The first region entry that lists `day` as a holiday, or undefined. */
function regionOfHoliday(p: RefPolicy, day: number): RefRegion | undefined {
  const text = formatDay(day);
  const year = ymdOf(day).year;
  return p.regions.find((r) => [year - 1, year, year + 1].some((y) => regionHolidaysOfYear(r, y).has(text)));
}

export function isRegionHoliday(p: RefPolicy, day: number): boolean {
  return regionOfHoliday(p, day) !== undefined;
}

/** Observed days start their search this many days before a year (see {@link observedDaysOfYear}). */
const OBSERVED_LEAD_DAYS = 62;
/** An observed day lies at most this many days from its holiday. */
const OBSERVED_REACH_DAYS = 31;

/** Whether a holiday entry (date, annual or region) decides the hours of `day`. */
function decided(p: RefPolicy, day: number): boolean {
  return p.dates.has(day) || p.annual.has(monthDayOf(day)) || isRegionHoliday(p, day);
}

/** How the holiday that closes `day` is observed: "none" unless it is an observed entry's holiday on a date without weekly hours. */
function observedModeOf(p: RefPolicy, day: number): RefObserved {
  if (p.dates.has(day) || p.weekly[weekdayOf(day)]!.length > 0) return "none";
  const annual = p.annual.get(monthDayOf(day));
  if (annual !== undefined) return annual.hours === null ? annual.observed : "none";
  const region = regionOfHoliday(p, day);
  if (region === undefined || region.observed === "none") return "none";
  return hasRegionSubstitute(region, day) ? "none" : region.observed;
}

/**
 * The observed days that lie in local year `year`, literally: walk the dates from 62 days before
 * the year to 31 days after it; each observed holiday, in date order, takes the first date (next)
 * or the nearest date (nearest, earlier on a tie) within 31 days that has weekly hours, is decided
 * by no holiday entry and was not taken by an earlier holiday.
 */
function observedDaysOfYear(p: RefPolicy, year: number): Set<number> {
  let out = p.observedByYear.get(year);
  if (out !== undefined) return out;
  out = new Set<number>();
  const first = dayOf(year, 1, 1);
  const end = dayOf(year + 1, 1, 1);
  const taken = new Set<number>();
  const free = (d: number): boolean => p.weekly[weekdayOf(d)]!.length > 0 && !decided(p, d) && !taken.has(d);
  for (let h = first - OBSERVED_LEAD_DAYS; h < end + OBSERVED_REACH_DAYS; h++) {
    const mode = observedModeOf(p, h);
    if (mode === "none") continue;
    for (let k = 1; k <= OBSERVED_REACH_DAYS; k++) {
      const candidates = mode === "next" ? [h + k] : [h - k, h + k];
      const pick = candidates.find(free);
      if (pick !== undefined) {
        taken.add(pick);
        if (pick >= first && pick < end) out.add(pick);
        break;
      }
    }
  }
  p.observedByYear.set(year, out);
  return out;
}

/** Whether `day` is an observed day of some holiday. */
export function isObservedDay(p: RefPolicy, day: number): boolean {
  if (p.regions.every((r) => r.observed === "none") && [...p.annual.values()].every((a) => a.observed === "none")) return false;
  return observedDaysOfYear(p, ymdOf(day).year).has(day);
}
