/**
 * The shared memo of date-chinese's lunar calendars (issue 15): date-holidays gives exactly the
 * same holidays with it as alone, and the memo is shared per class, bounded, and installed only
 * on the shape it was written for.
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadDateHolidays } from "../../src/calendar/loadDateHolidays.js";
import { LUNAR_MEMO_LIMIT, shareLunarCalendarMemo, type LunarCalendarClass } from "../../src/calendar/shareLunarCalendarMemo.js";

const fixture = fileURLToPath(new URL("./fixtures/lunarRegionYears.cjs", import.meta.url));

/** date-chinese as date-holidays' parser requires it (the module the loader shares the memo of). */
function parsersDateChinese(): { CalendarChinese: LunarCalendarClass & { prototype: { _cache?: unknown } } } {
  const require = createRequire(import.meta.url);
  const parser = createRequire(createRequire(require.resolve("date-holidays")).resolve("date-holidays-parser"));
  return parser("date-chinese");
}

/** A class shaped like date-chinese's `CalendarChinese`, counting the solar terms it computes. */
function fakeCalendarClass() {
  class Fake {
    static computed = 0;
    _cache: { lon: Record<string, number>; sue: Record<string, number>; ny: Record<string, number> };
    constructor() {
      this._cache = { lon: {}, sue: {}, ny: {} };
    }
    midnight(jde: number): number {
      return Math.floor(jde) + 0.5;
    }
    solarTerm(term: number, gyear?: number): number {
      Fake.computed++;
      return this.midnight((gyear ?? 2000) * 365.25 + term * 15.2);
    }
  }
  return Fake;
}

describe("date-holidays with the shared lunar memo", () => {
  it("gives exactly the holidays date-holidays gives alone, for lunar regions across the supported years", () => {
    const regions = ["TW", "HK", "CN", "KR", "VN", "SG", "MY"];
    const years = [1000, 1582, 1900, 1984, 2025, 2026, 2027, 2033, 2057, 2100, 2400, 9999];
    const alone = JSON.parse(execFileSync(process.execPath, [fixture, regions.join(","), years.join(",")], { encoding: "utf8", maxBuffer: 64 << 20 }));
    const Holidays = loadDateHolidays();
    // Asked in another order than the child's (years descending, regions interleaved), so that
    // answers come from memo entries written for other regions and years.
    const shared: Record<string, unknown> = {};
    const instances = new Map(regions.map((r) => [r, new Holidays(r)]));
    for (const year of [...years].reverse()) {
      for (const region of regions) {
        try {
          shared[`${region} ${year}`] = instances.get(region)!.getHolidays(year).map((h) => `${h.date} ${h.type} ${h.name}`);
        } catch (e) {
          shared[`${region} ${year}`] = `error: ${(e as Error).message}`;
        }
      }
    }
    expect(shared).toEqual(alone);
  }, 120_000);

  it("is in place once date-holidays is loaded: every calendar reads its class's one memo", () => {
    loadDateHolidays();
    const { CalendarChinese } = parsersDateChinese();
    const a = new CalendarChinese() as { _cache?: unknown };
    const b = new CalendarChinese() as { _cache?: unknown };
    expect(Object.getOwnPropertyDescriptor(a, "_cache")).toBeUndefined();
    expect(a._cache).toBe(b._cache);
    expect(shareLunarCalendarMemo(CalendarChinese)).toBe(true);
  });
});

