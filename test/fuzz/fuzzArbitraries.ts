/**
 * Hostile and near-valid inputs for fuzzing: junk values of every JavaScript kind, instants,
 * durations, tickets and events that are usually almost right, and mutation of valid JSON
 * (replace a random leaf, add a key, drop a key).
 */
import fc from "fast-check";
import { DateTime, Duration } from "luxon";
import { HostileError, hostileValues } from "./harness.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Supported instants: 1000-01-01T00:00Z … 9999-12-31T00:00Z. */
export const MIN_EPOCH = -30_610_224_000_000;
export const MAX_EPOCH = 253_402_214_400_000;

// ---------------------------------------------------------------------------------------------
// Special values
// ---------------------------------------------------------------------------------------------

/** 1 MB strings, built once. */
export const MEGA = {
  letters: "x".repeat(1 << 20),
  digits: "9".repeat(1 << 20),
  isoPadded: `2026-01-01${" ".repeat(1 << 20)}`,
  spaced: `${" ".repeat(1 << 20)}2h`,
  surrogates: "\uD800".repeat(1 << 19),
};

export const LONE_SURROGATES = ["\uD800", "\uDFFF", "a\uD83D", "\uDE00b", "2026-01-01\uD800", "\uD83D2h", "sev1\uDC00", "UTC\uD800", "09:00\uDFFF"];

export const SPECIAL_NUMBERS = [
  Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, 0.5, -0.5, -1, 1e-300, Number.MIN_VALUE, -Number.MIN_VALUE,
  Number.MAX_VALUE, -Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 31, 2 ** 32, 2 ** 53 + 2, 1e21, 1e300,
  8.64e15, -8.64e15, 8.64e15 + 1, MIN_EPOCH, MAX_EPOCH, MIN_EPOCH - 1, MAX_EPOCH + 1, 253_402_300_799_999,
];

/** An array nested `depth` levels deep: [[[…]]]. */
export function deepArray(depth: number, leaf: unknown = []): unknown {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** An object nested `depth` levels deep under `key`. */
export function deepObject(depth: number, key = "a"): unknown {
  let v: unknown = {};
  for (let i = 0; i < depth; i++) v = { [key]: v };
  return v;
}

/** JSON texts whose parse gives own `__proto__` / `constructor` / `prototype` keys. */
export const PROTO_JSON = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":{"__proto__":{"polluted":"yes"}}}',
  '[{"__proto__":{"polluted":"yes"}}]',
  '{"__proto__":[["09:00","17:00"]]}',
  '{"__proto__":"2h"}',
];

export function protoObjects(): unknown[] {
  return PROTO_JSON.map((t) => JSON.parse(t) as unknown);
}

