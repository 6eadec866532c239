/**
 * The per-calendar caches (the two most recently used years, the year blocks, the per-year totals
 * and their running sums; `availability`'s maintenance clock too) never change an answer: a long-lived policy, asked a random sequence of
 * questions at and around local New Years (where one cached year hands over to the next), answers
 * each exactly as a freshly compiled copy of the same policy does (a copy made distinct, so that
 * it is not handed the same shared calendar).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { policyInZoneArb, type PolicyJson } from "../support/arbitraries.js";
import { outcomeOf } from "../support/compareWithReference.js";
import { params } from "../support/runs.js";
import { startOfDay, dayOf } from "../reference/wallClock.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// zones with New Year offsets of every sign, a 30-minute DST (Lord Howe) and a skipped date (Apia, 2011-12-30)
const ZONES = ["UTC", "Pacific/Apia", "Australia/Lord_Howe", "America/St_Johns", "Asia/Kathmandu", "Pacific/Chatham"] as const;

/** Instants at, just before and just after the local New Years 2011–2013, and in mid-year. */
function instantArb(zone: string): fc.Arbitrary<number> {
  return fc.record({ year: fc.integer({ min: 2011, max: 2013 }), at: fc.constantFrom(0, 0, 0, -1, 1, -HOUR, HOUR, -DAY - 1, 180 * DAY) }).map(({ year, at }) => startOfDay(zone, dayOf(year, 1, 1)) + at);
}

type Query = { kind: number; a: number; b: number; n: number };

function queryArb(zone: string): fc.Arbitrary<Query> {
  return fc.record({ kind: fc.integer({ min: 0, max: 8 }), a: instantArb(zone), b: instantArb(zone), n: fc.integer({ min: -3, max: 3 }) });
}

function ask(p: sla.Policy, q: Query): unknown {
  const d = Math.abs(q.n) * 5 * HOUR + 1;
  switch (q.kind) {
    case 0:
      return sla.isBusinessTime(p, q.a);
    case 1:
      return sla.nextBusinessTime(p, q.a);
    case 2:
      return sla.businessTimeBetween(p, q.a, q.b);
    case 3:
      return sla.addBusinessTime(p, q.a, d);
    case 4:
      return sla.subtractBusinessTime(p, q.b, d);
    case 5:
      return sla.businessIntervals(p, Math.min(q.a, q.b), Math.max(q.a, q.b));
    case 6:
      return sla.businessDaysBetween(p, q.a, q.b);
    case 7:
      return sla.addBusinessDays(p, q.a, q.n);
    default: {
      // (through the maintenance clock's own year blocks and running sums)
      const from = Math.min(q.a, q.b);
      const r = sla.availability(p, { from, to: Math.max(q.a, q.b), outages: [{ start: from, end: from + d }] });
      return [[r.maintenance, r.downtime]];
    }
  }
}

/** Random policies, and desks open around the clock (the only ones open at the very instant a year starts). */
function policyArb(zone: string): fc.Arbitrary<PolicyJson> {
  return fc.oneof(
    policyInZoneArb(zone),
    fc.constant<PolicyJson>({ timezone: zone, hours: "24x7" }),
    fc.constant<PolicyJson>({ timezone: zone, hours: "24x7", holidays: [{ annual: "01-02" }, { date: "2012-12-31", hours: [["12:00", "24:00"]] }] }),
  );
}

/**
 * A copy of `def` whose calendars are compiled afresh: identical definitions share one compiled
 * calendar and its caches (sharedCalendar.ts), so a plain copy would be asked through the very
 * caches under test. The copy differs only by a holiday and a one-minute maintenance window in the
 * year 1000, which no query reaches (the window makes `availability`'s maintenance clock its own).
 */
let copies = 0;
function distinctCopy(def: PolicyJson): PolicyJson {
  const copy = structuredClone(def) as PolicyJson & { holidays?: unknown[] };
  const day = new Date(Date.UTC(1000, 0, 1) + (copies++ % 365) * DAY).toISOString().slice(0, 10);
  copy.holidays = [...(copy.holidays ?? []), { date: day }];
  const maintenance = (copy.maintenance ?? {}) as { windows?: unknown[] };
  copy.maintenance = { ...maintenance, windows: [...(maintenance.windows ?? []), { start: `${day}T12:00`, end: `${day}T12:01` }] };
  return copy;
}

const caseArb = fc.constantFrom(...ZONES).chain((zone) =>
  fc.record({ def: policyArb(zone), queries: fc.array(queryArb(zone), { minLength: 6, maxLength: 16 }) }),
);

describe("cached calendars answer like fresh ones", () => {
  it("a random sequence of questions around New Year, on one policy vs a new copy per question", () => {
    fc.assert(
      fc.property(caseArb, ({ def, queries }: { def: PolicyJson; queries: Query[] }) => {
        const shared = sla.definePolicy(def);
        for (const q of queries) {
          const fresh = sla.definePolicy(distinctCopy(def));
          expect(fresh.compiled.business).not.toBe(shared.compiled.business);
          expect(outcomeOf(() => ask(shared, q)), JSON.stringify(q)).toEqual(outcomeOf(() => ask(fresh, q)));
        }
      }),
      params(60),
    );
  });
});
