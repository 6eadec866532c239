// Type-checked by tsc under module node16 (as .mts and .cts), bundler and commonjs (node10):
// every entry point must resolve with its types.
import { definePolicy, presets, computeDeadline, PolicyError, type Policy, type Instant } from "sla-clock";
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
export { due, liteDue, cell, isError, wrong, svg };
