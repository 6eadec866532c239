/**
 * How messages show a caller's value (`describeValue`): short, bounded work, never a throw.
 */
import { describe, expect, it } from "vitest";
import { describeValue } from "../src/errors.js";
import { InputError, definePolicy, isBusinessTime } from "../src/index.js";

describe("describeValue", () => {
  it("shows a reference back to an object being written (a cycle) as [Circular], not [object Object]", () => {
    const cyclic: Record<string, unknown> = { a: 1, b: [1, 2] };
    cyclic["self"] = cyclic;
    (cyclic["b"] as unknown[]).push(cyclic);
    expect(describeValue(cyclic)).toBe('{"a":1,"b":[1,2,"[Circular]"],"self":"[Circular]"}');
    const list: unknown[] = [1];
    list.push(list);
    expect(describeValue(list)).toBe('[1,"[Circular]"]');
  });

  it("shows an object reached twice, but not through itself, in full each time", () => {
    const shared = { x: 1 };
    expect(describeValue({ p: shared, q: [shared, shared] })).toBe('{"p":{"x":1},"q":[{"x":1},{"x":1}]}');
  });

  it("finds a cycle through an object it cuts (over 20 keys)", () => {
    const wide: Record<string, unknown> = {};
    wide["back"] = wide;
    for (let i = 0; i < 30; i++) wide[`k${i}`] = i;
    expect(describeValue(wide)).toBe('{"back":"[Circular]","k0":0,"k1":1,"k2":2,"k3":3,"k4":4,"k5":5,"k6":6,"k7":7,...');
  });

  it("cuts long values (text over 80 characters, lists over 20 items) and names what JSON cannot show", () => {
    expect(describeValue("x".repeat(500))).toBe(`"${"x".repeat(76)}...`);
    expect(describeValue(Array.from({ length: 1000 }, (_, i) => i))).toBe(JSON.stringify(Array.from({ length: 20 }, (_, i) => i)));
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue(() => 0)).toBe("a function");
    expect(describeValue(-0)).toBe("-0");
    expect(describeValue(10n)).toBe("10n");
    expect(describeValue(new Date(Number.NaN))).toBe("Invalid Date");
    const r = Proxy.revocable({}, {});
    r.revoke();
    expect(describeValue(r.proxy)).toBe("an unreadable value");
  });

  it("shows a typed array or DataView by its kind and size, at once, without enumerating its elements", () => {
    const start = performance.now();
    expect(describeValue(new Uint8Array(5e7))).toBe('"Uint8Array(50000000)"');
    expect(describeValue(new DataView(new ArrayBuffer(16)))).toBe('"DataView(16)"');
    expect(describeValue({ a: new Float64Array(3), b: [new Int16Array(2)] })).toBe('{"a":"Float64Array(3)","b":["Int16Array(2)"]}');
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it("names a typed array given as a policy field or an instant in the error, at once", () => {
    const big = new Uint8Array(1e7);
    let start = performance.now();
    expect(() => definePolicy({ timezone: "UTC", hours: big } as never)).toThrow(/hours: .*got "Uint8Array\(10000000\)"/);
    expect(performance.now() - start).toBeLessThan(1000);
    const p = definePolicy({ timezone: "UTC", hours: "24x7" });
    start = performance.now();
    expect(() => isBusinessTime(p, big as never)).toThrow(new InputError('at: "Uint8Array(10000000)" is not an instant; pass a Date, epoch milliseconds, an ISO 8601 string, a luxon DateTime or a Temporal value'));
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