/** A proxy whose every trap throws, a getter that throws, fakes of Date / luxon, cycles. */
export function hostileObjects(): unknown[] {
  const boom = (): never => {
    throw new HostileError();
  };
  // Symbol-keyed reads are answered (fast-check itself probes values for its clone symbol).
  const get = (_t: object, key: PropertyKey): unknown => (typeof key === "symbol" ? undefined : boom());
  const has = (_t: object, key: PropertyKey): boolean => (typeof key === "symbol" ? false : boom());
  const proxy = new Proxy(
    {},
    { get, has, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom, defineProperty: boom, set: boom, isExtensible: boom, preventExtensions: boom, deleteProperty: boom },
  );
  hostileValues.add(proxy);
  const getter = Object.defineProperty({}, "createdAt", { get: boom, enumerable: true });
  hostileValues.add(getter);
  const cyclic: Record<string, unknown> = { timezone: "UTC", hours: "24x7" };
  cyclic["self"] = cyclic;
  const cyclicArray: unknown[] = [];
  cyclicArray.push(cyclicArray);
  return [
    proxy,
    getter,
    cyclic,
    cyclicArray,
    // fast-check prints values by their tag: give the fake Dates a printer of their own.
    { [Symbol.toStringTag]: "Date", [fc.toStringMethod]: () => "fakeDate" },
    Object.assign(Object.create(null) as object, { [Symbol.toStringTag]: "Date", [fc.toStringMethod]: () => "fakeDate(null proto)" }),
    { isLuxonDateTime: true, isValid: false, invalidReason: Object.create(null), toMillis: () => 0 },
    { isLuxonDateTime: true, isValid: false, invalidReason: MEGA.surrogates, toMillis: () => 0 },
    { isLuxonDateTime: true, isValid: true, toMillis: () => Symbol("t") },
    { isLuxonDuration: true, isValid: true, toMillis: () => Symbol("d") },
    { isLuxonDuration: true, isValid: true, toMillis: () => 10n },
    { isLuxonDateTime: true },
    { isLuxonDateTime: true, isValid: true },
    { isLuxonDateTime: true, isValid: true, toMillis: () => Number.NaN },
    { isLuxonDateTime: true, isValid: true, toMillis: () => "soon" },
    { isLuxonDuration: true },
    { isLuxonDuration: true, isValid: true },
    { isLuxonDuration: true, isValid: true, toMillis: () => -5 },
    { toJSON: () => { throw new Error("toJSON"); } },
    { [Symbol.toPrimitive]: () => { throw new Error("toPrimitive"); } },
    { valueOf: () => 5, toString: () => "2026-01-01" },
    Object.create(null),
    Object.create({ createdAt: "2026-01-01", severity: "sev1" }),
    new (class Ticket { createdAt = "2026-01-01"; severity = "sev1"; })(),
    new Map([["createdAt", "2026-01-01"]]),
    new Set(["2026-01-01"]),
    new Uint8Array(4),
    new String("2026-01-01"),
    new Number(0),
    10n,
    Symbol("x"),
    () => 0,
    new Date(Number.NaN),
    new Date(8.64e15),
    new Date(-8.64e15),
    DateTime.invalid("fuzz"),
    DateTime.fromMillis(8.64e15),
    DateTime.fromMillis(0, { zone: "Pacific/Chatham" }),
    Duration.invalid("fuzz"),
    Duration.fromObject({ months: 1 }),
    Duration.fromObject({ hours: -2 }),
    Duration.fromMillis(Number.MAX_SAFE_INTEGER),
    new Array(5),
  ];
}

/** Values nested 10,000 levels deep. */
export function deepValues(): unknown[] {
  return [deepArray(10_000), deepObject(10_000), deepArray(10_000, "09:00"), deepObject(10_000, "__proto__")];
}

/** Every special value: numbers, lone surrogates, 1 MB strings, proto objects, hostile objects. */
export function specialValues(): unknown[] {
  return [
    ...SPECIAL_NUMBERS,
    ...LONE_SURROGATES,
    ...Object.values(MEGA),
    "", " ", "null", "undefined", "__proto__", "constructor", "prototype", "toString", "hasOwnProperty",
    null, undefined, true, false, [], {}, [[]], [null],
    ...protoObjects(),
    ...hostileObjects(),
  ];
}

/** {@link specialValues} and {@link deepValues}. */
export function allSpecialValues(): unknown[] {
  return [...specialValues(), ...deepValues()];
}

const FUZZ_KEYS = [
  "__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "polluted",
  "id", "createdAt", "severity", "events", "type", "at", "start", "end", "from", "to", "outages", "metric",
  "timezone", "hours", "holidays", "maintenance", "severities", "targets", "duration", "clock", "days", "length", "0",
];

const keyArb = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...FUZZ_KEYS));

/** Junk of every kind: `fc.anything` with every option, special values, and JSON values. */
export const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.anything({
      key: keyArb, maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true,
      withTypedArray: true, withSparseArray: true, withBoxedValues: true, withObjectString: true, withUnicodeString: true,
    }),
  },
  { weight: 3, arbitrary: fc.constant(null).chain(() => fc.constantFrom(...allSpecialValues())) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.double() },
);

