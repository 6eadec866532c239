/**
 * Fuzzing the SLA functions of `sla-clock` (computeDeadline, explainDeadline, evaluateTicket,
 * explainTicket, checkBreaches, prioritize, selectPolicy, availability) with arbitrary options, tickets, events,
 * instants and outages: mostly almost-valid tickets (then one leaf replaced by junk), sometimes
 * anything at all. See docs/reliability.md, "Fuzzing".
 */
import fc from "fast-check";
import { afterAll, afterEach, describe, it } from "vitest";
import * as sla from "../../src/index.js";
import type { Policy, TicketStatus } from "../../src/index.js";
import { params } from "../support/runs.js";
import { EVENT_TYPES, anyInstantArb, junkArb, mutate, mutationArb, nowArb, validTicketArb } from "./fuzzArbitraries.js";
import { policyPool, validDefinitionArb } from "./fuzzPolicies.js";
import { assertNoPollution, call, dateProblem, finiteProblem, isValidDate, maybePrintStats, spansProblem, withCallerObjects } from "./harness.js";

afterEach(() => assertNoPollution());
afterAll(() => maybePrintStats("SLA"));

const METRICS = ["firstResponse", "update", "resolution"] as const;
const pool = policyPool();

/** A compiled policy (pool or random valid definition). */
const policyArb: fc.Arbitrary<Policy> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...pool.map((p) => p.policy)) },
  { weight: 1, arbitrary: validDefinitionArb.map((d) => sla.definePolicy(d)) },
);

/** A ticket for `p`: valid, valid with one leaf mutated, or junk. */
function ticketFor(p: Policy): fc.Arbitrary<unknown> {
  const valid = validTicketArb(p.severities);
  return fc.oneof(
    { weight: 5, arbitrary: valid },
    { weight: 3, arbitrary: fc.tuple(valid, mutationArb).map(([t, m]) => mutate(t, m)) },
    { weight: 1, arbitrary: junkArb },
  );
}

/** Options of computeDeadline / explainDeadline: valid, valid with one leaf mutated, or junk. */
const optionsFor = (p: Policy): fc.Arbitrary<unknown> => {
  const valid = fc.record(
    {
      severity: fc.constantFrom(...p.severities),
      start: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }) }, { weight: 1, arbitrary: anyInstantArb }),
      metric: fc.constantFrom(...METRICS),
    },
    { requiredKeys: ["severity", "start"] },
  );
  return fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 3, arbitrary: fc.tuple(valid, mutationArb).map(([o, m]) => mutate(o, m)) },
    { weight: 1, arbitrary: junkArb },
  );
};

function statusProblem(s: TicketStatus, p: Policy): string | null {
  if (typeof s !== "object" || s === null) return "status is not an object";
  if (!p.severities.includes(s.severity)) return `severity ${String(s.severity)} is not the policy's`;
  if (!["open", "paused", "resolved"].includes(s.state)) return `state ${String(s.state)}`;
  if (typeof s.breached !== "boolean" || typeof s.warning !== "boolean") return "breached/warning not boolean";
  if (s.nextDeadline !== null && !isValidDate(s.nextDeadline)) return "bad nextDeadline";
  let breaches = 0;
  for (const [key, m] of Object.entries(s.metrics)) {
    if (m === undefined) continue;
    if (m.metric !== key) return `metrics.${key}.metric is ${m.metric}`;
    if (!["running", "paused", "met", "breached"].includes(m.status)) return `metrics.${key}.status ${m.status}`;
    for (const f of ["target", "elapsed", "remaining", "percentUsed"] as const) {
      const problem = finiteProblem(m[f], `metrics.${key}.${f}`);
      if (problem !== null) return problem;
    }
    if (!(m.target > 0) || m.elapsed < 0 || m.remaining !== m.target - m.elapsed) return `metrics.${key}: target/elapsed/remaining inconsistent`;
    for (const f of ["deadline", "breachedAt", "completedAt"] as const) if (m[f] !== null && !isValidDate(m[f])) return `metrics.${key}.${f} is not a valid Date`;
    if (typeof m.warning !== "boolean" || !Number.isInteger(m.breaches) || m.breaches < 0) return `metrics.${key}: warning/breaches`;
    if ((m.status === "breached") !== (m.elapsed > m.target) && m.status !== "met") return `metrics.${key}: status ${m.status} with elapsed ${m.elapsed} / target ${m.target}`;
    breaches += m.breaches;
  }
  if (s.breached !== breaches > 0) return "breached disagrees with the metrics";
  return null;
}

