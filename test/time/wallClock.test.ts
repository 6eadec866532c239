import { describe, expect, it } from "vitest";
import { IANAZone } from "luxon";
import { dayFromCivil, MS_PER_HOUR, MS_PER_MINUTE } from "../../src/time/calendarDate.js";
import { localDayOf, timeOfDayOf, wallToEpoch } from "../../src/time/wallClock.js";
import { getZoneRules } from "../../src/time/zoneRules.js";

const at = (zone: string, y: number, m: number, d: number, hh: number, mm = 0) =>
  wallToEpoch(getZoneRules(zone), dayFromCivil(y, m, d), hh * MS_PER_HOUR + mm * MS_PER_MINUTE);

describe("wallToEpoch follows Temporal's compatible rule", () => {
  // [zone, local date-time, expected UTC, why]
  const cases: Array<[string, [number, number, number, number, number], string, string]> = [
    ["America/Toronto", [2026, 3, 8, 2, 30], "2026-03-08T07:30:00.000Z", "spring-forward gap moves forward by 1h to 03:30 EDT"],
    ["America/Toronto", [2026, 11, 1, 1, 30], "2026-11-01T05:30:00.000Z", "fall-back overlap takes the earlier (EDT) occurrence"],
    ["America/Toronto", [2026, 11, 1, 2, 0], "2026-11-01T07:00:00.000Z", "02:00 after fall-back is unambiguous EST"],
    ["Europe/London", [2026, 3, 29, 1, 15], "2026-03-29T01:15:00.000Z", "London gap 01:00→02:00: 01:15 becomes 02:15 BST"],
    ["Europe/London", [2026, 10, 25, 1, 15], "2026-10-25T00:15:00.000Z", "London overlap: earlier BST occurrence"],
    ["Europe/Dublin", [2026, 10, 25, 1, 30], "2026-10-25T00:30:00.000Z", "Dublin negative DST: still the earlier (IST) occurrence"],
    ["Europe/Dublin", [2026, 3, 29, 1, 30], "2026-03-29T01:30:00.000Z", "Dublin gap: 01:30 becomes 02:30 IST"],
    ["Australia/Sydney", [2026, 4, 5, 2, 30], "2026-04-04T15:30:00.000Z", "southern fall-back: earlier (AEDT) occurrence"],
    ["Australia/Sydney", [2026, 10, 4, 2, 30], "2026-10-03T16:30:00.000Z", "southern spring-forward: 02:30 becomes 03:30 AEDT"],
    ["Australia/Lord_Howe", [2026, 4, 5, 1, 45], "2026-04-04T14:45:00.000Z", "30-minute fall-back at 02:00: 01:45 earlier (+11) occurrence"],
    ["Australia/Lord_Howe", [2026, 10, 4, 2, 15], "2026-10-03T15:45:00.000Z", "30-minute gap 02:00→02:30: 02:15 becomes 02:45 (+11)"],
    ["America/St_Johns", [2026, 3, 8, 2, 30], "2026-03-08T06:00:00.000Z", "St John's gap: 02:30 becomes 03:30 NDT (-2:30)"],
    ["America/St_Johns", [2026, 11, 1, 1, 30], "2026-11-01T04:00:00.000Z", "St John's overlap: earlier NDT occurrence"],
    ["Pacific/Chatham", [2026, 4, 5, 3, 0], "2026-04-04T13:15:00.000Z", "Chatham overlap 02:45–03:45: earlier (+13:45) occurrence"],
    ["Pacific/Chatham", [2026, 9, 27, 3, 0], "2026-09-26T14:15:00.000Z", "Chatham gap 02:45→03:45: 03:00 becomes 04:00 (+13:45)"],
    ["America/Santiago", [2026, 9, 6, 0, 30], "2026-09-06T04:30:00.000Z", "Santiago gap at midnight: 00:30 becomes 01:30 (-03)"],
    ["America/Santiago", [2026, 4, 4, 23, 30], "2026-04-05T02:30:00.000Z", "Santiago overlap 23:00–24:00 Saturday: earlier (-03) occurrence"],
    ["Asia/Kathmandu", [2026, 6, 1, 9, 0], "2026-06-01T03:15:00.000Z", "fixed +05:45"],
    ["UTC", [2026, 6, 1, 9, 0], "2026-06-01T09:00:00.000Z", "UTC"],
  ];
  it.each(cases)("%s %j → %s (%s)", (zone, [y, m, d, hh, mm], expected) => {
    expect(new Date(at(zone, y, m, d, hh, mm)).toISOString()).toBe(expected);
  });

  it("reads 24:00 as midnight at the end of the day", () => {
    const z = getZoneRules("America/Toronto");
    expect(wallToEpoch(z, dayFromCivil(2026, 11, 27), 24 * MS_PER_HOUR)).toBe(wallToEpoch(z, dayFromCivil(2026, 11, 28), 0));
  });

  it("resolves Pacific/Apia's skipped 2011-12-30 forward by the whole day", () => {
    expect(new Date(at("Pacific/Apia", 2011, 12, 30, 12)).toISOString()).toBe("2011-12-30T22:00:00.000Z");
  });
});

