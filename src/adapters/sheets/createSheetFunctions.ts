/**
 * The spreadsheet functions of CONTRACT §4, built on the lite API so that they run in Apps Script.
 *
 * @module
 */
import type { YearSpan } from "../../time/yearSpan.js";
import {
  addBusinessTime,
  businessDaysBetween,
  businessTimeBetween,
  computeDeadline,
  evaluateTicket,
  isBusinessTime,
  subtractBusinessTime,
} from "../../lite.js";
import type { MetricName, Policy, TicketEvent } from "../../lite.js";
import { InputError, describeValue } from "../../errors.js";
import { compiledOf } from "../../calendar/definePolicy.js";
import { METRIC_NAMES } from "../../policy/normalizedPolicy.js";
import { MS_PER_HOUR } from "../../time/calendarDate.js";
import type { SheetFunctionName } from "./sheetFunctionSpecs.js";
import { CallError, isBlank, mapCells } from "./sheetGrid.js";
import { sheetHours, sheetInstant } from "./sheetInstant.js";
import { sheetSeverity } from "./sheetSeverity.js";
import type { SheetPolicyEnv } from "./sheetPolicy.js";
import { createSheetPolicyResolver, messageOf, policyText } from "./sheetPolicy.js";

/** Everything the spreadsheet functions depend on. */
export interface SheetEnv extends SheetPolicyEnv {
  /** The current instant (epoch ms), used for a blank `as_of`. */
  readonly now: () => number;
  /** sla-clock's version, for SLA_INFO. */
  readonly version: string;
  /** Years for which the presets' region holidays were expanded, for SLA_INFO. */
  readonly holidayYears: YearSpan;
}

/** A cell value a spreadsheet function answers with. */
export type SheetValue = Date | number | string | boolean;

/** The answer of a spreadsheet function: one value, or a 2-D array for range arguments. */
export type SheetResult = SheetValue | SheetValue[][];

/** The spreadsheet functions, by name. */
export type SheetFunctions = Record<SheetFunctionName, (...args: unknown[]) => SheetResult>;

/**
 * The spreadsheet functions over `env`, with a policy cache shared by all of them.
 *
 * Common rules: row-wise arguments take single values or 2-D ranges (answers have the ranges'
 * shape); a blank required cell gives `""`; in a range a bad row gives `"ERROR: …"` in its cell,
 * while a single-value call throws an Error naming the function and the argument; a problem with
 * the policy, the holidays or the ranges' shapes always throws.
 *
 * @example
 * const f = createSheetFunctions(env);
 * f.SLA_DEADLINE("2026-11-27T21:30", "sev1"); //=> Date 2026-11-30T10:30:00.000Z (Mon 05:30 Toronto)
 */
