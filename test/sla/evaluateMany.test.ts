/**
 * evaluateMany: lazy, in order, one result per ticket, a typed error per bad ticket; sync and async
 * iterables (generators, Node streams). checkBreaches and prioritize over any iterable.
 */
import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HorizonError, InputError, definePolicy } from "../../src/index.js";
import * as lite from "../../src/lite.js";
import { checkBreaches } from "../../src/sla/checkBreaches.js";
import { evaluateMany } from "../../src/sla/evaluateMany.js";
import type { TicketResult } from "../../src/sla/evaluateMany.js";
import { evaluateTicket } from "../../src/sla/evaluateTicket.js";
import { prioritize } from "../../src/sla/prioritize.js";
import type { Ticket } from "../../src/sla/types.js";
import { H, desk, seed } from "./slaFixtures.js";

const NOW = "2026-11-30T13:00";
const good: Ticket = { id: "A", createdAt: "2026-11-30T10:00", severity: "sev1" };
const other: Ticket = { createdAt: "2026-11-30T12:00", severity: "sev3" };
const badSeverity = { id: "B", createdAt: "2026-11-30T10:00", severity: "sev9" };
const badEvent = { createdAt: "2026-11-30T10:00", severity: "sev1", events: [{ type: "response", at: "soon" }] };

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** A generator of `n` tickets that counts how many were pulled from it. */
function counted(n: number): { tickets: Generator<Ticket>; pulled: () => number; closed: () => boolean } {
  let pulled = 0;
  let closed = false;
  function* gen(): Generator<Ticket> {
    try {
      for (let i = 0; i < n; i++) {
        pulled++;
        yield { id: `T-${i}`, createdAt: "2026-11-30T10:00", severity: "sev1" };
      }
    } finally {
      closed = true;
    }
  }
  return { tickets: gen(), pulled: () => pulled, closed: () => closed };
}

describe("evaluateMany over a sync iterable", () => {
  it("gives one result per ticket, in input order, each equal to evaluateTicket's status", () => {
    const results = [...evaluateMany(seed, [good, other], NOW)];
    expect(results).toEqual([
      { index: 0, id: "A", status: evaluateTicket(seed, good, NOW) },
      { index: 1, status: evaluateTicket(seed, other, NOW) },
    ]);
    expect(results[0]!.status!.breached).toBe(true);
    expect("error" in results[0]!).toBe(false);
    expect("id" in results[1]!).toBe(false);
  });

  it("turns a bad ticket into that ticket's InputError, naming tickets[index] and the field, and goes on", () => {
    const results = [...evaluateMany(seed, [good, badSeverity, badEvent, null, other], NOW)];
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
    expect(results.map((r) => r.status === undefined)).toEqual([false, true, true, true, false]);
    const [, b, e, n] = results as [TicketResult, TicketResult, TicketResult, TicketResult];
    expect(b.id).toBe("B");
    expect(b.error).toBeInstanceOf(InputError);
    expect(b.error!.message).toMatch(/^tickets\[1\] \(id "B"\) severity: "sev9" is not a severity of this policy; use one of "sev1"/);
    expect(e.error).toBeInstanceOf(InputError);
    expect(e.error!.message).toMatch(/^tickets\[2\]\.events\[0\]\.at: /);
    expect(n.error!.message).toMatch(/^tickets\[3\]: null is not a ticket/);
    expect("status" in b).toBe(false);
    // a ticket whose id was never read has no id key, not an undefined one
    expect(Object.keys(n)).toEqual(["index", "error"]);
  });

  it("reports a HorizonError as that ticket's error too", () => {
    // no business hours at all: a business-time deadline lies beyond the 100-year horizon
    const closed = definePolicy({ timezone: "UTC", hours: {}, severities: { s1: { targets: { firstResponse: "2h" } } } });
    const results = [...evaluateMany(closed, [{ id: "X", createdAt: "2026-11-30T10:00", severity: "s1" }, { createdAt: "2026-11-30T10:00", severity: "nope" }], NOW)];
    expect(results[0]!.error).toBeInstanceOf(HorizonError);
    expect(results[0]!.id).toBe("X");
    expect(results[1]!.error).toBeInstanceOf(InputError);
  });

  it("is lazy: nothing is read before the first pull, then one ticket per result", () => {
    const src = counted(1_000);
    const results = evaluateMany(seed, src.tickets, NOW)[Symbol.iterator]();
    expect(src.pulled()).toBe(0);
    expect(results.next().value.index).toBe(0);
    expect(src.pulled()).toBe(1);
    results.next();
    results.next();
    expect(src.pulled()).toBe(3);
  });

  it("closes the input when the caller stops early", () => {
    const src = counted(1_000);
    for (const r of evaluateMany(seed, src.tickets, NOW)) if (r.index === 4) break;
    expect(src.pulled()).toBe(5);
    expect(src.closed()).toBe(true);
  });

  it("reads any iterable: a Set, a Map's values, an empty array", () => {
    expect([...evaluateMany(seed, new Set([good]), NOW)].map((r) => r.id)).toEqual(["A"]);
    expect([...evaluateMany(seed, new Map([["k", good]]).values(), NOW)].map((r) => r.id)).toEqual(["A"]);
    expect([...evaluateMany(seed, [], NOW)]).toEqual([]);
  });

  it("refuses a bad now, a non-policy or a non-iterable at once, before reading a ticket", () => {
    const src = counted(3);
    expect(() => evaluateMany(seed, src.tickets, "not a time")).toThrow(/^now: /);
    expect(() => evaluateMany({} as never, [good], NOW)).toThrow(InputError);
    expect(() => evaluateMany(seed, 42 as never, NOW)).toThrow(/^tickets: 42 is not an iterable of tickets; pass an array/);
    expect(() => evaluateMany(seed, "T-1" as never, NOW)).toThrow(/^tickets: "T-1" is not an iterable/);
    // null, and objects whose iterator keys are not functions, are refused the same way (not a TypeError)
    for (const bad of [null, {}, { [Symbol.iterator]: 1 }, { [Symbol.asyncIterator]: "x" }]) {
      expect(() => evaluateMany(seed, bad as never, NOW)).toThrow(/^tickets: .* is not an iterable of tickets; pass an array/);
      expect(() => checkBreaches(seed, bad as never, NOW)).toThrow(/^tickets: .* is not an array or another iterable/);
      expect(() => prioritize(seed, bad as never, NOW)).toThrow(/^tickets: .* is not an array or another iterable/);
    }
    expect(src.pulled()).toBe(0);
  });

  it("lets an error that is not the library's (a failing source) end the iteration", () => {
    function* failing(): Generator<Ticket> {
      yield good;
      throw new Error("cursor lost");
    }
    const results = evaluateMany(seed, failing(), NOW)[Symbol.iterator]();
    expect(results.next().value.id).toBe("A");
    expect(() => results.next()).toThrow("cursor lost");
  });

  it("is exported by both sla-clock and sla-clock/lite", () => {
    expect(lite.evaluateMany).toBe(evaluateMany);
  });
});