// ---------------------------------------------------------------------------------------------
// Instants and durations
// ---------------------------------------------------------------------------------------------

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** ISO-like text: mostly well-formed parts, sometimes out of range, odd separators or offsets. */
export const isoTextArb: fc.Arbitrary<string> = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 0, max: 9999 })),
    month: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 })),
    day: fc.oneof(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 99 })),
    time: fc.option(
      fc.record({
        sep: fc.constantFrom("T", "t", " ", "_"),
        h: fc.oneof(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 99 })),
        m: fc.oneof(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 99 })),
        s: fc.option(fc.integer({ min: 0, max: 61 })),
        frac: fc.option(fc.stringMatching(/^[.,][0-9]{0,11}$/)),
        zone: fc.option(fc.constantFrom("Z", "z", "+00:00", "-00:00", "+05:30", "-03:30", "+12:45", "+2359", "-24:00", "+1", "+99:99", "Z+", "[UTC]")),
      }),
    ),
    trail: fc.constantFrom("", "", "", " ", "\n", "x", "\u0000"),
  })
  .map(({ year, month, day, time, trail }) => {
    let s = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    if (time !== null) {
      s += `${time.sep}${pad(time.h)}:${pad(time.m)}`;
      if (time.s !== null) s += `:${pad(time.s)}${time.frac ?? ""}`;
      if (time.zone !== null) s += time.zone;
    }
    return s + trail;
  });

/** An instant in every accepted and many rejected forms; mostly 1990–2040. */
export const anyInstantArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }) },
  { weight: 2, arbitrary: fc.integer({ min: MIN_EPOCH, max: MAX_EPOCH }) },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: MIN_EPOCH - DAY, max: MIN_EPOCH + 400 * DAY }), fc.integer({ min: MAX_EPOCH - 400 * DAY, max: MAX_EPOCH + DAY })) },
  { weight: 4, arbitrary: isoTextArb },
  { weight: 2, arbitrary: fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)) }) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }).map((t) => DateTime.fromMillis(t, { zone: "Asia/Kathmandu" })) },
  { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_NUMBERS) },
  { weight: 2, arbitrary: junkArb },
);

/** Shorthand-like duration text: number+unit groups, sometimes disordered, negative or odd. */
export const durationTextArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.integer({ min: 0, max: 500 }).map(String), fc.stringMatching(/^-?[0-9]{1,25}([.,][0-9]{0,5})?$/)),
        fc.constantFrom("w", "d", "h", "m", "s", "ms", "H", "M", "y", "mo", "", "x", " h"),
        fc.constantFrom("", "", " ", "\t"),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((parts) => parts.map(([n, u, sp]) => `${n}${u}${sp}`).join("")),
  fc
    .tuple(
      fc.constantFrom("P", "p", "PT", "P1DT", "-P", "P-"),
      fc.array(fc.tuple(fc.stringMatching(/^[0-9]{1,20}([.,][0-9]{0,4})?$/), fc.constantFrom("W", "D", "H", "M", "S", "T", "Y", "h", "m", "s", "")), { maxLength: 4 }),
    )
    .map(([p, parts]) => p + parts.map(([n, d]) => n + d).join("")),
);

/** A duration in every accepted and many rejected forms; mostly 0–2000 h. */
export const anyDurationArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.oneof(fc.integer({ min: 0, max: 48 }).map((h) => h * HOUR), fc.integer({ min: 0, max: 2000 * HOUR })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 200 * 365 }).map((d) => d * DAY) },
  { weight: 4, arbitrary: durationTextArb },
  {
    weight: 2,
    arbitrary: fc.dictionary(fc.constantFrom("days", "hours", "minutes", "seconds", "milliseconds", "weeks", "__proto__"), fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double(), junkArb), { maxKeys: 3 }),
  },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }).map((h) => Duration.fromObject({ hours: h, minutes: h % 7 })) },
  { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_NUMBERS) },
  { weight: 2, arbitrary: junkArb },
);

// ---------------------------------------------------------------------------------------------
// Tickets
// ---------------------------------------------------------------------------------------------

export const EVENT_TYPES = ["response", "update", "pause", "resume", "severity", "resolve", "reopen"] as const;

