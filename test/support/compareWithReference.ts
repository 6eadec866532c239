/**
 * Runs the same business-time call on the real implementation (src/) and on the slow reference
 * (test/reference/), and turns both outcomes into comparable plain values:
 * a Date becomes its epoch ms, `{ start, end }` spans become `[startMs, endMs]`, a horizon error on
 * either side becomes the string "HorizonError"; any other error becomes "<name>: <message>".
 */
import fc from "fast-check";
import { DateTime } from "luxon";
import * as sla from "../../src/index.js";
import { RefHorizonError, referenceOf, type Reference } from "../reference/referenceBusinessTime.js";
import type { PolicyJson } from "./arbitraries.js";

export type Outcome = number | boolean | number[][] | string;

function normalize(value: unknown): Outcome {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "number") return value === 0 ? 0 : value; // -0 and +0 are the same answer
  if (typeof value === "boolean") return value;
  if (Array.isArray(value)) {
    return value.map((s: unknown) => {
      if (Array.isArray(s)) return [s[0] as number, s[1] as number];
      const span = s as { start: Date; end: Date };
      return [span.start.getTime(), span.end.getTime()];
    });
  }
  return `unexpected value ${String(value)}`;
}

export function outcomeOf(f: () => unknown): Outcome {
  try {
    return normalize(f());
  } catch (e) {
    if (e instanceof sla.HorizonError || e instanceof RefHorizonError) return "HorizonError";
    const err = e as Error;
    return `${err?.name}: ${err?.message}`;
  }
}

export interface Pair {
  def: PolicyJson;
  real: sla.Policy;
  ref: Reference;
}

/** Compiles a definition on both sides (the real `definePolicy` must accept every generated policy). */
export function pairOf(def: PolicyJson): Pair {
  return { def, real: sla.definePolicy(def), ref: referenceOf(def) };
}

const pairCache = new WeakMap<object, Pair>();
/** {@link pairOf}, memoized per definition object (fast-check reuses values while shrinking). */
export function cachedPair(def: PolicyJson): Pair {
  let p = pairCache.get(def);
  if (p === undefined) {
    p = pairOf(def);
    pairCache.set(def, p);
  }
  return p;
}

/** Ways of passing an instant: epoch ms, Date, ISO with Z, ISO with offset, luxon DateTime, offset-less wall text. */
export type InstantForm = "number" | "date" | "isoZ" | "isoOffset" | "dateTime" | "wall";
export const instantFormArb: fc.Arbitrary<InstantForm> = fc.oneof(
  { weight: 6, arbitrary: fc.constant("number" as const) },
  { weight: 1, arbitrary: fc.constantFrom("date" as const, "isoZ" as const, "isoOffset" as const, "dateTime" as const, "wall" as const) },
);

/** `t` in the requested form. The wall form may denote a different instant (overlaps): both sides parse it. */
export function asInput(zone: string, t: number, form: InstantForm): unknown {
  switch (form) {
    case "number":
      return t;
    case "date":
      return new Date(t);
    case "isoZ":
      return new Date(t).toISOString();
    case "isoOffset":
      return DateTime.fromMillis(t, { zone }).toISO()!;
    case "dateTime":
      return DateTime.fromMillis(t, { zone });
    case "wall":
      return DateTime.fromMillis(t, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS");
  }
}

/** Ways of passing a duration of `d` ms: the number, parts, and text forms where they are exact. */
export function durationInputs(d: number): unknown[] {
  const h = Math.floor(d / 3_600_000);
  const m = Math.floor((d % 3_600_000) / 60_000);
  const s = Math.floor((d % 60_000) / 1000);
  const ms = d % 1000;
  const out: unknown[] = [d, { hours: h, minutes: m, seconds: s, milliseconds: ms }];
  if (d > 0 && ms === 0) {
    out.push(`${h ? `${h}h` : ""}${m ? `${m}m` : ""}${s ? `${s}s` : ""}`);
    out.push(`PT${h ? `${h}H` : ""}${m ? `${m}M` : ""}${s ? `${s}S` : ""}`);
  }
  if (d > 0 && d % 1_800_000 === 0 && d % 3_600_000 !== 0) out.push(`${d / 3_600_000}h`); // "1.5h"
  return out;
}

export const describeInstant = (t: number) => `${new Date(t).toISOString()} (${t})`;