describe("evaluateMany over an async iterable", () => {
  it("gives an async iterable of the same results as the sync form", async () => {
    async function* source(): AsyncGenerator<unknown> {
      yield good;
      yield badSeverity;
      yield other;
    }
    const results = evaluateMany(seed, source(), NOW);
    expect(Symbol.asyncIterator in results).toBe(true);
    expect(await collect(results)).toEqual([...evaluateMany(seed, [good, badSeverity, other], NOW)]);
  });

  it("is lazy over an async generator", async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<Ticket> {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield good;
      }
    }
    const it = evaluateMany(seed, source(), NOW)[Symbol.asyncIterator]();
    expect(pulled).toBe(0);
    await it.next();
    await it.next();
    expect(pulled).toBe(2);
    await it.return?.();
  });

  it("closes the input when the loop breaks, and is done after that", async () => {
    let closed = false;
    async function* source(): AsyncGenerator<Ticket> {
      try {
        for (;;) yield good;
      } finally {
        closed = true;
      }
    }
    const results = evaluateMany(seed, source(), NOW);
    let n = 0;
    for await (const r of results) if (++n === 3 || r.error) break;
    expect(n).toBe(3);
    expect(closed).toBe(true);
    expect(await results[Symbol.asyncIterator]().next()).toEqual({ done: true, value: undefined });
  });

  it("keeps input order when next() is called again before the last result settled", async () => {
    async function* source(): AsyncGenerator<unknown> {
      yield good;
      await new Promise((r) => setTimeout(r, 5));
      yield badSeverity;
      yield other;
    }
    const it = evaluateMany(seed, source(), NOW)[Symbol.asyncIterator]();
    const pending = [it.next(), it.next(), it.next(), it.next()];
    const all = await Promise.all(pending);
    expect(all.map((r) => (r.done ? "done" : r.value.index))).toEqual([0, 1, 2, "done"]);
    expect(all.slice(0, 3).map((r) => r.value)).toEqual([...evaluateMany(seed, [good, badSeverity, other], NOW)]);
  });

  it("keeps input order even over an input whose overlapping calls settle out of order", async () => {
    const items = [good, badSeverity, other];
    let k = 0;
    const source: AsyncIterable<unknown> = {
      [Symbol.asyncIterator]: () => ({
        next: () => {
          const i = k++;
          // later calls settle sooner: 15, 10, 5, 0 ms
          return new Promise((resolve) => setTimeout(() => resolve(i < items.length ? { done: false, value: items[i] } : { done: true, value: undefined }), 15 - 5 * i));
        },
      }),
    };
    const it = evaluateMany(seed, source, NOW)[Symbol.asyncIterator]();
    const all = await Promise.all([it.next(), it.next(), it.next(), it.next()]);
    expect(all.map((r) => (r.done ? "done" : r.value.index))).toEqual([0, 1, 2, "done"]);
    expect(all.slice(0, 3).map((r) => r.value)).toEqual([...evaluateMany(seed, items, NOW)]);
  });

  it("rejects with the input's own error and is done after it (a failing stream ends the iteration)", async () => {
    async function* source(): AsyncGenerator<unknown> {
      yield good;
      throw new Error("connection reset");
    }
    const it = evaluateMany(seed, source(), NOW)[Symbol.asyncIterator]();
    expect((await it.next()).done).toBe(false);
    await expect(it.next()).rejects.toThrow("connection reset");
    expect(await it.next()).toEqual({ done: true, value: undefined });
  });

  it("calls a hand-written input's next() never after its end, a break or its failure, and its return() once, only when it is left early", async () => {
    /** An input of `n` tickets that counts the calls it gets; `fail` makes its next() reject at that index. */
    function input(n: number, opts: { fail?: number; withReturn?: boolean } = {}) {
      const calls = { next: 0, return: 0 };
      let i = 0;
      const iterator: AsyncIterator<Ticket> = {
        next: () => {
          calls.next++;
          if (i === opts.fail) return Promise.reject(new Error("cursor lost"));
          return Promise.resolve(i < n ? { done: false, value: { ...good, id: `T-${i++}` } } : { done: true, value: undefined });
        },
      };
      if (opts.withReturn !== false) {
        iterator.return = () => {
          calls.return++;
          return Promise.resolve({ done: true, value: undefined });
        };
      }
      return { source: { [Symbol.asyncIterator]: () => iterator }, calls };
    }
    const done = { done: true, value: undefined };

    // to its end: n + 1 pulls, no return(); after it, next() and return() touch the input no more
    const ended = input(2);
    const a = evaluateMany(seed, ended.source, NOW)[Symbol.asyncIterator]();
    expect((await collect({ [Symbol.asyncIterator]: () => a })).map((r) => r.id)).toEqual(["T-0", "T-1"]);
    expect(await a.next()).toEqual(done);
    expect(await a.return!()).toEqual(done);
    expect(ended.calls).toEqual({ next: 3, return: 0 });

    // left early: return() once, however often the loop or the caller closes, and no pull after it
    const left = input(10);
    const b = evaluateMany(seed, left.source, NOW);
    for await (const r of b) if (r.id === "T-1") break;
    const bi = b[Symbol.asyncIterator]();
    expect(await bi.next()).toEqual(done);
    expect(await bi.return!()).toEqual(done);
    expect(left.calls).toEqual({ next: 2, return: 1 });

    // an input without return() (it may have none) is left without an error
    const bare = input(10, { withReturn: false });
    let seen = 0;
    for await (const r of evaluateMany(seed, bare.source, NOW)) if (r.status && ++seen === 2) break;
    expect(bare.calls).toEqual({ next: 2, return: 0 });

    // after its next() failed, no pull and no return(): the input has ended itself
    const failing = input(10, { fail: 1 });
    const c = evaluateMany(seed, failing.source, NOW)[Symbol.asyncIterator]();
    expect((await c.next()).done).toBe(false);
    await expect(c.next()).rejects.toThrow("cursor lost");
    expect(await c.next()).toEqual(done);
    expect(await c.return!()).toEqual(done);
    expect(failing.calls).toEqual({ next: 2, return: 0 });
  });

  it("reads a Node Readable in object mode", async () => {
    const stream = Readable.from([good, badEvent, other], { objectMode: true });
    const results = await collect(evaluateMany(seed, stream, NOW));
    expect(results.map((r) => [r.index, r.status !== undefined, r.error?.name])).toEqual([
      [0, true, undefined],
      [1, false, "InputError"],
      [2, true, undefined],
    ]);
    expect(results[2]!.status).toEqual(evaluateTicket(seed, other, NOW));
  });
});

