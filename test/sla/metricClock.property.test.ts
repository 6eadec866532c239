/**
 * The clock reader of an evaluation (`ClockReader` in src/sla/metricClock.ts) reads a ticket's
 * marks by stepping forward through the year's segments from the previous mark, with a binary
 * search after eight steps and `measure` beyond the origin's year; it counts on from a mark through
 * its year block (from the last mark read, stepping forward from its segment first), else through
 * `advance`; a year open throughout (24×7) is read as elapsed time. Whatever path it takes, it
 * gives what the library's business-time arithmetic gives (itself checked against the reference
 * elsewhere).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { compiledOf } from "../../src/calendar/definePolicy.js";
import { ClockReader } from "../../src/sla/metricClock.js";
import type { TicketHistory } from "../../src/sla/ticketHistory.js";
import { policyWithInstantsArb } from "../support/arbitraries.js";
import { cachedPair, outcomeOf } from "../support/compareWithReference.js";
import { params } from "../support/runs.js";
import { measuredAcross } from "../reference/referenceAcross.js";
import { RefHorizonError, referenceOf } from "../reference/referenceBusinessTime.js";

const H = 3_600_000;

/** A history with only what the reader reads: ascending, distinct marks from the first. */
function historyOf(instants: number[]): TicketHistory {
  const marks = [...new Set(instants)].sort((a, b) => a - b);
  return { marks, modes: marks.slice(1).map(() => 0) } as unknown as TicketHistory;
}

