/**
 * `sla-clock/svg`: a ticket's SLA timeline as a picture. {@link timelineSvg} draws what
 * `explainTicket` returns as a self-contained SVG document — no DOM, no dependency, no scripts, no
 * external references — so it runs in Node, browsers and edge functions. See `docs/timelines.md`.
 *
 * @example
 * import { explainTicket, definePolicy } from "sla-clock";
 * import { timelineSvg } from "sla-clock/svg";
 * const svg = timelineSvg(explainTicket(policy, ticket, now), { title: "Ticket 4711" });
 * @module
 */
export { timelineSvg } from "./adapters/svg/timelineSvg.js";
export type { TimelineSvgOptions } from "./adapters/svg/timelineSvg.js";
export type { TicketExplanation, MetricExplanation, TimelineSpan, TimelineSpanKind } from "./exports.js";
export type { MetricStatus, MetricState } from "./exports.js";
