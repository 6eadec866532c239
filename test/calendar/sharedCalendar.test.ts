/**
 * Compiled calendars shared between identical definitions (issue 14: ten thousand tenants).
 */
import { describe, expect, it } from "vitest";
import { addBusinessTime, definePolicy, presets } from "../../src/index.js";
import { compiledOf } from "../../src/calendar/definePolicy.js";
import { MAX_SHARED_CALENDAR_KEYS, sharedCalendarKeyCount } from "../../src/calendar/sharedCalendar.js";

const H = 3_600_000;
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

  it(`remembers at most ${MAX_SHARED_CALENDAR_KEYS} content keys`, () => {
    for (let k = 0; k < MAX_SHARED_CALENDAR_KEYS + 100; k++) {
      const day = new Date(Date.UTC(1100, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
      definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ date: day }] });
      expect(sharedCalendarKeyCount()).toBeLessThanOrEqual(MAX_SHARED_CALENDAR_KEYS);
    }
  });
});
