/**
 * Building blocks shared by the sections of the policy schema: strict objects with messages in
 * the contract's words, checked strings, capped arrays, and lazily built sub-schemas.
 *
 * @module
 */

import * as z from "zod/mini";
import { appendAll, describeValue, hasOwn, isPlainObject, isRecord, ownEnumerableKeys } from "../errors.js";

/** Run a check even when the value has other problems, so that every problem is reported. */
export const ALWAYS = { when: () => true } as const;

type Issuer = { addIssue(issue: { code: "custom"; message: string; path?: PropertyKey[]; input?: unknown }): void };

export function addIssue(ctx: unknown, message: string, path?: PropertyKey[]): void {
  (ctx as Issuer).addIssue(path === undefined ? { code: "custom", message, input: undefined } : { code: "custom", message, path, input: undefined });
}

/** Adds an issue of any zod code (`unrecognized_keys`, `too_small`, …) from inside a refinement. */
export function raise(ctx: unknown, issue: { code: string; message: string; input?: unknown; path?: PropertyKey[]; continue?: boolean; [key: string]: unknown }): void {
  (ctx as { addIssue(issue: object): void }).addIssue(issue);
}

/** A value as messages show it (strings cut at 100 characters; see {@link describeValue}). */
export const shown = describeValue;

/** Error map for a schema's own type issues: "missing; expected X" or "expected X, got V". */
export function expected(what: string) {
  return (iss: { input?: unknown }): string =>
    iss.input === undefined ? `missing; expected ${what}` : `expected ${what}, got ${shown(iss.input)}`;
}

/** Message of an `unrecognized_keys` issue; `parsePolicy` splits it per key. */
export function unknownKeysMessage(keys: ReadonlyArray<PropertyKey>, allowed: ReadonlyArray<string>): string {
  const list = keys.map((k) => shown(String(k))).join(", ");
  return `unknown key${keys.length === 1 ? "" : "s"} ${list}; expected one of ${allowed.join(", ")}`;
}

/**
 * A closed object of `shape`. It parses and raises what `zod.strictObject(shape, { error })` does
 * with the messages of {@link expected} and {@link unknownKeysMessage} (the same output, issues and
 * order: the shape's keys first, then one `unrecognized_keys` issue that lets the checks after it
 * run), and is written out for the reason and with the parse options of {@link recordOf}
 * (zod.strictObject costs `sla-clock/lite` ~1 KB gzip).
 */
export function strict<T extends z.core.$ZodLooseShape>(shape: T, what: string) {
  const allowed = Object.keys(shape);
  const typeError = expected(what);
  return z.unknown().check(
    z.superRefine((input: unknown, ctx) => {
      const payload = ctx as unknown as Payload;
      // A definition is plain JSON at every depth, as at its root: a Map, a Date or a class instance
      // is refused, not read as {} (zod's strictObject would take it).
      if (!isPlainObject(input)) {
        let message = typeError({ input });
        if (isRecord(input)) {
          const kind = Object.prototype.toString.call(input).slice(8, -1);
          message += `; pass plain JSON, not a ${kind === "Object" ? "class instance" : kind}`;
        }
        payload.issues.push({ expected: "object", code: "invalid_type", input, message } as Payload["issues"][number]);
        return;
      }
      const out: Record<string, unknown> = {};
      payload.value = out;
      for (const key of allowed) {
        // zod's handlePropertyResult: a missing optional key is left out, a missing required one is an issue
        const { optin, optout } = (shape[key] as unknown as { _zod: { optin?: string; optout?: string } })._zod;
        const present = key in input;
        if (!present && optin === "optional" && optout === "optional") continue;
        const result = run(shape[key]!, (input as Record<string, unknown>)[key]);
        if (result.issues.length > 0) {
          if (!present && optin !== undefined && optout === "optional") continue;
          for (const iss of result.issues) {
            (iss.path ??= []).unshift(key);
            payload.issues.push(iss);
          }
        }
        if (!present && optin === undefined) {
          if (result.issues.length === 0) payload.issues.push({ code: "invalid_type", expected: "nonoptional", input: undefined, path: [key] } as Payload["issues"][number]);
        } else if (result.value !== undefined) out[key] = result.value;
        else if (present || (optin === "defaulted" && optout !== "optional")) out[key] = undefined;
      }
      const unknown: string[] = [];
      for (const key in input) if (!allowed.includes(key)) unknown.push(key);
      if (unknown.length > 0) {
        payload.issues.push({ code: "unrecognized_keys", keys: unknown, input, message: unknownKeysMessage(unknown, allowed), continue: true } as Payload["issues"][number]);
      }
    }),
  ) as unknown as z.ZodMiniObject<T, z.core.$strict>;
}