describe("evaluateMany agrees with evaluateTicket, ticket by ticket (property)", () => {
  const eventArb = fc.record({
    type: fc.constantFrom("response", "update", "pause", "resume", "severity", "resolve", "reopen", "lunch"),
    offset: fc.integer({ min: -H, max: 4 * 24 * H }),
    severity: fc.constantFrom("sev1", "sev2", "sev3", "sev4", "sev9"),
  });
  const ticketArb = fc.record({
    id: fc.option(fc.constantFrom("a", "b", "c"), { nil: undefined }),
    createdAt: fc.integer({ min: Date.UTC(2026, 10, 23), max: Date.UTC(2026, 11, 5) }),
    severity: fc.constantFrom("sev1", "sev2", "sev3", "sev4", "sev0"),
    log: fc.array(eventArb, { maxLength: 6 }),
  }).map(({ id, createdAt, severity, log }) => {
    const events = log.map((e) => (e.type === "severity" ? { type: e.type, at: createdAt + e.offset, severity: e.severity } : { type: e.type, at: createdAt + e.offset }));
    return id === undefined ? { createdAt, severity, events } : { id, createdAt, severity, events };
  });

  it("status equals evaluateTicket's; an error has the same class, with tickets[index] in its message", () => {
    fc.assert(
      fc.property(fc.array(ticketArb, { maxLength: 12 }), fc.integer({ min: Date.UTC(2026, 10, 25), max: Date.UTC(2026, 11, 8) }), (tickets, now) => {
        const results = [...evaluateMany(desk, tickets, now)];
        expect(results.length).toBe(tickets.length);
        results.forEach((r, i) => {
          expect(r.index).toBe(i);
          let expected: unknown;
          try {
            expected = evaluateTicket(desk, tickets[i] as Ticket, now);
          } catch (e) {
            expected = e;
          }
          if (expected instanceof Error) {
            expect(r.status).toBeUndefined();
            expect(r.error?.name).toBe(expected.name);
            expect(r.error!.message).toMatch(new RegExp(`^tickets\\[${i}\\]`));
          } else {
            expect(r.error).toBeUndefined();
            expect(r.status).toEqual(expected);
          }
          expect(r.id).toBe(tickets[i]!.id);
        });
      }),
      { numRuns: 80 },
    );
  });
});

