/**
 * `sla-clock/sheets`: the spreadsheet functions of CONTRACT §4 as an ES module (the same code
 * that `dist/apps-script/` ships to Google Sheets), for Excel custom functions, tests, or any host
 * that passes cell values and 2-D ranges. Built on `sla-clock/lite`: the presets' region holidays
 * are embedded as dates for {@link SHEETS_HOLIDAY_YEARS}.
 *
 * Every function takes single values or 2-D arrays (answers have the same shape); blank cells give
 * `""`; a bad row in a range gives `"ERROR: …"` in its cell; a bad single-value call throws. Numbers
 * in date positions are spreadsheet serial dates (days since 1899-12-30) read as wall clock in the
 * policy's zone. See `docs/spreadsheets.md`.
 *
 * @example
 * import { SLA_DEADLINE, SLA_STATUS } from "sla-clock/sheets";
 * SLA_DEADLINE("2026-11-27T21:30", "sev1");                 //=> Date 2026-11-30T10:30:00.000Z
 * SLA_DEADLINE([["2026-11-27T21:30"], [""]], "sev1");       //=> [[Date …], [""]]
 * SLA_STATUS("2026-11-27T21:30", "sev1", "", "2026-11-30T06:00"); //=> "breached"
 * @module
 */
import { createSheetFunctions } from "./adapters/sheets/createSheetFunctions.js";
import { defaultSheetEnv } from "./adapters/sheets/defaultSheetEnv.js";
import { SHEETS_HOLIDAY_YEARS as EMBEDDED_HOLIDAY_YEARS } from "./policy/expandedPresets.generated.js";
import type { YearSpan } from "./time/yearSpan.js";

export { createSheetFunctions } from "./adapters/sheets/createSheetFunctions.js";
export type { SheetEnv, SheetFunctions, SheetResult, SheetValue } from "./adapters/sheets/createSheetFunctions.js";
export { SHEET_FUNCTION_SPECS } from "./adapters/sheets/sheetFunctionSpecs.js";
export type { SheetFunctionName, SheetFunctionSpec, SheetParamSpec } from "./adapters/sheets/sheetFunctionSpecs.js";
export { EXPANDED_PRESETS } from "./policy/expandedPresets.generated.js";
export type { YearSpan } from "./time/yearSpan.js";

/**
 * The years (2020–2040) for which the built-in presets' region holidays are embedded as dates in
 * the spreadsheet functions (they carry no date-holidays). `SLA_INFO` names them.
 * @category Spreadsheet
 */
export const SHEETS_HOLIDAY_YEARS: YearSpan = EMBEDDED_HOLIDAY_YEARS;

const f = createSheetFunctions(defaultSheetEnv);

/** When a ticket's target is due. `(created, severity, [metric], [policy], [holidays])` → Date. @category Spreadsheet */
export const SLA_DEADLINE = f.SLA_DEADLINE;
/** First-response status. `(created, severity, responded, [as_of], [policy], [holidays])` → "met" | "breached" | "running". @category Spreadsheet */
export const SLA_STATUS = f.SLA_STATUS;
/** Hours left to the first-response deadline. `(created, severity, as_of, [policy], [holidays])` → number. @category Spreadsheet */
export const SLA_REMAINING = f.SLA_REMAINING;
/** Business hours between two instants. `(start, end, [policy], [holidays])` → number. @category Spreadsheet */
export const SLA_BUSINESS_HOURS = f.SLA_BUSINESS_HOURS;
/** Adds business hours. `(start, hours, [policy], [holidays])` → Date. @category Spreadsheet */
export const SLA_ADD_BUSINESS_HOURS = f.SLA_ADD_BUSINESS_HOURS;
/** Whether support is open. `(at, [policy], [holidays])` → boolean. @category Spreadsheet */
export const SLA_IS_OPEN = f.SLA_IS_OPEN;
/** Business days, NETWORKDAYS-style. `(start, end, [policy], [holidays])` → integer. @category Spreadsheet */
export const SLA_BUSINESS_DAYS = f.SLA_BUSINESS_DAYS;
/** Version, policy name and zone. `([policy])` → string. @category Spreadsheet */
export const SLA_INFO = f.SLA_INFO;