export function get(obj: unknown, key: string): unknown {
  if (typeof obj !== "object" || obj === null || !hasOwn(obj, key)) return undefined;
  return (obj as Record<string, unknown>)[key];
}

/** A string checked by `parse`, which returns an error message or a value. */
export function checkedString(what: string, parse: (s: string) => unknown) {
  return stringSchema(what).check(
    z.superRefine((s: string, ctx) => {
      const r = parse(s);
      if (typeof r === "string") addIssue(ctx, r);
    }),
  );
}

export function text(what: string, max: number) {
  return checkedString(what, (s) =>
    s.length > max ? `${shown(s)} is too long (${s.length} characters); keep ${what} to at most ${max} characters` : null,
  );
}

/**
 * An array whose length is checked before its elements are parsed, so that a million-entry list
 * costs one comparison.
 */
export function cappedArray<T extends z.core.SomeType>(item: T, max: number, what: string, noun: string) {
  return guarded(
    z.unknown().check(
      z.superRefine((v: unknown, ctx) => {
        if (Array.isArray(v) && v.length > max) {
          addIssue(ctx, `${v.length} ${noun} is more than the limit of ${max}; split or shorten the list`);
        }
      }),
    ),
    listOf(item, what),
  );
}

/**
 * A builder that runs once, on first use: sub-schemas shared by several sections are built when
 * the schema is first parsed, and only once.
 */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/**
 * One of `values` (compared with `===`). It raises exactly the issue `zod.enum(values, { error:
 * expected(what) })` raises (`invalid_value` with the values and the message of {@link expected}),
 * and is written out because zod.enum would be the only enum in the schema and costs
 * `sla-clock/lite` ~0.3 KB gzip.
 */
export function oneOf<const T extends ReadonlyArray<string>>(values: T, what: string) {
  return valueIn(values, what, { code: "invalid_value", values: [...values] }) as unknown as z.ZodMiniType<T[number], T[number]>;
}

/** `true` or `false`: the issue of `zod.boolean({ error: expected("true or false") })` (`invalid_type`), for the same reason as {@link oneOf}. */
export function booleanSchema() {
  return valueIn([true, false], "true or false", { code: "invalid_type", expected: "boolean" }) as unknown as z.ZodMiniType<boolean, boolean>;
}

/**
 * A string: the issue of `zod.string({ error: expected(what) })` (`invalid_type`; without `what`, that
 * of `zod.string()`), for the same reason as {@link oneOf} (zod.string costs `sla-clock/lite` ~0.1 KB gzip).
 */
export function stringSchema(what?: string) {
  return typed("string", (v) => typeof v === "string", what) as unknown as z.ZodMiniType<string, string>;
}

/** A finite number: the issue of `zod.number({ error: expected(what) })` (with its `received` for NaN and ±Infinity), for the same reason. */
export function numberSchema(what: string) {
  return typed("number", Number.isFinite, what) as unknown as z.ZodMiniType<number, number>;
}

/**
 * `schema`, or nothing: what `zod.optional(schema)` parses and raises (`undefined` passes, any other
 * value is `schema`'s), carrying zod's own `optin`/`optout` markers so that {@link strict} leaves a
 * missing key out; written out for the reason and with the parse options of {@link recordOf}
 * (zod.optional costs `sla-clock/lite` ~0.1 KB gzip).
 */
export function optional<T extends z.core.SomeType>(schema: T) {
  const s = z.unknown().check(
    z.superRefine((v: unknown, ctx) => {
      const payload = ctx as unknown as Payload;
      if (v !== undefined) payload.value = runInto(payload, schema, v);
    }),
  );
  Object.assign(s._zod, { optin: "optional", optout: "optional" });
  return s as unknown as z.ZodMiniOptional<T>;
}

