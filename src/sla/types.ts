/**
 * The public shapes of the SLA engine: tickets and their events going in, statuses, breaches,
 * explanations and availability reports coming out. See `docs/sla.md` for the semantics.
 *
 * @module
 */
import type { MetricName } from "../policy/normalizedPolicy.js";
import type { Instant } from "../time/instant.js";

/** The kinds of {@link TicketEvent}. @category SLA */
export type TicketEventType =
  | "response"
  | "update"
  | "pause"
  | "resume"
  | "severity"
  | "resolve"
  | "reopen"
  | "status"
  | "customerReply"
  | "assign";

/**
 * One entry of a ticket's event log (CONTRACT §3). Events may be given in any order; they are
 * sorted by `at` (equal instants keep their input order). Events after `now` are ignored.
 *
 * - `response`: an agent replied (completes `firstResponse`, starts an `update` cycle).
 * - `update`: a status update to the customer (starts a new `update` cycle).
 * - `pause` / `resume`: waiting on the customer (stops pausable clocks).
 * - `severity`: re-triage to `severity`.
 * - `resolve` / `reopen`.
 * - `status`: the ticket enters `status` (a key of the policy's `statuses`; an InputError on a
 *   policy without statuses). Entering a status that `resolves` resolves the ticket; entering one
 *   that does not while resolved reopens it.
 * - `customerReply`: a message from the customer (starts a `nextReply` cycle when none runs).
 * - `assign`: the ticket is assigned to `group` (starts an `ownership` stint when the group changes).
 *
 * Extra keys (author, channel, …) are allowed and ignored.
 * @category SLA
 */
export type TicketEvent =
  | {
      /** What happened (see the list above). */
      type: "response" | "update" | "pause" | "resume" | "resolve" | "reopen" | "customerReply";
      /** When it happened; an offset-less string is wall clock in the policy's zone. */
      at: Instant;
    }
  | {
      /** A re-triage: from `at` on, the ticket is judged by `severity`'s targets. */
      type: "severity";
      /** When the severity changed. */
      at: Instant;
      /** The new severity key (a key of the policy's `severities`). */
      severity: string;
    }
  | {
      /** The ticket enters `status`. */
      type: "status";
      /** When the status changed. */
      at: Instant;
      /** The new status (a key of the policy's `statuses`). */
      status: string;
    }
  | {
      /** The ticket is assigned to `group`. */
      type: "assign";
      /** When it was assigned. */
      at: Instant;
      /** The group that owns the ticket from `at` on. */
      group: string;
    };

/**
 * A ticket as sla-clock reads it: when it was created, its severity at creation, and its events.
 * Extra keys are allowed and ignored, so a ticketing system's own objects can be passed as they are.
 * @category SLA
 */
export interface Ticket {
  /** Your ticket id; used in error messages, {@link Breach.ticketId} and as the last tie-break of `prioritize`. */
  id?: string | undefined;
  /** When the ticket was opened: every metric's clock starts here. */
  createdAt: Instant;
  /** Severity key at creation (a key of the policy's `severities`). */
  severity: string;
  /**
   * Status at creation: a key of the policy's `statuses` (a string; default: the first). Read only
   * when the policy has `statuses`, so its type is open: a ticketing system's own objects, whose
   * `status` may be an object or a number of their own, pass as they are (CONTRACT §6); on a policy
   * with `statuses`, anything but one of its keys is an `InputError`.
   */
  status?: unknown;
  /**
   * Group at creation (a string; starts the first `ownership` stint). Read only when some severity
   * targets `ownership`, so its type is open, as `status`'s; there, anything but a string is an
   * `InputError`.
   */
  group?: unknown;
  /** The event log, in any order (see {@link TicketEvent}); none means nothing happened yet. */
  events?: ReadonlyArray<TicketEvent> | undefined;
}

/** Status of one metric: `running`, `paused`, `met` or `breached`. @category SLA */
export type MetricState = "running" | "paused" | "met" | "breached";

/** State of a ticket at `now`. @category SLA */
export type TicketState = "open" | "paused" | "resolved";

/**
 * One escalation level of a metric: a `warnAt` fraction, whether `elapsed` has reached that
 * fraction of the target, and when it does.
 * @category SLA
 */
export interface Threshold {
  /** The fraction of the target, from the policy's `warnAt`. */
  fraction: number;
  /**
   * The first instant at which `elapsed >= fraction × target` holds: in the past once reached;
   * otherwise when it will, counting on from `now` (from completion for a completed metric) with no
   * further pause; null while the metric is stopped and has not reached it. A fraction of 1 has
   * `at` equal to `deadline`.
   */
  at: Date | null;
  /** `elapsed >= fraction * target`. */
  reached: boolean;
}

/**
 * The state of one SLA clock of a ticket at `now` (for `update` and `nextReply`: of its current
 * cycle, or of the last one; for `ownership`: of the current or last stint). Durations in ms of
 * the metric's clock.
 * @category SLA
 */
