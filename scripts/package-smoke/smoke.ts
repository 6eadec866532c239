// Type-checked by tsc under module node16 (as .mts and .cts), bundler and commonjs (node10):
// every entry point must resolve with its types.
import { definePolicy, presets, computeDeadline, evaluateTicket, prioritize, PolicyError, type Policy, type Instant, type TicketEvent } from "sla-clock";
import * as lite from "sla-clock/lite";
import { SLA_DEADLINE, type SheetResult } from "sla-clock/sheets";
import { timelineSvg, type TicketExplanation } from "sla-clock/svg";

const policy: Policy = definePolicy(presets.auvikSupportV2);
const at: Instant = "2026-11-27T21:30";
const due: Date | null = computeDeadline(policy, { severity: "sev1", start: at });
const litePolicy: lite.Policy = lite.definePolicy(lite.presets.auvikSupportV2);
const liteDue: Date | null = lite.computeDeadline(litePolicy, { severity: "sev1", start: at });
const cell: SheetResult = SLA_DEADLINE("2026-11-27T21:30", "sev1");
const isError: boolean = new PolicyError([]) instanceof Error;
// @ts-expect-error a deadline is a Date (or null), not a string: the types are real, not `any`
const wrong: string = computeDeadline(policy, { severity: "sev1", start: at });
const explanation: TicketExplanation = { timezone: "America/Toronto", from: new Date(0), to: new Date(3_600_000), metrics: {} };
const svg: string = timelineSvg(explanation);
// A ticketing system's own ticket objects pass as they are (CONTRACT §6): a status and a group of
// their own shapes (read only by policies with statuses or ownership), optional keys that hold
// undefined (exactOptionalPropertyTypes), keys sla-clock does not know.
interface OwnTicket {
  id: string | undefined;
  createdAt: Date;
  severity: string;
  status: { id: number; name: string };
  group: string | null;
  events: TicketEvent[] | undefined;
  assignee: string;
}
const own: OwnTicket = { id: "T-1", createdAt: new Date(0), severity: "sev1", status: { id: 3, name: "In Progress" }, group: null, events: undefined, assignee: "ana" };
const ownStatus: string = evaluateTicket(policy, own, new Date(3_600_000)).state;
const queue: OwnTicket[] = prioritize(policy, [own], new Date(3_600_000));
const noMetric: Date | null = computeDeadline(policy, { severity: "sev1", start: at, metric: undefined });
export { due, liteDue, cell, isError, wrong, svg, ownStatus, queue, noMetric };