describe("shareLunarCalendarMemo", () => {
  it("shares one memo among the instances of a class, and a separate one per subclass (another meridian)", () => {
    const Fake = fakeCalendarClass();
    class Sub extends Fake {
      override midnight(jde: number): number {
        return Math.floor(jde) + 0.25;
      }
    }
    expect(shareLunarCalendarMemo(Fake)).toBe(true);
    const a = new Fake();
    const b = new Fake();
    const s = new Sub();
    expect(a._cache).toBe(b._cache);
    expect(s._cache).not.toBe(a._cache);
    a._cache.ny[2030] = 1;
    expect(b._cache.ny[2030]).toBe(1);
    expect(s._cache.ny[2030]).toBeUndefined();
    expect(new Sub()._cache).toBe(s._cache);
  });

  it("memoizes solar terms of a given year per class, with the same answers; without a year it asks each time", () => {
    const Fake = fakeCalendarClass();
    class Sub extends Fake {
      override midnight(jde: number): number {
        return Math.floor(jde) + 0.25;
      }
    }
    const plain = new (fakeCalendarClass())();
    shareLunarCalendarMemo(Fake);
    const first = new Fake().solarTerm(5, 2031);
    expect(first).toBe(plain.solarTerm(5, 2031));
    expect(Fake.computed).toBe(1);
    expect(new Fake().solarTerm(5, 2031)).toBe(first);
    expect(Fake.computed).toBe(1);
    expect(new Fake().solarTerm(6, 2031)).toBe(plain.solarTerm(6, 2031));
    expect(new Fake().solarTerm(5, -44)).toBe(plain.solarTerm(5, -44));
    expect(Fake.computed).toBe(3);
    expect(new Sub().solarTerm(5, 2031)).toBe(Math.floor(2031 * 365.25 + 5 * 15.2) + 0.25);
    new Fake().solarTerm(5);
    new Fake().solarTerm(5);
    new Fake().solarTerm(5, 0);
    new Fake().solarTerm(70, 2031);
    new Fake().solarTerm(70, 2031);
    expect(Fake.computed).toBe(4 + 5);
  });

  it("is idempotent", () => {
    const Fake = fakeCalendarClass();
    expect(shareLunarCalendarMemo(Fake)).toBe(true);
    const memo = new Fake()._cache;
    expect(shareLunarCalendarMemo(Fake)).toBe(true);
    expect(new Fake()._cache).toBe(memo);
  });

  it("starts a class's memo afresh once it holds more than the limit", () => {
    const Fake = fakeCalendarClass();
    shareLunarCalendarMemo(Fake);
    const calendar = new Fake();
    const memo = calendar._cache;
    for (let i = 0; i <= LUNAR_MEMO_LIMIT; i++) memo.lon[i] = i;
    let reads = 0;
    while (calendar._cache === memo) {
      reads++;
      expect(reads).toBeLessThan(10_000);
    }
    expect(Object.keys(calendar._cache.lon)).toHaveLength(0);
    // Below the limit, the memo stays however often it is read.
    const kept = calendar._cache;
    kept.lon[1] = 1;
    for (let i = 0; i < 20_000; i++) expect(calendar._cache).toBe(kept);
  });

  it("keeps a class's memo at exactly the limit, however often it is read", () => {
    const Fake = fakeCalendarClass();
    shareLunarCalendarMemo(Fake);
    const calendar = new Fake();
    const memo = calendar._cache;
    for (let i = 0; i < LUNAR_MEMO_LIMIT; i++) memo.lon[i] = i;
    for (let i = 0; i < 10_000; i++) expect(calendar._cache).toBe(memo);
  });

  it("forgets a class's solar terms once they number more than the limit, and keeps exactly the limit", () => {
    const Fake = fakeCalendarClass();
    shareLunarCalendarMemo(Fake);
    const calendar = new Fake();
    // LUNAR_MEMO_LIMIT distinct (term, year) pairs: 64 terms a year from the year 1.
    const pair = (i: number): [number, number] => [i % 64, 1 + Math.floor(i / 64)];
    for (let i = 0; i < LUNAR_MEMO_LIMIT; i++) calendar.solarTerm(...pair(i));
    expect(Fake.computed).toBe(LUNAR_MEMO_LIMIT);
    // Reads enough for a size check or two: at the limit, every term is still known.
    for (let i = 0; i < 10_000; i++) void calendar._cache;
    calendar.solarTerm(...pair(0));
    expect(Fake.computed).toBe(LUNAR_MEMO_LIMIT);
    // One more term, then a size check: they are forgotten and computed again when asked.
    calendar.solarTerm(...pair(LUNAR_MEMO_LIMIT));
    for (let i = 0; i < 10_000; i++) void calendar._cache;
    calendar.solarTerm(...pair(0));
    expect(Fake.computed).toBe(LUNAR_MEMO_LIMIT + 2);
  });

  it("memoizes only whole terms 0–63 of a non-zero whole year, each under its own key", () => {
    const Fake = fakeCalendarClass();
    shareLunarCalendarMemo(Fake);
    const calendar = new Fake();
    const twice = (term: number, gyear?: number): number => {
      const before = Fake.computed;
      calendar.solarTerm(term, gyear);
      calendar.solarTerm(term, gyear);
      return Fake.computed - before;
    };
    expect(twice(0, 2031)).toBe(1);
    expect(twice(63, 2031)).toBe(1);
    expect(twice(-1, 2031)).toBe(2);
    expect(twice(64, 2031)).toBe(2);
    expect(twice(1.5, 2031)).toBe(2);
    expect(twice(5, 0)).toBe(2);
    expect(twice(5, 2031.5)).toBe(2);
    // Pairs that a careless key would merge: (128, 0) and (64, 1), (2020, 63) and (2021, -1).
    const plain = new (fakeCalendarClass())();
    expect(calendar.solarTerm(0, 128)).toBe(plain.solarTerm(0, 128));
    expect(calendar.solarTerm(1, 64)).toBe(plain.solarTerm(1, 64));
    expect(calendar.solarTerm(63, 2020)).toBe(plain.solarTerm(63, 2020));
    expect(calendar.solarTerm(-1, 2021)).toBe(plain.solarTerm(-1, 2021));
  });

  it("leaves a class unchanged when its memo or one of its three parts is not a plain object, or holds other keys", () => {
    const plain = () => ({ lon: {}, sue: {}, ny: {} });
    const shapes: Record<string, () => unknown> = {
      "a memo without a prototype": () => Object.assign(Object.create(null), plain()),
      "a memo with a fourth key": () => ({ ...plain(), extra: {} }),
      "lon an array": () => ({ ...plain(), lon: [] }),
      "sue a Map": () => ({ ...plain(), sue: new Map() }),
      "ny null": () => ({ ...plain(), ny: null }),
      "lon undefined": () => ({ ...plain(), lon: undefined }),
      "sue a number": () => ({ ...plain(), sue: 1 }),
    };
    for (const [what, memo] of Object.entries(shapes)) {
      class Odd {
        _cache = memo();
        solarTerm(): number {
          return 1;
        }
      }
      const solarTermBefore = Odd.prototype.solarTerm;
      expect(shareLunarCalendarMemo(Odd as unknown as LunarCalendarClass), what).toBe(false);
      expect(Object.getOwnPropertyDescriptor(Odd.prototype, "_cache"), what).toBeUndefined();
      expect(Odd.prototype.solarTerm, what).toBe(solarTermBefore);
    }
  });

  it("leaves a class unchanged whose prototype already defines _cache", () => {
    const Fake = fakeCalendarClass();
    const before = { lon: {}, sue: {}, ny: {} };
    Object.defineProperty(Fake.prototype, "_cache", { value: before, writable: true, configurable: true });
    const solarTermBefore = Fake.prototype.solarTerm;
    expect(shareLunarCalendarMemo(Fake)).toBe(false);
    expect(Object.getOwnPropertyDescriptor(Fake.prototype, "_cache")?.value).toBe(before);
    expect(Fake.prototype.solarTerm).toBe(solarTermBefore);
  });

  it("undoes the installation when a fresh calendar does not read the shared memo", () => {
    // A constructor that defines its memo (no assignment through the prototype's accessor) ...
    class OwnDefined {
      constructor() {
        Object.defineProperty(this, "_cache", { value: { lon: {}, sue: {}, ny: {} }, writable: true, enumerable: true, configurable: true });
      }
      solarTerm(): number {
        return 1;
      }
    }
    // ... and instances whose `constructor` is another class (their memo is not the class's).
    class Misnamed {
      _cache = { lon: {}, sue: {}, ny: {} };
      solarTerm(): number {
        return 1;
      }
    }
    Object.defineProperty(Misnamed.prototype, "constructor", { value: Object, configurable: true, writable: true });
    for (const cls of [OwnDefined, Misnamed]) {
      const solarTermBefore = cls.prototype.solarTerm;
      expect(shareLunarCalendarMemo(cls as unknown as LunarCalendarClass), cls.name).toBe(false);
      expect(Object.getOwnPropertyDescriptor(cls.prototype, "_cache"), cls.name).toBeUndefined();
      expect(cls.prototype.solarTerm, cls.name).toBe(solarTermBefore);
      const a = new cls() as unknown as { _cache: unknown };
      const b = new cls() as unknown as { _cache: unknown };
      expect(a._cache, cls.name).not.toBe(b._cache);
    }
  });

  it("leaves a class of another shape unchanged", () => {
    class NoMemo {
      solarTerm(): number {
        return 1;
      }
    }
    class OtherMemo {
      _cache = { lon: {}, sue: {} };
      solarTerm(): number {
        return 1;
      }
    }
    class NoSolarTerm {
      _cache = { lon: {}, sue: {}, ny: {} };
    }
    const solarTermBefore = OtherMemo.prototype.solarTerm;
    expect(shareLunarCalendarMemo(NoMemo as unknown as LunarCalendarClass)).toBe(false);
    expect(shareLunarCalendarMemo(OtherMemo as unknown as LunarCalendarClass)).toBe(false);
    expect(shareLunarCalendarMemo(NoSolarTerm as unknown as LunarCalendarClass)).toBe(false);
    expect(Object.getOwnPropertyDescriptor(OtherMemo.prototype, "_cache")).toBeUndefined();
    expect(OtherMemo.prototype.solarTerm).toBe(solarTermBefore);
    expect(new OtherMemo()._cache).not.toBe(new OtherMemo()._cache);
  });
});