function typed(type: "string" | "number", ok: (v: unknown) => boolean, what: string | undefined) {
  const error = what === undefined ? undefined : expected(what);
  return z.unknown().check(
    z.superRefine((v: unknown, ctx) => {
      if (ok(v)) return;
      const issue: Record<string, unknown> = { expected: type, code: "invalid_type", input: v };
      if (type === "number" && typeof v === "number") issue["received"] = Number.isNaN(v) ? "NaN" : String(v);
      if (error !== undefined) issue["message"] = error({ input: v });
      (ctx as unknown as Payload).issues.push(issue);
    }),
  );
}

function valueIn(values: ReadonlyArray<unknown>, what: string, issue: { code: string; [key: string]: unknown }) {
  const error = expected(what);
  return z.unknown().check(
    z.superRefine((v: unknown, ctx) => {
      // Pushed as zod's own types push it, without `continue`: the object around it stops, but its
      // checks with a `when` still run (addIssue would mark the issue `continue: true`).
      if (!values.includes(v)) (ctx as unknown as { issues: object[] }).issues.push({ ...issue, message: error({ input: v }), input: v });
    }),
  );
}

/** zod's `util.isPlainObject` (what zod.record accepts); `util` would come whole into the bundle. */
function zodPlainObject(o: unknown): o is Record<PropertyKey, unknown> {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  const ctor: unknown = (o as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== "function") return true;
  const prot: unknown = (ctor as { prototype?: unknown }).prototype;
  if (typeof prot !== "object" || prot === null || Array.isArray(prot)) return false;
  return hasOwn(prot, "isPrototypeOf");
}

export type Payload = { value: unknown; issues: Array<{ path?: PropertyKey[] }> };

/**
 * An object of `value`s by keys that `key` (a string schema) accepts. It parses and raises what
 * `zod.record(key, value, { error: expected(what) })` does (the same output, issues and order: own
 * enumerable keys, `__proto__` skipped, `invalid_key` for a key that `key` refuses, each value's
 * issues under its key), and is written out because zod.record costs `sla-clock/lite` ~0.4 KB gzip.
 * The check replaces the parsed value with the record it builds, as zod's `overwrite` checks do;
 * keys and values are parsed without the caller's parse options (the policy schemas have no async
 * parts, transforms or codecs, so they change nothing; with `reportInput`, the issues inside a
 * refused key's `invalid_key` keep no input, which only a symbol key's type issue had).
 */
export function recordOf<V extends z.core.SomeType>(key: z.ZodMiniType, value: V, what: string) {
  const error = expected(what);
  return z.unknown().check(
    z.superRefine((input: unknown, ctx) => {
      const payload = ctx as unknown as Payload;
      if (!zodPlainObject(input)) {
        payload.issues.push({ expected: "record", code: "invalid_type", input, message: error({ input }) } as Payload["issues"][number]);
        return;
      }
      const out: Record<PropertyKey, unknown> = {};
      payload.value = out;
      for (const k of ownEnumerableKeys(input)) {
        if (k === "__proto__") continue;
        const checked = key.safeParse(k);
        if (!checked.success) {
          payload.issues.push({ code: "invalid_key", origin: "record", issues: checked.error.issues, input: k, path: [k], message: error({ input: k }) } as Payload["issues"][number]);
          continue;
        }
        out[k] = runInto(payload, value, input[k], k);
      }
    }),
  ) as unknown as z.ZodMiniType<Record<string, z.output<V>>, Record<string, z.input<V>>>;
}

/**
 * An array of `item`s. It parses and raises what `zod.array(item, { error: expected(what) })` does
 * (the same output and issues, each item's under its index), and is written out for the reason
 * and with the parse options of {@link recordOf} (zod.array costs `sla-clock/lite` ~0.3 KB gzip).
 */
export function listOf<I extends z.core.SomeType>(item: I, what: string) {
  const error = expected(what);
  return z.unknown().check(
    z.superRefine((input: unknown, ctx) => {
      const payload = ctx as unknown as Payload;
      if (!Array.isArray(input)) {
        payload.issues.push({ expected: "array", code: "invalid_type", input, message: error({ input }) } as Payload["issues"][number]);
        return;
      }
      // its length read once (callers cap it first: see cappedArray)
      const n = input.length;
      const out: unknown[] = Array(n);
      payload.value = out;
      for (let i = 0; i < n; i++) out[i] = runInto(payload, item, input[i], i);
    }),
  ) as unknown as z.ZodMiniType<Array<z.output<I>>, Array<z.input<I>>>;
}

