/**
 * Named DST cases, one or more per zone, checked on the real implementation AND on the reference
 * (each expected value is computed by hand in the comment next to it).
 */
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { referenceOf } from "../reference/referenceBusinessTime.js";

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** The same small API over the real implementation and over the reference. */
interface Api {
  between(a: unknown, b: unknown): number;
  add(a: unknown, d: unknown): string;
  subtract(b: unknown, d: unknown): string;
  next(t: unknown): string;
  isOpen(t: unknown): boolean;
  intervals(a: unknown, b: unknown): string[][];
  addDays(t: unknown, n: number): string;
  daysBetween(a: unknown, b: unknown): number;
}
const iso = (t: Date | number) => new Date(t).toISOString();

function realApi(def: object): Api {
  const p = sla.definePolicy(def);
  return {
    between: (a, b) => sla.businessTimeBetween(p, a as never, b as never),
    add: (a, d) => iso(sla.addBusinessTime(p, a as never, d as never)),
    subtract: (b, d) => iso(sla.subtractBusinessTime(p, b as never, d as never)),
    next: (t) => iso(sla.nextBusinessTime(p, t as never)),
    isOpen: (t) => sla.isBusinessTime(p, t as never),
    intervals: (a, b) => sla.businessIntervals(p, a as never, b as never).map((s) => [iso(s.start), iso(s.end)]),
    addDays: (t, n) => iso(sla.addBusinessDays(p, t as never, n)),
    daysBetween: (a, b) => sla.businessDaysBetween(p, a as never, b as never),
  };
}

function referenceApi(def: object): Api {
  const r = referenceOf(def);
  return {
    between: (a, b) => r.businessTimeBetween(a, b),
    add: (a, d) => iso(r.addBusinessTime(a, d)),
    subtract: (b, d) => iso(r.subtractBusinessTime(b, d)),
    next: (t) => iso(r.nextBusinessTime(t)),
    isOpen: (t) => r.isBusinessTime(t),
    intervals: (a, b) => r.businessIntervals(a, b).map(([s, e]) => [iso(s), iso(e)]),
    addDays: (t, n) => iso(r.addBusinessDays(t, n)),
    daysBetween: (a, b) => r.businessDaysBetween(a, b),
  };
}

const weekdays = (hours: string[][]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });

interface Case {
  name: string;
  def: object;
  check(api: Api): void;
}

