/**
 * Regression (CONTRACT §12): every caller-built value, not only tickets, is read once, and what it
 * throws while being read (a getter, a revoked Proxy, a luxon look-alike whose methods throw) is a
 * typed error naming the field: durations, the options of computeDeadline, explainDeadline and
 * availability, the lists of selectPolicy and of the batch functions, the policy argument, and a
 * definition given to definePolicy or unionOf. None of these can loop, so they run in this process.
 */
import { describe, expect, it } from "vitest";
import {
  InputError,
  PolicyError,
  addBusinessDays,
  addBusinessTime,
  availability,
  checkBreaches,
  computeDeadline,
  definePolicy,
  evaluateMany,
  evaluateTicket,
  explainDeadline,
  nextBusinessTime,
  presets,
  prioritize,
  safeDefinePolicy,
  selectPolicy,
  subtractBusinessTime,
  unionOf,
} from "../../src/index.js";

const p = definePolicy(presets.auvikSupportV2);
const REVOKED = "Cannot perform 'IsArray' on a proxy that has been revoked";
const REVOKED_GET = "Cannot perform 'get' on a proxy that has been revoked";

function revoked(): never {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy as never;
}

function throwing(message: string): () => never {
  return () => {
    throw new Error(message);
  };
}

/** The class and message `call` throws. */
function thrown(call: () => unknown): [string, string] {
  try {
    call();
  } catch (e) {
    return [(e as Error).constructor.name, (e as Error).message];
  }
  throw new Error("did not throw");
}

describe("a duration built by the caller", () => {
  it("is an InputError naming the duration when a luxon Duration look-alike throws, from a method or a getter", () => {
    const lookAlike = (parts: object) => ({ isLuxonDuration: true, isValid: true, toMillis: () => 3_600_000, ...parts }) as never;
    expect(thrown(() => addBusinessTime(p, 0, lookAlike({ toMillis: throwing("toMillis boom") })))).toEqual(["InputError", "duration: the luxon Duration could not be read (toMillis boom)"]);
    const invalid = Object.defineProperty({ isLuxonDuration: true, toMillis: () => 1 }, "isValid", { get: throwing("isValid boom") });
    expect(thrown(() => addBusinessTime(p, 0, invalid as never))).toEqual(["InputError", "duration: the luxon Duration could not be read (isValid boom)"]);
    const months = Object.defineProperty({ isLuxonDuration: true, isValid: true, toMillis: () => 1 }, "months", { get: throwing("months boom") });
    expect(thrown(() => subtractBusinessTime(p, Date.UTC(2026, 5, 1), months as never))).toEqual(["InputError", "duration: the luxon Duration could not be read (months boom)"]);
    // A look-alike that reads well still counts.
    expect(addBusinessTime(p, "2026-06-01T12:00Z", lookAlike({})).toISOString()).toBe("2026-06-01T13:00:00.000Z");
  });

  it("calls the getters of a duration object once each, and names the part whose getter throws", () => {
    let calls = 0;
    const twoHours = Object.defineProperty({}, "hours", { enumerable: true, get: () => (calls++, 2) });
    expect(addBusinessTime(p, "2026-06-01T12:00Z", twoHours as never).toISOString()).toBe("2026-06-01T14:00:00.000Z");
    expect(calls).toBe(1);
    const bad = Object.defineProperty({}, "minutes", { enumerable: true, get: throwing("no minutes") });
    expect(thrown(() => addBusinessTime(p, 0, bad as never))).toEqual(["InputError", "duration: minutes could not be read (no minutes)"]);
    expect(thrown(() => addBusinessTime(p, 0, revoked()))).toEqual(["InputError", `duration: could not be read (${REVOKED_GET})`]);
  });
});

