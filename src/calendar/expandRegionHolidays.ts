/**
 * Region holidays → explicit dates, for `sla-clock/lite` and spreadsheets (which leave out
 * date-holidays). Uses the date-holidays source, so only the full entry (`sla-clock`), the CLI and
 * build scripts import this module — never `sla-clock/lite`.
 *
 * @module
 */
import { safeDefineCombinedPolicyWith } from "./combinedPolicy.js";
import { dateHolidaysSource } from "./dateHolidaysSource.js";
import { compiledOf } from "./definePolicy.js";
import { observedDaysOf } from "./observedDays.js";
import { InputError } from "../errors.js";
import { readPolicyCombination } from "../policy/policyCombination.js";
import type { PolicyCombinationDefinition } from "../policy/policySchema.js";
import { POLICY_LIMITS } from "../policy/policyLimits.js";
import type { PolicyDefinition } from "../policy/policySchema.js";
import { formatDay } from "../time/calendarDate.js";
import type { YearSpan } from "../time/yearSpan.js";

export type { YearSpan } from "../time/yearSpan.js";

/** Widest span accepted, in years. */
export const MAX_YEAR_SPAN = 200;

/**
 * The definition with every `region` holiday entry replaced, in place, by explicit
 * `{ date, name }` entries for the local dates it closes in the years `span` (inclusive): a
 * definition that `sla-clock/lite` and the spreadsheet functions accept. The same expansion as
 * `sla-clock holidays POLICY.json --years FROM-TO`. Exported by `sla-clock` only (it needs
 * date-holidays); run it at build time and ship the result to lite.
 *
 * The rule keeps the compiled meaning identical within the span: the region's holidays of the
 * entry's `types` (substitute days included), minus its `except` dates, minus dates that a `date`
 * or `annual` entry already decides (those win over region holidays, so adding a date would change
 * their meaning), minus dates an earlier region entry already added. Every other entry and key is
 * kept as written.
 *
 * Observed days (`observed` on region or annual entries) in the span become `{ date, name }`
 * entries too ("Christmas Day (observed)"), and annual entries lose `observed`: within the span the
 * expanded policy closes exactly the same dates.
 *
 * The result states `holidayYears: [from, to]` (the span, or its overlap with the policy's own
 * `holidayYears`): outside it the expanded policy knows no region holidays, so any calculation
 * that needs a year outside it throws a `HorizonError` instead of answering without them.
 *
 * Edge cases: a policy with no region entries comes back unchanged (as a copy), without
 * `holidayYears` (its holidays are complete for every year); a combination (`{ "unionOf": [...] }`)
 * comes back as a combination of its parts, each expanded in its own zone.
 *
 * @throws PolicyError when the definition is invalid (including unknown regions). InputError for a
 *   span that is reversed, not whole years, outside 1000–9999 or longer than 200 years
 *   years, or that expands to more holiday entries than a policy may hold.
 * @example
 * expandRegionHolidays(presets.auvikSupportV2, { from: 2026, to: 2026 }).holidays;
 * //=> [{ date: "2026-01-01", name: "New Year's Day" }, { date: "2026-02-16", name: "Family Day" }, …]
 * @category Holidays
 */
