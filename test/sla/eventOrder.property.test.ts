/**
 * `readTicket` sorts a ticket's events by instant, stably: events at the same instant keep their
 * input order. Short lists are sorted by insertion, longer ones (over sixteen) by `Array#sort`;
 * both give the order of an independent stable sort.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compiledOf } from "../../src/calendar/definePolicy.js";
import { readTicket } from "../../src/sla/ticketTimeline.js";
import { desk } from "./slaFixtures.js";
import { params } from "../support/runs.js";

const created = Date.UTC(2026, 10, 30, 14);
const MIN = 60_000;

describe("events are sorted by instant; ties keep their input order", () => {
  it("for lists of 0–40 events with many ties, as a stable sort of the input gives", () => {
    const c = compiledOf(desk);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 40 }), (minutes) => {
        // each event names its input position (the group of an `assign`), to see where it went
        const events = minutes.map((m, i) => ({ type: "assign", at: created + m * MIN, group: String(i) }));
        const t = readTicket(c, { createdAt: created, severity: "sev1", events }, created + 10 * MIN);
        const want = minutes.map((m, i) => ({ m, i })).sort((a, b) => a.m - b.m || a.i - b.i); // (independent: ties by index)
        expect(t.events.map((e) => e.arg)).toEqual(want.map((w) => String(w.i)));
        expect(t.events.map((e) => e.at)).toEqual(want.map((w) => created + w.m * MIN));
      }),
      params(300),
    );
  });

  it("on both sides of sixteen events: reversed lists of 16 and 17 come out ascending, ties in input order", () => {
    const c = compiledOf(desk);
    for (const n of [16, 17]) {
      const events = Array.from({ length: n }, (_, i) => ({ type: "assign", at: created + (n - 1 - (i >> 1)) * MIN, group: String(i) }));
      const t = readTicket(c, { createdAt: created, severity: "sev1", events }, created + 60 * MIN);
      const want = events.map((e, i) => ({ at: e.at, i })).sort((a, b) => a.at - b.at || a.i - b.i);
      expect(t.events.map((e) => e.arg)).toEqual(want.map((w) => String(w.i)));
    }
  });
});

describe("sorting never turns quadratic", () => {
  it("100,000 events in reverse order are read well under the seconds an insertion sort of them takes", () => {
    const c = compiledOf(desk);
    const n = 100_000;
    const events = Array.from({ length: n }, (_, i) => ({ type: "update", at: created + (n - i) * 1_000 }));
    const t0 = performance.now();
    const t = readTicket(c, { createdAt: created, severity: "sev1", events }, created + (n + 1) * 1_000);
    const ms = performance.now() - t0;
    expect(t.events[0]!.at).toBe(created + 1_000);
    expect(t.events[n - 1]!.at).toBe(created + n * 1_000);
    // (about 0.1 s here; an insertion sort of these moves 5·10⁹ events)
    expect(ms).toBeLessThan(2_000);
  });
});
