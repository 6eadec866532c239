/**
 * The fuzzing harness: runs one call of a public function and decides whether its outcome is
 * allowed.
 *
 * Allowed: an answer that passes the function's shape check (Dates valid, numbers finite, …), or
 * one of the library's typed errors (`PolicyError`, `InputError`, `HorizonError`) with a
 * well-formed, length-capped message, within {@link CALL_BUDGET_MS}. An error thrown by the caller's
 * own hostile value (a getter or proxy trap throwing {@link HostileError}) may propagate.
 *
 * Forbidden (the property fails, fast-check shrinks it): any other error (TypeError, RangeError —
 * including stack overflow — or a plain Error), a call slower than the budget, prototype pollution,
 * or a change to the caller's objects.
 */
import { DateTime, Duration } from "luxon";
import { HorizonError, InputError, PolicyError, SlaClockError } from "../../src/index.js";

/** Time budget of one call, in ms (`FUZZ_CALL_BUDGET_MS` overrides). */
export const CALL_BUDGET_MS = Number(process.env.FUZZ_CALL_BUDGET_MS ?? "3000");
/** Longest error message allowed: hostile input must not be echoed in full. */
export const MAX_MESSAGE_LENGTH = 20_000;

/** Thrown by the hostile values' getters and proxy traps: the caller's own error. */
export class HostileError extends Error {
  constructor() {
    super("hostile value touched");
    this.name = "HostileError";
  }
}

/** Values whose every access throws {@link HostileError}; never frozen or snapshotted. */
export const hostileValues = new WeakSet<object>();

// ---------------------------------------------------------------------------------------------
// Statistics (printed when FUZZ_REPORT=1)
// ---------------------------------------------------------------------------------------------

interface Stat {
  calls: number;
  answers: number;
  errors: Record<string, number>;
  maxMs: number;
}
const stats = new Map<string, Stat>();

function record(name: string, outcome: string, ms: number): void {
  let s = stats.get(name);
  if (s === undefined) stats.set(name, (s = { calls: 0, answers: 0, errors: {}, maxMs: 0 }));
  s.calls++;
  if (outcome === "answer") s.answers++;
  else s.errors[outcome] = (s.errors[outcome] ?? 0) + 1;
  if (ms > s.maxMs) s.maxMs = ms;
}

/** One line per function: calls, answers, typed errors, slowest call. */
export function statsReport(): string {
  return [...stats]
    .map(([name, s]) => {
      const errs = Object.entries(s.errors).map(([k, v]) => `${k} ${v}`).join(", ");
      return `${name.padEnd(24)} ${String(s.calls).padStart(7)} calls, ${String(s.answers).padStart(6)} answers${errs ? `, ${errs}` : ""}; slowest ${s.maxMs.toFixed(1)} ms`;
    })
    .join("\n");
}

export function totalCalls(): number {
  let n = 0;
  for (const s of stats.values()) n += s.calls;
  return n;
}

export function maybePrintStats(title: string): void {
  if (process.env.FUZZ_REPORT === "1") console.info(`--- ${title}: ${totalCalls()} calls\n${statsReport()}`);
}

// ---------------------------------------------------------------------------------------------
// Outcomes
// ---------------------------------------------------------------------------------------------

export class ForbiddenOutcome extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ForbiddenOutcome";
  }
}

function isWellFormed(s: string): boolean {
  return (s as unknown as { isWellFormed(): boolean }).isWellFormed();
}

/** Why `e` is not an allowed error, or null when it is. */
export function typedErrorProblem(e: unknown): string | null {
  if (!(e instanceof SlaClockError)) {
    const name = e instanceof Error ? `${e.name}: ${e.message.slice(0, 300)}` : String(e);
    return `untyped error ${name}${e instanceof Error && e.stack ? `\n${e.stack.split("\n").slice(1, 6).join("\n")}` : ""}`;
  }
  const expected =
    e instanceof PolicyError ? ["PolicyError", "POLICY_INVALID"] : e instanceof InputError ? ["InputError", "INPUT_INVALID"] : e instanceof HorizonError ? ["HorizonError", "HORIZON_EXCEEDED"] : null;
  if (expected === null) return `bare SlaClockError ${e.message}`;
  if (e.name !== expected[0] || e.code !== expected[1]) return `${e.name}/${e.code} does not match its class ${expected[0]}`;
  if (typeof e.message !== "string" || e.message.length === 0) return `${e.name} without a message`;
  if (e.message.length > MAX_MESSAGE_LENGTH) return `${e.name} message of ${e.message.length} characters (hostile input echoed)`;
  if (!isWellFormed(e.message)) return `${e.name} message is not well-formed UTF-16 (a lone surrogate): ${JSON.stringify(e.message.slice(0, 200))}`;
  if (e instanceof PolicyError) {
    if (!Array.isArray(e.issues) || e.issues.length === 0) return "PolicyError without issues";
    for (const i of e.issues) {
      if (!Array.isArray(i.path) || !i.path.every((p: unknown) => typeof p === "string" || typeof p === "number")) return `issue with a bad path ${String(i.path)}`;
      if (typeof i.message !== "string" || i.message.length === 0) return "issue without a message";
      if (i.message.length > MAX_MESSAGE_LENGTH) return `issue message of ${i.message.length} characters`;
      if (!isWellFormed(i.message)) return `issue message is not well-formed UTF-16: ${JSON.stringify(i.message.slice(0, 200))}`;
    }
  }
  return null;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: SlaClockError | HostileError };

