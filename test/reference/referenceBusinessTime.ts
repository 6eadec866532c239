/**
 * REFERENCE (test-only, shares no code with src/): slow, literal business-time arithmetic.
 * Every function is a scan over `businessSegments`. Instants in and out are epoch ms.
 *
 * Semantics (see the brief / CONTRACT §3):
 * - add(a, d), d > 0: the EARLIEST u >= a with between(a, u) = d; d = 0 → a.
 * - subtract(b, d), d > 0: the LATEST s <= b with between(s, b) = d; d = 0 → b.
 * - horizon: no answer within 100 years (36,525 days) of the start, or a span longer than that →
 *   RefHorizonError.
 */
import { DateTime } from "luxon";
import { compileReferencePolicy, type RefPolicy } from "./referencePolicy.js";
import { businessSegments, type Segment } from "./referenceSegments.js";
import { DAY, HORIZON, HOUR, MINUTE, SECOND, localDayOf, parseIsoInstant, startOfDay, wallTimeOfDay, wallToEpoch, ymdOf } from "./wallClock.js";

export { compileReferencePolicy, type RefPolicy };

export class RefHorizonError extends Error {
  override name = "RefHorizonError";
}

/** Date | epoch ms | ISO string (offset-less = wall clock in the policy zone) | luxon DateTime → epoch ms. */
export function refInstant(p: RefPolicy, at: unknown): number {
  if (typeof at === "number") return at;
  if (at instanceof Date) return at.getTime();
  if (typeof at === "string") return parseIsoInstant(p.zone, at);
  if (DateTime.isDateTime(at)) return at.toMillis();
  throw new Error(`reference: bad instant ${String(at)}`);
}