export function createSheetFunctions(env: SheetEnv): SheetFunctions {
  const policyOf = createSheetPolicyResolver(env);

  const call = (
    fn: SheetFunctionName,
    policyArg: unknown,
    holidaysArg: unknown,
    names: ReadonlyArray<string>,
    args: ReadonlyArray<unknown>,
    cell: (p: Policy, ...values: unknown[]) => SheetValue,
  ): SheetResult => {
    try {
      const p = policyOf(fn, policyArg, holidaysArg);
      return mapCells(fn, names, args, (...values) => cell(p, ...values)) as SheetResult;
    } catch (e) {
      throw new Error(e instanceof CallError ? e.message : `${fn}: ${messageOf(e)}`);
    }
  };

  // A built-in metric in any case, as severities are (`FIRSTRESPONSE`); a timeIn metric as written,
  // first: its key may differ from a built-in name only in case (`Resolution`), and then names it.
  const metricOf = (p: Policy, v: unknown): MetricName => {
    if (isBlank(v)) return "firstResponse";
    const text = String(v).trim();
    if (compiledOf(p).normalized.timeIn.some((t) => t.key === text)) return text as MetricName;
    return (METRIC_NAMES.find((m) => m.toLowerCase() === text.toLowerCase()) ?? text) as MetricName;
  };
  const asOf = (p: Policy, v: unknown): number => (isBlank(v) ? env.now() : sheetInstant(v, p.timezone, "as_of"));

  const firstResponse = (p: Policy, created: unknown, severity: unknown, events: TicketEvent[], at: unknown) =>
    evaluateTicket(p, { createdAt: sheetInstant(created, p.timezone, "created"), severity: sheetSeverity(p, severity), events }, asOf(p, at)).metrics.firstResponse;

  return {
    SLA_DEADLINE: (created, severity, metric, policy, holidays) =>
      call("SLA_DEADLINE", policy, holidays, ["created", "severity", "metric"], [created, severity, metric], (p, c, s, m) => {
        if (isBlank(c) || isBlank(s)) return "";
        return computeDeadline(p, { severity: sheetSeverity(p, s), start: sheetInstant(c, p.timezone, "created"), metric: metricOf(p, m) }) ?? "";
      }),

    SLA_STATUS: (created, severity, responded, as_of, policy, holidays) =>
      call("SLA_STATUS", policy, holidays, ["created", "severity", "responded", "as_of"], [created, severity, responded, as_of], (p, c, s, r, a) => {
        if (isBlank(c) || isBlank(s)) return "";
        const at = isBlank(r) ? null : sheetInstant(r, p.timezone, "responded");
        // named in the sheet's terms (the cells as typed), not as the library's ticket.events[0].at
        if (at !== null && at < sheetInstant(c, p.timezone, "created")) {
          throw new InputError(`responded: ${describeValue(r)} is before created (${describeValue(c)}); a response cannot come before the ticket`);
        }
        const events: TicketEvent[] = at === null ? [] : [{ type: "response", at }];
        const m = firstResponse(p, c, s, events, a);
        if (m === undefined) return "";
        return m.status === "paused" ? "running" : m.status;
      }),

    SLA_REMAINING: (created, severity, as_of, policy, holidays) =>
      call("SLA_REMAINING", policy, holidays, ["created", "severity", "as_of"], [created, severity, as_of], (p, c, s, a) => {
        if (isBlank(c) || isBlank(s)) return "";
        const m = firstResponse(p, c, s, [], a);
        return m === undefined ? "" : m.remaining / MS_PER_HOUR;
      }),

    SLA_BUSINESS_HOURS: (start, end, policy, holidays) =>
      call("SLA_BUSINESS_HOURS", policy, holidays, ["start", "end"], [start, end], (p, s, e) => {
        if (isBlank(s) || isBlank(e)) return "";
        return businessTimeBetween(p, sheetInstant(s, p.timezone, "start"), sheetInstant(e, p.timezone, "end")) / MS_PER_HOUR;
      }),

    SLA_ADD_BUSINESS_HOURS: (start, hours, policy, holidays) =>
      call("SLA_ADD_BUSINESS_HOURS", policy, holidays, ["start", "hours"], [start, hours], (p, s, h) => {
        if (isBlank(s) || isBlank(h)) return "";
        const ms = Math.round(sheetHours(h, "hours") * MS_PER_HOUR);
        const from = sheetInstant(s, p.timezone, "start");
        return ms >= 0 ? addBusinessTime(p, from, ms) : subtractBusinessTime(p, from, -ms);
      }),

    SLA_IS_OPEN: (at, policy, holidays) =>
      call("SLA_IS_OPEN", policy, holidays, ["at"], [at], (p, a) => (isBlank(a) ? "" : isBusinessTime(p, sheetInstant(a, p.timezone, "at")))),

    SLA_BUSINESS_DAYS: (start, end, policy, holidays) =>
      call("SLA_BUSINESS_DAYS", policy, holidays, ["start", "end"], [start, end], (p, s, e) => {
        if (isBlank(s) || isBlank(e)) return "";
        return businessDaysBetween(p, sheetInstant(s, p.timezone, "start"), sheetInstant(e, p.timezone, "end"));
      }),

    SLA_INFO: (policy) =>
      call("SLA_INFO", policy, undefined, [], [], (p) => {
        const d = p; // id, name and version of the definition
        const title = `${d.name ?? d.id ?? "unnamed policy"}${d.version === undefined ? "" : ` v${d.version}`}`;
        const builtIn = !policyText(policy).startsWith("{"); // (a JSON definition may be split over a range)
        const holidays = builtIn ? `preset holidays expanded for ${env.holidayYears.from}-${env.holidayYears.to}` : "own policy";
        return `sla-clock ${env.version} | ${title} | ${p.timezone} | ${holidays}`;
      }),
  };
}
