/**
 * A calendar made of other calendars (follow-the-sun): it runs when any part runs (union) or only
 * when every part runs (intersection), each part in its own zone. It is compiled and cached like a
 * plain calendar: one year block per local year of the first part's zone, built once from the
 * parts' own (cached) year blocks, so warm queries cost what they cost on a plain calendar.
 *
 * @module
 */
import type { Calendar, CalendarCombination, CalendarRules } from "./calendar.js";
import { compileCalendar } from "./calendar.js";
import type { NormalizedPolicy } from "../policy/normalizedPolicy.js";
import { NO_DATED_RULES } from "../policy/datedRules.js";
import { openSegments } from "./openSegments.js";
import { mergeSegments, subtractSegments } from "./segmentAlgebra.js";

const NO_HOURS: NormalizedPolicy["weekly"] = Object.freeze(Array.from({ length: 7 }, () => Object.freeze([])));

/**
 * The span of local years in which every part's holidays are complete: the overlap of the parts'
 * `holidayYears` (a part without one limits nothing); undefined when no part states one. Parts
 * whose spans do not overlap give an empty span (`from > to`), so every year is refused.
 */
export function overlapOfHolidayYears(parts: ReadonlyArray<Calendar>): Calendar["holidayYears"] {
  let from = -Infinity;
  let to = Infinity;
  for (const p of parts) {
    if (p.holidayYears === undefined) continue;
    from = Math.max(from, p.holidayYears.from);
    to = Math.min(to, p.holidayYears.to);
  }
  return from === -Infinity && to === Infinity ? undefined : Object.freeze({ from, to });
}

/** A policy with no rules at all: the shell of a combined calendar (its segments come from its parts). */
function shell(holidayYears: Calendar["holidayYears"]): CalendarRules {
  return {
    holidayYears,
    weekly: NO_HOURS,
    dateRules: NO_DATED_RULES,
    annualRules: [],
    regionRules: [],
    maintenance: { weekly: [], oneOff: [], pausesClocks: false },
  };
}

/**
 * Business time of a set of parts combined as instants.
 *
 * Rule: `union` runs when any part runs, `intersection` only when every part runs; the parts are
 * compiled calendars of the same kind (all business or all clock). The combination's local years,
 * business days and wall-clock output are those of the first part's zone.
 *
 * Edge cases: one part gives a calendar that runs exactly as that part; a union of parts that never
 * run (or an intersection with one) never runs.
 *
 * @param parts - at least one calendar (the caller checks).
 * @example
 * const cal = combinedCalendar("union", [sydney.business, berlin.business, toronto.business]);
 * isOpen(cal, Date.parse("2026-03-02T15:00Z")); //=> true (Berlin and Toronto are open)
 */
export function combinedCalendar(op: "union" | "intersection", parts: ReadonlyArray<Calendar>): Calendar {
  const first = parts[0]!;
  const frozenParts = Object.freeze([...parts]);
  const segmentsIn = (start: number, end: number): number[] => {
    let acc: number[] | undefined;
    for (const part of frozenParts) {
      const own = openSegments(part, start, end, "businessTime");
      if (acc === undefined) acc = own;
      else if (op === "union") acc = mergeSegments(acc.concat(own));
      else acc = subtractSegments(acc, subtractSegments(acc, own)); // a ∩ b = a − (a − b)
      if (op === "intersection" && acc.length === 0) break;
    }
    return acc ?? [];
  };
  const combination: CalendarCombination = Object.freeze({
    op,
    parts: frozenParts,
    // (a fold, not Math.max(...parts): any number of parts, no argument-count limit)
    depth: 1 + frozenParts.reduce((d, p) => Math.max(d, p.combination?.depth ?? 0), 0),
    leaves: frozenParts.reduce((n, p) => n + (p.combination?.leaves ?? 1), 0),
    segmentsIn,
  });
  const base = compileCalendar(shell(overlapOfHolidayYears(frozenParts)), { kind: first.kind, zone: first.zone, closures: [], maintenanceOneOff: [], regionSource: undefined });
  return Object.freeze({
    ...base,
    neverOpen: op === "union" ? frozenParts.every((p) => p.neverOpen) : frozenParts.some((p) => p.neverOpen),
    combination,
  });
}
