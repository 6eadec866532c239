/**
 * Reading a batch of tickets one at a time, for `evaluateMany`, `checkBreaches` and `prioritize`.
 *
 * @module
 */
import type { CompiledPolicy } from "../calendar/definePolicy.js";
import { InputError, describeValue, readingValue } from "../errors.js";
import type { Evaluation } from "./evaluateTicket.js";
import { evaluateTimeline } from "./evaluateTicket.js";
import { namingTicket, readTicket } from "./ticketTimeline.js";

/**
 * The iterator of `tickets` made by its method `key` (`Symbol.iterator` or `Symbol.asyncIterator`),
 * the method read once and called once, and its `next` read once; undefined when `tickets` is not
 * an object (a string is not a batch) or has no such method. What it returns calls that `next` and
 * checks a synchronous result with {@link iteratorResult} (an asynchronous one is checked once
 * awaited); its `return` reaches the iterator's own, when it has one.
 *
 * @throws InputError naming `tickets` for whatever reading or calling the method throws (a revoked
 *   Proxy, a getter: CONTRACT §12), or when it returns something that is not an iterator (no
 *   object, or one whose `next` is not a function).
 */
export function ticketIterator<T>(tickets: unknown, key: typeof Symbol.iterator | typeof Symbol.asyncIterator): T | undefined {
  return readingValue("tickets", () => {
    const method: unknown = typeof tickets === "object" && tickets !== null ? (tickets as Record<symbol, unknown>)[key] : undefined;
    if (typeof method !== "function") return undefined;
    const it: unknown = method.call(tickets);
    // (an object or a function, as `for…of` accepts: Object(x) === x for exactly those)
    const next: unknown = Object(it) === it ? (it as Iterator<unknown>).next : undefined;
    if (typeof next !== "function") throw new InputError(`tickets: its iterator method returned ${describeValue(it)}, not an iterator`);
    const own = it as Iterator<unknown>;
    // (`return` read once when called, and called as a loop calls it: with no argument)
    return {
      // (a synchronous result is read here, unless the built-in array iterator made it: a fresh plain
      // object, nothing of the caller's; an asynchronous one once awaited, in `evaluateMany`)
      next: key === Symbol.iterator && next !== [].values().next ? () => iteratorResult(next.call(own)) : () => next.call(own),
      return: () => {
        const close = own.return;
        return close ? close.call(own) : { done: true, value: undefined };
      },
    } as T;
  });
}

/**
 * `r`, a result of a batch's iterator (awaited, for an async one), as a plain `{ done, value }`:
 * its `done` read once and, when falsy, its `value` read once, so that the loop reading the result
 * meets no getter or Proxy of the caller's.
 *
 * @throws InputError naming `tickets` when `r` is not an object or a function, as `for…of` and
 *   `for await…of` require, or when reading `done` or `value` throws (a getter, a revoked Proxy);
 *   both were the engine's `TypeError` or the getter's own error (CONTRACT §12).
 */
export function iteratorResult(r: unknown): IteratorResult<unknown> {
  if (Object(r) !== r) throw new InputError(`tickets: its iterator's next() returned ${describeValue(r)}, not an iterator result`);
  return readingValue("tickets", () => ((r as IteratorResult<unknown>).done ? { done: true, value: undefined } : { done: false, value: (r as IteratorResult<unknown>).value }));
}

/**
 * `tickets` for one pass of a `for…of` loop, its iterator made once (see {@link ticketIterator}),
 * before the first ticket is read. Errors the iterator throws while iterating (a generator's own
 * `throw`) pass unchanged, as from any `for…of` loop.
 *
 * @throws InputError when `tickets` is not iterable (a string included), and as {@link ticketIterator}.
 */
export function ticketIterable(tickets: unknown): Iterable<unknown> {
  const it = ticketIterator<Iterator<unknown>>(tickets, Symbol.iterator);
  if (it === undefined) throw new InputError(`tickets: ${describeValue(tickets)} is not an array or another iterable of tickets`);
  return { [Symbol.iterator]: () => it };
}

/**
 * Evaluates `ticket`, the `index`-th of a batch, at `now` (epoch ms); messages name it
 * `tickets[index]`. With `withStatus` false only the numbers are computed (see `evaluateTimeline`),
 * and a ticket open for more than 100 years is judged, its clocks measured past `createdAt` + 100
 * years only as far as its targets need (`checkBreaches` and `prioritize` have no place for a
 * refusal: CONTRACT §12; see `ClockReader.span`); with a status it is refused by name, as by
 * `evaluateTicket`. `seen.id` receives the ticket's id once it is read (each
 * field of the ticket is read once).
 *
 * @throws InputError for a bad ticket (named by its index and id); HorizonError as for
 *   `evaluateTicket`. Every error names the ticket (`tickets[3] (id "T-9"): …`).
 */
export function evaluateBatchTicket(
  c: CompiledPolicy,
  ticket: unknown,
  now: number,
  index: number,
  withStatus: boolean,
  seen?: { id?: string },
): Evaluation {
  const timeline = readTicket(c, ticket, now, index, seen);
  return namingTicket(timeline, index, evaluateTimeline, c, withStatus);
}
