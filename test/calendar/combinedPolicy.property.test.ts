/**
 * Combined policies agree with the slow reference (test/reference/, which combines the parts'
 * business time as instants) on random parts in different zones — odd offsets (Kathmandu, Chatham,
 * St John's, Lord Howe) and both hemispheres' DST — and obey the laws of a union and an
 * intersection. Parts come as definitions, compiled policies and nested JSON.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { RefHorizonError, refInstant, referenceOf, type Reference } from "../reference/referenceBusinessTime.js";
import { durationArb, instantArb, policyInZoneArb, zoneArb, type PolicyJson } from "../support/arbitraries.js";
import { asInput, instantFormArb, outcomeOf } from "../support/compareWithReference.js";
import { params } from "../support/runs.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Key = "unionOf" | "intersectionOf";
interface Combined {
  key: Key;
  parts: PolicyJson[];
  /** Parts 1… form one nested part of the other operation. */
  nested: boolean;
  /** Build the real policy with the JSON form (else with unionOf / intersectionOf, odd parts compiled first). */
  json: boolean;
}

const other = (key: Key): Key => (key === "unionOf" ? "intersectionOf" : "unionOf");
const definitionOf = (c: Combined): object =>
  c.nested && c.parts.length > 2 ? { [c.key]: [c.parts[0], { [other(c.key)]: c.parts.slice(1) }] } : { [c.key]: c.parts };

function realOf(c: Combined): sla.Policy {
  if (c.json) return sla.definePolicy(definitionOf(c));
  const def = definitionOf(c) as Record<Key, unknown[]>;
  const parts = def[c.key]!.map((p, i) => (i % 2 === 1 ? sla.definePolicy(p) : p)) as never[];
  return c.key === "unionOf" ? sla.unionOf(...parts) : sla.intersectionOf(...parts);
}

const pairs = new WeakMap<Combined, { real: sla.Policy; ref: Reference }>();
function pairOf(c: Combined): { real: sla.Policy; ref: Reference } {
  let p = pairs.get(c);
  if (p === undefined) pairs.set(c, (p = { real: realOf(c), ref: referenceOf(definitionOf(c)) }));
  return p;
}

const partsArb = (min: number, max: number) =>
  fc.array(zoneArb, { minLength: min, maxLength: max }).chain((zones) => fc.tuple(...zones.map((z) => policyInZoneArb(z))));

const combinedArb = (key?: Key): fc.Arbitrary<Combined> =>
  fc.record({
    key: key === undefined ? fc.constantFrom<Key>("unionOf", "intersectionOf") : fc.constant(key),
    parts: partsArb(2, 4),
    nested: fc.boolean(),
    json: fc.boolean(),
  });

/** A combination and `n` instants, each near a DST transition (or New Year) of one of its parts' zones. */
const withInstants = (n: number, key?: Key) =>
  combinedArb(key).chain((c) =>
    fc.record({ c: fc.constant(c), instants: fc.array(fc.oneof(...c.parts.map((p) => instantArb(p.timezone))), { minLength: n, maxLength: n }) }),
  );

const RUNS = 25;
/** How far the reference is asked to look (the real answer beyond it is only checked to lie beyond it). */
const WINDOW = 120 * DAY;
const run = <T extends [unknown, ...unknown[]]>(p: fc.IProperty<T>, numRuns = RUNS) => fc.assert(p, params(numRuns));

describe("combined policies agree with the reference", () => {
  it("isBusinessTime and nextBusinessTime", () => {
    run(
      fc.property(withInstants(3), instantFormArb, ({ c, instants }, form) => {
        const { real, ref } = pairOf(c);
        for (const t of instants) {
          const at = asInput(c.parts[0]!.timezone, t, form);
          expect(outcomeOf(() => sla.isBusinessTime(real, at as never))).toEqual(outcomeOf(() => ref.isBusinessTime(at)));
          // The reference searches far slowly (an empty intersection scans 100 years): compare within
          // a window, and beyond it only that the real answer lies beyond it too.
          const from = refInstant(ref.policy, at);
          const opening = ref.businessIntervals(from, from + WINDOW)[0]?.[0];
          const got = outcomeOf(() => sla.nextBusinessTime(real, at as never));
          if (opening !== undefined) expect(got).toEqual(opening);
          else expect(got === "HorizonError" || (got as number) >= from + WINDOW).toBe(true);
        }
      }),
    );
  });

  it("businessTimeBetween and businessIntervals, over short and long spans", () => {
    run(
      fc.property(withInstants(2), fc.integer({ min: -DAY, max: 10 * DAY }), ({ c, instants: [a, b] }, length) => {
        const { real, ref } = pairOf(c);
        for (const [x, y] of [[a!, b!], [a!, a! + length], [b!, a!]] as const) {
          expect(outcomeOf(() => sla.businessTimeBetween(real, x, y))).toEqual(outcomeOf(() => ref.businessTimeBetween(x, y)));
          expect(outcomeOf(() => sla.businessIntervals(real, x, y))).toEqual(outcomeOf(() => ref.businessIntervals(x, y)));
        }
      }),
    );
  });

  it("addBusinessTime and subtractBusinessTime", () => {
    run(
      fc.property(withInstants(1), durationArb, ({ c, instants: [a] }, d) => {
        const { real, ref } = pairOf(c);
        // As for nextBusinessTime: the reference answers within a window, the real one must agree
        // there and otherwise answer beyond it (or not at all).
        const added = outcomeOf(() => sla.addBusinessTime(real, a!, d));
        if (ref.businessTimeBetween(a!, a! + WINDOW) >= d) expect(added).toEqual(ref.addBusinessTime(a!, d));
        else expect(added === "HorizonError" || (added as number) > a! + WINDOW).toBe(true);
        const subtracted = outcomeOf(() => sla.subtractBusinessTime(real, a!, d));
        if (ref.businessTimeBetween(a! - WINDOW, a!) >= d) expect(subtracted).toEqual(ref.subtractBusinessTime(a!, d));
        else expect(subtracted === "HorizonError" || (subtracted as number) < a! - WINDOW).toBe(true);
      }),
    );
  });

  it("an intersection with no common hours has no next opening, on both sides", () => {
    const monday = (timezone: string) => ({ timezone, hours: { mon: [["09:00", "10:00"]] } });
    const def = { intersectionOf: [monday("Europe/Berlin"), monday("America/Toronto")] };
    expect(outcomeOf(() => sla.nextBusinessTime(sla.definePolicy(def), "2026-03-02"))).toBe("HorizonError");
    expect(outcomeOf(() => referenceOf(def).nextBusinessTime("2026-03-02"))).toBe("HorizonError");
  }, 60_000);

  it("business days, as local dates of the first part's zone", () => {
    run(
      fc.property(withInstants(2), fc.integer({ min: -5, max: 5 }), ({ c, instants: [a, b] }, n) => {
        const { real, ref } = pairOf(c);
        expect(outcomeOf(() => sla.businessDaysBetween(real, a!, b!))).toEqual(outcomeOf(() => ref.businessDaysBetween(a!, b!)));
        // (the reference's search for a far business day is slow: compare where it lies within the window)
        const near = n >= 0 ? ref.businessDaysBetween(a!, a! + WINDOW) : ref.businessDaysBetween(a! - WINDOW, a!);
        if (near >= Math.abs(n) + 2) expect(outcomeOf(() => sla.addBusinessDays(real, a!, n))).toEqual(outcomeOf(() => ref.addBusinessDays(a!, n)));
      }),
      15,
    );
  });
});

