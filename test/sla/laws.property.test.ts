/**
 * Laws of the SLA engine on random policies (zones with DST, holidays, overnight hours, pausing
 * maintenance) and random event logs. Where a law needs running time, it is checked against the
 * slow reference (test/reference/), which shares no code with src/.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HorizonError, definePolicy } from "../../src/index.js";
import type { Policy } from "../../src/index.js";
import { computeDeadline } from "../../src/sla/computeDeadline.js";
import { evaluateTicket } from "../../src/sla/evaluateTicket.js";
import { explainDeadline } from "../../src/sla/explainDeadline.js";
import { prioritize } from "../../src/sla/prioritize.js";
import type { MetricStatus, Ticket, TicketEvent, TicketStatus } from "../../src/sla/types.js";
import { RefHorizonError, referenceOf, type Reference } from "../reference/referenceBusinessTime.js";
import { policyWithInstantsArb, type PolicyJson } from "../support/arbitraries.js";
import { seed } from "./slaFixtures.js";

const MIN = 60_000;
const H = 60 * MIN;
const RUNS = Number(process.env["SLA_PROPERTY_RUNS"] ?? 60);
const METRICS = ["firstResponse", "update", "resolution"] as const;
const SEVERITIES = ["s1", "s2", "s3"] as const;

/** f(), or undefined when it (or the reference) hits the horizon (a policy with little or no business time). */
function unlessHorizon<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof HorizonError || e instanceof RefHorizonError) return undefined;
    throw e;
  }
}

// ---------------------------------------------------------------- policies with targets

const durationArb = fc.oneof(
  fc.integer({ min: 1, max: 60 }).map((h) => h * H),
  fc.integer({ min: 1, max: 48 * 60 }).map((m) => m * MIN),
  fc.integer({ min: 1, max: 48 * H }),
);
const kindArb = fc.record({ clock: fc.constantFrom("business", "calendar"), pausable: fc.boolean() });

/** Every severity has every metric; within a metric all severities share clock and pausability. */
const slaPolicyArb = fc
  .tuple(
    policyWithInstantsArb(2),
    fc.tuple(kindArb, kindArb, kindArb),
    fc.array(fc.tuple(durationArb, durationArb, durationArb), { minLength: 3, maxLength: 3 }),
    fc.constantFrom(0.5, 0.75, 1),
  )
  .map(([{ def, instants }, kinds, durations, warnAt]) => {
    const severities: Record<string, unknown> = {};
    SEVERITIES.forEach((key, i) => {
      const targets: Record<string, unknown> = {};
      METRICS.forEach((m, j) => (targets[m] = { duration: durations[i]![j]!, ...kinds[j]! }));
      severities[key] = { targets };
    });
    return { def: { ...def, severities, warnAt } as PolicyJson, instants };
  });

interface Subject {
  def: PolicyJson;
  policy: Policy;
  business: Reference;
  calendar: Reference;
}
const subjects = new WeakMap<object, Subject>();
function subjectOf(def: PolicyJson): Subject {
  let s = subjects.get(def);
  if (s === undefined) {
    const calendarDef = { timezone: def.timezone, hours: "24x7", ...(def.maintenance !== undefined && { maintenance: def.maintenance }) };
    s = { def, policy: definePolicy(def), business: referenceOf(def), calendar: referenceOf(calendarDef) };
    subjects.set(def, s);
  }
  return s;
}
function clockOf(s: Subject, metric: string): Reference {
  const target = (s.def.severities as Record<string, { targets: Record<string, { clock: string }> }>).s1!.targets[metric]!;
  return target.clock === "business" ? s.business : s.calendar;
}

// ---------------------------------------------------------------- tickets

const EVENT_TYPES = ["response", "update", "pause", "resume", "severity", "resolve", "reopen"] as const;
const eventArb = fc.record({
  type: fc.constantFrom(...EVENT_TYPES),
  offset: fc.oneof(fc.integer({ min: 0, max: 7 * 24 * 4 }).map((q) => q * 15 * MIN), fc.integer({ min: 0, max: 7 * 24 * H })),
  severity: fc.constantFrom(...SEVERITIES),
});
const logArb = fc.array(eventArb, { maxLength: 10 });

function ticketOf(createdAt: number, severity: string, log: Array<{ type: string; offset: number; severity: string }>): Ticket {
  const events = log.map((e): TicketEvent =>
    e.type === "severity" ? { type: "severity", at: createdAt + e.offset, severity: e.severity } : { type: e.type as "pause", at: createdAt + e.offset },
  );
  return { id: "T", createdAt, severity, events };
}

const presentMetrics = (s: TicketStatus): MetricStatus[] => METRICS.flatMap((m) => (s.metrics[m] === undefined ? [] : [s.metrics[m]!]));

