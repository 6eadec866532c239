import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { booleanSchema, checkedString, expected, guarded, listOf, numberSchema, oneOf, optional, recordOf, strict, stringSchema, union, unknownKeysMessage } from "../../src/policy/schemaBlocks.js";

// The hand-written blocks replace z.enum, z.boolean, z.string, z.number, z.record, z.array, z.pipe, z.strictObject and z.optional, which cost sla-clock/lite ~2.4 KB
// gzip; each is checked here against the zod schema it replaces, inside an object whose `when`
// check shows whether an issue stops the parse.

function issuesOf(schema: z.ZodMiniType, value: unknown, reportInput: boolean): unknown {
  const r = schema.safeParse(value, { reportInput });
  return r.success ? { data: r.data } : r.error.issues;
}

/**
 * `{ v }` with two checks: one that runs with `when` (as the policy schemas' cross-field checks do),
 * which an explicit abort stops, and a plain one, which any issue that does not continue stops.
 */
function inObject(schema: z.ZodMiniType) {
  return strict({ v: schema, w: z.optional(z.string()) }, "an object").check(
    z.superRefine(
      (o: { v?: unknown }, ctx) => {
        ctx.addIssue({ code: "custom", message: `the object check ran with ${typeof o.v}`, input: undefined });
      },
      { when: () => true },
    ),
    z.superRefine((o: { v?: unknown }, ctx) => {
      ctx.addIssue({ code: "custom", message: `the plain check ran with ${typeof o.v}`, input: undefined });
    }),
  );
}

const anyValue = fc.oneof(
  fc.constantFrom("mon", "sat", "Mon", "", "24x7", "business", true, false, 0, 1, null, undefined, [], {}, ["mon"]),
  fc.string({ maxLength: 5 }),
  fc.integer(),
);

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

describe("oneOf", () => {
  it("raises exactly what z.enum raised: code, values, message, input, and where the parse stops", () => {
    const mine = inObject(oneOf(WEEKDAYS, "a weekday key"));
    const zods = inObject(z.enum(WEEKDAYS, { error: expected("a weekday key") }));
    fc.assert(
      fc.property(anyValue, (v) => {
        expect(issuesOf(mine, { v }, true)).toEqual(issuesOf(zods, { v }, true));
      }),
      { numRuns: 1000 },
    );
  });

  it("picks the same branch of a union as z.enum did", () => {
    const object = strict({ mon: z.optional(z.string()) }, "an object of weekday hours");
    const mine = z.union([oneOf(["24x7"], "hours"), object], { error: expected("hours") });
    const zods = z.union([z.enum(["24x7"], { error: expected("hours") }), object], { error: expected("hours") });
    for (const v of ["24x7", "24/7", 5, null, undefined, {}, { mon: 1 }, { tue: "x" }]) {
      expect(issuesOf(mine, v, true)).toEqual(issuesOf(zods, v, true));
    }
  });
});

describe("union", () => {
  // Options chosen to reach each of zod's rules: two options that both pass (the first one's output
  // wins), one option whose issues all let the parse go on (its output and issues), two such
  // options, or none (one invalid_union issue with every option's issues).
  const long = z.string().check(z.minLength(5));
  const short = z.string().check(z.maxLength(2));
  const length = z.pipe(z.string(), z.transform((s: string) => s.length));
  const mixed = z.string().check(z.minLength(5), z.refine((s: string) => s !== "abc", { abort: true }));
  const cases: Array<[string, z.core.SomeType[], unknown[]]> = [
    ["two that pass: the first wins", [z.string(), length], ["abc", "", 5]],
    ["the same two the other way round", [length, z.string()], ["abc", 5]],
    ["checks that let the parse go on", [long, short], ["abc", "abcdef", "a", 7, null]],
    ["one open option among aborted ones", [long, z.number()], ["abc", 3, "abcdef", true]],
    ["an option with a continuing and an aborting issue", [mixed, short], ["abc", "abcd", "ab", 1]],
  ];
  it.each(cases)("raises and parses what z.union did: %s", (_, options, values) => {
    const mine = inObject(union(options, "a value"));
    const zods = inObject(z.union(options as [z.core.SomeType, z.core.SomeType], { error: expected("a value") }));
    for (const v of values) expect(issuesOf(mine, { v }, false)).toEqual(issuesOf(zods, { v }, false));
  });
});