/**
 * Calls `fn` and checks its outcome; throws {@link ForbiddenOutcome} when it is not allowed.
 * `check` validates an answer (throws or returns a problem string).
 */
export function call<T>(name: string, fn: () => T, check: (value: T) => string | null | void): Outcome<T> {
  const t0 = performance.now();
  let outcome: Outcome<T>;
  try {
    outcome = { ok: true, value: fn() };
  } catch (e) {
    const ms = performance.now() - t0;
    if (e instanceof HostileError) {
      record(name, "HostileError", ms);
      return { ok: false, error: e };
    }
    const problem = typedErrorProblem(e);
    if (problem !== null) throw new ForbiddenOutcome(`${name}: ${problem}`, { cause: e });
    record(name, (e as Error).name, ms);
    checkTime(name, ms);
    return { ok: false, error: e as SlaClockError };
  }
  const ms = performance.now() - t0;
  record(name, "answer", ms);
  checkTime(name, ms);
  const problem = check(outcome.value as T);
  if (typeof problem === "string") throw new ForbiddenOutcome(`${name}: bad answer: ${problem}`);
  return outcome;
}

function checkTime(name: string, ms: number): void {
  if (ms > CALL_BUDGET_MS) throw new ForbiddenOutcome(`${name}: took ${ms.toFixed(0)} ms (budget ${CALL_BUDGET_MS} ms)`);
}

// ---------------------------------------------------------------------------------------------
// Answer checks
// ---------------------------------------------------------------------------------------------

export function isValidDate(v: unknown): v is Date {
  return v instanceof Date && Number.isFinite(v.getTime());
}

export function dateProblem(v: unknown, what = "answer"): string | null {
  return isValidDate(v) ? null : `${what} is not a valid Date: ${String(v)}`;
}

export function finiteProblem(v: unknown, what = "answer"): string | null {
  return typeof v === "number" && Number.isFinite(v) ? null : `${what} is not a finite number: ${String(v)}`;
}

export function spansProblem(v: unknown, what: string): string | null {
  if (!Array.isArray(v)) return `${what} is not an array`;
  let prev = Number.NEGATIVE_INFINITY;
  for (const s of v) {
    if (!isValidDate(s?.start) || !isValidDate(s?.end)) return `${what} has a span with invalid Dates`;
    if (!(s.start.getTime() < s.end.getTime())) return `${what} has an empty or reversed span`;
    if (s.start.getTime() < prev) return `${what} is not in order`;
    prev = s.end.getTime();
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Global state: prototype pollution
// ---------------------------------------------------------------------------------------------

const PROTOTYPES: ReadonlyArray<[string, object]> = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["String.prototype", String.prototype],
  ["Function.prototype", Function.prototype],
  ["Date.prototype", Date.prototype],
  ["Number.prototype", Number.prototype],
];

function prototypeKeys(): string {
  return PROTOTYPES.map(([n, p]) => `${n}:${Reflect.ownKeys(p).map(String).sort().join(",")}`).join("\n");
}

const baseline = prototypeKeys();

/** Throws when any built-in prototype gained or lost a key, or `({}).polluted` exists. */
export function assertNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  for (const k of ["polluted", "isAdmin", "x"]) {
    if (probe[k] !== undefined) throw new ForbiddenOutcome(`prototype pollution: ({}).${k} is ${String(probe[k])}`);
  }
  if (([] as unknown as Record<string, unknown>)["polluted"] !== undefined) throw new ForbiddenOutcome("prototype pollution of Array.prototype");
  const now = prototypeKeys();
  if (now !== baseline) throw new ForbiddenOutcome(`a built-in prototype changed:\n${now}`);
}

