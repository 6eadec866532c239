/**
 * Compiled calendars shared between identical definitions: ten thousand tenants on the same hours
 * and holidays (or the same zone, for the always-running clock calendar) compile and cache one
 * calendar, not ten thousand.
 *
 * A calendar is an immutable fact of what it was compiled from, and its caches are transparent
 * (`test/calendar/cacheTransparency.property.test.ts`), so sharing one never changes an answer.
 * The process-wide index is keyed by a hash of the calendar's content (everything its answers
 * depend on), checks equal content on every hit, holds calendars weakly (a calendar lives only as
 * long as some policy uses it) and is bounded.
 *
 * @module
 */
import type { NormalizedPolicy } from "../policy/normalizedPolicy.js";
import type { Calendar, CalendarOptions } from "./calendar.js";
import { compileCalendar } from "./calendar.js";
import type { RegionHolidaySource } from "./regionHolidaySource.js";

/** Content hashes remembered; beyond this the oldest are forgotten (their calendars stay valid). */
export const MAX_SHARED_CALENDAR_KEYS = 4_096;

/** Per region source (full entry, lite, a test double): content hash → calendar, held weakly. */
const bySource = new WeakMap<RegionHolidaySource, Map<number, WeakRef<Calendar>>>();
const withoutSource = new Map<number, WeakRef<Calendar>>();

/**
 * The text that identifies a calendar: everything its answers depend on, read from the compiled
 * calendar itself (so a held calendar can be checked against a new one without keeping the text).
 */
function contentOf(cal: Calendar): string {
  // The dated entries as their columns (day numbers joined natively, names, special hours by
  // position): a third of the text their objects made, and no object per entry. Their indexes in
  // the definition are left out: they name entries in error messages, not in answers.
  const dated = cal.dateRules;
  return JSON.stringify([
    cal.kind, cal.zone.name, cal.weekly, dated.days.join(","), dated.names, [...dated.hours], [...cal.annualRules.values()],
    cal.regionRules, cal.closures, cal.maintenanceWeekly, cal.maintenanceOneOff, cal.holidayYears ?? null,
  ]);
}

/** 53-bit hash of a string (cyrb53: two 32-bit multiply-xorshift lanes). Only an index: equal content is checked. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * {@link compileCalendar}, or the calendar already compiled from the same content while a policy
 * still uses it.
 *
 * Rule: the new calendar is compiled (cheap: its caches start empty), its content hashed; a held
 * calendar with that hash is returned only when its content is equal, so a hash collision costs a
 * calendar of its own, never a wrong answer. Only the hash is kept, not the content.
 *
 * Edge cases: a runtime without `WeakRef` never shares; a calendar with region holidays is shared
 * only between policies that use the same region source.
 *
 * @throws Never beyond what `compileCalendar` throws.
 * @example
 * sharedCalendar(normalized, options) === sharedCalendar(sameContent, options); //=> true
 */
export function sharedCalendar(policy: NormalizedPolicy, options: CalendarOptions): Calendar {
  const calendar = compileCalendar(policy, options);
  if (typeof WeakRef !== "function") return calendar;
  let index = withoutSource;
  const source = calendar.regionRules.length > 0 ? calendar.regionSource : undefined;
  if (source !== undefined) {
    index = bySource.get(source) ?? new Map();
    if (!bySource.has(source)) bySource.set(source, index);
  }
  const content = contentOf(calendar);
  const key = hash53(content);
  const held = index.get(key)?.deref();
  if (held !== undefined && contentOf(held) === content) return held;
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