describe("checkBreaches and prioritize over any iterable", () => {
  it("checkBreaches reads a generator once, in order, and answers as for the array", () => {
    const array: Ticket[] = [good, other, { id: "late", createdAt: "2026-11-27T21:30", severity: "sev1" }];
    function* gen(): Generator<Ticket> {
      yield* array;
    }
    expect(checkBreaches(seed, gen(), NOW)).toEqual(checkBreaches(seed, array, NOW));
    expect(checkBreaches(seed, new Set(array), NOW).map((b) => b.ticketId)).toEqual(["A", "late"]);
  });

  it("checkBreaches names an unnamed ticket of a generator by its position", () => {
    function* gen(): Generator<Ticket> {
      yield other;
      yield { createdAt: "2026-11-30T10:00", severity: "sev1" };
    }
    expect(checkBreaches(seed, gen(), NOW).map((b) => b.ticketId)).toEqual(["1"]);
  });

  it("prioritize returns the tickets of a generator in priority order, as for the array", () => {
    const array: Ticket[] = [other, good, { id: "C", createdAt: "2026-11-30T08:00", severity: "sev1", events: [{ type: "resolve", at: "2026-11-30T08:30" }] }];
    function* gen(): Generator<Ticket> {
      yield* array;
    }
    const out = prioritize(seed, gen(), NOW);
    expect(out).toEqual(prioritize(seed, array, NOW));
    expect(out[0]).toBe(good);
  });

  it("both still stop at the first bad ticket, naming it", () => {
    expect(() => checkBreaches(seed, new Set([good, badSeverity as Ticket]), NOW)).toThrow(/^tickets\[1\] \(id "B"\) severity/);
    expect(() => prioritize(seed, [good, badSeverity as Ticket], NOW)).toThrow(/^tickets\[1\] \(id "B"\) severity/);
    expect(() => checkBreaches(seed, 7 as never, NOW)).toThrow(/^tickets: 7 is not an array or another iterable/);
  });
});
