/**
 * The spreadsheet functions as users see them: names, arguments and help text. One list feeds the
 * generated Apps Script declarations (`dist/apps-script/functions.js`) and the docs.
 *
 * @module
 */

/** One argument of a spreadsheet function. */
export interface SheetParamSpec {
  /** The parameter's name as Sheets shows it in the formula help, e.g. `created`. */
  readonly name: string;
  /** JSDoc type shown by Sheets' autocomplete. */
  readonly type: string;
  /** One line on what to pass, shown under the parameter in the formula help. */
  readonly description: string;
  /** True when the argument may be left out (shown as `[name]`); defaults apply, see docs/spreadsheets.md. */
  readonly optional?: boolean;
}

/** One spreadsheet function. */
export interface SheetFunctionSpec {
  /** The function's name in the sheet, e.g. `SLA_DEADLINE`. */
  readonly name: SheetFunctionName;
  /** One sentence on what it answers, shown by Sheets' autocomplete. */
  readonly summary: string;
  /** Its parameters in order, optional ones last. */
  readonly params: ReadonlyArray<SheetParamSpec>;
  /** What a cell receives, for the `@return` line of the help. */
  readonly returns: string;
  /** A formula as a user would type it. */
  readonly example: string;
}

/** The names of the spreadsheet functions (CONTRACT §4). */
export type SheetFunctionName =
  | "SLA_DEADLINE" | "SLA_STATUS" | "SLA_REMAINING" | "SLA_BUSINESS_HOURS"
  | "SLA_ADD_BUSINESS_HOURS" | "SLA_IS_OPEN" | "SLA_BUSINESS_DAYS" | "SLA_INFO";

const POLICY: SheetParamSpec = {
  name: "policy",
  type: "string",
  description: "A cell with policy JSON or a preset name; blank means auvikSupportV2.",
  optional: true,
};
const HOLIDAYS: SheetParamSpec = {
  name: "holidays",
  type: "Date|Array<Array<Date>>",
  description: "A range of extra closed dates, as in WORKDAY.INTL.",
  optional: true,
};
const DATE = "Date|Array<Array<Date>>";

/** Every spreadsheet function, in documentation order. */
export const SHEET_FUNCTION_SPECS: ReadonlyArray<SheetFunctionSpec> = [
  {
    name: "SLA_DEADLINE",
    summary: "When a ticket's SLA target is due: the created time plus the severity's target in business time.",
    params: [
      { name: "created", type: DATE, description: "When the ticket was opened: a date-time cell or a range of them." },
      { name: "severity", type: "string|Array<Array<string>>", description: "Severity key, e.g. \"sev1\", or a range of them." },
      { name: "metric", type: "string", description: "firstResponse (default), resolution (business-day targets included), a timeIn metric of the policy, or update, nextReply, ownership (counted from created).", optional: true },
      POLICY,
      HOLIDAYS,
    ],
    returns: "The deadline (date-time); blank when the severity has no target for the metric.",
    example: '=SLA_DEADLINE(B2, C2)',
  },
  {
    name: "SLA_STATUS",
    summary: "First-response status of a ticket: met, breached or running.",
    params: [
      { name: "created", type: DATE, description: "When the ticket was opened." },
      { name: "severity", type: "string|Array<Array<string>>", description: "Severity key, e.g. \"sev1\"." },
      { name: "responded", type: DATE, description: "When an agent first replied; blank if not yet." },
      { name: "as_of", type: DATE, description: "The time to judge at; blank means the time of recalculation.", optional: true },
      POLICY,
      HOLIDAYS,
    ],
    returns: "\"met\", \"breached\" or \"running\".",
    example: '=SLA_STATUS(B2, C2, D2, $H$1)',
  },
  {
    name: "SLA_REMAINING",
    summary: "Business hours left before the first-response deadline (negative when overdue).",
    params: [
      { name: "created", type: DATE, description: "When the ticket was opened." },
      { name: "severity", type: "string|Array<Array<string>>", description: "Severity key, e.g. \"sev1\"." },
      { name: "as_of", type: DATE, description: "The time to measure at (blank: the time of recalculation)." },
      POLICY,
      HOLIDAYS,
    ],
    returns: "Hours (decimal) on the target's clock; negative when overdue.",
    example: '=SLA_REMAINING(B2, C2, $H$1)',
  },
  {
    name: "SLA_BUSINESS_HOURS",
    summary: "Business hours between two date-times (negative if end is before start).",
    params: [
      { name: "start", type: DATE, description: "Start date-time." },
      { name: "end", type: DATE, description: "End date-time." },
      POLICY,
      HOLIDAYS,
    ],
    returns: "Hours (decimal).",
    example: '=SLA_BUSINESS_HOURS(B2, D2)',
  },
  {
    name: "SLA_ADD_BUSINESS_HOURS",
    summary: "The date-time a number of business hours after start (before it when negative).",
    params: [
      { name: "start", type: DATE, description: "Start date-time." },
      { name: "hours", type: "number|Array<Array<number>>", description: "Business hours to add; negative subtracts." },
      POLICY,
      HOLIDAYS,
    ],
    returns: "A date-time.",
    example: '=SLA_ADD_BUSINESS_HOURS(B2, 8)',
  },
  {
    name: "SLA_IS_OPEN",
    summary: "Whether support is open at a date-time (at the closing time it is closed).",
    params: [{ name: "at", type: DATE, description: "The date-time to check." }, POLICY, HOLIDAYS],
    returns: "TRUE or FALSE.",
    example: '=SLA_IS_OPEN(B2)',
  },
  {
    name: "SLA_BUSINESS_DAYS",
    summary: "Business days from start's date to end's date, both included (like NETWORKDAYS).",
    params: [
      { name: "start", type: DATE, description: "Start date." },
      { name: "end", type: DATE, description: "End date." },
      POLICY,
      HOLIDAYS,
    ],
    returns: "A whole number; negative if end is before start.",
    example: '=SLA_BUSINESS_DAYS(B2, D2)',
  },
  {
    name: "SLA_INFO",
    summary: "Version of sla-clock and the policy in use: a self-test cell.",
    params: [POLICY],
    returns: "Text: version, policy name, time zone and holiday span.",
    example: "=SLA_INFO()",
  },
];