/** ms | "1h30m" / "1.5h" / "3d" / "45s" | ISO "PT2H30M" / "P1DT2H" | { days, hours, ... } → ms. */
export function refDuration(d: unknown): number {
  if (typeof d === "number") return d;
  if (typeof d === "string") {
    const short = /^(?:(\d+(?:\.\d+)?)d)?(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(d);
    const iso = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(d);
    const m = d !== "" && d !== "P" ? (short ?? iso) : null;
    if (!m) throw new Error(`reference: bad duration ${d}`);
    return Math.round(
      Number(m[1] ?? 0) * DAY + Number(m[2] ?? 0) * HOUR + Number(m[3] ?? 0) * MINUTE + Number(m[4] ?? 0) * SECOND,
    );
  }
  if (typeof d === "object" && d !== null) {
    const o = d as Record<string, number | undefined>;
    return Math.round(
      (o.days ?? 0) * DAY + (o.hours ?? 0) * HOUR + (o.minutes ?? 0) * MINUTE + (o.seconds ?? 0) * SECOND + (o.milliseconds ?? 0),
    );
  }
  throw new Error(`reference: bad duration ${String(d)}`);
}

function total(segments: ReadonlyArray<Segment>): number {
  return segments.reduce((sum, [s, e]) => sum + (e - s), 0);
}

/** Window lengths tried by the searching functions: 8 days, doubling, then the full horizon. */
function* searchSpans(): Generator<number> {
  for (let span = 8 * DAY; span < HORIZON; span *= 2) yield span;
  yield HORIZON;
}

/**
 * Coverage (CONTRACT §10): with `holidayYears`, an answer that needs the calendar of a local year
 * outside it is a RefHorizonError. The years needed are those of the instants in `[from, to)`; a
 * policy that is never open needs none (no holiday can change its answers). A span that starts at
 * 1000 (ends at 9999) also covers local year 999 (10000): the supported instants reach into those
 * years' last (first) hours in some zones, no holiday can be dated in them, and no span can name them.
 */
export function refCovered<T>(p: RefPolicy, from: number, to: number, answer: T): T {
  const span = p.holidayYears;
  if (span === undefined || to <= from || neverOpen(p)) return answer; // an empty span needs no calendar
  const first = ymdOf(localDayOf(p.zone, from)).year;
  const last = ymdOf(localDayOf(p.zone, Math.max(from, to - 1))).year;
  const lo = span[0] === 1000 ? 999 : span[0];
  const hi = span[1] === 9999 ? 10_000 : span[1];
  if (first < lo || last > hi) throw new RefHorizonError(`holidayYears ${span[0]}–${span[1]} do not cover ${first}–${last}`);
  return answer;
}

/** No weekly hours and no special hours anywhere: no holiday can change an answer, so none is refused. */
function neverOpen(p: RefPolicy): boolean {
  const empty = (list: ReadonlyArray<unknown> | null) => list === null || list.length === 0;
  return p.weekly.every(empty) && [...p.dates.values()].every(empty) && [...p.annual.values()].every((a) => empty(a.hours));
}

export function refIsBusinessTime(p: RefPolicy, t: number): boolean {
  return refCovered(p, t, t + 1, businessSegments(p, t, t + 1).length > 0);
}

export function refNextBusinessTime(p: RefPolicy, t: number): number {
  for (const span of searchSpans()) {
    const segs = businessSegments(p, t, t + span);
    if (segs.length > 0) return refCovered(p, t, segs[0]![0] + 1, segs[0]![0]);
  }
  throw new RefHorizonError("no business time within 100 years");
}

export function refBusinessTimeBetween(p: RefPolicy, a: number, b: number): number {
  if (Math.abs(b - a) > HORIZON) throw new RefHorizonError("span longer than 100 years");
  if (b < a) return 0 - refBusinessTimeBetween(p, b, a) || 0; // never -0
  return refCovered(p, a, b, total(businessSegments(p, a, b)));
}

export function refAddBusinessTime(p: RefPolicy, a: number, d: number): number {
  if (d === 0) return a;
  for (const span of searchSpans()) {
    let left = d;
    for (const [s, e] of businessSegments(p, a, a + span)) {
      if (e - s >= left) return refCovered(p, a, s + left, s + left);
      left -= e - s;
    }
  }
  throw new RefHorizonError("no answer within 100 years");
}

export function refSubtractBusinessTime(p: RefPolicy, b: number, d: number): number {
  if (d === 0) return b;
  for (const span of searchSpans()) {
    let left = d;
    for (const [s, e] of businessSegments(p, b - span, b).reverse()) {
      if (e - s >= left) return refCovered(p, e - left, b, e - left);
      left -= e - s;
    }
  }
  throw new RefHorizonError("no answer within 100 years");
}

export function refBusinessIntervals(p: RefPolicy, from: number, to: number): Segment[] {
  if (Math.abs(to - from) > HORIZON) throw new RefHorizonError("span longer than 100 years");
  if (to <= from) return [];
  return businessSegments(p, from, to);
}

/** A local date with any business time in [its midnight, the next midnight). */
export function refIsBusinessDay(p: RefPolicy, day: number): boolean {
  return businessDayFlags(p, day, day)[0]!;
}

/** For each local date firstDay..lastDay: is it a business day? (One segment scan, then a sweep.) */
export function businessDayFlags(p: RefPolicy, firstDay: number, lastDay: number): boolean[] {
  const midnights: number[] = [];
  for (let day = firstDay; day <= lastDay + 1; day++) midnights.push(startOfDay(p.zone, day));
  const segments = businessSegments(p, midnights[0]!, midnights[midnights.length - 1]!);
  const flags: boolean[] = [];
  let j = 0;
  for (let i = 0; i + 1 < midnights.length; i++) {
    while (j < segments.length && segments[j]![1] <= midnights[i]!) j += 1; // segments ending before this date
    // a date the zone skipped (Pacific/Apia 2011-12-30) has midnights[i] = midnights[i + 1]: no business time
    flags.push(midnights[i]! < midnights[i + 1]! && j < segments.length && segments[j]![0] < midnights[i + 1]!);
  }
  return flags;
}

export function refAddBusinessDays(p: RefPolicy, at: number, n: number): number {
  if (n === 0) return at;
  const startDay = localDayOf(p.zone, at);
  const timeOfDay = wallTimeOfDay(p.zone, at);
  const horizonDays = HORIZON / DAY + 2;
  // look at the dates after (n > 0) or before (n < 0) startDay, in windows of doubling length
  for (let span = 16; ; span = Math.min(2 * span, horizonDays)) {
    const [first, last] = n > 0 ? [startDay + 1, startDay + span] : [startDay - span, startDay - 1];
    const days: number[] = [];
    const flags = businessDayFlags(p, first, last);
    for (let i = 0; i < flags.length; i++) if (flags[i]) days.push(first + i);
    if (n < 0) days.reverse(); // nearest first
    const day = days[Math.abs(n) - 1];
    if (day !== undefined) {
      const answer = wallToEpoch(p.zone, day, timeOfDay);
      if (Math.abs(answer - at) > HORIZON) throw new RefHorizonError("no answer within 100 years");
      return answer;
    }
    if (span === horizonDays) throw new RefHorizonError("no answer within 100 years");
  }
}

export function refBusinessDaysBetween(p: RefPolicy, a: number, b: number): number {
  const da = localDayOf(p.zone, a);
  const db = localDayOf(p.zone, b);
  // the span of a day count is its dates: more than 36,525 days apart is beyond the horizon
  if (Math.abs(db - da) > HORIZON / DAY) throw new RefHorizonError("dates more than 100 years apart");
  if (db < da) return 0 - refBusinessDaysBetween(p, b, a);
  return businessDayFlags(p, da, db).filter(Boolean).length;
}

/** The reference API over a policy definition, with the same input types as the real one. */
export function referenceOf(def: unknown) {
  const p = compileReferencePolicy(def);
  const t = (x: unknown) => refInstant(p, x);
  return {
    policy: p,
    isBusinessTime: (at: unknown) => refIsBusinessTime(p, t(at)),
    nextBusinessTime: (at: unknown) => refNextBusinessTime(p, t(at)),
    businessTimeBetween: (a: unknown, b: unknown) => refBusinessTimeBetween(p, t(a), t(b)),
    addBusinessTime: (a: unknown, d: unknown) => refAddBusinessTime(p, t(a), refDuration(d)),
    subtractBusinessTime: (b: unknown, d: unknown) => refSubtractBusinessTime(p, t(b), refDuration(d)),
    businessIntervals: (from: unknown, to: unknown) => refBusinessIntervals(p, t(from), t(to)),
    addBusinessDays: (at: unknown, n: number) => refAddBusinessDays(p, t(at), n),
    businessDaysBetween: (a: unknown, b: unknown) => refBusinessDaysBetween(p, t(a), t(b)),
    isBusinessDay: (day: number) => refIsBusinessDay(p, day),
  };
}
export type Reference = ReturnType<typeof referenceOf>;
