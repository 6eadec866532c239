/**
 * Compiled calendars shared between identical definitions (issue 14: ten thousand tenants).
 */
import { describe, expect, it } from "vitest";
import { addBusinessTime, definePolicy, presets } from "../../src/index.js";
import { compiledOf, safeDefinePolicyWith } from "../../src/calendar/definePolicy.js";
import type { RegionHolidaySource } from "../../src/calendar/regionHolidaySource.js";
import { MAX_SHARED_CALENDAR_KEYS, sharedCalendar, sharedCalendarKeyCount } from "../../src/calendar/sharedCalendar.js";
import { parsePolicy } from "../../src/policy/parsePolicy.js";
import { dayFromCivil } from "../../src/time/calendarDate.js";
import { getZoneRules } from "../../src/time/zoneRules.js";

const H = 3_600_000;

/** The normalized policy of a valid definition. */
function normalized(def: object) {
  const r = parsePolicy(def);
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.policy;
}

/** A policy compiled with region holidays from `source` (undefined: none, as in lite). */
function withSource(def: object, source: RegionHolidaySource | undefined) {
  const r = safeDefinePolicyWith(def, source, "");
  if (!r.success) throw r.error;
  return r.policy;
}
const weekdays = { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]] };

describe("sharedCalendar", () => {
  it("identical definitions share one business calendar; the policies stay distinct", () => {
    const def = { timezone: "Europe/Oslo", hours: weekdays, holidays: [{ date: "2026-05-17", name: "Grunnlovsdag" }] };
    const a = definePolicy({ id: "tenant-a", ...def });
    const b = definePolicy({ id: "tenant-b", ...structuredClone(def) });
    expect(a).not.toBe(b);
    expect(compiledOf(a).business).toBe(compiledOf(b).business);
    expect(compiledOf(a).clock).toBe(compiledOf(b).clock);
    expect(a.id).toBe("tenant-a");
  });

  it("any difference the calendar reads gives its own calendar: hours, holidays, their names, the zone", () => {
    const base = { timezone: "Europe/Oslo", hours: weekdays, holidays: [{ date: "2026-05-17", name: "Grunnlovsdag" }] };
    const cal = (d: object) => compiledOf(definePolicy(d)).business;
    const one = cal(base);
    expect(cal({ ...base, holidays: [{ date: "2026-05-18", name: "Grunnlovsdag" }] })).not.toBe(one);
    expect(cal({ ...base, holidays: [{ date: "2026-05-17", name: "National Day" }] })).not.toBe(one);
    expect(cal({ ...base, hours: { ...weekdays, sat: [["10:00", "14:00"]] } })).not.toBe(one);
    expect(cal({ ...base, timezone: "Europe/Stockholm" })).not.toBe(one);
    expect(cal({ ...base, timezone: "europe/oslo" })).toBe(one); // the same zone, canonicalised
  });

  it("the always-running clock calendar is shared by every policy of a zone without pausing maintenance", () => {
    const a = definePolicy({ timezone: "Asia/Tokyo", hours: weekdays });
    const b = definePolicy({ timezone: "Asia/Tokyo", hours: "24x7", holidays: [{ date: "2026-01-01" }] });
    expect(compiledOf(a).clock).toBe(compiledOf(b).clock);
    const paused = definePolicy({ timezone: "Asia/Tokyo", hours: weekdays, maintenance: { pausesClocks: true, windows: [{ weekly: ["sun"], from: "02:00", to: "04:00" }] } });
    expect(compiledOf(paused).clock).not.toBe(compiledOf(a).clock);
  });

  it("sharing never changes an answer (the preset, compiled twice, against a fresh definition)", () => {
    const p = definePolicy(presets.auvikSupportV2);
    const q = definePolicy(structuredClone(presets.auvikSupportV2) as typeof presets.auvikSupportV2);
    for (let k = 0; k < 50; k++) {
      const t = Date.UTC(2026, 0, 1) + k * 7.3 * 24 * H;
      expect(addBusinessTime(q, t, 2 * H).getTime()).toBe(addBusinessTime(p, t, 2 * H).getTime());
    }
  });

  it(`remembers at most ${MAX_SHARED_CALENDAR_KEYS} content keys, forgetting the oldest quarter when full`, () => {
    // one business calendar per call (definePolicy would also look up its clock calendar)
    const options = { kind: "business", zone: getZoneRules("UTC"), closures: [], maintenanceOneOff: [], regionSource: undefined } as const;
    let before = sharedCalendarKeyCount();
    let forgets = 0;
    for (let k = 0; k < MAX_SHARED_CALENDAR_KEYS + 100; k++) {
      const day = new Date(Date.UTC(1100, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
      sharedCalendar(normalized({ timezone: "UTC", hours: "24x7", holidays: [{ date: day }] }), options);
      const after = sharedCalendarKeyCount();
      expect(after).toBeLessThanOrEqual(MAX_SHARED_CALENDAR_KEYS);
      if (after < before) {
        // full: a quarter forgotten, then the new key added
        expect([before, after]).toEqual([MAX_SHARED_CALENDAR_KEYS, MAX_SHARED_CALENDAR_KEYS - MAX_SHARED_CALENDAR_KEYS / 4 + 1]);
        forgets++;
      }
      before = after;
    }
    expect(forgets).toBe(1);
  });

  it("a dated entry's special hours are part of the content", () => {
    const cal = (hours: string[][]) => compiledOf(definePolicy({ timezone: "Europe/Oslo", hours: weekdays, holidays: [{ date: "2026-12-24", hours }] }));
    const short = cal([["09:00", "12:00"]]);
    const long = cal([["09:00", "15:00"]]);
    expect(long.business).not.toBe(short.business);
    expect(cal([["09:00", "12:00"]]).business).toBe(short.business);
  });

  it("without WeakRef (an old runtime) nothing is shared, and every answer is the same", () => {
    const def = { timezone: "Europe/Oslo", hours: weekdays, holidays: [{ date: "2026-05-17" }] };
    const shared = definePolicy(def);
    const saved = globalThis.WeakRef;
    let a, b;
    try {
      (globalThis as { WeakRef?: unknown }).WeakRef = undefined;
      a = definePolicy(def);
      b = definePolicy(structuredClone(def));
    } finally {
      globalThis.WeakRef = saved;
    }
    expect(compiledOf(a).business).not.toBe(compiledOf(b).business);
    expect(compiledOf(a).business).not.toBe(compiledOf(shared).business);
    const t = Date.UTC(2026, 4, 15, 14);
    expect(addBusinessTime(a, t, 4 * H).getTime()).toBe(addBusinessTime(shared, t, 4 * H).getTime());
  });

  describe("a hash collision costs a calendar of its own, never a wrong answer (every content hashed to 0)", () => {
    const zone = getZoneRules("Europe/Oslo");
    const collide = (def: object) =>
      sharedCalendar(normalized(def), { kind: "business", zone, closures: [], maintenanceOneOff: [], regionSource: undefined }, () => 0);
    const base = { timezone: "Europe/Oslo", hours: weekdays, holidays: [{ date: "2026-05-17", name: "Grunnlovsdag" }, { date: "2026-12-24", name: "Julaften" }] };
    it.each<[string, object]>([
      ["other hours", { ...base, hours: { ...weekdays, sat: [["10:00", "14:00"]] } }],
      ["one dated holiday fewer", { ...base, holidays: base.holidays.slice(0, 1) }],
      ["another date", { ...base, holidays: [base.holidays[0], { date: "2026-12-23", name: "Julaften" }] }],
      ["another name", { ...base, holidays: [base.holidays[0], { date: "2026-12-24", name: "Christmas Eve" }] }],
      ["a name fewer", { ...base, holidays: [base.holidays[0], { date: "2026-12-24" }] }],
    ])("%s: its own calendar", (_, other) => {
      const one = collide(base);
      expect(collide(base)).toBe(one); // equal content: shared despite the collision check
      const two = collide(other);
      expect(two).not.toBe(one);
      expect(collide(base)).not.toBe(two);
    });
  });

  describe("region holidays are shared only between policies with the same region source", () => {
    /** A source that knows every region and closes `day` (a local date) for it. */
    const closing = (day: number): RegionHolidaySource => ({
      check: () => null,
      holidays: (_rule, year) => (year === 2026 ? [{ day, name: "Source holiday" }] : []),
      hasSubstitute: () => false,
    });
    const def = { timezone: "Europe/Oslo", hours: weekdays, holidays: [{ region: "NO" }], holidayYears: [2020, 2030] };
    const business = (source: RegionHolidaySource | undefined, d: object = def) => compiledOf(withSource(d, source)).business;

    it("the same source: one calendar", () => {
      const source = closing(dayFromCivil(2026, 5, 18));
      expect(business(source)).toBe(business(source));
    });

    it("another source: its own calendar and its own holidays", () => {
      const monday = closing(dayFromCivil(2026, 5, 18));
      const tuesday = closing(dayFromCivil(2026, 5, 19));
      const a = withSource(def, monday);
      const b = withSource(def, tuesday);
      expect(compiledOf(a).business).not.toBe(compiledOf(b).business);
      const mon10 = Date.UTC(2026, 4, 18, 8); // 10:00 in Oslo
      expect(addBusinessTime(a, mon10, H).getTime()).toBe(Date.UTC(2026, 4, 19, 8)); // Monday closed: Tuesday 10:00
      expect(addBusinessTime(b, mon10, H).getTime()).toBe(Date.UTC(2026, 4, 18, 9)); // Monday open
    });

    it("without region holidays the source does not matter: shared with lite's policies", () => {
      const plain = { timezone: "Europe/Oslo", hours: weekdays };
      expect(business(closing(dayFromCivil(2026, 5, 18)), plain)).toBe(business(undefined, plain));
    });
  });
});
