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
 * The text that identifies a calendar, but for its dated entries (see {@link sameDated}): everything
 * else its answers depend on, read from the compiled calendar itself (so a held calendar can be
 * checked against a new one without keeping the text). Small: weekly hours, special hours, annual
 * and region entries, closures, maintenance, holidayYears.
 */
function contentOf(cal: Calendar): string {
  return JSON.stringify([
    cal.kind, cal.zone.name, cal.weekly, [...cal.dateRules.hours], [...cal.annualRules.values()], cal.regionRules,
    cal.closures, cal.maintenanceWeekly, cal.maintenanceOneOff, cal.holidayYears ?? null,
  ]);
}

/**
 * Whether two calendars have the same dated entries (days and names; their special hours are in
 * {@link contentOf}, their indexes in the definition name entries in messages, not in answers).
 */
function sameDated(a: Calendar, b: Calendar): boolean {
  const x = a.dateRules;
  const y = b.dateRules;
  if (x === y) return true;
  const n = x.days.length;
  if (y.days.length !== n || x.names.length !== y.names.length) return false;
  for (let i = 0; i < n; i++) if (x.days[i] !== y.days[i]) return false;
  for (let i = 0; i < x.names.length; i++) if (x.names[i] !== y.names[i]) return false;
  return true;
}

/**
 * 53-bit hash of a calendar's content: its {@link contentOf} text, then its dated entries' day
 * numbers and names read in place (no text is built for them). cyrb53: two 32-bit
 * multiply-xorshift lanes. Only an index: equal content is checked.
 */
function hash53(text: string, cal: Calendar): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  const dated = cal.dateRules;
  const days = dated.days;
  for (let i = 0; i < days.length; i++) {
    const d = days[i]!;
    h1 = Math.imul(h1 ^ d, 2654435761);
    h2 = Math.imul(h2 ^ d, 1597334677);
  }
  const names = dated.names;
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const len = name === undefined ? -1 : name.length; // separates the names (and marks unnamed)
    h1 = Math.imul(h1 ^ len, 2654435761);
    h2 = Math.imul(h2 ^ len, 1597334677);
    if (name === undefined) continue;
    for (let k = 0; k < name.length; k++) {
      const c = name.charCodeAt(k);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
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
 * @param hash - the content's hash (`hash53`; tests pass a constant one, so that every calendar
 *   collides and the equality check is what keeps calendars apart).
 * @throws Never beyond what `compileCalendar` throws.
 * @example
 * sharedCalendar(normalized, options) === sharedCalendar(sameContent, options); //=> true
 */
export function sharedCalendar(policy: NormalizedPolicy, options: CalendarOptions, hash: (content: string, cal: Calendar) => number = hash53): Calendar {
  const calendar = compileCalendar(policy, options);
  if (typeof WeakRef !== "function") return calendar;
  let index = withoutSource;
  const source = calendar.regionRules.length > 0 ? calendar.regionSource : undefined;
  if (source !== undefined) {
    index = bySource.get(source) ?? new Map();
    if (!bySource.has(source)) bySource.set(source, index);
  }
  const content = contentOf(calendar);
  const key = hash(content, calendar);
  const held = index.get(key)?.deref();
  if (held !== undefined && sameDated(held, calendar) && contentOf(held) === content) return held;
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
