/**
 * Durations as the CLI prints them.
 *
 * @module
 */
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from "../../time/calendarDate.js";

/**
 * Hours and minutes (days only past 99 hours), e.g. `"1h 30m"`, `"45m"`, `"-2h"`; seconds are
 * shown only for spans shorter than a minute, milliseconds for spans shorter than a second (a
 * ticket 1 ms late is `"1ms"` over, not `"0s"`).
 *
 * @example
 * formatDuration(5_400_000);  //=> "1h 30m"
 * formatDuration(-7_200_000); //=> "-2h"
 * formatDuration(0);          //=> "0m"
 * formatDuration(1);          //=> "1ms"
 */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? "-" : "";
  let rest = Math.abs(ms);
  if (rest > 0 && rest < 999.5) return `${sign}${Math.round(rest)}ms`;
  if (rest > 0 && rest < MS_PER_MINUTE) return `${sign}${Math.round(rest / 1000)}s`;
  rest = Math.round(rest / MS_PER_MINUTE) * MS_PER_MINUTE;
  const parts: string[] = [];
  if (rest >= 100 * MS_PER_HOUR) {
    parts.push(`${Math.floor(rest / MS_PER_DAY)}d`);
    rest %= MS_PER_DAY;
  }
  const h = Math.floor(rest / MS_PER_HOUR);
  const m = Math.round((rest % MS_PER_HOUR) / MS_PER_MINUTE);
  if (h > 0) parts.push(`${h}h`);
  if (m > 0 || parts.length === 0) parts.push(`${m}m`);
  return sign + parts.join(" ");
}
