/**
 * Size limits of a policy definition and the names it never accepts.
 *
 * @module
 */

/**
 * Size limits of a definition, so that a hostile or broken file fails fast with a clear message:
 * intervals per day (weekly hours and special hours), `holidays` entries, `except` dates per
 * region entry, maintenance windows, severities, and string lengths.
 * @category Policy
 */
export const POLICY_LIMITS = Object.freeze({
  intervalsPerDay: 48,
  holidays: 10_000,
  /** date-holidays computes a region's year in 1–90 ms: a cold 100-year query costs up to ~9 s per region entry. */
  regionEntries: 10,
  exceptDates: 10_000,
  maintenanceWindows: 1_000,
  /** Weekly maintenance windows that start on one weekday (as intervals per day for hours). */
  maintenanceWindowsPerWeekday: 48,
  severities: 100,
  /** Statuses, `timeIn` metrics, and statuses per `timeIn` list or metrics per `pauses` list. */
  statuses: 100,
  timeIn: 100,
  /** Escalation fractions in `warnAt`. */
  thresholds: 20,
  /** The largest `businessDays` of a target (about 40 years of business days). */
  businessDays: 10_000,
  severityKeyLength: 64,
  textLength: 200,
  descriptionLength: 2_000,
});

/** Keys that could reach `Object.prototype` if used as property names; never accepted as names. */
export const RESERVED_KEYS: ReadonlyArray<string> = Object.freeze(["__proto__", "constructor", "prototype"]);
