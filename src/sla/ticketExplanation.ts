/**
 * The shape of a ticket's explained timeline (CONTRACT §11): for each measured metric, the spans
 * that tile its current cycle (or stint) and its {@link MetricStatus}. `explainTicket` returns it;
 * `timelineSvg` (in `sla-clock/svg`) draws it.
 *
 * @module
 */
import type { MetricStatus } from "./types.js";

/**
 * What a span of a metric's timeline was.
 *
 * - `counted`: the metric's clock ran; the `counted` spans of a metric sum exactly to its `elapsed`.
 * - `paused`: time the clock would have counted but did not, because the ticket was paused; `name`
 *   is the status or event that paused it.
 * - `closed`: outside weekly hours. `holiday`: a holiday, special hours or closure (`name` when it has
 *   one). `maintenance`: a maintenance window that pauses clocks.
 *
 * A pause over a weekend shows the weekend as `closed`: the pause cost nothing there.
 * @category SLA
 */
export type TimelineSpanKind = "counted" | "paused" | "closed" | "holiday" | "maintenance";

/** One half-open span `[start, end)` of a metric's timeline. @category SLA */
export interface TimelineSpan {
  /** First instant of the span (inclusive). */
  start: Date;
  /** End of the span (exclusive); the next span's `start`. */
  end: Date;
  /** What the time was: counted, paused, closed, holiday or maintenance. */
  kind: TimelineSpanKind;
  /** The holiday's or closure's name, or the status or event that paused the clock. */
  name?: string;
}

/**
 * One metric of a {@link TicketExplanation}: the spans that tile `[start, min(completion, now))` of
 * its current cycle (or stint), in order and without gaps or overlaps, and its status at `now`.
 * @category SLA
 */
export interface MetricExplanation {
  /** The spans tiling the metric's current cycle (or stint) up to its completion or now, in order. */
  spans: TimelineSpan[];
  /** The metric's status at now, as `evaluateTicket` reports it. */
  status: MetricStatus;
}

/**
 * A ticket's timeline, as `explainTicket(p, ticket, now)` returns it and `timelineSvg` draws it.
 * @category SLA
 */
export interface TicketExplanation {
  /** The ticket's `id`, when it has one. */
  id?: string;
  /** The policy's IANA time zone: the zone in which the timeline is read. */
  timezone: string;
  /** The ticket's `createdAt`. */
  from: Date;
  /** `now`. */
  to: Date;
  /** One entry per measured metric, keyed by metric name (`firstResponse`, a `timeIn` key, …). */
  metrics: { [metric: string]: MetricExplanation };
}
