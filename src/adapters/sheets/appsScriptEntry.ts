/**
 * Entry of `dist/apps-script/sla-clock.js` (built by `scripts/build-apps-script.mjs` as an IIFE
 * whose exports become the global `SlaClock`): the whole lite API, plus `sheets`, the spreadsheet
 * functions that `functions.js` delegates to.
 *
 * @module
 */
import { createSheetFunctions } from "./createSheetFunctions.js";
import { defaultSheetEnv } from "./defaultSheetEnv.js";

export * from "../../lite.js";
export { EXPANDED_PRESETS as expandedPresets, PACKAGE_VERSION as VERSION, SHEETS_HOLIDAY_YEARS as holidayYears } from "../../policy/expandedPresets.generated.js";
export { SHEET_FUNCTION_SPECS as sheetFunctionSpecs } from "./sheetFunctionSpecs.js";

/** The spreadsheet functions (CONTRACT §4), called by the `SLA_…` declarations of functions.js. */
export const sheets = createSheetFunctions(defaultSheetEnv);
