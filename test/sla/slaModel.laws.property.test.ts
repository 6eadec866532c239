/**
 * Laws of the SLA model v2 (CONTRACT §6) on random policies and event logs, checked on the library
 * itself (the agreement with the reference is slaModel.property.test.ts):
 * - statuses that change nothing change nothing: when the first listed status neither pauses nor
 *   resolves and the ticket has no status events, the built-in metrics are the same with and
 *   without `statuses`;
 * - `nextChangeAt` is exact: with no new events, evaluating 1 ms before it and at it differs in a
 *   threshold or a breach, and nothing of the kind changes between `now` and it (nor ever, when it
 *   is null);
 * - counted time adds up: timeIn metrics over complementary sets of statuses sum to the resolution
 *   clock's elapsed time;
 * - a threshold's `at` is the first instant its `reached` holds.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HorizonError, businessIntervals, definePolicy, evaluateTicket } from "../../src/index.js";
import type { Policy } from "../../src/index.js";
import type { PolicyJson } from "../support/arbitraries.js";
import { abstractTicketArb, concreteTicket, slaModelPolicyArb, type AbstractTicket, type ConcreteTicket } from "../support/slaArbitraries.js";

const MIN = 60_000;
const H = 60 * MIN;
const DAY = 24 * H;
const RUNS = Number(process.env["SLA_LAW_RUNS"] ?? 40);
const BUILT_IN = ["firstResponse", "update", "resolution", "nextReply", "ownership"] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Status = any;

/** f(), or undefined on a HorizonError (a calendar with little business time). */
function unlessHorizon<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof HorizonError) return undefined;
    throw e;
  }
}

const evaluate = (p: Policy, t: ConcreteTicket, now: number): Status | undefined => unlessHorizon(() => evaluateTicket(p, t as never, now));

/** The ticket as it stood at `now`: later events dropped, so that evaluating it later adds no event. */
const asOf = (t: ConcreteTicket, now: number): ConcreteTicket => ({ ...t, events: t.events.filter((e) => e.at <= now) });

/** What a scheduler watches: per metric, its status, breaches and which thresholds are reached. */
function watched(s: Status): string {
  const out: Record<string, unknown> = {};
  for (const [k, m] of Object.entries<Status>(s.metrics)) out[k] = [m.status, m.breaches, m.thresholds.map((t: { reached: boolean }) => t.reached)];
  return JSON.stringify(out);
}

/** Random tickets on a random v2 policy, made concrete (events at business boundaries included). */
const casesArb = (perPolicy: number) =>
  fc.tuple(slaModelPolicyArb, fc.array(abstractTicketArb, { minLength: perPolicy, maxLength: perPolicy }));

/** A concrete ticket of a generated one, its events at this policy's business boundaries among others. */
function concrete(def: PolicyJson, p: Policy, anchors: number[], abstract: AbstractTicket): { ticket: ConcreteTicket; now: number } {
  const createdAt = anchors[abstract.created % anchors.length]!;
  const boundaries =
    unlessHorizon(() => businessIntervals(p, createdAt, createdAt + 6 * DAY).flatMap((i) => [i.start.getTime(), i.end.getTime()])) ?? [];
  return concreteTicket(abstract, createdAt, boundaries, def["statuses"] === undefined ? null : Object.keys(def["statuses"] as object));
}