describe("booleanSchema", () => {
  it("raises exactly what z.boolean({ error: expected(\"true or false\") }) raised", () => {
    const mine = inObject(booleanSchema());
    const zods = inObject(z.boolean({ error: expected("true or false") }));
    fc.assert(
      fc.property(anyValue, (v) => {
        expect(issuesOf(mine, { v }, true)).toEqual(issuesOf(zods, { v }, true));
      }),
      { numRuns: 500 },
    );
  });
});

describe("recordOf", () => {
  const key = checkedString("a key", (s) => (/^[a-z]{1,3}$/.test(s) ? null : `${JSON.stringify(s)} is not a key`));
  const value = strict({ n: z.number({ error: expected("a number") }) }, "an entry such as { n: 1 }");
  const mine = inObject(recordOf(key, value, "an object of entries"));
  const zods = inObject(z.record(key, value, { error: expected("an object of entries") }));

  const entry = fc.oneof(fc.record({ n: fc.oneof(fc.integer(), fc.string({ maxLength: 2 })) }), anyValue);
  const records = fc.oneof(
    { weight: 5, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom("a", "bc", "1", "Ab", "toolong"), fc.string({ maxLength: 4 })), entry, { maxKeys: 5 }) },
    { weight: 1, arbitrary: anyValue },
  );

  it("parses and raises what z.record parsed and raised: output, issues, order, and where the parse stops", () => {
    fc.assert(
      fc.property(records, (v) => {
        expect(issuesOf(mine, { v }, true)).toEqual(issuesOf(zods, { v }, true));
      }),
      { numRuns: 1000 },
    );
  });

  it("treats what is not a plain object, an own __proto__, symbol and hidden keys as z.record does", () => {
    const symbol = Symbol("s");
    const cases: unknown[] = [
      new Date(0),
      new Map([["a", { n: 1 }]]),
      Object.create(null) as object,
      Object.create({ a: { n: 1 } }) as object,
      { constructor: 5, a: { n: 1 } },
      JSON.parse('{"__proto__": {"n": 1}, "a": {"n": 2}}'),
      { [symbol]: { n: 1 }, a: { n: 1 } },
      Object.defineProperty({ a: { n: 1 } }, "b", { value: { n: "x" }, enumerable: false }),
    ];
    // reportInput off: a refused key's own issues are finalized without the caller's options (a
    // symbol key's type issue then carries no input; documented in recordOf)
    for (const v of cases) expect(issuesOf(mine, { v }, false)).toEqual(issuesOf(zods, { v }, false));
  });

  it("judges an object by its constructor's prototype as z.record does (class instances, odd constructors)", () => {
    class Entry {
      a = { n: 1 };
    }
    function WithArrayPrototype(this: { a: unknown }) {
      this.a = { n: 1 };
    }
    WithArrayPrototype.prototype = [] as unknown as object;
    function WithNullPrototype() {}
    WithNullPrototype.prototype = null as unknown as object;
    const cases: unknown[] = [
      new Entry(), // a prototype without its own isPrototypeOf: not a record
      { constructor: () => 0, a: { n: 1 } }, // a constructor without a prototype: not a record
      { constructor: WithArrayPrototype, a: { n: 1 } }, // an array as prototype: not a record
      { constructor: WithNullPrototype, a: { n: 1 } }, // a null prototype: not a record
      { constructor: Object, a: { n: 1 } }, // Object's prototype: a record
      { constructor: { prototype: {} }, a: { n: 1 } }, // a constructor that is not a function: a record
      Object.assign(Object.create(Object.create(null) as object) as object, { a: { n: 1 } }), // no constructor at all: a record
    ];
    const verdicts = cases.map((v) => {
      const theirs = issuesOf(zods, { v }, false);
      expect(issuesOf(mine, { v }, false)).toEqual(theirs);
      return JSON.stringify(theirs).includes("invalid_type") ? "refused" : "read";
    });
    // the cases reach both verdicts, so that each branch of the check is compared with zod's
    expect(verdicts).toEqual(["refused", "refused", "refused", "refused", "read", "read", "read"]);
  });
});

