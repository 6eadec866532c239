/**
 * Entry of `dist/apps-script/sla-clock.js` (built by `scripts/build-apps-script.mjs` as an IIFE
 * whose exports become the global `SlaClock`): the lite API, plus `sheets`, the spreadsheet
 * functions that `functions.js` delegates to.
 *
 * The lite API without `policyJsonSchema`: a JSON Schema serves editors that validate policy files,
 * not a spreadsheet, and leaving it out keeps the readable bundle within its 60 KB gzip budget. The
 * functions' specs (their descriptions) are not in it either: the build reads them from the sources
 * to write functions.js, whose JSDoc is what Sheets shows.
 *
 * @module
 */
import { createSheetFunctions } from "./createSheetFunctions.js";
import { defaultSheetEnv } from "./defaultSheetEnv.js";

export {
  HorizonError, InputError, PRESET_HOLIDAY_YEARS, PolicyError, SlaClockError, addBusinessDays, addBusinessTime, availability,
  businessDaysBetween, businessIntervals, businessTimeBetween, checkBreaches, computeDeadline, definePolicy, evaluateMany,
  evaluateTicket, explainDeadline, explainTicket, intersectionOf, isBusinessTime, nextBusinessTime, policySchema, presets, prioritize,
  safeDefinePolicy, selectPolicy, subtractBusinessTime, unionOf,
} from "../../lite.js";
export { EXPANDED_PRESETS as expandedPresets, PACKAGE_VERSION as VERSION, SHEETS_HOLIDAY_YEARS as holidayYears } from "../../policy/expandedPresets.generated.js";

/** The spreadsheet functions (CONTRACT §4), called by the `SLA_…` declarations of functions.js. */
export const sheets = createSheetFunctions(defaultSheetEnv);
