/**
 * explainTicket against the slow reference explainer (test/reference/referenceExplainTicket.ts) on
 * random SLA model policies and event logs (the arbitraries of the v2 model agreement): for every
 * metric `evaluateTicket` measures, the spans tile the current cycle's or stint's
 * `[start, completion or now)` in order without gaps or overlaps, the `counted` spans sum exactly to
 * `elapsed`, the status is `evaluateTicket`'s, and the spans (kinds, instants, pause names) are the
 * reference's. A horizon error must occur on both sides or neither.
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { RefHorizonError } from "../reference/referenceBusinessTime.js";
import { refExplainTicket } from "../reference/referenceExplainTicket.js";
import { refEvaluateTicketV2 } from "../reference/referenceSlaV2.js";
import { abstractTicketArb, concreteTicket, slaModelPolicyArb } from "../support/slaArbitraries.js";
import { canonical, subjectOf } from "../support/slaModelAgreement.js";
import { params } from "../support/runs.js";

const DAY = 24 * 3_600_000;
const PER_POLICY = 12;

it("spans tile each metric, counted spans sum to elapsed, and they agree with the reference explainer", () => {
  const seen = { metrics: 0, paused: 0, closed: 0, holiday: 0, maintenance: 0, resolved: 0, tickets: 0 };
  fc.assert(
    fc.property(slaModelPolicyArb, fc.array(abstractTicketArb, { minLength: PER_POLICY, maxLength: PER_POLICY }), ({ def, anchors }, tickets) => {
      const s = subjectOf(def);
      fc.pre(anchors.every((a) => s.clocks.business.businessTimeBetween(a, a + 21 * DAY) > 0 && s.clocks.calendar.businessTimeBetween(a, a + 21 * DAY) > 0));
      for (const a of tickets) {
        const createdAt = anchors[a.created % anchors.length]!;
        const flat = s.clocks.business.businessIntervals(createdAt, createdAt + 6 * DAY).flat();
        const { ticket, now } = concreteTicket(a, createdAt, flat, s.statusNames);
        let real: sla.TicketExplanation;
        try {
          real = sla.explainTicket(s.policy, ticket as never, now);
        } catch (e) {
          if (!(e instanceof sla.HorizonError)) throw e;
          // evaluateTicket's horizon error, on the reference's side too
          expect(() => refEvaluateTicketV2(s.clocks, s.ref, ticket, now)).toThrow(RefHorizonError);
          continue;
        }
        seen.tickets++;
        const status = sla.evaluateTicket(s.policy, ticket as never, now);
        expect(Object.keys(real.metrics).sort()).toEqual(Object.keys(status.metrics).sort());
        expect(real.from.getTime()).toBe(createdAt);
        expect(real.to.getTime()).toBe(Math.max(now, createdAt));
        const ref = refExplainTicket(s.clocks, s.ref, ticket, now, Object.keys(real.metrics));
        for (const [metric, m] of Object.entries(real.metrics)) {
          seen.metrics++;
          expect(canonical(m.status)).toBe(canonical(status.metrics[metric]));
          const end = m.status.completedAt?.getTime() ?? real.to.getTime();
          const start = end - m.status.calendarElapsed;
          let cursor = start;
          let counted = 0;
          for (const span of m.spans) {
            expect(span.start.getTime(), `${metric}: a gap or an overlap`).toBe(cursor);
            expect(span.end.getTime()).toBeGreaterThan(span.start.getTime());
            if (span.kind === "counted") counted += span.end.getTime() - span.start.getTime();
            if (span.kind === "counted" || span.kind === "closed" || span.kind === "maintenance") expect(span).not.toHaveProperty("name");
            if (span.kind === "paused") expect(typeof span.name).toBe("string");
            if (span.kind !== "counted") seen[span.kind]++;
            if (span.name === "resolved") seen.resolved++;
            cursor = span.end.getTime();
          }
          expect(cursor, `${metric}: the spans end at the completion or now`).toBe(end);
          expect(counted, `${metric}: counted spans sum to elapsed`).toBe(m.status.elapsed);
          // the reference does not model holiday names: neighbouring holidays of different names are one span there
          const mine: Array<{ start: number; end: number; kind: string; name?: string }> = [];
          for (const x of m.spans) {
            const last = mine[mine.length - 1];
            if (last !== undefined && x.kind === "holiday" && last.kind === "holiday") last.end = x.end.getTime();
            else mine.push({ start: x.start.getTime(), end: x.end.getTime(), kind: x.kind, ...(x.kind === "paused" ? { name: x.name } : {}) });
          }
          expect(mine, `${metric} of ${JSON.stringify(ticket)} at ${now} on ${JSON.stringify(def)}`).toEqual(ref[metric]);
        }
      }
    }),
    params(30),
  );
  console.log(`explainTicket: ${JSON.stringify(seen)}`);
  // the comparison was exercised: metrics measured, and every kind of span met
  expect(seen.metrics).toBeGreaterThan(100);
  for (const k of ["paused", "closed"] as const) expect(seen[k]).toBeGreaterThan(0);
});