describe("SLA laws on random policies and event logs", () => {
  it("elapsed never decreases as now advances (firstResponse, resolution)", () => {
    fc.assert(
      fc.property(slaPolicyArb, fc.constantFrom(...SEVERITIES), logArb, fc.integer({ min: -H, max: 9 * 24 * H }), fc.integer({ min: 0, max: 3 * 24 * H }),
        ({ def, instants: [created] }, sev, log, a, delta) => {
          const s = subjectOf(def);
          const t = ticketOf(created!, sev, log);
          const first = unlessHorizon(() => evaluateTicket(s.policy, t, created! + a));
          const later = unlessHorizon(() => evaluateTicket(s.policy, t, created! + a + delta));
          if (first === undefined || later === undefined) return;
          for (const m of ["firstResponse", "resolution"] as const) {
            expect(later.metrics[m]!.elapsed).toBeGreaterThanOrEqual(first.metrics[m]!.elapsed);
          }
        }),
      { numRuns: RUNS },
    );
  });

  it("a running deadline is where elapsed reaches target (per the reference); at it not breached, 1 ms of clock time later breached", () => {
    let checked = 0;
    fc.assert(
      fc.property(slaPolicyArb, fc.constantFrom(...SEVERITIES), logArb, fc.integer({ min: 0, max: 3 * 24 * H }),
        ({ def, instants: [created] }, sev, log, extra) => {
          const s = subjectOf(def);
          const t = ticketOf(created!, sev, log);
          const now = created! + Math.max(0, ...log.map((e) => e.offset)) + extra; // every event is in the past
          const status = unlessHorizon(() => evaluateTicket(s.policy, t, now));
          if (status === undefined) return;
          for (const m of presentMetrics(status)) {
            if (m.status !== "running" || m.remaining <= 0) continue;
            const d = m.deadline!.getTime();
            const ref = clockOf(s, m.metric);
            expect(ref.businessTimeBetween(now, d)).toBe(m.remaining);
            const at = evaluateTicket(s.policy, t, d).metrics[m.metric]!;
            expect(at).toMatchObject({ elapsed: m.target, remaining: 0, status: "running", breachedAt: null });
            const after = unlessHorizon(() => ref.addBusinessTime(d, 1));
            if (after === undefined) continue;
            expect(evaluateTicket(s.policy, t, after).metrics[m.metric]).toMatchObject({ status: "breached", elapsed: m.target + 1, breachedAt: new Date(d) });
            checked++;
          }
        }),
      { numRuns: 2 * RUNS },
    );
    // The law was exercised, not skipped. About a third of random logs leave a running metric, but
    // unevenly: a guard at a quarter of RUNS cases failed now and then by chance (14 of 60 seeds),
    // and one at an eighth failed on seed 235627862 (7 checked). Twice the cases, against a
    // quarter of RUNS: the same share as an eighth, with less room for chance.
    expect(checked).toBeGreaterThan(RUNS / 4);
  });

  it("with only pauses, resumes and one reply, first-response elapsed is the reference's running time outside pauses", () => {
    const simpleLog = fc.array(fc.record({ type: fc.constantFrom("pause", "resume", "response"), offset: fc.integer({ min: 0, max: 5 * 24 * H }), severity: fc.constant("s1") }), { maxLength: 8 });
    fc.assert(
      fc.property(slaPolicyArb, simpleLog, fc.integer({ min: 0, max: 6 * 24 * H }), ({ def, instants: [created] }, log, at) => {
        const s = subjectOf(def);
        const t = ticketOf(created!, "s1", log);
        const now = created! + at;
        const status = unlessHorizon(() => evaluateTicket(s.policy, t, now));
        if (status === undefined) return;
        const pausable = (def.severities as Record<string, { targets: { firstResponse: { pausable: boolean } } }>).s1!.targets.firstResponse.pausable;
        // independent replay: sort (stable), stop at the first response
        const events = log.map((e, i) => ({ ...e, i })).filter((e) => e.offset <= at).sort((x, y) => x.offset - y.offset || x.i - y.i);
        let paused = false;
        let mark = created!;
        let elapsed = 0;
        let end = now;
        const ref = clockOf(s, "firstResponse");
        for (const e of events) {
          const u = created! + e.offset;
          if (e.type === "response") {
            end = u;
            break;
          }
          if (!(paused && pausable)) elapsed += ref.businessTimeBetween(mark, u);
          mark = u;
          if (e.type === "pause") paused = true;
          if (e.type === "resume") paused = false;
        }
        if (!(paused && pausable)) elapsed += ref.businessTimeBetween(mark, end);
        expect(status.metrics.firstResponse!.elapsed).toBe(elapsed);
      }),
      { numRuns: RUNS },
    );
  });

  it("explainDeadline: counted segments are the reference's business intervals and sum to the target; counted and skipped tile [start, deadline)", () => {
    let checked = 0;
    fc.assert(
      fc.property(slaPolicyArb, fc.constantFrom(...SEVERITIES), fc.constantFrom(...METRICS), ({ def, instants: [start] }, severity, metric) => {
        const s = subjectOf(def);
        const e = unlessHorizon(() => explainDeadline(s.policy, { severity, start: start!, metric }));
        if (e === undefined) return;
        const target = (def.severities as Record<string, { targets: Record<string, { duration: number }> }>)[severity]!.targets[metric]!.duration;
        expect(e.deadline).toEqual(computeDeadline(s.policy, { severity, start: start!, metric }));
        expect(e.counted.reduce((sum, c) => sum + (c.end.getTime() - c.start.getTime()), 0)).toBe(target);
        expect(e.counted.map((c) => [c.start.getTime(), c.end.getTime()])).toEqual(clockOf(s, metric).businessIntervals(start!, e.deadline.getTime()));
        const tiles = [...e.counted, ...e.skipped].sort((x, y) => x.start.getTime() - y.start.getTime());
        let cursor = start!;
        for (const tile of tiles) {
          expect(tile.start.getTime()).toBe(cursor);
          expect(tile.end.getTime()).toBeGreaterThan(cursor);
          cursor = tile.end.getTime();
        }
        expect(cursor).toBe(e.deadline.getTime());
        if (e.skipped.length > 0) checked++;
      }),
      { numRuns: RUNS },
    );
    expect(checked).toBeGreaterThan(RUNS / 8); // exercised, not skipped (see above)
  });
});