describe("listOf", () => {
  const item = strict({ n: z.number({ error: expected("a number") }) }, "an entry such as { n: 1 }");
  const mine = inObject(listOf(item, "a list of entries"));
  const zods = inObject(z.array(item, { error: expected("a list of entries") }));
  const entry = fc.oneof(fc.record({ n: fc.oneof(fc.integer(), fc.string({ maxLength: 2 })) }), anyValue);

  it("parses and raises what z.array parsed and raised: output, issues, order, and where the parse stops", () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 5, arbitrary: fc.array(entry, { maxLength: 5 }) }, { weight: 1, arbitrary: anyValue }), (v) => {
        expect(issuesOf(mine, { v }, true)).toEqual(issuesOf(zods, { v }, true));
      }),
      { numRuns: 1000 },
    );
  });

  it("reads holes and array-likes as z.array does", () => {
    for (const v of [[, { n: 1 }], new Array(2), { 0: { n: 1 }, length: 1 }, "ab"]) {
      expect(issuesOf(mine, { v }, true)).toEqual(issuesOf(zods, { v }, true));
    }
  });
});

describe("guarded", () => {
  // a guard that raises a plain issue for long lists and an unrecognized_keys one for a "__proto__" key
  const guard = z.unknown().check(
    z.superRefine((v: unknown, ctx) => {
      if (Array.isArray(v) && v.length > 2) ctx.addIssue({ code: "custom", message: "too long", input: undefined });
      if (typeof v === "object" && v !== null && Object.prototype.hasOwnProperty.call(v, "x")) {
        ctx.addIssue({ code: "unrecognized_keys", keys: ["x"], message: "x is reserved", input: undefined });
      }
    }),
  );
  const main = strict({ n: z.optional(z.number({ error: expected("a number") })) }, "an object such as { n: 1 }");
  const mine = inObject(guarded(guard, main));
  const zods = inObject(z.pipe(guard, main));

  it("parses and raises what z.pipe parsed and raised, and stops where it stopped", () => {
    for (const v of [{ n: 1 }, { n: "a" }, { x: 1 }, { x: 1, n: "a" }, [1, 2, 3], [1], "s", null, undefined]) {
      expect(issuesOf(mine, { v }, true)).toEqual(issuesOf(zods, { v }, true));
    }
  });

  it("aborts a union branch as z.pipe did", () => {
    const listOrNumber = (schema: z.ZodMiniType) => z.union([z.number({ error: expected("a number") }), schema], { error: expected("a number or a list") });
    const item = z.number({ error: expected("a number") });
    const a = listOrNumber(guarded(guard, listOf(item, "a list")));
    const b = listOrNumber(z.pipe(guard, z.array(item, { error: expected("a list") })));
    for (const v of [1, [1, 2], [1, "a"], [1, 2, 3], "s"]) expect(issuesOf(a, v, true)).toEqual(issuesOf(b, v, true));
  });
});

