/**
 * `closedTime` (the labels behind `explainDeadline`) agrees with a naive reference on random
 * policies near DST transitions: its spans are sorted and disjoint, together with the open segments
 * they cover the range exactly, and each span's reason is the reference's reason at every instant
 * of the span (checked at the span's start and at every instant where the reference's reason could
 * change, so the comparison is exact, not sampled).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import type { Calendar } from "../../src/calendar/calendar.js";
import { closedTime } from "../../src/calendar/closedTime.js";
import { compiledOf } from "../../src/calendar/definePolicy.js";
import { openSegments } from "../../src/calendar/openSegments.js";
import { refClockSegments, refReasonAt, refReasonBoundaries } from "../reference/referenceClosedReasons.js";
import { businessSegments } from "../reference/referenceSegments.js";
import type { RefPolicy } from "../reference/referencePolicy.js";
import { startOfDay } from "../reference/wallClock.js";
import { instantArb, policyInZoneArb, policyWithInstantsArb, zoneArb } from "../support/arbitraries.js";
import { referenceOf } from "../reference/referenceBusinessTime.js";
import { cachedPair } from "../support/compareWithReference.js";
import { params } from "../support/runs.js";

const HOUR = 3_600_000;
const iso = (t: number) => new Date(t).toISOString();

function check(cal: Calendar, ref: RefPolicy, from: number, to: number, clock: boolean): void {
  const closed = closedTime(cal, from, to, "test");
  const open = openSegments(cal, from, to, "test");
  // the open segments themselves are the reference's (business hours, or the clock minus pausing windows)
  const pairs = Array.from({ length: open.length / 2 }, (_, i) => [open[2 * i]!, open[2 * i + 1]!]);
  expect(pairs).toEqual(clock ? refClockSegments(ref, from, to) : businessSegments(ref, from, to));
  // closed spans and open segments tile [from, to) exactly
  const pieces = [...closed.map((c) => [c.start, c.end] as const), ...Array.from({ length: open.length / 2 }, (_, i) => [open[2 * i]!, open[2 * i + 1]!] as const)];
  pieces.sort((a, b) => a[0] - b[0]);
  let cursor = from;
  for (const [s, e] of pieces) {
    expect(s, `piece starting ${iso(s)}`).toBe(cursor);
    expect(e).toBeGreaterThan(s);
    cursor = e;
  }
  expect(cursor).toBe(to === from ? from : to);
  // sorted by start, each with the reference's reason throughout
  const boundaries = refReasonBoundaries(ref, from, to);
  let k = 0;
  for (let i = 0; i < closed.length; i++) {
    const c = closed[i]!;
    if (i > 0) expect(c.start).toBeGreaterThanOrEqual(closed[i - 1]!.end);
    // a name only where there is one (no `name: undefined` key), and never on plain closed time
    if (c.reason === "closed" || c.name === undefined) expect(c).not.toHaveProperty("name");
    while (k < boundaries.length && boundaries[k]! <= c.start) k++;
    for (let j = k - 1; j < boundaries.length && (j < 0 || boundaries[j]! < c.end); j++) {
      const t = j < k ? c.start : boundaries[j]!;
      expect(refReasonAt(ref, t, clock), `${c.reason} span ${iso(c.start)}–${iso(c.end)}, at ${iso(t)}`).toBe(c.reason);
    }
  }
}

/**
 * A policy and a range of up to 10 days, starting at an instant near a DST transition or, half of the
 * time, a little before one of the policy's closures, one-off windows or dated holidays (random
 * instants rarely meet those).
 */
const rangeArb = policyWithInstantsArb(1).chain(({ def, instants }) =>
  fc.record({ def: fc.constant(def), from: fc.constant(instants[0]!), hours: fc.integer({ min: 0, max: 10 * 24 }), anchor: fc.nat(), back: fc.integer({ min: 0, max: 48 }) }),
);

function startOf(ref: RefPolicy, r: { from: number; anchor: number; back: number }): number {
  const anchors = [...ref.closures.map((c) => c[0]), ...ref.oneOffWindows.map((w) => w[0]), ...[...ref.dates.keys()].map((d) => startOfDay(ref.zone, d))];
  return anchors.length > 0 && r.anchor % 2 === 0 ? anchors[(r.anchor >> 1) % anchors.length]! - r.back * HOUR : r.from;
}

