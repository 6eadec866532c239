/**
 * date-holidays through a static import: what bundlers and non-Node runtimes get for
 * `#load-date-holidays` (see `loadDateHolidays.ts`, the lazy Node variant).
 *
 * @module
 */
import Holidays from "date-holidays";

/** The date-holidays class (already loaded with this module). */
export function loadDateHolidays(): typeof Holidays {
  return Holidays;
}
