/**
 * The validated, normalized form of a policy definition: what `parsePolicy` produces and what the
 * calendar compiler consumes. Everything is integers: day numbers for local dates (see
 * `calendarDate.ts`), milliseconds of the local day for wall-clock times, milliseconds for durations.
 *
 * @module
 */

/** The built-in SLA metrics, in display order (a policy's `timeIn` metrics follow them). */
export const METRIC_NAMES = ["firstResponse", "update", "resolution", "nextReply", "ownership"] as const;
/** One of the built-in metrics: `firstResponse`, `update`, `resolution`, `nextReply`, `ownership`. */
export type BuiltInMetricName = (typeof METRIC_NAMES)[number];
/**
 * The name of an SLA metric: `"firstResponse"`, `"update"`, `"resolution"`, `"nextReply"`,
 * `"ownership"`, or a key of the policy's `timeIn` (the keys of a severity's `targets`; see
 * `docs/sla.md`).
 * @category SLA
 */
export type MetricName = BuiltInMetricName | (string & {});

/** Weekday keys in order, index 0 = Monday. */
export const WEEKDAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
/** One of {@link WEEKDAY_KEYS}. */
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

/**
 * A wall-clock interval that starts on some local date: `start` is 0 ≤ start < 24h in ms of that
 * day; `end` is start < end ≤ start + 24h (an end past 24h runs into the next day).
 */
export type WallInterval = readonly [start: number, end: number];

/** A point given either as a local wall-clock time (day number + ms of day) or as an exact instant. */
export type WallPoint =
  | { readonly kind: "wall"; readonly day: number; readonly ms: number }
  | { readonly kind: "instant"; readonly epochMs: number };

/** A span `[from, to)` between two {@link WallPoint}s. */
export interface WallSpan {
  readonly from: WallPoint;
  readonly to: WallPoint;
  readonly name?: string;
  /** Index of the entry in the definition, for error messages. */
  readonly index: number;
}

/** A local date that is closed (`hours: null`) or has special hours. */
export interface DateRule {
  readonly day: number;
  readonly name?: string;
  readonly hours: ReadonlyArray<WallInterval> | null;
  readonly index: number;
}

/**
 * The `date` entries of a policy, sorted by day. Position `i` describes one entry: its local date
 * `days[i]`, its index in the definition's `holidays` `indexes[i]`, its name `names[i]`, and its
 * special hours `hours.get(i)` (absent for a closed date).
 */
export interface DatedRules {
  /** Local dates (day numbers), strictly ascending (`parsePolicy` refuses duplicate dates). */
  readonly days: Int32Array;
  /** Index of each entry in the definition's `holidays` (at most 10,000 entries: 16 bits). */
  readonly indexes: Uint16Array;
  /** Name of each entry, undefined when unnamed; empty when no entry has a name. */
  readonly names: ReadonlyArray<string | undefined>;
  /** Special hours of the entries that have them, by position; a closed date has none. */
  readonly hours: ReadonlyMap<number, ReadonlyArray<WallInterval>>;
}

/**
 * How a holiday on a date without weekly hours is observed: `"none"`, `"next"` or `"nearest"`
 * (CONTRACT §10; see `calendar/observedDays.ts`).
 */
export type ObservedRule = "none" | "next" | "nearest";

/** Every year on `month`-`day`: closed (`hours: null`) or special hours. */
export interface AnnualRule {
  readonly month: number;
  readonly day: number;
  readonly name?: string;
  readonly hours: ReadonlyArray<WallInterval> | null;
  readonly observed: ObservedRule;
  readonly index: number;
}

/** Holidays of a date-holidays region (`country[-state[-region]]`). */
export interface RegionRule {
  readonly code: string;
  readonly country: string;
  readonly state?: string;
  readonly region?: string;
  readonly types: ReadonlyArray<string>;
  /** Day numbers to drop. */
  readonly except: ReadonlyArray<number>;
  readonly name?: string;
  readonly observed: ObservedRule;
  readonly index: number;
}

/** A recurring maintenance window on some weekdays (0 = Monday), wall clock. */
export interface WeeklyWindow {
  readonly weekdays: ReadonlyArray<number>;
  readonly interval: WallInterval;
  readonly name?: string;
  readonly index: number;
}

/**
 * A target as compiled: duration in ms, which clock, whether pauses stop it. A business-day target
 * (`{ businessDays, at? }`) has `days` set and `duration` 0: its length depends on the metric's
 * start (see `slaTarget.ts` in the SLA layer); it runs on the business clock and is not pausable.
 */
export interface Target {
  readonly duration: number;
  readonly clock: "business" | "calendar";
  readonly pausable: boolean;
  /** Business-day target: `count` business days on, at `at` (ms of the local day) or at the start's time of day (null). */
  readonly days?: { readonly count: number; readonly at: number | null };
}

/** A ticketing-system status: what entering it does to the clocks. */
export interface StatusRule {
  readonly key: string;
  /** `pauses: true`: every pausable target stops (as pause … resume). */
  readonly pausesAll: boolean;
  /** `pauses: [metrics]`: only those metrics stop. */
  readonly pauses: ReadonlyArray<string>;
  /** Entering it resolves the ticket; leaving it for a status that does not resolve reopens it. */
  readonly resolves: boolean;
}

/** A time-in-status metric: its clock counts while the ticket is in one of `statuses`. */
export interface TimeInRule {
  readonly key: string;
  readonly statuses: ReadonlyArray<string>;
}

/** A severity; its position in {@link NormalizedPolicy.severities} is its rank (0 = most severe). */
export interface Severity {
  readonly key: string;
  readonly label?: string;
  readonly description?: string;
  readonly targets: Readonly<Partial<Record<MetricName, Target>>>;
}

/** The normalized policy. */
export interface NormalizedPolicy {
  readonly id?: string;
  readonly name?: string;
  readonly version?: string;
  /** Day number of `effectiveFrom`, if given. */
  readonly effectiveFrom?: number;
  readonly timezone: string;
  /** Weekly hours: index 0 = Monday … 6 = Sunday; each list sorted by start. */
  readonly weekly: ReadonlyArray<ReadonlyArray<WallInterval>>;
  /** The `date` entries, column-wise and sorted by day (see `datedRules.ts`; `datedRuleList` lists them as objects). */
  readonly dateRules: DatedRules;
  readonly annualRules: ReadonlyArray<AnnualRule>;
  readonly regionRules: ReadonlyArray<RegionRule>;
  readonly closures: ReadonlyArray<WallSpan>;
  /** `holidayYears`: the local years (inclusive) for which the holidays are complete, if stated. */
  readonly holidayYears?: { readonly from: number; readonly to: number };
  readonly maintenance: {
    readonly weekly: ReadonlyArray<WeeklyWindow>;
    readonly oneOff: ReadonlyArray<WallSpan>;
    readonly pausesClocks: boolean;
  };
  readonly severities: ReadonlyArray<Severity>;
  /** The smallest warning fraction (`thresholds[0]`). */
  readonly warnAt: number;
  /** The escalation fractions of `warnAt`, strictly ascending, in (0, 1]; `[0.75]` by default. */
  readonly thresholds: ReadonlyArray<number>;
  /** The statuses in workflow order, or null when the policy has none. */
  readonly statuses: ReadonlyArray<StatusRule> | null;
  /** The time-in-status metrics in policy order (empty when none). */
  readonly timeIn: ReadonlyArray<TimeInRule>;
  /** Every metric some severity targets: built-ins first in {@link METRIC_NAMES} order, then `timeIn` keys. */
  readonly metrics: ReadonlyArray<MetricName>;
}
