/**
 * Proleptic Gregorian calendar arithmetic on plain integers. A *day number* is the count of days
 * since 1970-01-01 of a calendar date (no time zone involved); weekday 0 is Monday.
 *
 * Algorithms from Howard Hinnant's "chrono-compatible low-level date algorithms"; they are exact
 * for every year, including years before 100 (which `Date.UTC` would silently shift to 19xx).
 *
 * @module
 */

/** Milliseconds in a second, minute, hour and 24-hour day. */
export const MS_PER_SECOND = 1000;
export const MS_PER_MINUTE = 60 * MS_PER_SECOND;
export const MS_PER_HOUR = 60 * MS_PER_MINUTE;
export const MS_PER_DAY = 24 * MS_PER_HOUR;

/** A calendar date. `month` is 1–12, `day` 1–31. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Day number of a calendar date (proleptic Gregorian, any integer year; `month` 1–12).
 *
 * @example
 * dayFromCivil(1970, 1, 1); //=> 0
 * dayFromCivil(2026, 11, 27); //=> 20784
 * dayFromCivil(-1, 12, 31); //=> -719529
 */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  // yoe (0–399) and mp (0–11) are never negative, so truncating their quotients (`| 0`, whole
  // numbers for the engine) is flooring them; only the era is floored as a number
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = (((153 * mp + 2) / 5) | 0) + day - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Calendar date of a day number.
 *
 * @example
 * civilFromDay(0); //=> { year: 1970, month: 1, day: 1 }
 */
export function civilFromDay(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Year of a day number (faster than {@link civilFromDay} when only the year is needed). */
export function yearOfDay(dayNumber: number): number {
  return civilFromDay(dayNumber).year;
}

/**
 * Weekday of a day number, 0 = Monday … 6 = Sunday.
 *
 * @example
 * weekdayOfDay(0); //=> 3 (1970-01-01 was a Thursday)
 */
export function weekdayOfDay(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** True when `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH: ReadonlyArray<number> = Object.freeze([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);

/** Number of days in a month of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : DAYS_IN_MONTH[month - 1]!;
}

/**
 * Formats a day number as `YYYY-MM-DD`.
 *
 * @example
 * formatDay(20784); //=> "2026-11-27"
 */
export function formatDay(dayNumber: number): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
