/**
 * Every SLA breach in a batch of tickets.
 *
 * @module
 */
import type { Policy } from "../calendar/definePolicy.js";
import { compiledOf } from "../calendar/definePolicy.js";
import type { Instant } from "../time/instant.js";
import { toEpochMs } from "../time/instant.js";
import type { MetricName } from "../policy/normalizedPolicy.js";
import { evaluateBatchTicket, ticketIterable } from "./ticketBatch.js";
import type { Breach, Ticket } from "./types.js";

/**
 * Every breach of every ticket at `now`, one entry per breached metric — and for `update` and
 * `nextReply`, one per breached cycle, for `ownership` one per breached stint — so a ticket
 * contributes as many entries as the sum of its metrics' `breaches`.
 *
 * The rule: a breach is a metric (or update cycle) whose `elapsed` exceeds its target at `now`,
 * whether it is still running, paused or completed (see {@link evaluateTicket}); `breachedAt` is
 * the instant `elapsed` reached the target.
 *
 * Order: tickets in input order; within a ticket `firstResponse`, `update` cycles, `nextReply`
 * cycles, `ownership` stints (each in time order), `resolution`, then the policy's `timeIn` metrics
 * in policy order. `ticketId` is the ticket's `id`, or its index in `tickets` as a string.
 *
 * `tickets` may be any iterable (an array, a `Set`, a generator): tickets are read one at a time
 * and only the breaches are kept, so memory grows with the answer, not with the input, and a
 * ticket costs no more than an {@link evaluateTicket} call. To go on past bad tickets, or to read an
 * async source, use {@link evaluateMany}.
 *
 * @throws InputError when `tickets` is not iterable, for a bad `now`, or for the first bad ticket
 *   or event (named by index, id, event index and field). HorizonError as for `evaluateTicket`,
 *   except that a ticket open for more than 100 years is judged with the others, its clocks
 *   measured past `createdAt` + 100 years only as far as its targets need (docs/sla.md, "Hostile
 *   tickets"). Every error thrown for a ticket starts with its name, `tickets[3] (id "T-9")` or
 *   `tickets[3]`, whatever its class.
 * @example
 * const p = definePolicy(presets.auvikSupportV2); // sev1 first response 2 h, Mon–Fri 04:00–22:00 Toronto
 * checkBreaches(p, [{ createdAt: "2026-11-30T10:00", severity: "sev1" }], "2026-11-30T13:00");
 * //=> [{ ticketId: "0", metric: "firstResponse", breachedAt: 2026-11-30T17:00:00.000Z (Mon 12:00) }]
 * @category SLA
 */
export function checkBreaches(p: Policy, tickets: Iterable<Ticket>, now: Instant): Breach[] {
  const c = compiledOf(p);
  const t = toEpochMs(now, c.zone, "now");
  const out: Breach[] = [];
  let i = 0;
  for (const ticket of ticketIterable(tickets)) {
    const e = evaluateBatchTicket(c, ticket, t, i, false);
    if (e.breaches.length > 0) {
      const ticketId = e.timeline.id ?? String(i);
      const b = e.breaches; // flat pairs: metric, breachedAt
      for (let k = 0; k < b.length; k += 2) out.push({ ticketId, metric: b[k] as MetricName, breachedAt: new Date(b[k + 1] as number) });
    }
    i++;
  }
  return out;
}
