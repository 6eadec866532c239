/**
 * The copy of a policy definition that validation reads: the caller's objects read once (CONTRACT
 * §12, "a getter is called once"), and what a read throws kept with the path where it was met.
 *
 * @module
 */
import { PolicyError, isPlainObject, ownEnumerableKeys, thrownText } from "../errors.js";

/**
 * `obj[key] = value` as an own data property, for every key: plain assignment would set the
 * prototype for `__proto__` (the one accessor of Object.prototype) instead.
 */
export function setOwn(obj: Record<PropertyKey, unknown>, key: PropertyKey, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/**
 * The definition as data, each property and item read once (the schema and the normalization read
 * this copy): plain objects (their own enumerable keys, as the schema reads them) and arrays are
 * copied, anything else is kept as given, for the schema to judge. Each object is copied once
 * (`seen`: one shared by many entries, or a cycle, is one copy), so the work is that of reading the
 * input once. A value that cannot be read (a getter or a Proxy trap throws, a revoked Proxy)
 * becomes a getter that throws a {@link PolicyError} naming its path, met where the schema reads it
 * (so an unknown key is still reported as unknown, by its name, and a known one as unreadable, at
 * its path: `could not be read (boom); pass plain JSON data`). Kept as given, and read by the schema as
 * before: values below the deepest level a definition has (8), and lists of more than 10,000 items
 * (more than any section allows; refused by their length).
 *
 * @throws whatever reading `def` itself throws (a revoked Proxy): the whole definition is unreadable.
 */
export function definitionData(def: unknown): unknown {
  return copyOf(def, 0, new Map(), []);
}

/** {@link definitionData} of `v`, found at `path` (a stack: each read pushes its key and pops it). */
function copyOf(v: unknown, depth: number, seen: Map<object, unknown>, path: Array<string | number>): unknown {
  if (typeof v !== "object" || v === null || depth > 8) return v;
  const known = seen.get(v);
  if (known !== undefined) return known;
  if (Array.isArray(v)) {
    const n = v.length;
    if (n > 1e4) return v;
    const out: unknown[] = [];
    seen.set(v, out);
    for (let i = 0; i < n; i++) readInto(out as never, i, v as never, depth, seen, path);
    return out;
  }
  if (!isPlainObject(v)) return v;
  // (keys first: an object whose keys cannot be listed is unreadable wherever it is met, never an
  // empty copy reused by a later path)
  const keys = ownEnumerableKeys(v);
  const out: Record<PropertyKey, unknown> = {};
  seen.set(v, out);
  for (const key of keys) readInto(out, key as string, v, depth, seen, path);
  return out;
}

/** Copies `from[key]` into `out[key]`, or makes `out[key]` a getter throwing why it could not be read. */
function readInto(out: Record<PropertyKey, unknown>, key: string | number, from: Record<PropertyKey, unknown>, depth: number, seen: Map<object, unknown>, path: Array<string | number>): void {
  path.push(key);
  try {
    setOwn(out, key, copyOf(from[key], depth + 1, seen, path));
  } catch (e) {
    // (made when met: a symbol key, which no definition has, is reported as unknown, never read)
    const at = [...path];
    Object.defineProperty(out, key, { get: () => { throw new PolicyError([{ path: at, message: `could not be read (${thrownText(e)}); pass plain JSON data` }]); }, enumerable: true });
  }
  path.pop();
}