describe("laws of combined policies", () => {
  it("unionOf(p, p) and intersectionOf(p, p) answer exactly as p", () => {
    run(
      fc.property(
        zoneArb.chain((z) => fc.record({ def: policyInZoneArb(z), instants: fc.array(instantArb(z), { minLength: 2, maxLength: 2 }) })),
        durationArb,
        ({ def, instants: [a, b] }, d) => {
          const p = sla.definePolicy(def);
          for (const q of [sla.unionOf(p, p), sla.intersectionOf(def, p), sla.definePolicy({ unionOf: [def, def] })]) {
            expect(outcomeOf(() => sla.businessIntervals(q, a!, a! + 8 * DAY))).toEqual(outcomeOf(() => sla.businessIntervals(p, a!, a! + 8 * DAY)));
            expect(outcomeOf(() => sla.businessTimeBetween(q, a!, b!))).toEqual(outcomeOf(() => sla.businessTimeBetween(p, a!, b!)));
            expect(outcomeOf(() => sla.addBusinessTime(q, a!, d))).toEqual(outcomeOf(() => sla.addBusinessTime(p, a!, d)));
            expect(outcomeOf(() => sla.nextBusinessTime(q, b!))).toEqual(outcomeOf(() => sla.nextBusinessTime(p, b!)));
          }
        },
      ),
      20,
    );
  });

  it("an intersection's business time lies inside each part's", () => {
    run(
      fc.property(withInstants(1, "intersectionOf"), fc.integer({ min: 1, max: 20 * DAY }), ({ c, instants: [a] }, length) => {
        const both = sla.intersectionOf(...(c.parts as never[]));
        const parts = c.parts.map((p) => sla.definePolicy(p));
        for (const { start, end } of sla.businessIntervals(both, a!, a! + length)) {
          for (const p of parts) expect(sla.businessTimeBetween(p, start, end)).toBe(end.getTime() - start.getTime());
        }
      }),
    );
  });

  it("inclusion–exclusion: between(a ∪ b) + between(a ∩ b) = between(a) + between(b)", () => {
    run(
      fc.property(
        partsArb(2, 2).chain((parts) =>
          fc.record({ parts: fc.constant(parts), t: fc.array(fc.oneof(...parts.map((p) => instantArb(p.timezone))), { minLength: 2, maxLength: 2 }) }),
        ),
        ({ parts: [a, b], t: [x, y] }) => {
          const pa = sla.definePolicy(a);
          const pb = sla.definePolicy(b);
          const between = (p: sla.Policy) => sla.businessTimeBetween(p, x!, y!);
          expect(between(sla.unionOf(pa, pb)) + between(sla.intersectionOf(pa, pb))).toBe(between(pa) + between(pb));
        },
      ),
      40,
    );
  });
});

describe("the reference itself", () => {
  it("a combined reference is open exactly when any / every part's reference is", () => {
    run(
      fc.property(withInstants(4), ({ c, instants }) => {
        const combined = referenceOf({ [c.key]: c.parts });
        const parts = c.parts.map((p) => referenceOf(p));
        for (const t of instants) {
          const open = parts.map((r) => r.isBusinessTime(t));
          expect(combined.isBusinessTime(t)).toBe(c.key === "unionOf" ? open.some(Boolean) : open.every(Boolean));
        }
      }),
      15,
    );
  });
});

// RefHorizonError is compared through outcomeOf; keep the import visible to readers of failures.
void RefHorizonError;
