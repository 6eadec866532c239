/**
 * Random policies, instants, spans and durations for the deep differential run, drawn from a seeded
 * {@link Random}. Every policy is built around one to three *focus years* of its zone (years of a
 * rule change more often than not), so that holidays, closures and maintenance windows land where
 * the instants are, and the real implementation's per-year caches are shared by many cases.
 *
 * The shapes follow test/support/arbitraries.ts (hours ending "24:00", overnight, [t, t] = 24 h,
 * several intervals a day, sparse weeks, special hours, annual days, region holidays, closures,
 * weekly and one-off maintenance that may pause clocks), over 1970–2100 instead of 2024–2027.
 */
import { DateTime } from "luxon";
import type { PolicyJson } from "../support/arbitraries.js";
import { DAY, HOUR, MINUTE } from "../reference/wallClock.js";
import { FIRST_YEAR, LAST_YEAR, interestingYears, transitionsInYear, type Transition } from "./deepZones.js";
import type { Random } from "./random.js";

export const WEEKDAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
/** Region codes of date-holidays used for `region` entries (any zone may use any region). */
export const DEEP_REGIONS = ["CA-ON", "GB-ENG", "AU-NSW", "US", "DE", "CL", "NZ", "IE", "BR", "JP"] as const;
export const SEVERITY_KEYS = ["s1", "s2", "s3"] as const;
export const METRICS = ["firstResponse", "update", "resolution"] as const;

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** ms of the day → "HH:MM" or "HH:MM:SS" (a whole-day value → "24:00"). */
function timeText(ms: number): string {
  if (ms === DAY) return "24:00";
  const h = Math.floor(ms / HOUR);
  const m = Math.floor((ms % HOUR) / MINUTE);
  const s = Math.floor((ms % MINUTE) / 1000);
  return s === 0 ? `${pad(h)}:${pad(m)}` : `${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** The context a policy is generated in: its zone, focus years and their transitions. */
export interface Focus {
  zone: string;
  years: number[];
  transitions: Transition[];
}

export function focusOf(r: Random, zone: string): Focus {
  const special = interestingYears(zone);
  const drawYear = () =>
    r.weighted<number>([
      [special.length > 0 ? 5 : 0, () => r.pick(special)],
      [1, () => r.pick([1970, 2037, 2038, 2099, 2100])],
      [4, () => r.int(FIRST_YEAR, LAST_YEAR)],
    ]);
  const first = drawYear();
  const years = [first];
  if (r.bool(0.3)) years.push(Math.min(LAST_YEAR, first + 1));
  if (r.bool(0.2)) years.push(drawYear());
  const unique = [...new Set(years)].sort((a, b) => a - b);
  const transitions = unique.flatMap((y) => [...transitionsInYear(zone, y - 1).slice(-1), ...transitionsInYear(zone, y)]);
  return { zone, years: unique, transitions };
}

// ---------------------------------------------------------------- hours

/** Start of an interval, ms of the day: quarter hours, anywhere in the DST-prone 00:00–03:00, any minute, any second. */
function startMs(r: Random): number {
  return r.weighted([
    [8, () => r.int(0, 95) * 15 * MINUTE],
    [4, () => r.int(0, 180) * MINUTE],
    [2, () => r.int(0, 1439) * MINUTE],
    [1, () => r.pick([0, 30 * MINUTE, 45 * MINUTE, 23 * HOUR + 30 * MINUTE])],
    [1, () => r.int(0, 86_399) * 1000],
  ]);
}

/** One ["HH:MM", "HH:MM"] interval: same-day, to "24:00", overnight, or [t, t] (24 hours). */
export function intervalText(r: Random): [string, string] {
  const start = startMs(r);
  const length = r.weighted<number>([
    [8, () => r.int(1, 48) * 15 * MINUTE],
    [4, () => r.int(1, 1439) * MINUTE],
    [2, () => -1],
    [1, () => DAY],
    [1, () => r.int(1, 86_399) * 1000],
  ]);
  if (length === -1) return [timeText(start), "24:00"];
  const end = start + length;
  if (end === DAY) return [timeText(start), "24:00"];
  return [timeText(start), timeText(end % DAY)];
}

function dayHours(r: Random, min: number, max: number): Array<[string, string]> {
  const n = r.int(min, max);
  return Array.from({ length: n }, () => intervalText(r));
}

/** Weekly hours; `sparse` policies (no weekly hours) are rare because the reference is slow to find nothing. */
function weeklyHours(r: Random): unknown {
  return r.weighted<unknown>([
    [1, () => "24x7"],
    [0.3, () => ({})],
    [5, () => {
      const template = dayHours(r, 1, 3);
      return Object.fromEntries(r.subset(WEEKDAY_KEYS, 1).map((d) => [d, template]));
    }],
    [2, () => Object.fromEntries(r.subset(WEEKDAY_KEYS, 1).map((d) => [d, [["00:00", "24:00"]]]))],
    [5, () => {
      const out: Record<string, unknown> = {};
      for (const d of WEEKDAY_KEYS) if (r.bool(0.7)) out[d] = dayHours(r, 0, 3);
      return out;
    }],
  ]);
}

// ---------------------------------------------------------------- dates and instants in the focus

const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** A local date "YYYY-MM-DD" in (or just around) a focus year, often the date of a transition or of New Year. */
export function focusDate(r: Random, f: Focus): string {
  return r.weighted<string>([
    [f.transitions.length > 0 ? 3 : 0, () => {
      const t = r.pick(f.transitions);
      return DateTime.fromMillis(t.at + r.int(-1, 1) * DAY, { zone: f.zone }).toISODate()!;
    }],
    [1, () => isoDay(Date.UTC(r.pick(f.years), 0, 1) / DAY + r.int(-3, 3))],
    [4, () => isoDay(Date.UTC(r.pick(f.years), 0, 1) / DAY + r.int(-5, 370))],
  ]);
}

/** An instant (epoch ms) in a focus year: near a transition, at a local quarter hour, near local New Year, or uniform. */
export function focusInstant(r: Random, f: Focus, anchors: ReadonlyArray<number> = []): number {
  return r.weighted<number>([
    [f.transitions.length > 0 ? 4 : 0, () => {
      const t = r.pick(f.transitions).at;
      return t + r.weighted<number>([
        [3, () => r.int(-3 * 96, 3 * 96) * 15 * MINUTE],
        [2, () => r.int(-3 * 1440, 3 * 1440) * MINUTE],
        [2, () => r.int(-DAY, DAY)],
        [1, () => r.pick([0, -1, 1, -HOUR, HOUR, -30 * MINUTE, 30 * MINUTE, -DAY, DAY])],
      ]);
    }],
    [anchors.length > 0 ? 2 : 0, () => r.pick(anchors) + r.weighted<number>([
      [2, () => r.pick([0, -1, 1, -MINUTE, MINUTE])],
      [2, () => r.int(-8 * 4, 8 * 4) * 15 * MINUTE],
      [1, () => r.int(-2 * DAY, 2 * DAY)],
    ])],
    [2, () => {
      const date = focusDate(r, f);
      const dt = DateTime.fromISO(date, { zone: f.zone }).plus({ minutes: r.int(0, 95) * 15 });
      return dt.toMillis();
    }],
    [1, () => DateTime.fromObject({ year: r.pick(f.years) }, { zone: f.zone }).toMillis() + r.int(-2 * 96, 2 * 96) * 15 * MINUTE + (r.bool(0.3) ? r.int(0, 14 * MINUTE) : 0)],
    [3, () => {
      const y = r.pick(f.years);
      const t = r.int(Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1));
      return r.weighted<number>([
        [1, () => t],
        [1, () => Math.floor(t / MINUTE) * MINUTE],
        [1, () => Math.floor(t / (15 * MINUTE)) * 15 * MINUTE],
      ]);
    }],
  ]);
}

/** Wall-clock text of an instant in the zone: "YYYY-MM-DDTHH:MM" (offset-less) or exact with an offset. */
function instantText(zone: string, t: number, withOffset: boolean): string {
  const dt = DateTime.fromMillis(t, { zone });
  return withOffset ? dt.toISO({ suppressMilliseconds: true, suppressSeconds: true })! : dt.toFormat("yyyy-MM-dd'T'HH:mm");
}

/** A span as texts (wall clock, with offsets, or local dates), 15 minutes to 5 days long. */
function spanTexts(r: Random, f: Focus): [string, string] {
  for (;;) {
    const t = Math.floor(focusInstant(r, f) / MINUTE) * MINUTE;
    const length = r.bool() ? r.int(1, 24) * 15 * MINUTE : r.int(1, 120) * HOUR;
    const form = r.pick(["wall", "wall", "offset", "offset", "date"] as const);
    const pair: [string, string] =
      form === "date"
        ? [instantText(f.zone, t, false).slice(0, 10), instantText(f.zone, t + Math.max(length, DAY), false).slice(0, 10)]
        : [instantText(f.zone, t, form === "offset"), instantText(f.zone, t + length, form === "offset")];
    if (pair[0] < pair[1] || form === "offset") return pair; // offset-less texts must increase as text
  }
}

// ---------------------------------------------------------------- policies

function holidayEntry(r: Random, f: Focus): Record<string, unknown> {
  return r.weighted<Record<string, unknown>>([
    [3, () => ({ date: focusDate(r, f) })],
    [2, () => ({ date: focusDate(r, f), hours: dayHours(r, 1, 3) })],
    [1, () => {
      let md = focusDate(r, f).slice(5);
      if (md === "02-29") md = "02-28";
      return r.bool() ? { annual: md } : { annual: md, hours: dayHours(r, 1, 2) };
    }],
    [1, () => {
      const region = r.pick(DEEP_REGIONS);
      const entry: Record<string, unknown> = { region };
      if (r.bool(0.5)) entry["types"] = r.pick([["public"], ["public", "bank"], ["public", "optional"], ["public", "observance"], ["bank", "observance"]]);
      if (r.bool(0.3)) entry["except"] = Array.from({ length: r.int(1, 3) }, () => focusDate(r, f));
      return entry;
    }],
    [2, () => {
      const [from, to] = spanTexts(r, f);
      return { from, to };
    }],
  ]);
}

function holidayKey(h: Record<string, unknown>): string {
  if ("date" in h) return `d:${h["date"]}`;
  if ("annual" in h) return `a:${h["annual"]}`;
  if ("region" in h) return `r:${h["region"]}`;
  return `c:${h["from"]}:${h["to"]}`;
}

function maintenance(r: Random, f: Focus): Record<string, unknown> {
  const windows = Array.from({ length: r.int(0, 3) }, () =>
    r.weighted<Record<string, unknown>>([
      [1, () => {
        const from = startMs(r);
        const length = r.weighted<number>([
          [3, () => r.int(1, 32) * 15 * MINUTE],
          [2, () => r.int(1, 240) * MINUTE],
          [1, () => DAY],
        ]);
        const end = from + length;
        return { weekly: r.subset(WEEKDAY_KEYS, 1).slice(0, 4), from: timeText(from), to: end === DAY ? "24:00" : timeText(end % DAY) };
      }],
      [1, () => {
        const [start, end] = spanTexts(r, f);
        return { start, end };
      }],
    ]),
  );
  return { windows, pausesClocks: r.bool() };
}

/** A target: a number of ms, a duration text, or `{ duration, clock?, pausable? }`. */
function target(r: Random): unknown {
  const ms = r.weighted<number>([
    [3, () => r.int(1, 60) * HOUR],
    [2, () => r.int(1, 48 * 60) * MINUTE],
    [1, () => r.int(1, 48 * HOUR)],
    [1, () => r.int(1, 30) * DAY],
  ]);
  const asText = () => (ms % HOUR === 0 ? `${ms / HOUR}h` : ms % MINUTE === 0 ? `${Math.floor(ms / HOUR)}h${(ms % HOUR) / MINUTE}m` : ms);
  return r.weighted<unknown>([
    [2, () => ms],
    [1, asText],
    [4, () => {
      const t: Record<string, unknown> = { duration: r.bool() ? ms : asText() };
      if (r.bool(0.7)) t["clock"] = r.pick(["business", "calendar"]);
      if (r.bool(0.6)) t["pausable"] = r.bool();
      return t;
    }],
  ]);
}

function severities(r: Random): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of SEVERITY_KEYS.slice(0, r.int(1, 3))) {
    const targets: Record<string, unknown> = {};
    for (const m of METRICS) if (r.bool(0.8)) targets[m] = target(r);
    out[key] = { targets };
  }
  return out;
}

/** A random policy definition in the focus's zone, with severities for the SLA comparison. */
export function deepPolicy(r: Random, f: Focus): PolicyJson {
  const def: PolicyJson = { timezone: f.zone, hours: weeklyHours(r) };
  const holidays = new Map<string, Record<string, unknown>>();
  for (let i = r.int(0, 6); i > 0; i--) {
    const h = holidayEntry(r, f);
    holidays.set(holidayKey(h), h);
  }
  if (holidays.size > 0) def.holidays = [...holidays.values()];
  if (r.bool(0.6)) def.maintenance = maintenance(r, f);
  def["severities"] = severities(r);
  if (r.bool(0.5)) def["warnAt"] = r.pick([0.5, 0.75, 0.9, 1, 0.333]);
  return def;
}

/** True when the policy has no weekly hours (its business time, if any, comes from special dates only). */
export function isSparse(def: PolicyJson): boolean {
  return def.hours !== "24x7" && Object.values(def.hours as Record<string, unknown[]>).every((d) => d.length === 0);
}

// ---------------------------------------------------------------- durations and lengths

/** Duration in ms, 0 .. 2000 h, biased to small values and to whole hours. */
export function duration(r: Random): number {
  return r.weighted<number>([
    [1, () => 0],
    [3, () => r.int(0, 48) * HOUR],
    [2, () => r.int(0, 48 * 60) * MINUTE],
    [2, () => r.int(0, 48 * HOUR)],
    [1, () => r.int(0, 2000) * HOUR],
    [1, () => r.int(0, 2000 * HOUR)],
  ]);
}

/** A signed span length for `businessTimeBetween` and friends: mostly days, sometimes months or years. */
export function spanLength(r: Random, longOk: boolean): number {
  const len = r.weighted<number>([
    [4, () => r.int(0, 3 * DAY)],
    [3, () => r.int(0, 10 * 96) * 15 * MINUTE],
    [2, () => r.int(0, 60 * DAY)],
    [longOk ? 0.3 : 0, () => r.int(0, 3 * 365 * DAY)],
    [0.2, () => r.pick([0, 1, MINUTE, HOUR, DAY])],
  ]);
  return r.bool(0.25) ? -len : len;
}