export interface MetricStatus {
  /** Which clock this is: `firstResponse`, `update` or `resolution`. */
  metric: MetricName;
  /** `breached` as soon as `elapsed > target` (also while running or paused); `met` when completed within target. */
  status: MetricState;
  /** The target of the severity in force (when completed: in force at completion). */
  target: number;
  /** Time counted on the metric's clock since its start, minus pauses when the target is pausable. */
  elapsed: number;
  /** `target - elapsed`; negative when overdue. */
  remaining: number;
  /** `100 * elapsed / target` (a percentage: 75 means three quarters of the target used). */
  percentUsed: number;
  /**
   * The instant at which `elapsed` reaches `target` assuming no further pause; `null` while
   * `status` is `"paused"`. Overdue: the (past) instant it reached the target, also while its clock
   * is stopped (a breached metric is never `"paused"`). Completed: as it stood at completion.
   */
  deadline: Date | null;
  /** The instant `elapsed` reached `target`, when `elapsed > target`; else null. */
  breachedAt: Date | null;
  /** When the metric (or update cycle) completed; null while it runs or is paused. */
  completedAt: Date | null;
  /** Not completed, not breached, and `elapsed >= warnAt * target` (the smallest `warnAt` fraction). */
  warning: boolean;
  /** Breached cycles (stints) so far: 0 or 1 except for `update`, `nextReply` and `ownership`. */
  breaches: number;
  /** One per `warnAt` fraction, in order (`[0.75]` by default). */
  thresholds: Threshold[];
  /** Real elapsed ms from the metric's (cycle's, stint's) start to its completion or `now`, ignoring clocks and pauses. */
  calendarElapsed: number;
  /** `ownership` only: the group of the stint shown. */
  group?: string;
}

/**
 * The metrics of a {@link TicketStatus}: the built-in ones by name, and the policy's `timeIn`
 * metrics under their own names.
 * @category SLA
 */
export interface TicketMetrics {
  /** Time to the first agent response. */
  firstResponse?: MetricStatus;
  /** The current (or, once resolved, the last) cycle between updates to the customer. */
  update?: MetricStatus;
  /** Time to resolution. */
  resolution?: MetricStatus;
  /** The running (or last) cycle from the oldest unanswered customer message to the next response. */
  nextReply?: MetricStatus;
  /** The running (or last) stint of one group's ownership, with its `group`. */
  ownership?: MetricStatus;
  /** The policy's `timeIn` metrics, under their own names. */
  [timeIn: string]: MetricStatus | undefined;
}

/** Every SLA clock of a ticket at `now`. @category SLA */
export interface TicketStatus {
  /** The ticket's `id`, when it has one. */
  id?: string;
  /** Severity in force at `now`. */
  severity: string;
  /** `open`, `paused` (waiting on the customer) or `resolved`, at `now`. */
  state: TicketState;
  /** A metric is present when the severity judging it has a target for it (see docs/sla.md). */
  metrics: TicketMetrics;
  /** Some metric has `breaches > 0` (for `update`: any cycle so far). */
  breached: boolean;
  /** Some metric has `warning`. */
  warning: boolean;
  /** Earliest deadline of the metrics not yet completed, overdue ones included; null if none (resolved, no targets) or every live metric is paused and not overdue (a breached metric keeps its deadline while stopped). */
  nextDeadline: Date | null;
  /** The status in force at `now`; absent when the policy has no `statuses`. */
  status?: string;
  /**
   * The earliest instant strictly after `now` at which, with no new events, a running metric
   * reaches one of its thresholds or breaches (the first ms at which its elapsed time exceeds its
   * target): when a scheduler should look at the ticket again. null when nothing runs or everything
   * that runs is already breached.
   */
  nextChangeAt: Date | null;
}

/** One breach found by `checkBreaches`. @category SLA */
export interface Breach {
  /** The ticket's `id`, or its index in the input array as a string. */
  ticketId: string;
  /** The metric whose target was exceeded. */
  metric: MetricName;
  /** The instant its elapsed time reached the target (for `update`: that cycle's). */
  breachedAt: Date;
}

/** Options of `computeDeadline` and `explainDeadline`. @category SLA */
export interface DeadlineOptions {
  /** A severity key of the policy. */
  severity: string;
  /** When the metric's clock starts. */
  start: Instant;
  /** Default `"firstResponse"`. */
  metric?: MetricName | undefined;
}

/** A half-open span of time `[start, end)` that a deadline did not count, and why. @category SLA */
export interface SkippedSpan {
  /** Where the span begins (inclusive). */
  start: Date;
  /** Where it ends (exclusive). */
  end: Date;
  /** Why the clock did not count it: outside business hours, a holiday, or a maintenance window. */
  reason: "closed" | "holiday" | "maintenance";
  /** The holiday's or closure's name, when it has one. */
  name?: string;
}

/** What `explainDeadline` returns. @category SLA */
export interface DeadlineExplanation {
  /** The instant the target is reached (what `computeDeadline` returns). */
  deadline: Date;
  /** The running segments between start and deadline; their lengths sum to the target. */
  counted: Array<{
    /** Where the segment begins (inclusive). */
    start: Date;
    /** Where it ends (exclusive). */
    end: Date;
  }>;
  /** The non-running spans between start and deadline, in order. */
  skipped: SkippedSpan[];
}

/** Input of `availability`. @category SLA */
export interface AvailabilityOptions {
  /** The period's start (inclusive). */
  from: Instant;
  /** The period's end (exclusive); not before `from`. */
  to: Instant;
  /** Outages, any order, may overlap each other, maintenance windows and the period's edges. */
  outages?: ReadonlyArray<{
    /** When the outage began (inclusive). */
    start: Instant;
    /** When it ended (exclusive); not before `start`. */
    end: Instant;
  }> | undefined;
}

/** What `availability` returns; durations in calendar ms. @category SLA */
export interface AvailabilityReport {
  /** `to - from`. */
  period: number;
  /** Scheduled maintenance windows within the period. */
  maintenance: number;
  /** The outages' union within the period, outside maintenance windows. */
  downtime: number;
  /** `1 - downtime / (period - maintenance)`; 1 when `period - maintenance` is 0. */
  availability: number;
}
