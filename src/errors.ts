/**
 * Every error sla-clock throws on purpose is an instance of {@link SlaClockError}, with a stable
 * `code` and a `name` matching its class. Messages name the offending path, the value and the fix.
 *
 * @module
 */

/**
 * One problem found in a policy definition: where it is and what is wrong.
 *
 * @example
 * { path: ["hours", "mon", 0, 1], message: "\"25:00\" is not a time of day; use HH:MM between 00:00 and 24:00" }
 * @category Errors
 */
export interface PolicyIssue {
  /** Path from the root of the definition, e.g. `["hours", "mon", 0, 1]`. */
  readonly path: ReadonlyArray<string | number>;
  /** Human-readable message naming the bad value and the fix. */
  readonly message: string;
}

/**
 * Stable machine-readable codes, one per error class: `POLICY_INVALID` ({@link PolicyError}),
 * `INPUT_INVALID` ({@link InputError}), `HORIZON_EXCEEDED` ({@link HorizonError}).
 * @category Errors
 */
export type SlaClockErrorCode = "POLICY_INVALID" | "INPUT_INVALID" | "HORIZON_EXCEEDED";

/**
 * Base class of every error sla-clock throws deliberately.
 *
 * @example
 * try { addBusinessTime(policy, "nonsense", "2h"); }
 * catch (e) { if (e instanceof SlaClockError) console.log(e.code); } //=> "INPUT_INVALID"
 * @category Errors
 */
export class SlaClockError extends Error {
  /** Stable code of the error class. */
  readonly code: SlaClockErrorCode;
  constructor(code: SlaClockErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = "SlaClockError";
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/**
 * A policy definition is invalid. `issues` lists every problem at once, each with its path.
 *
 * @example
 * const r = safeDefinePolicy({ timezone: "Mars/Base", hours: "24x7" });
 * r.success || r.error.issues[0].path; //=> ["timezone"]
 * @category Errors
 */
export class PolicyError extends SlaClockError {
  /** Every problem found, in document order. */
  readonly issues: ReadonlyArray<PolicyIssue>;
  constructor(issues: ReadonlyArray<PolicyIssue>) {
    super("POLICY_INVALID", formatIssues(issues));
    this.name = "PolicyError";
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ path: Object.freeze([...i.path]), message: i.message })));
  }
}

/**
 * An argument (instant, duration, severity, ticket or event) is invalid.
 * @category Errors
 */
export class InputError extends SlaClockError {
  constructor(message: string) {
    super("INPUT_INVALID", message);
    this.name = "InputError";
  }
}

/**
 * No answer exists within 100 calendar years of the starting instant (a policy with no business
 * time, or an enormous duration), or a query spans more than that.
 * @category Errors
 */
export class HorizonError extends SlaClockError {
  constructor(message: string) {
    super("HORIZON_EXCEEDED", message);
    this.name = "HorizonError";
  }
}

/**
 * Renders a path as `hours.mon[0][1]`.
 *
 * @example
 * formatPath(["hours", "mon", 0, 1]); //=> "hours.mon[0][1]"
 * formatPath([]); //=> "(root)"
 */
