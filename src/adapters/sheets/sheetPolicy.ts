/**
 * The policy of a spreadsheet call: a cell with policy JSON or a preset name (blank = the default
 * preset), plus a range of extra closed dates; compiled once per distinct text and cached.
 *
 * @module
 */
import type { Policy } from "../../lite.js";
import { CallError, cellsOf, isBlank } from "./sheetGrid.js";
import { sheetLocalDate } from "./sheetInstant.js";

/** What the spreadsheet functions need to make policies. */
export interface SheetPolicyEnv {
  /** Validates and compiles a definition (the lite `definePolicy` in Apps Script). */
  readonly definePolicy: (definition: unknown) => Policy;
  /** Definitions by name; region holidays already expanded into dates. */
  readonly presets: Readonly<Record<string, unknown>>;
  /** The preset used for a blank policy cell. */
  readonly defaultPreset: string;
}

/** Most compiled policies kept. */
const CACHE_SIZE = 32;

/** Turns `(policy, holidays)` arguments into compiled policies, with a bounded cache. */
export interface SheetPolicyResolver {
  (fn: string, policyArg: unknown, holidaysArg: unknown): Policy;
}

/**
 * A resolver with its own cache. The policy argument may be a cell or a range whose cells joined
 * make the JSON (for policies longer than one cell holds).
 *
 * @throws CallError (from the resolver) for a policy that is not JSON, names no preset, or is
 *   invalid (every issue with its path), and for holiday cells that are not dates.
 */
export function createSheetPolicyResolver(env: SheetPolicyEnv): SheetPolicyResolver {
  const cache = new Map<string, Policy>();
  const remember = (key: string, make: () => Policy): Policy => {
    let p = cache.get(key);
    if (p === undefined) {
      p = make();
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(key, p);
    }
    return p;
  };
  return (fn, policyArg, holidaysArg) => {
    const text = policyText(policyArg);
    const definition = (): unknown => definitionOf(fn, env, text);
    const base = remember(text, () => compile(fn, env, definition()));
    const extra = holidayDates(fn, holidaysArg, base.timezone);
    if (extra.length === 0) return base;
    return remember(`${text}\u0000${extra.join(",")}`, () => compile(fn, env, withClosedDates(definition(), extra, base.timezone)));
  };
}

/** The policy argument's text: a cell's, or a range's non-blank cells joined (a JSON definition split over cells). */
export function policyText(arg: unknown): string {
  if (Array.isArray(arg)) return cellsOf(arg).filter((c) => !isBlank(c)).map(String).join("").trim();
  return isBlank(arg) ? "" : String(arg).trim();
}

function definitionOf(fn: string, env: SheetPolicyEnv, text: string): unknown {
  const name = text === "" ? env.defaultPreset : text;
  if (name.startsWith("{")) {
    try {
      return JSON.parse(name);
    } catch (e) {
      throw new CallError(`${fn}: the policy cell is not valid JSON (${messageOf(e)})`);
    }
  }
  const key = Object.keys(env.presets).find((k) => k.toLowerCase() === name.toLowerCase());
  if (key === undefined) {
    throw new CallError(`${fn}: policy ${JSON.stringify(name.slice(0, 60))} is neither policy JSON nor a preset; presets: ${Object.keys(env.presets).join(", ")}`);
  }
  return env.presets[key];
}

function compile(fn: string, env: SheetPolicyEnv, definition: unknown): Policy {
  try {
    return env.definePolicy(definition);
  } catch (e) {
    throw new CallError(`${fn}: ${oneLineMessage(messageOf(e))}`);
  }
}

function holidayDates(fn: string, arg: unknown, timezone: string): string[] {
  if (isBlank(arg)) return [];
  const out = new Set<string>();
  for (const cell of cellsOf(arg)) {
    if (isBlank(cell)) continue;
    try {
      out.add(sheetLocalDate(cell, timezone, "holidays"));
    } catch (e) {
      throw new CallError(`${fn}: ${messageOf(e)}`);
    }
  }
  return [...out].sort();
}

/**
 * The definition plus closed `date` entries for `dates` (replacing entries for the same dates). A
 * combined definition (`unionOf` / `intersectionOf`) is intersected with a 24x7 policy in its zone
 * (the first part's) that is closed on those dates.
 */
function withClosedDates(definition: unknown, dates: ReadonlyArray<string>, timezone: string): unknown {
  if (typeof definition !== "object" || definition === null) return definition;
  if ("unionOf" in definition || "intersectionOf" in definition) {
    const closed = { timezone, hours: "24x7", holidays: dates.map((date) => ({ date, name: "Holiday (sheet)" })) };
    return { intersectionOf: [definition, closed] };
  }
  const def = definition as { holidays?: unknown };
  const set = new Set(dates);
  const kept = Array.isArray(def.holidays)
    ? def.holidays.filter((h) => !(typeof h === "object" && h !== null && set.has((h as { date?: unknown }).date as string)))
    : [];
  // A date entry for one of the dates would be a duplicate (an error); the sheet's closure wins.
  return { ...def, holidays: [...kept, ...dates.map((date) => ({ date, name: "Holiday (sheet)" }))] };
}

/**
 * A multi-line message on one line (a cell shows one): the heading joined to the first line with
 * a space, the other lines with "; ".
 *
 * @example
 * oneLineMessage('Invalid policy (2 issues):\n  timezone: …\n  hours: …'); //=> "Invalid policy (2 issues): timezone: …; hours: …"
 */
export function oneLineMessage(message: string): string {
  return message.trim().replace(/:\s*\n\s*/, ": ").replace(/\s*\n\s*/g, "; ");
}

/** The message of anything thrown, across realms. */
export function messageOf(e: unknown): string {
  return typeof e === "object" && e !== null && typeof (e as { message?: unknown }).message === "string" ? (e as Error).message : String(e);
}