// ---------------------------------------------------------------------------------------------
// Caller objects: freezing and snapshots
// ---------------------------------------------------------------------------------------------

function isLuxon(v: object): boolean {
  return v instanceof DateTime || v instanceof Duration;
}

/**
 * Values deep-frozen once by {@link preFreeze}: any write to them throws in the (strict-mode)
 * library, so snapshots and freezing skip them (snapshotting 10,000-deep values costs ~20 ms).
 */
const preFrozen = new WeakSet<object>();

/** Deep-freezes `v` once and marks it so that {@link snapshot} and {@link deepFreeze} skip it. */
export function preFreeze<T>(v: T): T {
  deepFreeze(v);
  if (typeof v === "object" && v !== null) preFrozen.add(v);
  return v;
}

/** Freezes every plain object and array reachable from `v` (not hostile values, luxon objects or Dates). Iterative: inputs may be 10,000 levels deep. */
export function deepFreeze<T>(v: T): T {
  const seen = new Set<object>();
  const stack: unknown[] = [v];
  while (stack.length > 0) {
    const x = stack.pop();
    if (typeof x !== "object" || x === null || hostileValues.has(x) || preFrozen.has(x) || seen.has(x) || isLuxon(x) || ArrayBuffer.isView(x)) continue;
    seen.add(x);
    for (const key of Reflect.ownKeys(x)) {
      const d = Object.getOwnPropertyDescriptor(x, key);
      if (d !== undefined && "value" in d) stack.push(d.value);
    }
    Object.freeze(x);
  }
  return v;
}

function atom(x: unknown): string {
  if (typeof x === "number") return Object.is(x, -0) ? "-0" : String(x);
  if (typeof x === "string") return x.length > 1000 ? `s${x.length}:${JSON.stringify(x.slice(0, 50))}` : JSON.stringify(x);
  if (typeof x === "bigint") return `${x}n`;
  if (typeof x === "symbol") return String(x);
  if (typeof x === "function") return "fn";
  return String(x);
}

/**
 * A canonical text of everything reachable from `v` that the library could change: own keys,
 * values (getters are not called), frozen-ness, prototypes, Date times, Map/Set contents.
 * Iterative (pre-order with an explicit stack), so 10,000-level nesting is fine.
 */
export function snapshot(v: unknown): string {
  const ids = new Map<object, number>();
  const out: string[] = [];
  const stack: Array<{ value: unknown } | { text: string }> = [{ value: v }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ("text" in item) {
      out.push(item.text);
      continue;
    }
    const x = item.value;
    if (typeof x !== "object" || x === null) {
      out.push(atom(x));
      continue;
    }
    if (hostileValues.has(x) || preFrozen.has(x)) {
      out.push(hostileValues.has(x) ? "hostile" : "pre-frozen");
      continue;
    }
    const id = ids.get(x);
    if (id !== undefined) {
      out.push(`#${id}`);
      continue;
    }
    ids.set(x, ids.size);
    if (isLuxon(x)) {
      out.push(`luxon:${(x as DateTime).toMillis()}`);
      continue;
    }
    const proto = Object.getPrototypeOf(x);
    out.push(`{${Object.isFrozen(x) ? "F" : ""}${Object.isExtensible(x) ? "" : "N"}${proto === Object.prototype ? "O" : proto === Array.prototype ? "A" : proto === null ? "null" : "p"}`);
    if (x instanceof Date) out.push(`Date:${x.getTime()}`);
    const children: Array<{ value: unknown } | { text: string }> = [];
    if (x instanceof Map) for (const [k, val] of x) children.push({ value: k }, { value: val });
    if (x instanceof Set) for (const val of x) children.push({ value: val });
    for (const key of Reflect.ownKeys(x)) {
      children.push({ text: `${String(key)}:` });
      const d = Object.getOwnPropertyDescriptor(x, key)!;
      children.push("value" in d ? { value: d.value } : { text: "accessor" });
    }
    children.push({ text: "}" });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out.join(" ");
}

/**
 * Runs `body(inputs)` on `inputs` frozen (when `freeze`) and checks that the inputs look exactly
 * as before, and that no prototype was polluted.
 */
export function withCallerObjects<T>(inputs: T, freeze: boolean, body: (inputs: T) => void): void {
  if (freeze) deepFreeze(inputs);
  const before = snapshot(inputs);
  body(inputs);
  const after = snapshot(inputs);
  if (before !== after) throw new ForbiddenOutcome(`the caller's objects changed:\nbefore ${before.slice(0, 2000)}\nafter  ${after.slice(0, 2000)}`);
  assertNoPollution();
}