describe("prioritize is a total order consistent with its definition (seed preset)", () => {
  const createdArb = fc.integer({ min: Date.UTC(2026, 10, 23), max: Date.UTC(2026, 11, 5) });
  const ticketArb = fc.record({
    id: fc.option(fc.constantFrom("a", "b", "B", "c"), { nil: undefined }),
    createdAt: fc.oneof(createdArb, fc.constantFrom(Date.UTC(2026, 10, 30, 14), Date.UTC(2026, 10, 28, 15))),
    severity: fc.constantFrom("sev1", "sev2", "sev3", "sev4"),
    log: fc.array(fc.record({ type: fc.constantFrom("response", "pause", "resume", "resolve", "reopen", "severity"), offset: fc.integer({ min: 0, max: 3 * 24 * H }), severity: fc.constantFrom("sev1", "sev2", "sev3", "sev4") }), { maxLength: 4 }),
  }).map(({ id, createdAt, severity, log }) => {
    const t = ticketOf(createdAt, severity, log);
    if (id === undefined) delete t.id;
    else t.id = id;
    return t;
  });

  it("sorted by (nextDeadline, rank, createdAt, id, input order); a permutation of the input; same keys for any input order", () => {
    fc.assert(
      fc.property(fc.array(ticketArb, { maxLength: 25 }), fc.integer({ min: Date.UTC(2026, 10, 25), max: Date.UTC(2026, 11, 8) }), (tickets, now) => {
        const rank = (sev: string) => ["sev1", "sev2", "sev3", "sev4"].indexOf(sev);
        const keyOf = (t: Ticket) => {
          const s = evaluateTicket(seed, t, now);
          return [s.nextDeadline?.getTime() ?? Number.POSITIVE_INFINITY, rank(s.severity), t.createdAt as number, t.id] as const;
        };
        const cmp = (x: ReturnType<typeof keyOf>, y: ReturnType<typeof keyOf>): number => {
          for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] as number) < (y[i] as number) ? -1 : 1;
          if (x[3] === y[3]) return 0;
          if (x[3] === undefined) return 1;
          if (y[3] === undefined) return -1;
          return x[3] < y[3] ? -1 : 1;
        };
        const out = prioritize(seed, tickets, now);
        expect(out.length).toBe(tickets.length);
        expect(new Set(out)).toEqual(new Set(tickets));
        for (let i = 1; i < out.length; i++) {
          const c = cmp(keyOf(out[i - 1]!), keyOf(out[i]!));
          expect(c).toBeLessThanOrEqual(0);
          if (c === 0) expect(tickets.indexOf(out[i - 1]!)).toBeLessThan(tickets.indexOf(out[i]!));
        }
        const reversed = prioritize(seed, [...tickets].reverse(), now);
        expect(reversed.map(keyOf)).toEqual(out.map(keyOf));
      }),
      { numRuns: 40 },
    );
  });
});
