/**
 * Evaluating a batch of tickets, for `checkBreaches` and `prioritize`.
 *
 * @module
 */
import type { CompiledPolicy } from "../calendar/definePolicy.js";
import { InputError, describeValue } from "../errors.js";
import type { Evaluation } from "./evaluateTicket.js";
import { evaluateTimeline } from "./evaluateTicket.js";
import { readTicket } from "./ticketTimeline.js";

/**
 * Evaluates every ticket of `tickets` at `now` (epoch ms), in input order, without building the
 * public statuses (batch callers need only `rank`, `next` and `breaches`; see `evaluateTimeline`).
 *
 * @throws InputError when `tickets` is not an array, or for the first bad ticket (named by its
 *   index and id).
 */
export function evaluateBatch(c: CompiledPolicy, tickets: unknown, now: number): Evaluation[] {
  if (!Array.isArray(tickets)) {
    throw new InputError(`tickets: ${describeValue(tickets)} is not an array of tickets`);
  }
  const out: Evaluation[] = new Array(tickets.length);
  for (let i = 0; i < tickets.length; i++) out[i] = evaluateTimeline(c, readTicket(c, tickets[i], now, i), false);
  return out;
}