export function formatPath(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const k of path) {
    if (typeof k === "number") out += `[${k}]`;
    else {
      // A hostile key stays short (1 MB keys) and well-formed (lone surrogates) in messages; a
      // symbol (a definition's copy met one first through a symbol key) is shown as text.
      const p = String(k);
      const key = wellFormed(p.length > 100 ? `${clip(p, 97)}...` : p);
      out += out === "" ? key : `.${key}`;
    }
  }
  return out;
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one (no backtracking). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `s` with each lone surrogate written as `\uXXXX`, so that it is well-formed UTF-16. */
function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** The first `n` UTF-16 units of `s`, one fewer when the cut would split a surrogate pair. */
function clip(s: string, n: number): string {
  const c = s.charCodeAt(n - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
}

/**
 * `JSON.stringify` with bounded work, for previews: strings over 100 characters, arrays and
 * objects over 20 entries are cut, typed arrays and DataViews shown by kind and size (`"Uint8Array(5)"`),
 * and after 200 values the rest is left out (a value of any size
 * or depth costs about the same). A reference back to an object being written (a cycle) is shown as
 * `"[Circular]"`.
 */
function previewJson(value: unknown): string | undefined {
  let budget = 200;
  // the objects being written, outermost first, as given and as written (cut); the replacer's
  // `this` is the one (as written) that holds the value
  const given: unknown[] = [];
  const written: unknown[] = [];
  return JSON.stringify(value, function (this: unknown, _key: string, v: unknown): unknown {
    if (budget-- <= 0) return undefined;
    if (typeof v === "string") return v.length > 100 ? v.slice(0, 100) : v;
    if (typeof v !== "object" || v === null) return v;
    // a typed array or DataView by its kind and size (`Uint8Array(50000000)`), never enumerated:
    // listing the keys of one of 50 million bytes took seconds
    if (ArrayBuffer.isView(v)) return `${(v as Uint8Array)[Symbol.toStringTag]}(${(v as Uint8Array).length ?? v.byteLength})`;
    while (written.length > 0 && written[written.length - 1] !== this) written.pop(), given.pop();
    if (given.includes(v)) return "[Circular]";
    let out: unknown = v;
    if (Array.isArray(v)) out = v.length > 20 ? v.slice(0, 20) : v;
    else {
      const keys = Object.keys(v);
      if (keys.length > 20) {
        const cut: Record<string, unknown> = {};
        for (const k of keys.slice(0, 20)) Object.defineProperty(cut, k, { value: (v as Record<string, unknown>)[k], enumerable: true });
        out = cut;
      }
    }
    given.push(v);
    written.push(out);
    return out;
  });
}

/**
 * Whether a user-supplied value is an object other than an array (a JSON object, or any other
 * object: a Date, a Map, a class instance), as the checks before an error ask it.
 */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Whether a value is a plain object: `{…}` or `Object.create(null)`, not an array or a class
 * instance; `{…}` made in another realm (`node:vm`, an iframe) too, whose prototype is that realm's
 * `Object.prototype` (the root of its chain, as ours is).
 */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (!isRecord(v)) return false;
  const proto: object | null = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Appends `items` to `list` one at a time: `list.push(...items)` passes each item as an argument
 * and overflows the call stack for lists of some hundred thousand items (issues of a large combined
 * definition).
 */
export function appendAll<T>(list: T[], items: ReadonlyArray<T>): void {
  for (const item of items) list.push(item);
}

/**
 * The own enumerable keys of `obj`, symbols included, in property order: the keys a policy record
 * is read by (and copied by, before validation). No getter is called.
 */
export function ownEnumerableKeys(obj: object): PropertyKey[] {
  return Reflect.ownKeys(obj).filter((k) => Object.prototype.propertyIsEnumerable.call(obj, k));
}

/** Whether `key` is an own property of `obj` (never its prototype's, never a getter call). */
export function hasOwn(obj: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/**
 * An instant (epoch ms, within the years `Date` can show) as messages print it: ISO 8601 in UTC.
 *
 * @example
 * isoOf(Date.UTC(2026, 10, 27, 21, 30)); //=> "2026-11-27T21:30:00.000Z"
 */
export function isoOf(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Shows a user-supplied value in a message, shortened so that a 1 MB string cannot flood a log.
 *
 * @example
 * describeValue("25:00"); //=> "\"25:00\""
 */
export function describeValue(value: unknown): string {
  let s: string;
  try {
    if (typeof value === "string") s = JSON.stringify(value.length > 100 ? value.slice(0, 100) : value);
    else if (typeof value === "number") s = Object.is(value, -0) ? "-0" : String(value);
    else if (typeof value === "bigint") s = `${value}n`;
    else if (value === undefined) s = "undefined";
    else if (typeof value === "function") s = "a function";
    else if (typeof value === "symbol") s = "a symbol";
    else if (value instanceof Date) s = Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
    else s = previewJson(value) ?? String(value);
  } catch {
    try {
      s = Object.prototype.toString.call(value);
    } catch {
      s = "an unreadable value"; // a revoked Proxy
    }
  }
  return s.length > 80 ? `${clip(s, 77)}...` : s;
}

/**
 * What a caller's value threw while being read (a getter, a Proxy trap), for a message: its
 * message, or the thrown value shown, cut to 200 characters.
 */
export function thrownText(e: unknown): string {
  let why: string;
  try {
    why = e instanceof Error ? String(e.message) : describeValue(e);
  } catch {
    why = "unknown error"; // even its message cannot be read
  }
  return why.length > 200 ? `${why.slice(0, 200)}…` : why;
}

/**
 * The InputError for a caller's value that threw while being read (a getter, a Proxy trap, a
 * revoked Proxy; CONTRACT §12), naming where: `what: could not be read (what it threw)`.
 */
export function unreadable(what: string, e: unknown): InputError {
  return new InputError(`${what}: could not be read (${thrownText(e)})`);
}

/**
 * `read()`, with whatever it throws that is not an sla-clock error turned into
 * {@link unreadable}`(what)` (for reads of caller-built values outside the hot paths).
 */
export function readingValue<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw e instanceof SlaClockError ? e : unreadable(what, e);
  }
}

/**
 * The values of `keys` in the caller's object `obj`, each read once (a getter is called once):
 * whatever a read throws (a getter, a revoked Proxy) is {@link unreadable}, naming the field
 * `prefix + key`, or `what` while `obj` itself is checked (CONTRACT §12).
 *
 * @throws InputError `what: X is not …` (with `expected`) when `obj` is not an object.
 */
export function readFields(obj: unknown, keys: ReadonlyArray<string>, prefix: string, what: string, expected: string): unknown[] {
  let field = what;
  try {
    if (!isRecord(obj)) throw new InputError(`${what}: ${describeValue(obj)} is not ${expected}`);
    return keys.map((key) => ((field = prefix + key), obj[key]));
  } catch (e) {
    throw e instanceof SlaClockError ? e : unreadable(field, e);
  }
}

/** The longest list {@link readList} copies (a million outages or policy versions). */
const MAX_LIST_LENGTH = 1_000_000;

/**
 * A copy of the caller's array `list`: its `length` read once and each item once (a Proxy whose
 * length grows cannot make a loop run on); whatever a read throws is {@link unreadable}, naming
 * `what` or the item `what[i]` (CONTRACT §12).
 *
 * @throws InputError for a list longer than a million items, before any item is read.
 */
export function readList(list: ReadonlyArray<unknown>, what: string): unknown[] {
  let i = -1; // the item being read, or -1 while the length is (the item's name is built only for a message)
  try {
    const n = list.length;
    // (a length no caller's list needs, refused before any item is read: the copy is bounded)
    if (!(n <= MAX_LIST_LENGTH)) throw new InputError(`${what}: ${describeValue(n)} items is more than ${MAX_LIST_LENGTH}; pass a shorter list`);
    const out: unknown[] = [];
    for (i = 0; i < n; i++) out.push(list[i]);
    return out;
  } catch (e) {
    throw e instanceof SlaClockError ? e : unreadable(i < 0 ? what : `${what}[${i}]`, e);
  }
}

function formatIssues(issues: ReadonlyArray<PolicyIssue>): string {
  if (issues.length === 0) return "Invalid policy";
  const lines = issues.slice(0, 20).map((i) => `${formatPath(i.path)}: ${i.message}`);
  if (issues.length > 20) lines.push(`… and ${issues.length - 20} more`);
  return `Invalid policy (${issues.length} issue${issues.length === 1 ? "" : "s"}):\n  ${lines.join("\n  ")}`;
}