describe("strict", () => {
  const shape = {
    a: z.number({ error: expected("a number") }),
    b: z.optional(z.string({ error: expected("a string") })),
    c: z.optional(listOf(z.number({ error: expected("a number") }), "a list")),
    d: booleanSchema(),
  };
  const error = (iss: { code?: string; keys?: PropertyKey[]; input?: unknown }) =>
    iss.code === "unrecognized_keys" ? unknownKeysMessage(iss.keys ?? [], Object.keys(shape)) : expected("an object")(iss);
  const mine = inObject(strict(shape, "an object"));
  const zods = inObject(z.strictObject(shape, { error }));
  const field = fc.oneof(anyValue, fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 2 })), { maxLength: 3 }));
  const objects = fc.oneof(
    { weight: 5, arbitrary: fc.dictionary(fc.constantFrom("a", "b", "c", "d", "e", "constructor", "__proto__"), field, { maxKeys: 5 }) },
    { weight: 1, arbitrary: anyValue },
  );

  it("parses and raises what z.strictObject parsed and raised: output, issues, order, and where the parse stops", () => {
    fc.assert(
      fc.property(objects, (v) => {
        expect(issuesOf(mine, { v }, true)).toEqual(issuesOf(zods, { v }, true));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads explicit undefined, an own __proto__, arrays and objects without a prototype as z.strictObject does", () => {
    const cases: unknown[] = [
      { a: 1, d: true, b: undefined },
      { a: undefined, d: undefined },
      JSON.parse('{"a": 1, "d": true, "__proto__": {"b": "x"}}'),
      [1, 2],
      Object.create(null) as object,
    ];
    for (const v of cases) expect(issuesOf(mine, { v }, true)).toEqual(issuesOf(zods, { v }, true));
  });

  it("refuses what is not plain JSON (a Date, a Map, a class instance, an object with a prototype), which z.strictObject reads", () => {
    class Thing {
      a = 1;
    }
    const cases: Array<[unknown, string]> = [
      [new Date(0), "Date"],
      [new Map([["a", 1]]), "Map"],
      [new Thing(), "class instance"],
      [Object.create({ a: 1, d: false }) as object, "class instance"],
    ];
    for (const [v, kind] of cases) {
      // z.strictObject reads it as an object (its keys' issues, if any, not the object's type)
      const read = issuesOf(zods, { v }, true);
      if (Array.isArray(read)) expect(read).not.toContainEqual(expect.objectContaining({ code: "invalid_type", path: ["v"] }));
      const issues = issuesOf(mine, { v }, true) as Array<{ code: string; path: unknown[]; message: string }>;
      expect(issues[0]).toMatchObject({ code: "invalid_type", path: ["v"] });
      expect(issues[0]!.message).toMatch(new RegExp(`^expected an object, got .*; pass plain JSON, not a ${kind}$`));
    }
  });
});

describe("stringSchema and numberSchema", () => {
  const values = fc.oneof(anyValue, fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1.5, "1"));

  it("raise exactly what z.string and z.number raised, with their messages and `received`", () => {
    const pairs: Array<[z.ZodMiniType, z.ZodMiniType]> = [
      [inObject(stringSchema("a name")), inObject(z.string({ error: expected("a name") }))],
      [inObject(stringSchema()), inObject(z.string())],
      [inObject(numberSchema("a number")), inObject(z.number({ error: expected("a number") }))],
    ];
    fc.assert(
      fc.property(values, (v) => {
        for (const [mine, zods] of pairs) expect(issuesOf(mine, { v }, true)).toEqual(issuesOf(zods, { v }, true));
      }),
      { numRuns: 1000 },
    );
  });

  it("fail a union branch as z.string and z.number did", () => {
    const a = z.union([stringSchema("text"), numberSchema("a number")], { error: expected("text or a number") });
    const b = z.union([z.string({ error: expected("text") }), z.number({ error: expected("a number") })], { error: expected("text or a number") });
    for (const v of ["x", 1, Number.NaN, Infinity, null, undefined, {}, true]) expect(issuesOf(a, v, true)).toEqual(issuesOf(b, v, true));
  });
});

describe("optional", () => {
  it("parses and raises what z.optional did, as a key of strict and of z.strictObject", () => {
    const inner = listOf(numberSchema("a number"), "a list");
    const error = (iss: { code?: string; keys?: PropertyKey[]; input?: unknown }) =>
      iss.code === "unrecognized_keys" ? unknownKeysMessage(iss.keys ?? [], ["o", "r"]) : expected("an object")(iss);
    const pairs: Array<[z.ZodMiniType, z.ZodMiniType]> = [
      [strict({ o: optional(inner), r: inner }, "an object"), strict({ o: z.optional(inner), r: inner }, "an object")],
      [z.strictObject({ o: optional(inner), r: inner }, { error }), z.strictObject({ o: z.optional(inner), r: inner }, { error })],
    ];
    const objects = fc.dictionary(fc.constantFrom("o", "r", "x"), fc.oneof(anyValue, fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 1 })), { maxLength: 2 })), { maxKeys: 3 });
    fc.assert(
      fc.property(objects, (v) => {
        for (const [mine, zods] of pairs) expect(issuesOf(mine, v, true)).toEqual(issuesOf(zods, v, true));
      }),
      { numRuns: 1000 },
    );
  });
});
