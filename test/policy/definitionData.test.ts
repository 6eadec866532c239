/**
 * The copy of a definition that validation reads (CONTRACT §12: a getter is called once): each
 * value read once, shared objects and cycles copied once, and what a read throws kept, with its
 * path, for the place validation meets it.
 */
import { describe, expect, it } from "vitest";
import { definitionData } from "../../src/policy/definitionData.js";
import { PolicyError } from "../../src/errors.js";

describe("definitionData", () => {
  it("reads each property and each list's length and items once", () => {
    const reads = new Map<PropertyKey, number>();
    const counted = <T extends object>(target: T): T =>
      new Proxy(target, { get: (t, k, r) => (reads.set(k, (reads.get(k) ?? 0) + 1), Reflect.get(t, k, r)) });
    const data = definitionData(counted({ timezone: "UTC", hours: counted({ mon: counted([["09:00", "17:00"]]) }) })) as Record<string, unknown>;
    expect(data).toEqual({ timezone: "UTC", hours: { mon: [["09:00", "17:00"]] } });
    expect(Object.fromEntries(reads)).toEqual({ timezone: 1, hours: 1, mon: 1, length: 1, 0: 1 });
  });

  it("copies an object shared by many entries, or a cycle, once", () => {
    const shared = { date: "2026-12-25" };
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic["self"] = cyclic;
    const data = definitionData({ holidays: [shared, shared], cyclic }) as { holidays: unknown[]; cyclic: Record<string, unknown> };
    expect(data.holidays[0]).toBe(data.holidays[1]);
    expect(data.holidays[0]).not.toBe(shared);
    expect(data.cyclic["self"]).toBe(data.cyclic);
  });

  it("keeps as given what it does not copy: non-plain objects, lists over 10,000 items, values below depth 8", () => {
    const map = new Map();
    const long = Array.from({ length: 10_001 }, () => ({}));
    let deep: unknown = { leaf: {} };
    for (let i = 0; i < 9; i++) deep = { deep };
    const data = definitionData({ map, long, deep }) as Record<string, unknown>;
    expect(data["map"]).toBe(map);
    expect(data["long"]).toBe(long);
    // `deep` is at depth 1; the object at depth 9 (eight `deep` keys down) is the caller's own
    const down = (from: unknown, steps: number) => {
      let d = from as Record<string, unknown>;
      for (let i = 0; i < steps; i++) d = d["deep"] as Record<string, unknown>;
      return d;
    };
    expect(down(data["deep"], 7)).not.toBe(down(deep, 7));
    expect(down(data["deep"], 8)).toBe(down(deep, 8));
  });

  it("turns a value that cannot be read into a getter throwing a PolicyError at its path, read when met", () => {
    const r = Proxy.revocable({}, {});
    r.revoke();
    let calls = 0;
    const def = { hours: { get mon(): unknown { calls++; throw new Error("boom"); } }, holidays: [{ date: "2026-12-25" }, r.proxy] };
    const data = definitionData(def) as { hours: Record<string, unknown>; holidays: unknown[] };
    expect(calls).toBe(1);
    const met = (read: () => unknown) => {
      try {
        read();
      } catch (e) {
        return e instanceof PolicyError ? e.issues : e;
      }
      return "no error";
    };
    expect(met(() => data.hours["mon"])).toEqual([{ path: ["hours", "mon"], message: "could not be read (boom); pass plain JSON data" }]);
    expect(calls).toBe(1); // the caller's getter is not called again
    expect(met(() => data.holidays[1])).toEqual([{ path: ["holidays", 1], message: expect.stringMatching(/^could not be read \(.*revoked.*\); pass plain JSON data$/) }]);
    expect(data.holidays[0]).toEqual({ date: "2026-12-25" });
  });

  it("throws what reading the definition itself throws", () => {
    const r = Proxy.revocable({}, {});
    r.revoke();
    expect(() => definitionData(r.proxy)).toThrow(TypeError);
  });
});