describe("localDayOf", () => {
  it("puts the repeated 23:xx hour of Santiago's fall-back on Saturday", () => {
    const z = getZoneRules("America/Santiago");
    // 2026-04-05T03:30Z is the second 23:30 of Saturday 2026-04-04 (-04 after the change).
    expect(localDayOf(z, Date.UTC(2026, 3, 5, 3, 30))).toBe(dayFromCivil(2026, 4, 4));
    expect(timeOfDayOf(z, Date.UTC(2026, 3, 5, 3, 30))).toBe(23.5 * MS_PER_HOUR);
  });

  it("is the date whose midnight precedes the instant, in every test zone", () => {
    for (const zone of ["America/Toronto", "Pacific/Chatham", "Asia/Kathmandu", "America/St_Johns"]) {
      const z = getZoneRules(zone);
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * MS_PER_HOUR + 13 * MS_PER_MINUTE) {
        const d = localDayOf(z, t);
        expect(wallToEpoch(z, d, 0)).toBeLessThanOrEqual(t);
        expect(wallToEpoch(z, d + 1, 0)).toBeGreaterThan(t);
      }
    }
  });
});

describe("zone offsets agree with luxon", () => {
  const zones = [
    "America/Toronto", "Europe/London", "Europe/Dublin", "Australia/Sydney", "Australia/Lord_Howe", "Asia/Kolkata",
    "Asia/Kathmandu", "America/St_Johns", "Pacific/Chatham", "America/Santiago", "Asia/Beirut", "Africa/Casablanca",
    "Pacific/Apia", "America/Havana", "Asia/Tehran", "Antarctica/Troll", "Europe/Moscow", "America/Sao_Paulo", "UTC",
  ];
  it.each(zones)("matches luxon hour by hour around transitions in %s (1970–2040 sampled)", (zone) => {
    const rules = getZoneRules(zone);
    const lux = IANAZone.create(zone);
    let seed = 12345;
    for (let i = 0; i < 1500; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const t = Date.UTC(1970, 0, 1) + Math.floor((seed / 2147483648) * (Date.UTC(2040, 0, 1) - Date.UTC(1970, 0, 1)));
      expect(rules.offsetAt(t)).toBe(Math.round(lux.offset(t) * 60_000));
    }
    // exact transition instants of 2026: one second before and at each change
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3 * MS_PER_HOUR) {
      const a = lux.offset(t);
      const b = lux.offset(t + 3 * MS_PER_HOUR);
      if (a !== b) {
        let lo = t, hi = t + 3 * MS_PER_HOUR;
        while (hi - lo > 1000) { const m = lo + Math.floor((hi - lo) / 2000) * 1000; if (lux.offset(m) === a) lo = m; else hi = m; }
        expect(rules.offsetAt(hi - 1)).toBe(Math.round(a * 60_000));
        expect(rules.offsetAt(hi)).toBe(Math.round(b * 60_000));
      }
    }
  });
});