describe("the options of computeDeadline, explainDeadline and availability", () => {
  it("name the option whose getter throws, and the options themselves when they cannot be read", () => {
    const severity = Object.defineProperty({ start: 0 }, "severity", { get: throwing("severity boom") });
    expect(thrown(() => computeDeadline(p, severity as never))).toEqual(["InputError", "severity: could not be read (severity boom)"]);
    const start = Object.defineProperty({ severity: "sev1" }, "start", { get: throwing("start boom") });
    expect(thrown(() => computeDeadline(p, start as never))).toEqual(["InputError", "start: could not be read (start boom)"]);
    const metric = Object.defineProperty({ severity: "sev1", start: 0 }, "metric", { get: throwing("metric boom") });
    expect(thrown(() => explainDeadline(p, metric as never))).toEqual(["InputError", "metric: could not be read (metric boom)"]);
    expect(thrown(() => computeDeadline(p, revoked()))).toEqual(["InputError", `computeDeadline: could not be read (${REVOKED})`]);
    expect(thrown(() => explainDeadline(p, revoked()))).toEqual(["InputError", `explainDeadline: could not be read (${REVOKED})`]);
  });

  it("read each option once", () => {
    const reads: string[] = [];
    const options = new Proxy({ severity: "sev1", start: "2026-06-01T12:00Z" }, { get: (t, k, r) => (reads.push(String(k)), Reflect.get(t, k, r)) });
    expect(computeDeadline(p, options)?.toISOString()).toBe("2026-06-01T14:00:00.000Z");
    expect(reads.sort()).toEqual(["metric", "severity", "start"]);
  });

  it("of availability name the outage field that throws, and read the outages' length once", () => {
    const outages = Object.defineProperty({ from: 0, to: 1e9 }, "outages", { get: throwing("outages boom") });
    expect(thrown(() => availability(p, outages as never))).toEqual(["InputError", "outages: could not be read (outages boom)"]);
    const revokedOutages = { from: 0, to: 1e9, outages: revoked() };
    expect(thrown(() => availability(p, revokedOutages))).toEqual(["InputError", `outages: could not be read (${REVOKED})`]);
    const item = Object.defineProperty([], 0, { get: throwing("item boom") });
    expect(thrown(() => availability(p, { from: 0, to: 1e9, outages: item }))).toEqual(["InputError", "outages[0]: could not be read (item boom)"]);
    const third = Object.defineProperty([{ start: 0, end: 1 }, { start: 2, end: 3 }], 2, { get: throwing("third boom"), enumerable: true });
    expect(thrown(() => availability(p, { from: 0, to: 1e9, outages: third }))).toEqual(["InputError", "outages[2]: could not be read (third boom)"]);
    const end = Object.defineProperty({ start: 0 }, "end", { get: throwing("end boom") });
    expect(thrown(() => availability(p, { from: 0, to: 1e9, outages: [end] } as never))).toEqual(["InputError", "outages[0].end: could not be read (end boom)"]);
    expect(thrown(() => availability(p, revoked()))).toEqual(["InputError", `availability: could not be read (${REVOKED})`]);
    let lengthReads = 0;
    const list = new Proxy([{ start: "2026-06-01T12:00Z", end: "2026-06-01T13:00Z" }], { get: (t, k, r) => (k === "length" && lengthReads++, Reflect.get(t, k, r)) });
    expect(availability(p, { from: "2026-06-01", to: "2026-06-02", outages: list }).downtime).toBe(3_600_000);
    expect(lengthReads).toBe(1);
  });
});

describe("the policy argument and lists of policies", () => {
  it("is an InputError when the policy is a revoked Proxy", () => {
    const message = "policy: an unreadable value is not a compiled policy; pass the result of definePolicy(definition) (or presets via definePolicy(presets.auvikSupportV2))";
    expect(thrown(() => nextBusinessTime(revoked(), 0))).toEqual(["InputError", message]);
    expect(thrown(() => evaluateTicket(revoked(), { createdAt: 0, severity: "sev1" }, 0))).toEqual(["InputError", message]);
  });

  it("reads the list of selectPolicy once, and names it when it cannot be read", () => {
    expect(thrown(() => selectPolicy(revoked(), 0))).toEqual(["InputError", `policies: could not be read (${REVOKED})`]);
    let lengthReads = 0;
    const list = new Proxy([p], { get: (t, k, r) => (k === "length" && lengthReads++, Reflect.get(t, k, r)) });
    expect(selectPolicy(list, "2026-06-01")).toBe(p);
    expect(lengthReads).toBe(1);
  });

  it("names the business days of addBusinessDays when they are a revoked Proxy", () => {
    expect(thrown(() => addBusinessDays(p, 0, revoked()))).toEqual(["InputError", "n: an unreadable value is not a whole number of business days"]);
  });
});

describe("a definition that cannot be read", () => {
  it("is a PolicyError at its path, from definePolicy, safeDefinePolicy and unionOf", () => {
    expect(thrown(() => definePolicy(revoked()))).toEqual(["PolicyError", `Invalid policy (1 issue):\n  (root): the definition could not be read (${REVOKED}); pass plain JSON data`]);
    const result = safeDefinePolicy(revoked());
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.error.issues).toEqual([{ path: [], message: `the definition could not be read (${REVOKED}); pass plain JSON data` }]);
    expect(() => unionOf(revoked(), p)).toThrow(PolicyError);
    expect(thrown(() => unionOf(p, revoked()))).toEqual(["PolicyError", `Invalid policy (1 issue):\n  unionOf[1]: the definition could not be read (${REVOKED}); pass plain JSON data`]);
  });
});

