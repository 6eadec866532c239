/**
 * Where region holidays come from. The full entry point plugs in date-holidays
 * (`dateHolidaysSource.ts`); `sla-clock/lite` plugs in nothing, so nothing it reaches imports
 * date-holidays.
 *
 * @module
 */
import type { RegionRule } from "../policy/normalizedPolicy.js";

/** One holiday of a region on a local date. */
export interface RegionHoliday {
  /** Day number of the local date. */
  readonly day: number;
  readonly name: string;
}

/** A provider of region holidays. */
export interface RegionHolidaySource {
  /** `null` when the rule's region exists, else a message naming the bad code. */
  check(rule: RegionRule): string | null;
  /** The rule's holidays whose local date lies in `year` (types filtered, `except` not yet applied). */
  holidays(rule: RegionRule, year: number): ReadonlyArray<RegionHoliday>;
  /**
   * Whether the source itself gives the rule's holiday on local date `day` a substitute day (so an
   * `observed` rule adds no second one; CONTRACT §10).
   */
  hasSubstitute(rule: RegionRule, day: number): boolean;
}