export function expandRegionHolidays(definition: PolicyDefinition, span: YearSpan): PolicyDefinition;
export function expandRegionHolidays(definition: unknown, span: YearSpan): PolicyDefinition | PolicyCombinationDefinition;
export function expandRegionHolidays(definition: unknown, span: YearSpan): PolicyDefinition | PolicyCombinationDefinition {
  checkSpan(span);
  const defined = safeDefineCombinedPolicyWith(definition, dateHolidaysSource, "is unavailable here");
  if (!defined.success) throw defined.error;
  const policy = defined.policy;
  // A combination (unionOf / intersectionOf): each part expanded on its own, in its own zone.
  const combination = readPolicyCombination(policy.definition);
  if (combination !== null && combination.success) {
    return { [combination.key]: combination.parts.map((part) => expandRegionHolidays(part, span)) } as unknown as PolicyCombinationDefinition;
  }
  const compiled = compiledOf(policy);
  const normalized = compiled.normalized;
  const def = JSON.parse(JSON.stringify(policy.definition)) as { holidays?: unknown[]; holidayYears?: [number, number] };
  if (normalized.regionRules.length === 0 || def.holidays === undefined) return def as PolicyDefinition;
  const covered = normalized.holidayYears;
  const years = covered === undefined ? span : { from: Math.max(span.from, covered.from), to: Math.min(span.to, covered.to) };
  if (years.from > years.to) {
    throw new InputError(`years: ${span.from}-${span.to} lies outside the policy's holidayYears ${covered!.from}–${covered!.to}; choose years inside them`);
  }

  const decided = new Set<string>(Array.from(normalized.dateRules.days, formatDay));
  const annual = new Set<string>(normalized.annualRules.map((r) => `${pad(r.month)}-${pad(r.day)}`));
  const rulesByIndex = new Map(normalized.regionRules.map((r) => [r.index, r] as const));
  const out: unknown[] = [];
  def.holidays.forEach((entry, index) => {
    const rule = rulesByIndex.get(index);
    if (rule === undefined) {
      // an annual entry's observed days become dates below: within the years they are the same
      if (typeof entry === "object" && entry !== null && "annual" in entry && "observed" in entry) {
        const { observed: _, ...rest } = entry as Record<string, unknown>;
        out.push(rest);
      } else out.push(entry);
      return;
    }
    const except = new Set(rule.except.map(formatDay));
    for (let year = years.from; year <= years.to; year++) {
      const days = [...dateHolidaysSource.holidays(rule, year)].sort((a, b) => a.day - b.day);
      for (const h of days) {
        const date = formatDay(h.day);
        if (except.has(date) || decided.has(date) || annual.has(date.slice(5))) continue;
        decided.add(date);
        out.push({ date, name: h.name });
      }
    }
  });
  if (compiled.business.observing) {
    for (let year = years.from; year <= years.to; year++) {
      const observed = [...observedDaysOf(compiled.business, year)].sort((a, b) => a[0] - b[0]);
      for (const [day, name] of observed) out.push({ date: formatDay(day), name });
    }
  }
  if (out.length > POLICY_LIMITS.holidays) {
    throw new InputError(`years: ${span.from}-${span.to} expands to ${out.length} holiday entries, more than the ${POLICY_LIMITS.holidays} a policy may hold; choose fewer years`);
  }
  def.holidays = out;
  if (def.holidayYears !== undefined) {
    def.holidayYears = [years.from, years.to];
    return def as PolicyDefinition;
  }
  // holidayYears right after holidays, where a reader looks for it
  const ordered: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(def)) {
    ordered[key] = value;
    if (key === "holidays") ordered["holidayYears"] = [years.from, years.to];
  }
  return ordered as unknown as PolicyDefinition;
}

/**
 * Parses `"2024-2035"` (or a single year `"2026"`) into a {@link YearSpan}.
 *
 * @param what - how messages name the text (`"years"`; the CLI passes `"--years"`).
 * @throws InputError for any other text (naming the supported years 1000–9999), a reversed span or
 *   one outside 1000–9999.
 * @example
 * parseYearSpan("2024-2035"); //=> { from: 2024, to: 2035 }
 */
export function parseYearSpan(text: string, what = "years"): YearSpan {
  const m = /^\s*(\d{4})(?:\s*(?:-|\.\.|–)\s*(\d{4}))?\s*$/.exec(text);
  if (m === null) throw new InputError(`${what}: ${JSON.stringify(text)} is not a span of years from 1000 to 9999; write e.g. 2024-2035 (or a single year, 2026)`);
  const span = { from: Number(m[1]), to: Number(m[2] ?? m[1]) };
  checkSpan(span, what);
  return span;
}

function checkSpan(span: YearSpan, what = "years"): void {
  const { from, to } = span;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1000 || to > 9999) {
    throw new InputError(`${what}: ${from}-${to} must be whole years between 1000 and 9999`);
  }
  if (to < from) throw new InputError(`${what}: ${from}-${to} ends before it starts; write the earlier year first`);
  if (to - from + 1 > MAX_YEAR_SPAN) throw new InputError(`${what}: ${from}-${to} spans more than ${MAX_YEAR_SPAN} years`);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
