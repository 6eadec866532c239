/**
 * The years of an iCalendar import, in the policy's zone.
 *
 * @module
 */
import { dayFromCivil } from "../../time/calendarDate.js";
import { wallToEpoch } from "../../time/wallClock.js";
import type { YearSpan } from "../../time/yearSpan.js";
import type { ZoneRules } from "../../time/zoneRules.js";

/**
 * The local years `span` of an import in the policy's zone `zone`: as day numbers, for all-day
 * events, and as instants, for timed ones (which may lie in another zone).
 */
export interface ImportYears {
  readonly span: YearSpan;
  /** The policy's zone, in which floating times are wall clock. */
  readonly zone: ZoneRules;
  /** The first day of the years, and the day after their last. */
  readonly yearStart: number;
  readonly yearEnd: number;
  /** Their first instant (epoch ms), and the instant after their last. */
  readonly spanStart: number;
  readonly spanEnd: number;
}

/** The years `span` in the zone `zone`. */
export function importYears(span: YearSpan, zone: ZoneRules): ImportYears {
  const yearStart = dayFromCivil(span.from, 1, 1);
  const yearEnd = dayFromCivil(span.to + 1, 1, 1);
  return { span, zone, yearStart, yearEnd, spanStart: wallToEpoch(zone, yearStart, 0), spanEnd: wallToEpoch(zone, yearEnd, 0) };
}