describe("fuzz: SLA functions", () => {
  it("computeDeadline and explainDeadline agree, with valid Dates and spans tiling [start, deadline)", () => {
    fc.assert(
      fc.property(policyArb.chain((p) => fc.tuple(fc.constant(p), optionsFor(p))), fc.boolean(), ([p, options], freeze) =>
        withCallerObjects(options, freeze, (o) => {
          const d = call("computeDeadline", () => sla.computeDeadline(p, o as sla.DeadlineOptions), (r) => (r === null ? null : dateProblem(r)));
          call("explainDeadline", () => sla.explainDeadline(p, o as sla.DeadlineOptions), (r) => {
            const problem = dateProblem(r.deadline) ?? spansProblem(r.counted, "counted") ?? spansProblem(r.skipped, "skipped");
            if (problem !== null) return problem;
            if (!r.skipped.every((s) => ["closed", "holiday", "maintenance"].includes(s.reason))) return "unknown skip reason";
            if (d.ok && d.value !== null && d.value.getTime() !== r.deadline.getTime()) return "deadline differs from computeDeadline";
            const all = [...r.counted, ...r.skipped].sort((a, b) => a.start.getTime() - b.start.getTime());
            for (let i = 1; i < all.length; i++) if (all[i]!.start.getTime() !== all[i - 1]!.end.getTime()) return `spans do not tile at ${all[i]!.start.toISOString()}`;
            if (all.length > 0 && all[all.length - 1]!.end.getTime() !== r.deadline.getTime()) return "spans end before the deadline";
            return null;
          });
        }),
      ),
      params(150),
    );
  });

  it("evaluateTicket: a consistent status or a typed error, for arbitrary tickets and now", () => {
    fc.assert(
      fc.property(policyArb.chain((p) => fc.tuple(fc.constant(p), ticketFor(p), nowArb)), fc.boolean(), ([p, ticket, now], freeze) =>
        withCallerObjects({ ticket, now }, freeze, (i) => {
          const s = call("evaluateTicket", () => sla.evaluateTicket(p, i.ticket as sla.Ticket, i.now as number), (r) => statusProblem(r, p));
          if (!s.ok) return;
          call("checkBreaches", () => sla.checkBreaches(p, [i.ticket as sla.Ticket], i.now as number), (r) =>
            r.length > 0 === s.value.breached ? null : "checkBreaches disagrees with evaluateTicket().breached",
          );
        }),
      ),
      params(250),
    );
  });

  it("explainTicket: spans tiling each metric with counted summing to elapsed, or a typed error, for arbitrary tickets and now", () => {
    fc.assert(
      fc.property(policyArb.chain((p) => fc.tuple(fc.constant(p), ticketFor(p), nowArb)), fc.boolean(), ([p, ticket, now], freeze) =>
        withCallerObjects({ ticket, now }, freeze, (i) => {
          call("explainTicket", () => sla.explainTicket(p, i.ticket as sla.Ticket, i.now as number), (r) => {
            for (const [metric, m] of Object.entries(r.metrics)) {
              const problem = spansProblem(m.spans, `metrics.${metric}.spans`);
              if (problem !== null) return problem;
              let cursor = (m.status.completedAt?.getTime() ?? r.to.getTime()) - m.status.calendarElapsed;
              let counted = 0;
              for (const x of m.spans) {
                if (x.start.getTime() !== cursor) return `metrics.${metric}.spans: a gap or an overlap at ${x.start.toISOString()}`;
                if (x.kind === "counted") counted += x.end.getTime() - x.start.getTime();
                cursor = x.end.getTime();
              }
              if (counted !== m.status.elapsed) return `metrics.${metric}: counted ${counted} ms, elapsed ${m.status.elapsed} ms`;
            }
            return null;
          });
        }),
      ),
      params(150),
    );
  });

  it("checkBreaches and prioritize over arbitrary lists of tickets", () => {
    const listArb = policyArb.chain((p) =>
      fc.tuple(fc.constant(p), fc.oneof({ weight: 6, arbitrary: fc.array(ticketFor(p), { maxLength: 6 }) }, { weight: 1, arbitrary: junkArb }), nowArb),
    );
    fc.assert(
      fc.property(listArb, fc.boolean(), ([p, tickets, now], freeze) =>
        withCallerObjects({ tickets, now }, freeze, (i) => {
          call("checkBreaches", () => sla.checkBreaches(p, i.tickets as sla.Ticket[], i.now as number), (r) => {
            if (!Array.isArray(r)) return "not an array";
            for (const b of r) {
              if (typeof b.ticketId !== "string" || !(METRICS as ReadonlyArray<string>).includes(b.metric) || !isValidDate(b.breachedAt)) return `bad breach ${JSON.stringify(b)}`;
            }
            return null;
          });
          call("prioritize", () => sla.prioritize(p, i.tickets as sla.Ticket[], i.now as number), (r) => {
            // prioritize takes any iterable (CONTRACT §8): a junk Map or Set is its entries or values
            const input = Array.isArray(i.tickets) ? (i.tickets as unknown[]) : Array.from(i.tickets as Iterable<unknown>);
            if (!Array.isArray(r) || r.length !== input.length) return "not a permutation (length)";
            const left = [...input];
            for (const t of r) {
              const k = left.indexOf(t);
              if (k < 0) return "not a permutation of the caller's tickets";
              left.splice(k, 1);
            }
            return null;
          });
        }),
      ),
      params(120),
    );
  });

  it("events of every type in any order, at arbitrary instants (including before createdAt and after now)", () => {
    const arb = policyArb.chain((p) =>
      fc.tuple(
        fc.constant(p),
        fc.record({
          createdAt: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 1) }),
          severity: fc.constantFrom(...p.severities),
          events: fc.array(
            fc.record({ type: fc.constantFrom(...EVENT_TYPES), at: fc.oneof(fc.integer({ min: Date.UTC(2025, 11, 1), max: Date.UTC(2027, 0, 1) }), anyInstantArb), severity: fc.constantFrom(...p.severities) }),
            { maxLength: 40 },
          ),
        }),
        nowArb,
      ),
    );
    fc.assert(
      fc.property(arb, ([p, ticket, now]) =>
        withCallerObjects({ ticket, now }, true, (i) => {
          call("evaluateTicket", () => sla.evaluateTicket(p, i.ticket as sla.Ticket, i.now as number), (r) => statusProblem(r, p));
        }),
      ),
      params(150),
    );
  });

  it("selectPolicy: one of the given policies or a typed error", () => {
    const versions = ["2020-01-01", "2026-06-01", "2030-02-29", "9999-12-31"].flatMap((effectiveFrom) => {
      const r = sla.safeDefinePolicy({ timezone: "Pacific/Kiritimati", hours: "24x7", effectiveFrom });
      return r.success ? [r.policy] : [];
    });
    const candidates: unknown[] = [...pool.map((p) => p.policy), ...versions];
    const listArb = fc.oneof(
      { weight: 6, arbitrary: fc.array(fc.constantFrom(...candidates), { maxLength: 5 }) },
      { weight: 1, arbitrary: fc.array(fc.oneof(fc.constantFrom(...candidates), junkArb), { maxLength: 4 }) },
      { weight: 1, arbitrary: junkArb },
    );
    fc.assert(
      fc.property(listArb, anyInstantArb, fc.boolean(), (policies, at, freeze) =>
        withCallerObjects({ at }, freeze, (i) => {
          call("selectPolicy", () => sla.selectPolicy(policies as Policy[], i.at as number), (r) =>
            Array.isArray(policies) && policies.includes(r) ? null : "not one of the given policies",
          );
        }),
      ),
      params(200),
    );
  });

  it("availability: finite figures in range, or a typed error", () => {
    const inRange = (min: number, max: number) => fc.integer({ min, max });
    const validArb = fc
      .tuple(inRange(Date.UTC(2025, 0, 1), Date.UTC(2027, 0, 1)), inRange(0, 400 * 86_400_000), fc.array(fc.tuple(inRange(Date.UTC(2024, 11, 1), Date.UTC(2028, 0, 1)), inRange(0, 30 * 86_400_000)), { maxLength: 8 }))
      .map(([from, length, outages]) => ({ from, to: from + length, outages: outages.map(([start, l]) => ({ start, end: start + l })) }));
    const optionsArb = fc.oneof(
      { weight: 6, arbitrary: validArb },
      { weight: 3, arbitrary: fc.tuple(validArb, mutationArb).map(([o, m]) => mutate(o, m)) },
      { weight: 1, arbitrary: fc.record({ from: anyInstantArb, to: anyInstantArb, outages: fc.array(fc.record({ start: anyInstantArb, end: anyInstantArb }), { maxLength: 3 }) }) },
      { weight: 1, arbitrary: junkArb },
    );
    fc.assert(
      fc.property(policyArb, optionsArb, fc.boolean(), (p, options, freeze) =>
        withCallerObjects(options, freeze, (o) => {
          call("availability", () => sla.availability(p, o as sla.AvailabilityOptions), (r) => {
            for (const f of ["period", "maintenance", "downtime", "availability"] as const) {
              const problem = finiteProblem(r[f], f);
              if (problem !== null) return problem;
            }
            if (r.maintenance < 0 || r.maintenance > r.period) return "maintenance outside [0, period]";
            if (r.downtime < 0 || r.downtime > r.period - r.maintenance) return "downtime outside [0, period - maintenance]";
            if (r.availability < 0 || r.availability > 1) return "availability outside [0, 1]";
            return null;
          });
        }),
      ),
      params(150),
    );
  });

  it("every SLA function with junk in place of the policy, the options or the list", () => {
    const fns = [sla.computeDeadline, sla.explainDeadline, sla.evaluateTicket, sla.explainTicket, sla.checkBreaches, sla.prioritize, sla.availability, sla.selectPolicy] as Array<
      (...args: unknown[]) => unknown
    >;
    fc.assert(
      fc.property(fc.constantFrom(...fns), fc.oneof(policyArb as fc.Arbitrary<unknown>, junkArb), fc.array(fc.oneof(junkArb, anyInstantArb), { maxLength: 3 }), (fn, p, args) =>
        withCallerObjects(args, false, (a) => {
          call(fn.name, () => fn(p, ...a), () => null);
        }),
      ),
      params(200),
    );
  });
});