describe("SLA model v2 laws", () => {
  it("when the first status neither pauses nor resolves and no status event occurs, built-in metrics are the same without statuses", () => {
    let compared = 0;
    fc.assert(
      fc.property(casesArb(12), ([{ def, anchors }, tickets]) => {
        if (def["statuses"] === undefined) return;
        // Both sides without targets for the timeIn metrics: the law is about the built-in metrics,
        // and a timeIn clock that can never run (all its business time paused) makes the whole
        // evaluation a HorizonError on one side only. Statuses keep the built-in metrics they pause.
        const timeIn = Object.keys((def["timeIn"] as object | undefined) ?? {});
        const statuses = Object.fromEntries(
          Object.entries(def["statuses"] as Record<string, Record<string, unknown>>).map(([name, rule]) => {
            const pauses = rule["pauses"];
            if (!Array.isArray(pauses)) return [name, rule];
            const kept = pauses.filter((m: string) => !timeIn.includes(m));
            return [name, { ...rule, pauses: kept.length > 0 ? kept : false }];
          }),
        );
        const first = Object.keys(statuses)[0]!;
        statuses[first] = {}; // runs every clock
        const severities = Object.fromEntries(
          Object.entries(def["severities"] as Record<string, { targets: Record<string, unknown> }>).map(([k, sev]) => [
            k,
            { targets: Object.fromEntries(Object.entries(sev.targets).filter(([m]) => !timeIn.includes(m))) },
          ]),
        );
        const { statuses: _s, timeIn: _t, ...rest } = def;
        const withStatuses = definePolicy({ ...rest, statuses, timeIn: def["timeIn"], severities }); // the timeIn rules stay, untargeted
        const without = definePolicy({ ...rest, severities });
        for (const a of tickets) {
          const { ticket, now } = concrete(def, without, anchors, { ...a, status: undefined, events: a.events.filter((e) => e.type !== "status") });
          const x = evaluate(withStatuses, ticket, now);
          const y = evaluate(without, ticket, now);
          if (x === undefined || y === undefined) {
            expect(x === undefined).toBe(y === undefined);
            continue;
          }
          for (const m of BUILT_IN) expect(x.metrics[m]).toEqual(y.metrics[m]);
          expect(x.state).toBe(y.state);
          expect(x.status).toBe(first);
          expect(y.status).toBeUndefined();
          compared++;
        }
      }),
      { numRuns: RUNS },
    );
    expect(compared).toBeGreaterThan(RUNS * 4);
  });

  it("nextChangeAt is exact: at it a threshold or a breach changes, and nothing does from now until 1 ms before it", () => {
    let exact = 0;
    let never = 0;
    fc.assert(
      fc.property(casesArb(10), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }), ([{ def, anchors }, tickets], fractions) => {
        const p = definePolicy(def);
        for (const a of tickets) {
          const { ticket: full, now } = concrete(def, p, anchors, a);
          const ticket = asOf(full, now);
          const s = evaluate(p, ticket, now);
          if (s === undefined) continue;
          const here = watched(s);
          const c: number | null = s.nextChangeAt === null ? null : s.nextChangeAt.getTime();
          if (c === null) {
            // with no new events nothing runs unbreached: nothing of the kind ever changes
            for (const f of fractions) {
              const later = evaluate(p, ticket, Math.max(now, full.createdAt) + Math.floor(f * 60 * DAY));
              if (later !== undefined) expect(watched(later)).toBe(here);
            }
            never++;
            continue;
          }
          expect(c).toBeGreaterThan(now);
          const before = evaluate(p, ticket, c - 1);
          const at = evaluate(p, ticket, c);
          if (before === undefined || at === undefined) continue;
          expect(watched(before)).toBe(here);
          expect(watched(at)).not.toBe(here);
          for (const f of fractions) {
            const u = now + Math.floor(f * (c - 1 - now));
            const mid = evaluate(p, ticket, u);
            if (mid !== undefined) expect(watched(mid)).toBe(here);
          }
          exact++;
        }
      }),
      { numRuns: RUNS },
    );
    expect(exact).toBeGreaterThan(RUNS * 2);
    expect(never).toBeGreaterThan(0);
  });

  it("counted time adds up: timeIn over complementary status sets sums to the resolution clock's elapsed time", () => {
    let checked = 0;
    const kindArb = fc.record({ clock: fc.constantFrom("business", "calendar"), pausable: fc.boolean() });
    fc.assert(
      fc.property(
        casesArb(24),
        kindArb,
        fc.array(fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.constant({ pauses: true }) }, { weight: 1, arbitrary: fc.constant({ resolves: true }) }), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 63 }),
        fc.array(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 5 })), { minLength: 1, maxLength: 4 }), { minLength: 24, maxLength: 24 }),
        fc.array(fc.integer({ min: 1, max: 5 * DAY }), { minLength: 24, maxLength: 24 }),
        ([{ def, anchors }, tickets], kind, kinds, mask, moves, lives) => {
          // statuses that pause all or nothing (a `pauses` list would stop one side only)
          const names = ["new", "open", "pending", "on-hold", "solved", "closed"];
          const statuses = Object.fromEntries(names.map((n, i) => [n, i === 0 ? {} : kinds[i]!])); // tickets start counting
          const inA = names.filter((_, i) => (mask >> i) & 1);
          const inB = names.filter((_, i) => !((mask >> i) & 1));
          if (inA.length === 0 || inB.length === 0) return;
          const target = { duration: "400h", ...kind };
          const { timeIn: _t, severities: _sev, warnAt: _w, ...rest } = def;
          const policyDef = { ...rest, statuses, timeIn: { sideA: inA, sideB: inB }, severities: { s1: { targets: { resolution: target, sideA: target, sideB: target } } } };
          const p = definePolicy(policyDef);
          tickets.forEach((a, k) => {
            const { ticket } = concrete(policyDef as PolicyJson, p, anchors, { ...a, severity: "s1", events: a.events.filter((e) => e.type !== "severity") });
            // status changes spread over the ticket's first days, to statuses of either side
            const span = lives[k]!;
            const now = ticket.createdAt + span;
            for (const [f, i] of moves[k]!) ticket.events.push({ type: "status", at: ticket.createdAt + Math.floor(f * span), status: names[i]! });
            const s = evaluate(p, ticket, now);
            if (s === undefined) return;
            const m = s.metrics;
            expect(m.sideA.elapsed + m.sideB.elapsed).toBe(m.resolution.elapsed);
            if (m.sideA.elapsed > 0 && m.sideB.elapsed > 0) checked++;
          });
        },
      ),
      { numRuns: RUNS },
    );
    expect(checked).toBeGreaterThan(RUNS); // both sides counted time in about one ticket in twelve
  });

  it("a threshold's `at` is the first instant its `reached` holds (future ones with no new events; past ones as the ticket stood)", () => {
    let future = 0;
    let past = 0;
    fc.assert(
      fc.property(casesArb(10), ([{ def, anchors }, tickets]) => {
        const p = definePolicy(def);
        const single = ["firstResponse", "resolution", ...Object.keys((def["timeIn"] as object | undefined) ?? {})];
        for (const a of tickets) {
          // no re-triage: the target in force at `now` was in force all along
          const { ticket: full, now } = concrete(def, p, anchors, { ...a, events: a.events.filter((e) => e.type !== "severity") });
          const ticket = asOf(full, now);
          const s = evaluate(p, ticket, now);
          if (s === undefined) continue;
          for (const metric of Object.keys(s.metrics)) {
            const m = s.metrics[metric];
            m.thresholds.forEach((th: { at: Date | null; reached: boolean }, i: number) => {
              if (th.at === null) return;
              const t = th.at.getTime();
              if (!th.reached && m.status === "running") {
                const before = evaluate(p, ticket, t - 1);
                const at = evaluate(p, ticket, t);
                if (before === undefined || at === undefined) return;
                expect(before.metrics[metric].thresholds[i].reached).toBe(false);
                expect(at.metrics[metric].thresholds[i].reached).toBe(true);
                future++;
              } else if (th.reached && single.includes(metric) && t > full.createdAt) {
                // (as above: an instant where another metric's deadline lies beyond the horizon, a
                // policy whose clock never runs, has no status to compare; seed 28550140)
                const before = evaluate(p, ticket, t - 1);
                const at = evaluate(p, ticket, t);
                if (before === undefined || at === undefined) return;
                expect(before.metrics[metric].thresholds[i].reached).toBe(false);
                expect(at.metrics[metric].thresholds[i].reached).toBe(true);
                past++;
              }
            });
          }
        }
      }),
      { numRuns: RUNS },
    );
    expect(future).toBeGreaterThan(RUNS);
    expect(past).toBeGreaterThan(RUNS);
  });
});
