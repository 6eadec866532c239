/**
 * The API shared by both entry points (`sla-clock` and `sla-clock/lite`), listed export by export.
 * The entry points add only `definePolicy` / `safeDefinePolicy` and `unionOf` / `intersectionOf`
 * (which compile parts given as definitions), which differ in where region holidays come from.
 *
 * @module
 */
// Value exports in the order that bundles smallest (bundlers emit modules in this order, and
// related code within gzip's 32 KB window compresses better: sla-clock/lite is 138 bytes smaller
// gzipped than in API order). Type exports follow; their order changes nothing.
export { SlaClockError, PolicyError, InputError, HorizonError } from "./errors.js";
export { policyJsonSchema } from "./policy/policyJsonSchema.js";
export { policySchema } from "./policy/policySchema.js";
export { isBusinessTime } from "./business/isBusinessTime.js";
export { explainTicket } from "./sla/explainTicket.js";
export { selectPolicy } from "./sla/selectPolicy.js";
export { evaluateMany } from "./sla/evaluateMany.js";
export { addBusinessTime } from "./business/addBusinessTime.js";
export { subtractBusinessTime } from "./business/subtractBusinessTime.js";
export { nextBusinessTime } from "./business/nextBusinessTime.js";
export { addBusinessDays } from "./business/addBusinessDays.js";
export { prioritize } from "./sla/prioritize.js";
export { businessTimeBetween } from "./business/businessTimeBetween.js";
export { evaluateTicket } from "./sla/evaluateTicket.js";
export { businessIntervals } from "./business/businessIntervals.js";
export { availability } from "./sla/availability.js";
export { businessDaysBetween } from "./business/businessDaysBetween.js";
export { checkBreaches } from "./sla/checkBreaches.js";
export { explainDeadline } from "./sla/explainDeadline.js";
export { computeDeadline } from "./sla/computeDeadline.js";

export type { PolicyIssue, SlaClockErrorCode } from "./errors.js";
export type { PolicyDefinition } from "./policy/policySchema.js";
export type { PolicyCombinationDefinition } from "./policy/policySchema.js";
export type { MetricName, BuiltInMetricName } from "./policy/normalizedPolicy.js";
export type { StatusDefinition } from "./policy/statusesSchema.js";
export type { TargetDefinition, TargetObjectDefinition, BusinessDaysTargetDefinition } from "./policy/targetSchema.js";

export type { Instant } from "./time/instant.js";
export type { DurationInput } from "./time/duration.js";

export type { Policy, SafeDefineResult } from "./calendar/definePolicy.js";
export type { TimeSpan } from "./business/businessIntervals.js";
export type { TicketResult } from "./sla/evaluateMany.js";
export type {
  Ticket, TicketEvent, TicketEventType, TicketStatus, TicketState, MetricStatus, MetricState, Breach,
  DeadlineOptions, DeadlineExplanation, SkippedSpan, AvailabilityOptions, AvailabilityReport,
  Threshold, TicketMetrics,
} from "./sla/types.js";
export type { TicketEvent as Event } from "./sla/types.js";
export type { TicketExplanation, MetricExplanation, TimelineSpan, TimelineSpanKind } from "./sla/ticketExplanation.js";
