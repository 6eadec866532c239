/**
 * date-holidays through a static import: what bundlers and non-Node runtimes get for
 * `#load-date-holidays` (see `loadDateHolidays.ts`, the lazy Node variant). date-chinese, which
 * date-holidays' parser uses for lunar rules, gets its shared memo (`shareLunarCalendarMemo.ts`)
 * when the bundle holds one copy of it (the usual case: the same version range, deduplicated).
 *
 * @module
 */
import Holidays from "date-holidays";
import { CalendarChinese } from "date-chinese";
import { shareLunarCalendarMemo, type LunarCalendarClass } from "./shareLunarCalendarMemo.js";

shareLunarCalendarMemo(CalendarChinese as unknown as LunarCalendarClass);

/** The date-holidays class (already loaded with this module). */
export function loadDateHolidays(): typeof Holidays {
  return Holidays;
}
