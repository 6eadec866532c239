/**
 * Ordering a queue of tickets by urgency.
 *
 * @module
 */
import type { Policy } from "../calendar/definePolicy.js";
import { compiledOf } from "../calendar/definePolicy.js";
import type { Instant } from "../time/instant.js";
import { toEpochMs } from "../time/instant.js";
import { evaluateBatchTicket, ticketIterable } from "./ticketBatch.js";
import type { Ticket } from "./types.js";

/**
 * The tickets in the order they should be worked on at `now`: a new array of the same ticket
 * objects; the input is not modified.
 *
 * The rule (the seed policy's "first come, first served, except that severity and time to breach
 * come first", made precise), comparing in turn:
 * 1. `nextDeadline` (see {@link evaluateTicket}), earliest first, so overdue tickets come first;
 *    tickets with no next deadline (resolved, every live clock paused and none overdue, or no targets) come last;
 * 2. severity rank at `now` (the policy's first severity first);
 * 3. `createdAt`, earliest first;
 * 4. `id`, by UTF-16 code units (not locale-dependent); tickets without an id after those with one;
 * 5. input order (the sort is stable).
 *
 * `tickets` may be any iterable (an array, a `Set`, a generator); the answer holds every ticket, and
 * besides it only four numbers per ticket are kept (no full evaluation).
 *
 * @throws InputError when `tickets` is not iterable, for a bad `now`, or for the first bad ticket
 *   (named by index, id, event index and field). HorizonError as for `evaluateTicket`, except
 *   that a ticket open for more than 100 years is judged with the others, its clocks measured past
 *   `createdAt` + 100 years only as far as its targets need (docs/sla.md, "Hostile tickets").
 *   Every error thrown for a ticket starts with its name, `tickets[3] (id "T-9")` or `tickets[3]`,
 *   whatever its class.
 * @example
 * const p = definePolicy(presets.auvikSupportV2); // sev1 2 h, sev3 24 h first response
 * const a = { id: "A", createdAt: "2026-11-30T09:00", severity: "sev3" }; // due Tue 15:00
 * const b = { id: "B", createdAt: "2026-11-30T10:00", severity: "sev1" }; // due Mon 12:00
 * const c = { id: "C", createdAt: "2026-11-30T08:00", severity: "sev1", events: [{ type: "resolve", at: "2026-11-30T08:30" }] };
 * prioritize(p, [a, b, c], "2026-11-30T11:00").map((t) => t.id); //=> ["B", "A", "C"]
 * @category SLA
 */
export function prioritize<T extends Ticket>(p: Policy, tickets: Iterable<T>, now: Instant): T[] {
  const c = compiledOf(p);
  const t = toEpochMs(now, c.zone, "now");
  const kept: T[] = [];
  const next: number[] = [];
  const rank: number[] = [];
  const created: number[] = [];
  const ids: Array<string | undefined> = [];
  const order: number[] = [];
  for (const ticket of ticketIterable(tickets)) {
    const i = kept.length;
    const e = evaluateBatchTicket(c, ticket, t, i, false);
    kept.push(ticket as T);
    next.push(e.next ?? Infinity);
    rank.push(e.rank);
    created.push(e.timeline.createdAt);
    ids.push(e.timeline.id);
    order.push(i);
  }
  order.sort((a, b) => {
    if (next[a] !== next[b]) return next[a]! < next[b]! ? -1 : 1;
    if (rank[a] !== rank[b]) return rank[a]! - rank[b]!;
    if (created[a] !== created[b]) return created[a]! - created[b]!;
    const ia = ids[a];
    const ib = ids[b];
    if (ia !== ib) {
      if (ia === undefined) return 1;
      if (ib === undefined) return -1;
      return ia < ib ? -1 : 1;
    }
    return 0; // Array#sort is stable (ES2019): full ties keep their input order
  });
  return order.map((i) => kept[i]!);
}
