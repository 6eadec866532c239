/**
 * `checkBreaches` and `prioritize` judge a ticket open for more than 100 years (CONTRACT §12:
 * "judged … in a batch, per ticket, without losing the others"), with events on both sides of the
 * century: random policies and event logs of the SLA model agreement (test/support/slaArbitraries.ts),
 * each ticket but the first moved back by a century or more from a random cut on (its `createdAt`
 * and the events before the cut), compared with the v2 reference whose clocks are measured across
 * the centuries hop by hop (test/reference/referenceAcross.ts). A refusal must occur on both sides
 * or neither.
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { clocksAcross } from "../reference/referenceAcross.js";
import { refEvaluationV2 } from "../reference/referenceSlaV2.js";
import { abstractTicketArb, concreteTicket, slaModelPolicyArb, type ConcreteTicket } from "../support/slaArbitraries.js";
import { canonical, differences, outcome, referenceOrder, subjectOf } from "../support/slaModelAgreement.js";

const DAY = 86_400_000;
const CENTURY = 36_525 * DAY;
const RUNS = Number(process.env["CENTURY_RUNS"] ?? 12);
const SEED = process.env["FC_SEED"] === undefined ? undefined : Number(process.env["FC_SEED"]);

/** `t` with `createdAt` and every event before `cut` moved `back` ms earlier. */
function movedBack(t: ConcreteTicket, cut: number, back: number): ConcreteTicket {
  return { ...t, createdAt: t.createdAt - back, events: t.events.map((e) => (e.at < cut ? { ...e, at: e.at - back } : e)) };
}

it(`checkBreaches and prioritize judge tickets open for more than 100 years as the reference measures them across the centuries (${RUNS} batches)`, () => {
  let judged = 0;
  let late = 0;
  const property = fc.property(
    slaModelPolicyArb,
    fc.array(fc.tuple(abstractTicketArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 20 * 365 })), { minLength: 2, maxLength: 3 }),
    ({ def, anchors }, drawn) => {
      const s = subjectOf(def);
      fc.pre(anchors.every((a) => s.clocks.business.businessTimeBetween(a, a + 21 * DAY) > 0 && s.clocks.calendar.businessTimeBetween(a, a + 21 * DAY) > 0));
      const made = drawn.map(([a]) => {
        const createdAt = anchors[a.created % anchors.length]!;
        const flat = (s.clocks.business.businessIntervals(createdAt, createdAt + 6 * DAY) as number[][]).flat();
        return concreteTicket({ ...a, form: "number" }, createdAt, flat, s.statusNames);
      });
      const now = Math.max(...made.map((m) => m.now));
      const batch = made.map(({ ticket }, i) => {
        if (i === 0) return ticket; // one ticket of today in every batch: none may be lost
        const [, fraction, days] = drawn[i]!;
        const cut = ticket.createdAt + Math.floor(fraction * (now - ticket.createdAt));
        const moved = movedBack(ticket, cut, CENTURY + days * DAY);
        if (moved.events.some((e) => e.at > moved.createdAt + CENTURY)) late++;
        return moved;
      });
      const clocks = clocksAcross(s.clocks);
      const evaluations = outcome(() => batch.map((t) => refEvaluationV2(clocks, s.ref, t, now)));
      const real = outcome(() => sla.checkBreaches(s.policy, batch as never, now));
      if ((evaluations as { error?: string }).error !== undefined) {
        expect(real).toEqual(evaluations);
        expect(outcome(() => sla.prioritize(s.policy, batch as never, now))).toEqual(evaluations);
        return;
      }
      const refs = batch.map((t) => refEvaluationV2(clocks, s.ref, t, now));
      const expected = JSON.parse(canonical(batch.flatMap((t, i) => refs[i]!.breaches.map((b) => ({ ticketId: t.id ?? String(i), ...b })))));
      const d = differences(real, expected);
      if (d.length > 0) throw new Error(`checkBreaches disagrees with the reference\npolicy: ${JSON.stringify(def)}\ntickets: ${JSON.stringify(batch)}\nnow: ${now}\n${d.slice(0, 12).join("\n")}`);
      expect(sla.prioritize(s.policy, batch as never, now).map((t) => batch.indexOf(t as never))).toEqual(referenceOrder(s, batch, refs));
      judged++;
    },
  );
  fc.assert(property, { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) });
  console.log(`century-old tickets: ${judged} of ${RUNS} batches judged on both sides, ${late} tickets with an event after createdAt + 100 years`);
  // the comparison was exercised: most batches are judged (not refused on both sides), with late events
  expect(judged).toBeGreaterThan(RUNS / 2);
  expect(late).toBeGreaterThan(0);
}, 300_000);