/**
 * `main` behind `guard`: what `zod.pipe(guard, main)` parses and raises (`main` reads what `guard`
 * passed, and does not run when `guard` raised an issue other than `unrecognized_keys`, which then
 * aborts the parse as zod's pipe does), written out for the reason and with the parse options of {@link recordOf} (zod.pipe costs
 * `sla-clock/lite` ~0.1 KB gzip).
 */
export function guarded<M extends z.core.SomeType>(guard: z.core.SomeType, main: M): M {
  return z.unknown().check(
    z.superRefine((input: unknown, ctx) => {
      const payload = ctx as unknown as Payload & { aborted?: boolean };
      const left = run(guard, input);
      appendAll(payload.issues, left.issues);
      if (left.issues.some((iss) => (iss as { code?: string }).code !== "unrecognized_keys")) {
        payload.aborted = true;
        return;
      }
      payload.value = runInto(payload, main, left.value);
    }),
  ) as unknown as M;
}

/**
 * The first of `options` that `input` passes: what zod's `union(options, { error: expected(what) })`
 * parses and raises (the first option without issues gives the output; else the one option whose
 * issues all let the parse continue gives its output and issues; else one `invalid_union` issue
 * with every option's finalized issues as `errors`), written out for the reason and with the parse
 * options of {@link recordOf} (zod's union costs `sla-clock/lite` ~0.3 KB gzip). An `errors` list
 * is read again with `safeParse`, which finalizes each option's issues as zod's union does; only a
 * failing parse pays for it.
 */
export function union<T extends readonly z.core.SomeType[]>(options: T, what: string) {
  // The issue's owner, whose `error` gives its message as zod's union's own does (it is not stamped
  // on the other issues, which keep their own messages).
  const inst = { _zod: { def: { error: expected(what) } } };
  return z.unknown().check(
    z.superRefine((input: unknown, ctx) => {
      const payload = ctx as unknown as Payload;
      const open: Payload[] = [];
      for (const o of options) {
        const r = run(o, input);
        if (r.issues.length === 0) {
          payload.value = r.value;
          return;
        }
        if (!(r as { aborted?: boolean }).aborted && r.issues.every((iss) => (iss as { continue?: boolean }).continue === true)) open.push(r);
      }
      if (open.length === 1) {
        payload.value = open[0]!.value;
        appendAll(payload.issues, open[0]!.issues);
      } else {
        payload.issues.push({ code: "invalid_union", input, inst, errors: options.map((o) => (o as unknown as z.ZodMiniType).safeParse(input).error!.issues) } as Payload["issues"][number]);
      }
    }),
  ) as unknown as z.ZodMiniUnion<T>;
}

/** Runs `schema` on `value` with no parse options: its output and raw issues. */
export function run(schema: z.core.SomeType, value: unknown): Payload {
  return (schema as unknown as { _zod: { run(p: Payload, c: object): Payload } })._zod.run({ value, issues: [] }, {});
}

/** Runs `schema` on `value`, adds its issues to `payload` (under `key` if given), and returns its output. */
function runInto(payload: Payload, schema: z.core.SomeType, value: unknown, key?: PropertyKey): unknown {
  const result = run(schema, value);
  for (const iss of result.issues) {
    if (key !== undefined) (iss.path ??= []).unshift(key);
    payload.issues.push(iss);
  }
  return result.value;
}

/** Reports own keys beyond `max` and an own `__proto__` key (zod.record skips it silently). */
export function recordGuard(max: number, noun: string, reservedMessage: string) {
  return z.unknown().check(
    z.superRefine((v: unknown, ctx) => {
      if (!isRecord(v)) return;
      const keys = Object.keys(v);
      if (keys.length > max) {
        addIssue(ctx, `${keys.length} ${noun} is more than the limit of ${max}`);
        return;
      }
      if (hasOwn(v, "__proto__")) {
        raise(ctx, { code: "unrecognized_keys", keys: ["__proto__"], reserved: true, message: reservedMessage, input: undefined });
      }
    }),
  );
}