const CASES: Case[] = [
  {
    name: "America/Toronto 24x7: the spring-forward Sunday 2026-03-08 has 23 hours, the fall-back one 25",
    def: { timezone: "America/Toronto", hours: "24x7" },
    check(api) {
      expect(api.between("2026-03-08", "2026-03-09")).toBe(23 * HOUR);
      expect(api.between("2026-11-01", "2026-11-02")).toBe(25 * HOUR);
      // 2h after Sat 23:30 EST (04:30Z) is 06:30Z (01:30 EST, before the jump)
      expect(api.add("2026-03-07T23:30", "2h")).toBe("2026-03-08T06:30:00.000Z");
    },
  },
  {
    name: "America/Toronto: an ambiguous offset-less 01:30 on 2026-11-01 is the EDT (earlier) one",
    def: { timezone: "America/Toronto", hours: "24x7" },
    check(api) {
      expect(api.add("2026-11-01T01:30", 0)).toBe("2026-11-01T05:30:00.000Z");
      // from the first 01:30 (05:30Z) to the second (06:30Z) is one hour
      expect(api.between("2026-11-01T01:30", "2026-11-01T06:30Z")).toBe(HOUR);
      // an offset-less time in the gap moves forward: 02:30 → 03:30 EDT
      expect(api.next("2026-03-08T02:30")).toBe("2026-03-08T07:30:00.000Z");
    },
  },
  {
    name: "America/Toronto: a night shift 22:00–06:00 across both transitions",
    def: { timezone: "America/Toronto", hours: { sat: [["22:00", "06:00"]] } },
    check(api) {
      // Sat 22:00 EST (03:00Z) → Sun 06:00 EDT (10:00Z): 7 hours
      expect(api.intervals("2026-03-07", "2026-03-09")).toEqual([["2026-03-08T03:00:00.000Z", "2026-03-08T10:00:00.000Z"]]);
      // Sat 22:00 EDT (02:00Z) → Sun 06:00 EST (11:00Z): 9 hours
      expect(api.between("2026-10-31", "2026-11-02")).toBe(9 * HOUR);
      // filling the shift lands on its closing instant
      expect(api.add("2026-10-31T22:00", "9h")).toBe("2026-11-01T11:00:00.000Z");
      expect(api.subtract("2026-11-01T06:00", "9h")).toBe("2026-11-01T02:00:00.000Z");
    },
  },
  {
    name: "America/Toronto: hours starting in the gap start after it; hours inside it vanish",
    def: { timezone: "America/Toronto", hours: { sun: [["02:15", "05:00"]], sat: [["02:30", "02:45"]] } },
    check(api) {
      // 02:15 → 03:15 EDT (07:15Z); 05:00 EDT = 09:00Z
      expect(api.intervals("2026-03-08", "2026-03-09")).toEqual([["2026-03-08T07:15:00.000Z", "2026-03-08T09:00:00.000Z"]]);
      expect(api.between("2026-03-08", "2026-03-09")).toBe(105 * MINUTE);
    },
  },
  {
    name: "Europe/London: 9–17:30 on the Monday after the change, business days across it",
    def: { timezone: "Europe/London", hours: weekdays([["09:00", "17:30"]]) },
    check(api) {
      // Fri 2026-03-27 17:00 GMT + 1h = Fri 17:30 GMT (0.5h) + Mon 09:30 BST (08:30Z)
      expect(api.add("2026-03-27T17:00", "1h")).toBe("2026-03-30T08:30:00.000Z");
      expect(api.addDays("2026-03-27T12:00", 1)).toBe("2026-03-30T11:00:00.000Z");
      expect(api.daysBetween("2026-03-27", "2026-04-03")).toBe(6);
    },
  },
  {
    name: "Europe/Dublin: negative DST in IANA, yet +00:00 in winter and +01:00 in summer",
    def: { timezone: "Europe/Dublin", hours: weekdays([["09:00", "17:00"]]) },
    check(api) {
      expect(api.next("2026-01-15T08:00")).toBe("2026-01-15T09:00:00.000Z");
      expect(api.next("2026-07-15T08:00")).toBe("2026-07-15T08:00:00.000Z");
      expect(api.isOpen("2026-07-15T16:30Z")).toBe(false); // 17:30 IST
      expect(api.isOpen("2026-01-15T16:30Z")).toBe(true); // 16:30 GMT
    },
  },
  {
    name: "Europe/Dublin 24x7: 2026-03-29 has 23 hours, 2026-10-25 has 25",
    def: { timezone: "Europe/Dublin", hours: "24x7" },
    check(api) {
      expect(api.between("2026-03-29", "2026-03-30")).toBe(23 * HOUR);
      expect(api.between("2026-10-25", "2026-10-26")).toBe(25 * HOUR);
    },
  },
  {
    name: "Australia/Sydney: the southern-hemisphere overlap resolves to the earlier (AEDT) 02:30",
    def: { timezone: "Australia/Sydney", hours: { sun: [["02:30", "04:00"]] } },
    check(api) {
      // 2026-04-05: clocks go back 03:00 AEDT → 02:00 AEST. 02:30 AEDT = 15:30Z (Apr 4); 04:00 AEST = 18:00Z
      expect(api.intervals("2026-04-05", "2026-04-06")).toEqual([["2026-04-04T15:30:00.000Z", "2026-04-04T18:00:00.000Z"]]);
      // 2026-10-04: 02:00 AEST → 03:00 AEDT. 02:30 → 03:30 AEDT (16:30Z), 04:00 AEDT = 17:00Z
      expect(api.between("2026-10-04", "2026-10-05")).toBe(30 * MINUTE);
    },
  },
  {
    name: "Australia/Lord_Howe: a 30-minute shift",
    def: { timezone: "Australia/Lord_Howe", hours: "24x7" },
    check(api) {
      expect(api.between("2026-10-04", "2026-10-05")).toBe(23.5 * HOUR);
      expect(api.between("2026-04-05", "2026-04-06")).toBe(24.5 * HOUR);
      // 02:15 on 2026-10-04 is in the gap → 02:45 (+11) = 15:45Z on the 3rd
      expect(api.next("2026-10-04T02:15")).toBe("2026-10-03T15:45:00.000Z");
      // 01:45 on 2026-04-05 is ambiguous → the earlier (+11) = 14:45Z on the 4th
      expect(api.next("2026-04-05T01:45")).toBe("2026-04-04T14:45:00.000Z");
    },
  },
  {
    name: "Asia/Kolkata and Asia/Kathmandu: fixed half- and quarter-hour offsets",
    def: { timezone: "Asia/Kathmandu", hours: weekdays([["09:00", "17:00"]]) },
    check(api) {
      expect(api.next("2026-03-02T00:00Z")).toBe("2026-03-02T03:15:00.000Z");
      expect(api.add("2026-03-02T16:00", "2h")).toBe("2026-03-03T04:15:00.000Z");
    },
  },
  {
    name: "America/St_Johns: -03:30 / -02:30",
    def: { timezone: "America/St_Johns", hours: weekdays([["09:00", "17:00"]]) },
    check(api) {
      // Fri 2026-03-06 16:00 NST (19:30Z) + 2h → Mon 2026-03-09 10:00 NDT (12:30Z)
      expect(api.add("2026-03-06T16:00", "2h")).toBe("2026-03-09T12:30:00.000Z");
      expect(api.subtract("2026-03-09T10:00", "2h")).toBe("2026-03-06T19:30:00.000Z");
    },
  },
  {
    name: "Pacific/Chatham: transitions at 02:45 / 03:45 local",
    def: { timezone: "Pacific/Chatham", hours: { sun: [["02:00", "05:00"]] } },
    check(api) {
      // 2026-04-05: 03:45 +13:45 → 02:45 +12:45. 02:00 +13:45 = 12:15Z (4th); 05:00 +12:45 = 16:15Z
      expect(api.between("2026-04-05", "2026-04-06")).toBe(4 * HOUR);
      // 2026-09-27: 02:45 +12:45 → 03:45 +13:45. 02:00 +12:45 = 13:15Z (26th); 05:00 +13:45 = 15:15Z
      expect(api.between("2026-09-27", "2026-09-28")).toBe(2 * HOUR);
    },
  },
  {
    name: "America/Santiago: midnight transitions, 25- and 23-hour days",
    def: { timezone: "America/Santiago", hours: "24x7" },
    check(api) {
      expect(api.between("2026-04-04", "2026-04-05")).toBe(25 * HOUR);
      expect(api.between("2026-09-06", "2026-09-07")).toBe(23 * HOUR);
      // 2026-09-06 00:00 does not exist: it starts at 01:00 -03 (04:00Z)
      expect(api.addDays("2026-09-05T00:00", 1)).toBe("2026-09-06T04:00:00.000Z");
      // the second 23:30 of 2026-04-04 (03:30Z) still belongs to 2026-04-04
      expect(api.daysBetween("2026-04-05T03:30Z", "2026-04-05T04:00Z")).toBe(2);
      expect(api.daysBetween("2026-04-05T02:30Z", "2026-04-05T03:30Z")).toBe(1);
    },
  },
  {
    name: "America/Santiago: a Saturday-evening shift over the midnight fall-back",
    def: { timezone: "America/Santiago", hours: { sat: [["22:00", "02:00"]] } },
    check(api) {
      // Sat 2026-04-04 22:00 -03 (01:00Z) → Sun 02:00 -04 (06:00Z): 5 hours
      expect(api.between("2026-04-04", "2026-04-06")).toBe(5 * HOUR);
      // Sat 2026-09-05 22:00 -04 (02:00Z) → Sun 02:00 -03 (05:00Z): 3 hours
      expect(api.between("2026-09-05", "2026-09-07")).toBe(3 * HOUR);
    },
  },
];

describe.each([
  ["real implementation", realApi],
  ["reference", referenceApi],
] as const)("%s: named DST cases", (_side, make) => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    c.check(make(c.def));
  });
});