describe("closedTime of an empty or reversed range", () => {
  it("is empty", () => {
    const cal = compiledOf(sla.definePolicy({ timezone: "UTC", hours: { mon: [["09:00", "17:00"]] } })).business;
    const t = Date.UTC(2026, 10, 28);
    expect(closedTime(cal, t, t, "test")).toEqual([]);
    expect(closedTime(cal, t + HOUR, t, "test")).toEqual([]);
  });
});

/** The property for one of a policy's two calendars, on random policies and ranges. */
const agreesOn = (clock: boolean) =>
  fc.property(rangeArb, (r) => {
    const { real, ref } = cachedPair(r.def);
    const from = startOf(ref.policy, r);
    const compiled = compiledOf(real);
    check(clock ? compiled.clock : compiled.business, ref.policy, from, from + r.hours * HOUR, clock);
  });

describe("closedTime agrees with the reference", () => {
  it("on the business calendar: every non-running instant is labelled maintenance, holiday or closed as the reference says", () => {
    fc.assert(agreesOn(false), params(80));
  });

  it("on the calendar clock: only maintenance windows that pause the clocks stop it", () => {
    fc.assert(agreesOn(true), params(40));
  });
});

/** Two or three random parts in their own zones, combined, and a range of up to 5 days near one part's transitions. */
const combinedRangeArb = fc
  .array(zoneArb, { minLength: 2, maxLength: 3 })
  .chain((zones) => fc.tuple(...zones.map((z) => policyInZoneArb(z))))
  .chain((parts) =>
    fc.record({
      def: fc.constantFrom({ unionOf: parts }, { intersectionOf: parts }),
      from: fc.oneof(...parts.map((p) => instantArb(p.timezone))),
      hours: fc.integer({ min: 0, max: 5 * 24 }),
    }),
  );

describe("closedTime of a combined policy agrees with the reference", () => {
  it("labels each skipped instant with the reason every non-running part gives there, else closed", () => {
    fc.assert(
      fc.property(combinedRangeArb, fc.boolean(), (r, clock) => {
        const compiled = compiledOf(sla.definePolicy(r.def));
        const ref = referenceOf(r.def).policy;
        check(clock ? compiled.clock : compiled.business, ref, r.from, r.from + r.hours * HOUR, clock);
      }),
      params(40),
    );
  });
});

describe("closedTime of unionOf(p, p)", () => {
  it("is exactly p's, span for span (explainDeadline answers as for p)", () => {
    fc.assert(
      fc.property(rangeArb, fc.boolean(), (r, clock) => {
        const p = sla.definePolicy(r.def);
        const q = sla.unionOf(r.def, p);
        const pick = (x: sla.Policy) => (clock ? compiledOf(x).clock : compiledOf(x).business);
        expect(closedTime(pick(q), r.from, r.from + r.hours * HOUR, "test")).toEqual(closedTime(pick(p), r.from, r.from + r.hours * HOUR, "test"));
      }),
      params(60),
    );
  });
});

describe("closedTime of a combined policy whose closed parts are on differently named holidays", () => {
  it("labels the span holiday without a name (seed -311874929: Easter Monday in Sydney, Chatham's changed hours)", () => {
    const def: sla.PolicyCombinationDefinition = {
      unionOf: [
        { timezone: "Australia/Sydney", hours: { mon: [["01:12", "11:42"]] }, holidays: [{ region: "AU-NSW", types: ["public", "bank"], observed: "next" }] },
        { timezone: "Pacific/Chatham", hours: { sun: [["20:35", "04:05"]] }, holidays: [{ annual: "04-05", hours: [["15:30", "21:27"]] }] },
      ],
    };
    const from = Date.parse("2026-04-04T14:00:00Z");
    const to = from + 26 * HOUR;
    const compiled = compiledOf(sla.definePolicy(def));
    check(compiled.business, referenceOf(def).policy, from, to, false);
    const t = Date.parse("2026-04-05T15:15:00Z"); // Mon 01:15 in Sydney (Easter Monday), Mon 04:00 in Chatham
    const span = closedTime(compiled.business, from, to, "test").find((c) => c.start <= t && t < c.end);
    expect(span).toMatchObject({ reason: "holiday" });
    expect(span).not.toHaveProperty("name");
  });
});