describe("ClockReader reads marks as the business-time arithmetic does", () => {
  it("positions of marks equal businessTimeBetween(origin, mark); counting on from a mark equals addBusinessTime", () => {
    let read = 0;
    let cases = 0;
    fc.assert(
      fc.property(
        policyWithInstantsArb(12),
        fc.array(fc.oneof(fc.integer({ min: 1, max: 8 * H }), fc.integer({ min: 1, max: 2_000 * H })), { minLength: 3, maxLength: 3 }),
        ({ def, instants }, durations) => {
          const { real } = cachedPair(def);
          const h = historyOf(instants);
          const origin = h.marks[0]!;
          cases++;
          let clock: ClockReader;
          try {
            clock = new ClockReader(compiledOf(real).business, h, false);
          } catch (e) {
            // the origin's year cannot be built (zone data): the arithmetic refuses it too
            expect(outcomeOf(() => sla.businessTimeBetween(real, origin, origin + 1))).toBeTypeOf("string");
            return;
          }
          read++;
          for (let k = 0; k < h.marks.length; k++) {
            expect(clock.upTo(k)[k]).toBe(sla.businessTimeBetween(real, origin, h.marks[k]!));
          }
          for (const [i, d] of durations.entries()) {
            const k = (i * 5) % h.marks.length;
            const got = outcomeOf(() => clock.advanceFromMark(k, d, "deadline"));
            const want = outcomeOf(() => sla.addBusinessTime(real, h.marks[k]!, d).getTime());
            expect(got).toEqual(want);
          }
          // from the last mark read (a deadline counted on from `now`: the search starts at its segment)
          const last = h.marks.length - 1;
          for (const d of [1, ...durations]) {
            const got = outcomeOf(() => clock.advanceFromMark(last, d, "deadline"));
            expect(got).toEqual(outcomeOf(() => sla.addBusinessTime(real, h.marks[last]!, d).getTime()));
          }
        },
      ),
      params(150),
    );
    // the comparison ran, not skipped
    expect(read).toBeGreaterThan(cases * 0.9);
  });

  it("reads marks months apart (the search after eight steps) and years apart (beyond the origin's year)", () => {
    const p = sla.definePolicy(sla.presets.auvikSupportV2);
    const origin = Date.UTC(2026, 0, 5, 15);
    const marks = [origin, origin + 2 * H, origin + 90 * 24 * H, origin + 400 * 24 * H, origin + 1_000 * 24 * H];
    const clock = new ClockReader(compiledOf(p).business, historyOf(marks), false);
    expect(marks.map((_, k) => clock.upTo(k)[k])).toEqual(marks.map((t) => sla.businessTimeBetween(p, origin, t)));
    expect(clock.advanceFromMark(3, 30 * H, "deadline")).toBe(sla.addBusinessTime(p, marks[3]!, 30 * H).getTime());
  });

  it("at the origin's local year end (the block's end) and across a DST change, as the arithmetic says", () => {
    const p = sla.definePolicy(sla.presets.auvikSupportV2); // America/Toronto
    const yearEnd = Date.UTC(2027, 0, 1, 5); // 2027-01-01T00:00 EST: where the origin's year block ends
    const origin = Date.UTC(2026, 11, 31, 17); // Thu 12:00 EST
    const marks = [origin, yearEnd - 1, yearEnd, yearEnd + 1, Date.UTC(2027, 2, 14, 12)]; // the last on 2027-03-14, the spring-forward Sunday
    const clock = new ClockReader(compiledOf(p).business, historyOf(marks), false);
    expect(marks.map((_, k) => clock.upTo(k)[k])).toEqual(marks.map((t) => sla.businessTimeBetween(p, origin, t)));
    // counting exactly to the end of the year's business time, one ms past it, and from the last ms of the year
    const rest = sla.businessTimeBetween(p, origin, yearEnd);
    for (const [k, d] of [[0, rest], [0, rest + 1], [1, 1], [2, 1]] as const) {
      expect(clock.advanceFromMark(k, d, "deadline")).toBe(sla.addBusinessTime(p, marks[k]!, d).getTime());
    }
    // a ticket created just before the spring-forward (Sun 2026-03-08 02:00 EST → 03:00 EDT; the desk is closed) and read on Monday
    const spring = Date.UTC(2026, 2, 8, 6, 30);
    const around = [spring, Date.UTC(2026, 2, 8, 7), Date.UTC(2026, 2, 9, 9), Date.UTC(2026, 2, 9, 9, 30)];
    const c2 = new ClockReader(compiledOf(p).business, historyOf(around), false);
    expect(around.map((_, k) => c2.upTo(k)[k])).toEqual(around.map((t) => sla.businessTimeBetween(p, spring, t)));
    expect(c2.advanceFromMark(1, 3 * H, "deadline")).toBe(sla.addBusinessTime(p, around[1]!, 3 * H).getTime());
  });

  it("counts on from the last mark read (stepping forward from its segment, then searching) as addBusinessTime does", () => {
    const p = sla.definePolicy(sla.presets.auvikSupportV2); // Mon–Fri 04:00–22:00 Toronto, holidays
    const origin = Date.UTC(2026, 2, 2, 14); // Mon 09:00 EST
    for (const lastAt of [origin + 3 * H, origin + 40 * H, Date.UTC(2026, 11, 24, 20)]) {
      const marks = [origin, origin + H, lastAt];
      const clock = new ClockReader(compiledOf(p).business, historyOf(marks), false);
      expect(clock.upTo(2)[2]).toBe(sla.businessTimeBetween(p, origin, lastAt));
      // from one ms to weeks on: the same segment, the next ones, more than eight segments on
      for (const d of [1, 30 * 60_000, 2 * H, 18 * H, 18 * H + 1, 5 * 18 * H, 40 * 18 * H]) {
        expect(outcomeOf(() => clock.advanceFromMark(2, d, "deadline"))).toEqual(outcomeOf(() => sla.addBusinessTime(p, lastAt, d).getTime()));
      }
    }
  });

  it("on a clock open all year (24×7, read as elapsed time): positions and deadlines across the year end, DST and the next year", () => {
    const p = sla.definePolicy({ timezone: "America/Toronto", hours: "24x7" });
    const origin = Date.UTC(2026, 10, 1, 5, 30); // 00:30 EDT on the fall-back Sunday (a 25-hour day)
    const yearEnd = Date.UTC(2027, 0, 1, 5); // where the origin's year block ends
    const marks = [origin, origin + 2 * H, yearEnd - 1, yearEnd, yearEnd + 7, Date.UTC(2027, 2, 14, 12)];
    const clock = new ClockReader(compiledOf(p).business, historyOf(marks), false);
    expect(marks.map((_, k) => clock.upTo(k)[k])).toEqual(marks.map((t) => sla.businessTimeBetween(p, origin, t)));
    // counting inside the year, to its last ms, one past it (through `advance`), and from beyond it
    for (const [k, d] of [[0, 3 * H], [1, yearEnd - origin - 2 * H], [1, yearEnd - origin - 2 * H + 1], [2, 1], [4, 30 * H]] as const) {
      expect(clock.advanceFromMark(k, d, "deadline")).toBe(sla.addBusinessTime(p, marks[k]!, d).getTime());
    }
  });

  it("past createdAt + 100 years (checkBreaches, prioritize), a stretch is exact up to the cap asked for and a lower bound over it beyond, as the reference measures it in hops", () => {
    // Mon–Fri 09:00–17:00 Paris (LMT, WET and CET on the way); stretches from minutes to 130 years
    const def = { timezone: "Europe/Paris", hours: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]] } };
    const p = sla.definePolicy(def);
    const ref = measuredAcross(referenceOf(def));
    const Y = 36_525 * 24 * H;
    let exact = 0;
    let bounded = 0;
    let refused = 0;
    const settings = params(25);
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(1950, 0, 1) }),
        fc.array(fc.oneof(fc.integer({ min: 1, max: 400 * H }), fc.integer({ min: 1, max: Math.round(1.3 * Y) })), { minLength: 2, maxLength: 4 }),
        fc.array(fc.oneof(fc.integer({ min: -5, max: 40 * H }), fc.integer({ min: 0, max: 2_000_000 * H })), { minLength: 4, maxLength: 4 }),
        (origin, steps, caps) => {
          const marks = [origin];
          for (const d of steps) marks.push(marks[marks.length - 1]! + d);
          fc.pre(marks[marks.length - 1]! < Date.UTC(2300, 0, 1) && marks[marks.length - 1]! - origin > Y);
          const clock = new ClockReader(compiledOf(p).business, historyOf(marks), true);
          clock.upTo(marks.length - 1);
          for (let s = 0; s + 1 < marks.length; s++) {
            const cap = caps[s]!;
            let truth: number;
            try {
              truth = ref.businessTimeBetween(marks[s]!, marks[s + 1]!);
            } catch (e) {
              if (!(e instanceof RefHorizonError)) throw e;
              continue;
            }
            let got: number;
            try {
              got = clock.span(s, cap);
            } catch (e) {
              // refused only when a stretch of over 100 years does not reach cap + 1 within its first 100
              expect(e).toBeInstanceOf(sla.HorizonError);
              expect(marks[s + 1]! - marks[s]! > Y && ref.businessTimeBetween(marks[s]!, marks[s]! + Y) <= cap).toBe(true);
              refused++;
              continue;
            }
            // a negative cap (the count is over already): nothing more is needed, 0 unless known
            if (cap < 0) expect([0, truth]).toContain(got);
            else if (truth <= cap) (expect(got).toBe(truth), exact++);
            else (expect(got).toBeGreaterThan(cap), expect(got).toBeLessThanOrEqual(truth), bounded++);
          }
        },
      ),
      settings,
    );
    console.log(`stretches past the horizon: ${exact} exact, ${bounded} bounded over the cap, ${refused} refused`);
    // Both kinds must be exercised: about one of each per run is usual (fewer runs under FC_SCALE,
    // as in mutation testing, ask for proportionally fewer).
    expect(exact).toBeGreaterThan(settings.numRuns / 5);
    expect(bounded).toBeGreaterThan(settings.numRuns / 5);
  });

  it("past createdAt + 100 years, a stretch holding exactly the cap is exact, and one holding a ms more is cap + 1", () => {
    const p = sla.definePolicy({ timezone: "UTC", hours: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]] } });
    const origin = Date.UTC(1900, 0, 1, 9); // Monday 09:00
    const start = Date.UTC(2026, 0, 5, 13); // Monday 13:00, more than 100 years on: to Tuesday 13:00 is 8 hours, and the clock runs on
    for (const [end, expected] of [[start + 24 * H, 8 * H], [start + 24 * H - 1, 8 * H - 1], [start + 24 * H + 1, 8 * H + 1], [start + 4 * H, 4 * H], [start + 20 * H, 4 * H]] as const) {
      const clock = new ClockReader(compiledOf(p).business, historyOf([origin, start, end]), true);
      clock.upTo(2);
      expect(clock.span(1, 8 * H)).toBe(expected);
    }
  });
});
