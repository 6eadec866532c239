/**
 * One process-wide memo of the astronomical facts behind date-holidays' Chinese, Korean and
 * Vietnamese (lunisolar) holiday rules.
 *
 * date-holidays computes a region's year by evaluating every rule for three years, and each lunar
 * rule does it on a fresh `CalendarChinese` (from date-chinese), whose own memo of solar
 * longitudes, winter solstices and lunar New Years (`_cache`) starts empty every time. A Taiwan or
 * Hong Kong year thus recomputes the same New Year dozens of times: 97–98 % of a cold region
 * year, 40–60 ms each. These facts are pure functions of their keys (a Julian ephemeris day, a
 * Gregorian year) and of the calendar's class (its meridian), so one memo per class, shared by
 * every instance, gives exactly the same dates, about six times faster. The solar terms of a
 * Gregorian year (`solarTerm(term, year)`, which date-chinese does not memoize; Qingming rules ask
 * for them) are memoized the same way.
 *
 * The memo is installed on date-chinese's class as an accessor for `_cache`: the constructor's
 * assignment of a fresh cache is ignored and every read returns the class's shared one. It is
 * installed only when the class still has the shape this was written against (an own `_cache` of
 * three plain objects `lon`, `sue`, `ny` on a fresh instance); otherwise nothing changes and
 * date-holidays answers as before, only slower. It is bounded: a class's memo starts afresh once
 * its solar longitudes or solar terms exceed {@link LUNAR_MEMO_LIMIT} entries (about 1,500 years'
 * worth of longitudes).
 *
 * @module
 */

/** What date-chinese keeps per calendar instance, keyed by Julian ephemeris day or Gregorian year. */
interface LunarMemo {
  lon: Record<string, number>;
  sue: Record<string, number>;
  ny: Record<string, number>;
}

/** A class's shared memo, the solar terms beside it, and the reads since its size was checked. */
interface ClassMemo {
  memo: LunarMemo;
  terms: Map<number, number>;
  reads: number;
}

/** `solarTerm(term, gyear)` as date-chinese defines it on the prototype. */
type SolarTerm = (this: object, term: number, gyear?: number) => number;

/** The part of date-chinese's `CalendarChinese` class this module relies on. */
export interface LunarCalendarClass {
  new (): object;
  readonly prototype: { solarTerm?: unknown };
}

/** Solar longitudes a class's memo holds before it starts afresh (≈ 13 per Gregorian year). */
export const LUNAR_MEMO_LIMIT = 20_000;

/** Reads of a memo between two checks of its size. */
const CHECK_EVERY = 4096;

const installed = new WeakSet<object>();

function freshMemo(): LunarMemo {
  return { lon: {}, sue: {}, ny: {} };
}

function isPlainRecord(value: unknown): boolean {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function hasExpectedShape(calendarClass: LunarCalendarClass): boolean {
  if (Object.getOwnPropertyDescriptor(calendarClass.prototype, "_cache") !== undefined) return false;
  if (typeof calendarClass.prototype.solarTerm !== "function") return false;
  const probe = new calendarClass() as { _cache?: unknown };
  const own = Object.getOwnPropertyDescriptor(probe, "_cache");
  if (own === undefined || !("value" in own)) return false;
  const memo = own.value as Record<string, unknown>;
  return (
    isPlainRecord(memo) &&
    Object.keys(memo).sort().join(",") === "lon,ny,sue" &&
    isPlainRecord(memo["lon"]) &&
    isPlainRecord(memo["sue"]) &&
    isPlainRecord(memo["ny"])
  );
}

/**
 * Makes every instance of date-chinese's `CalendarChinese` (and of its subclasses, one memo per
 * class) share one bounded memo, when the class has the expected shape. Idempotent; returns whether
 * the shared memo is in place. It never changes an answer: see the module comment.
 *
 * @param calendarClass - `CalendarChinese` as date-holidays' parser loads it.
 * @returns `true` when installed (now or before), `false` when the class's shape is not the
 *   expected one and nothing was changed.
 * @example
 * ```ts
 * shareLunarCalendarMemo(require("date-chinese").CalendarChinese); // → true
 * ```
 */
export function shareLunarCalendarMemo(calendarClass: LunarCalendarClass): boolean {
  if (installed.has(calendarClass)) return true;
  if (!hasExpectedShape(calendarClass)) return false;
  const memos = new Map<unknown, ClassMemo>();
  const memoOf = (self: object): ClassMemo => {
    const owner = (self as { constructor?: unknown }).constructor;
    let entry = memos.get(owner);
    if (entry === undefined) {
      entry = { memo: freshMemo(), terms: new Map(), reads: 0 };
      memos.set(owner, entry);
    }
    if (++entry.reads >= CHECK_EVERY) {
      entry.reads = 0;
      if (Object.keys(entry.memo.lon).length > LUNAR_MEMO_LIMIT) entry.memo = freshMemo();
      if (entry.terms.size > LUNAR_MEMO_LIMIT) entry.terms.clear();
    }
    return entry;
  };
  const proto = calendarClass.prototype;
  const solarTerm = proto.solarTerm as SolarTerm;
  Object.defineProperty(proto, "_cache", {
    configurable: true,
    get(this: object): LunarMemo {
      return memoOf(this).memo;
    },
    set(): void {
      // The constructor's fresh memo is dropped: instances read the class's shared one.
    },
  });
  // Without a year, date-chinese takes it from the instance's own date: not memoized.
  proto.solarTerm = function memoizedSolarTerm(this: object, term: number, gyear?: number): number {
    if (!Number.isInteger(term) || term < 0 || term >= 64 || !Number.isInteger(gyear) || gyear === 0) return solarTerm.call(this, term, gyear);
    const terms = memoOf(this).terms;
    const key = (gyear as number) * 64 + term;
    let jde = terms.get(key);
    if (jde === undefined) {
      jde = solarTerm.call(this, term, gyear);
      terms.set(key, jde);
    }
    return jde;
  };
  const probe = new calendarClass() as { _cache?: unknown };
  if (Object.getOwnPropertyDescriptor(probe, "_cache") !== undefined || probe._cache !== memos.get(calendarClass)?.memo) {
    delete (proto as { _cache?: unknown })._cache;
    proto.solarTerm = solarTerm;
    return false;
  }
  installed.add(calendarClass);
  return true;
}