describe("the tickets of a batch", () => {
  const ticket = { createdAt: "2026-06-01T12:00Z", severity: "sev1" };
  const batches: Array<[string, (tickets: never) => unknown]> = [
    ["checkBreaches", (t) => checkBreaches(p, t, 0)],
    ["prioritize", (t) => prioritize(p, t, 0)],
    ["evaluateMany", (t) => evaluateMany(p, t, 0)],
  ];

  it.each(batches)("%s: is an InputError naming tickets when they cannot be read, or their iterator cannot be made", (_, call) => {
    expect(thrown(() => call(revoked()))).toEqual(["InputError", `tickets: could not be read (${REVOKED_GET})`]);
    const getter = Object.defineProperty({}, Symbol.iterator, { get: throwing("iterator boom") });
    expect(thrown(() => call(getter as never))).toEqual(["InputError", "tickets: could not be read (iterator boom)"]);
    expect(thrown(() => call({ [Symbol.iterator]: throwing("cannot start") } as never))).toEqual(["InputError", "tickets: could not be read (cannot start)"]);
    expect(thrown(() => call({ [Symbol.iterator]: () => 5 } as never))).toEqual(["InputError", "tickets: its iterator method returned 5, not an iterator"]);
    expect(thrown(() => call({ [Symbol.iterator]: () => null } as never))).toEqual(["InputError", "tickets: its iterator method returned null, not an iterator"]);
  });

  it.each(batches)("%s: reads the iterator method once", (_, call) => {
    let reads = 0;
    const tickets = new Proxy([ticket], { get: (t, k, r) => (k === Symbol.iterator && reads++, Reflect.get(t, k, r)) });
    const out = call(tickets as never);
    if (Symbol.iterator in (out as object) && !Array.isArray(out)) [...(out as Iterable<unknown>)];
    expect(reads).toBe(1);
  });

  it("evaluateMany: reads an async iterable's method once, and names tickets when it throws", async () => {
    let reads = 0;
    const source = {
      get [Symbol.asyncIterator]() {
        reads++;
        return async function* () {
          yield ticket;
        };
      },
    };
    const results = [];
    for await (const r of evaluateMany(p, source as AsyncIterable<unknown>, 0)) results.push(r);
    expect(results).toHaveLength(1);
    expect(reads).toBe(1);
    const getter = Object.defineProperty({}, Symbol.asyncIterator, { get: throwing("async boom") });
    expect(thrown(() => evaluateMany(p, getter as AsyncIterable<unknown>, 0))).toEqual(["InputError", "tickets: could not be read (async boom)"]);
  });

  it.each(batches)("%s: an iterator whose next is not a function, or returns no object, is an InputError naming tickets (it was the engine's TypeError)", (_, call) => {
    const drain = (out: unknown) => (Array.isArray(out) ? out : [...(out as Iterable<unknown>)]);
    expect(thrown(() => drain(call({ [Symbol.iterator]: () => ({ next: 5 }) } as never)))).toEqual(["InputError", 'tickets: its iterator method returned {"next":5}, not an iterator']);
    for (const [result, shown] of [[5, "5"], [undefined, "undefined"], [null, "null"]] as const) {
      const tickets = { [Symbol.iterator]: () => ({ next: () => result }) };
      expect(thrown(() => drain(call(tickets as never)))).toEqual(["InputError", `tickets: its iterator's next() returned ${shown}, not an iterator result`]);
    }
    // the iterator's next is read once
    let reads = 0;
    const it = [ticket][Symbol.iterator]();
    const counted = { get next() { return reads++, it.next.bind(it); } };
    drain(call({ [Symbol.iterator]: () => counted } as never));
    expect(reads).toBe(1);
  });

  it.each(batches)("%s: an iterator result that is a revoked Proxy, or whose done or value getter throws, is an InputError naming tickets (it was the engine's TypeError or the getter's error)", (_, call) => {
    const drain = (out: unknown) => (Array.isArray(out) ? out : [...(out as Iterable<unknown>)]);
    const returning = (result: () => unknown) => ({ [Symbol.iterator]: () => ({ next: result }) }) as never;
    expect(thrown(() => drain(call(returning(revoked))))).toEqual(["InputError", `tickets: could not be read (${REVOKED_GET})`]);
    const badDone = () => Object.defineProperty({ value: ticket }, "done", { get: throwing("done boom") });
    expect(thrown(() => drain(call(returning(badDone))))).toEqual(["InputError", "tickets: could not be read (done boom)"]);
    const badValue = () => Object.defineProperty({ done: false }, "value", { get: throwing("value boom") });
    expect(thrown(() => drain(call(returning(badValue))))).toEqual(["InputError", "tickets: could not be read (value boom)"]);
    // done and value are each read once per result (value not at all once done)
    const reads: string[] = [];
    let i = 0;
    const counted = () => {
      const done = i++ > 0;
      return { get done() { return reads.push("done"), done; }, get value() { return reads.push("value"), ticket; } };
    };
    drain(call(returning(counted)));
    expect(reads).toEqual(["done", "value", "done"]);
  });

  it("evaluateMany: an async iterator's result whose done or value getter throws rejects with an InputError naming tickets", async () => {
    const returning = (result: () => unknown) => evaluateMany(p, { [Symbol.asyncIterator]: () => ({ next: async () => result() }) } as never, 0) as unknown as AsyncIterableIterator<unknown>;
    const badDone = () => Object.defineProperty({ value: ticket }, "done", { get: throwing("done boom") });
    await expect(returning(badDone).next()).rejects.toThrow(new InputError("tickets: could not be read (done boom)"));
    const badValue = () => Object.defineProperty({ done: false }, "value", { get: throwing("value boom") });
    await expect(returning(badValue).next()).rejects.toThrow(new InputError("tickets: could not be read (value boom)"));
  });

  it.each(batches)("%s: accepts an iterator and iterator results that are functions, as a for…of loop does", (_, call) => {
    const drain = (out: unknown) => (Array.isArray(out) ? out : [...(out as Iterable<unknown>)]);
    const items = [ticket, ticket];
    let i = 0;
    const result = () => Object.assign(() => 0, i < items.length ? { done: false, value: items[i++] } : { done: true, value: undefined });
    const iterator = Object.assign(() => 0, { next: result });
    const viaLoop: unknown[] = [];
    for (const t of { [Symbol.iterator]: () => iterator } as Iterable<unknown>) viaLoop.push(t);
    expect(viaLoop).toHaveLength(2);
    i = 0;
    expect(drain(call({ [Symbol.iterator]: () => iterator } as never))).toEqual(drain(call(items as never)));
  });

  it("evaluateMany: awaits an async iterator's result that is a thenable function, as for await…of does", async () => {
    const items = [ticket, ticket];
    let i = 0;
    const thenable = () => {
      const r = i < items.length ? { done: false, value: items[i++] } : { done: true, value: undefined };
      return Object.assign(() => 0, { then: (resolve: (v: unknown) => void) => resolve(r) });
    };
    const source = { [Symbol.asyncIterator]: () => ({ next: thenable }) } as unknown as AsyncIterable<unknown>;
    const viaLoop: unknown[] = [];
    for await (const t of source) viaLoop.push(t);
    expect(viaLoop).toHaveLength(2);
    i = 0;
    const results = [];
    for await (const r of evaluateMany(p, source as AsyncIterable<unknown>, 0)) results.push(r);
    expect(results).toEqual([...evaluateMany(p, items, 0)]);
  });

  it("evaluateMany: an async iterator whose next resolves to no object rejects with an InputError naming tickets", async () => {
    const source = { [Symbol.asyncIterator]: () => ({ next: async () => 7 }) };
    const out = evaluateMany(p, source as never, 0) as unknown as AsyncIterableIterator<unknown>;
    await expect(out.next()).rejects.toThrow(new InputError("tickets: its iterator's next() returned 7, not an iterator result"));
    expect(thrown(() => evaluateMany(p, { [Symbol.asyncIterator]: () => ({}) } as never, 0))).toEqual(["InputError", "tickets: its iterator method returned {}, not an iterator"]);
  });

  it("closes the source (its return) when a bad ticket stops checkBreaches or prioritize, as a for…of loop would", () => {
    for (const call of [checkBreaches, prioritize]) {
      let closed = false;
      function* source(): Generator<unknown> {
        try {
          yield ticket;
          yield { severity: "sev1" }; // no createdAt: an InputError
          yield ticket;
        } finally {
          closed = true;
        }
      }
      expect(() => call(p, source() as never, 0)).toThrow(InputError);
      expect(closed).toBe(true);
    }
  });

  it("passes what the iterator itself throws while iterating unchanged, as a for…of loop would", () => {
    function* failing(): Generator<unknown> {
      yield ticket;
      throw new RangeError("the source failed");
    }
    expect(thrown(() => checkBreaches(p, failing() as Iterable<never>, 0))).toEqual(["RangeError", "the source failed"]);
  });
});
