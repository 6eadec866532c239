/**
 * Compiled calendars shared between identical definitions: ten thousand tenants on the same hours
 * and holidays (or the same zone, for the always-running clock calendar) compile and cache one
 * calendar, not ten thousand.
 *
 * A calendar is an immutable fact of what it was compiled from, and its caches are transparent
 * (`test/calendar/cacheTransparency.property.test.ts`), so sharing one never changes an answer.
 * The process-wide index is keyed by the calendar's content (everything `compileCalendar` reads),
 * holds calendars weakly (a calendar lives only as long as some policy uses it) and is bounded.
 *
 * @module
 */
import type { NormalizedPolicy } from "../policy/normalizedPolicy.js";
import type { Calendar, CalendarOptions } from "./calendar.js";
import { compileCalendar } from "./calendar.js";
import type { RegionHolidaySource } from "./regionHolidaySource.js";

/** Content keys remembered; beyond this the oldest are forgotten (their calendars stay valid). */
export const MAX_SHARED_CALENDAR_KEYS = 4_096;

/** Per region source (full entry, lite, a test double): content key → calendar, held weakly. */
const bySource = new WeakMap<RegionHolidaySource, Map<string, WeakRef<Calendar>>>();
const withoutSource = new Map<string, WeakRef<Calendar>>();

/**
 * The text that identifies a calendar: what {@link compileCalendar} reads of `policy` for this
 * kind, and the resolved closures and maintenance windows.
 */
function contentKey(policy: NormalizedPolicy, options: CalendarOptions): string {
  const pauses = policy.maintenance.pausesClocks;
  const maintenance = pauses ? [policy.maintenance.weekly, options.maintenanceOneOff] : null;
  if (options.kind === "clock") return JSON.stringify(["clock", options.zone.name, maintenance]);
  return JSON.stringify(["business", options.zone.name, policy.weekly, policy.dateRules, policy.annualRules, policy.regionRules, options.closures, maintenance]);
}

/**
 * {@link compileCalendar}, or the calendar already compiled from the same content while a policy
 * still uses it.
 *
 * Edge cases: a runtime without `WeakRef` compiles every time; a calendar with region holidays is
 * shared only between policies that use the same region source.
 *
 * @throws Never beyond what `compileCalendar` throws.
 * @example
 * sharedCalendar(normalized, options) === sharedCalendar(sameContent, options); //=> true
 */
export function sharedCalendar(policy: NormalizedPolicy, options: CalendarOptions): Calendar {
  if (typeof WeakRef !== "function") return compileCalendar(policy, options);
  let index = withoutSource;
  const source = options.kind === "business" && policy.regionRules.length > 0 ? options.regionSource : undefined;
  if (source !== undefined) {
    index = bySource.get(source) ?? new Map();
    if (!bySource.has(source)) bySource.set(source, index);
  }
  const key = contentKey(policy, options);
  const held = index.get(key)?.deref();
  if (held !== undefined) return held;
  const calendar = compileCalendar(policy, options);
  if (index.size >= MAX_SHARED_CALENDAR_KEYS) {
    // forget the oldest quarter (Map iterates in insertion order)
    let drop = MAX_SHARED_CALENDAR_KEYS >> 2;
    for (const k of index.keys()) {
      if (drop-- <= 0) break;
      index.delete(k);
    }
  }
  index.delete(key);
  index.set(key, new WeakRef(calendar));
  return calendar;
}

/**
 * Content keys held now (without a region source): for tests of the bound.
 *
 * @internal
 */
export function sharedCalendarKeyCount(): number {
  return withoutSource.size;
}
