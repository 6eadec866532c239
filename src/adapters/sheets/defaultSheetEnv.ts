/**
 * The environment of the shipped spreadsheet functions: the lite `definePolicy`, the presets with
 * their region holidays expanded at build time, and the real clock for a blank `as_of`.
 *
 * @module
 */
import { definePolicy } from "../../lite.js";
import type { SheetEnv } from "./createSheetFunctions.js";
import { EXPANDED_PRESETS, PACKAGE_VERSION, SHEETS_HOLIDAY_YEARS } from "../../policy/expandedPresets.generated.js";

/** The preset used for a blank policy cell. */
export const DEFAULT_SHEET_PRESET = "auvikSupportV2";

/** The shipped {@link SheetEnv}. */
export const defaultSheetEnv: SheetEnv = Object.freeze({
  definePolicy,
  presets: EXPANDED_PRESETS,
  defaultPreset: DEFAULT_SHEET_PRESET,
  now: () => Date.now(),
  version: PACKAGE_VERSION,
  holidayYears: SHEETS_HOLIDAY_YEARS,
});