/** A well-formed ticket around 2026 for a policy with `severities` (non-empty). */
export function validTicketArb(severities: ReadonlyArray<string>): fc.Arbitrary<Record<string, unknown>> {
  const createdArb = fc.integer({ min: Date.UTC(2025, 10, 1), max: Date.UTC(2027, 2, 1) });
  return createdArb.chain((created) =>
    fc.record(
      {
        id: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("T-1", "T-2", "__proto__", "constructor")),
        createdAt: fc.oneof(fc.constant(created), fc.constant(new Date(created)), fc.constant(new Date(created).toISOString())),
        severity: fc.constantFrom(...severities),
        events: fc.array(
          fc.record(
            {
              type: fc.constantFrom(...EVENT_TYPES),
              at: fc.oneof(fc.integer({ min: 0, max: 30 * DAY }), fc.integer({ min: 0, max: 96 }).map((q) => q * 15 * MINUTE)).map((d) => created + d),
              severity: fc.constantFrom(...severities),
              author: fc.string({ maxLength: 4 }),
            },
            { requiredKeys: ["type", "at"] },
          ),
          { maxLength: 12 },
        ),
      },
      { requiredKeys: ["createdAt", "severity"] },
    ),
  );
}

/** The now of a ticket evaluation: usually within weeks of 2026, sometimes anything. */
export const nowArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: Date.UTC(2025, 10, 1), max: Date.UTC(2027, 5, 1) }) },
  { weight: 1, arbitrary: anyInstantArb },
);

// ---------------------------------------------------------------------------------------------
// Mutation of valid JSON
// ---------------------------------------------------------------------------------------------

type Path = Array<string | number>;

function isPlainData(v: unknown): v is object {
  if (typeof v !== "object" || v === null || hostileValues.has(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return Array.isArray(v) || proto === Object.prototype || proto === null;
}

/** Paths of every node below the root (leaves and inner nodes) of plain JSON-like data, depth-first. */
export function nodePaths(v: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (path.length > 40) return out; // junk may be 10,000 levels deep; valid data is shallow
  if (Array.isArray(v)) v.forEach((x, i) => (out.push([...path, i]), nodePaths(x, [...path, i], out)));
  else if (isPlainData(v)) for (const k of Object.keys(v)) (out.push([...path, k]), nodePaths((v as Record<string, unknown>)[k], [...path, k], out));
  return out;
}

function copy(v: unknown, depth = 0): unknown {
  if (depth > 40) return v;
  if (Array.isArray(v)) return v.map((x) => copy(x, depth + 1));
  if (isPlainData(v)) {
    const out: Record<string, unknown> = Object.getPrototypeOf(v) === null ? (Object.create(null) as Record<string, unknown>) : {};
    for (const k of Object.keys(v)) Object.defineProperty(out, k, { value: copy((v as Record<string, unknown>)[k], depth + 1), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

export type Mutation =
  | { kind: "replace"; pick: number; junk: unknown }
  | { kind: "addKey"; pick: number; key: string; junk: unknown }
  | { kind: "drop"; pick: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("replace" as const), pick: fc.nat(), junk: junkArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("addKey" as const), pick: fc.nat(), key: keyArb, junk: junkArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("drop" as const), pick: fc.nat() }) },
);

/** A copy of `valid` with one mutation applied (at a node chosen by `pick`). */
export function mutate(valid: unknown, m: Mutation): unknown {
  const root = copy(valid);
  const paths = nodePaths(root);
  if (paths.length === 0) return m.kind === "drop" ? undefined : (m as { junk: unknown }).junk;
  const path = paths[m.pick % paths.length]!;
  let parent = root as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const set = (obj: object, key: string | number, value: unknown) =>
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  if (m.kind === "replace") set(parent, last, m.junk);
  else if (m.kind === "drop") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    const into = typeof target === "object" && target !== null && !Array.isArray(target) ? target : parent;
    // An array's own "length" cannot hold junk (that would be a RangeError of this harness).
    set(into, Array.isArray(into) && m.key === "length" ? "length_" : m.key, m.junk);
  }
  return root;
}
