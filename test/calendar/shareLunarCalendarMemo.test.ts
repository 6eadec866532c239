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
