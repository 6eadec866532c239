/**
 * The holiday entries an iCalendar import builds: the policy's own, then what the calendar adds,
 * and the lines for what it leaves out.
 *
 * @module
 */
import { formatDay } from "../../time/calendarDate.js";

/** A holiday entry as a policy definition holds it: a closed date, an annual month-day or a closure. */
export interface HolidayEntry {
  readonly date?: string;
  readonly annual?: string;
  readonly from?: string;
  readonly to?: string;
  readonly name?: string;
}

/**
 * The entries of an import: `holidays` (the policy's first) and `skipped` grow as events are read;
 * a date or month-day already decided (by the policy or an earlier event) is not added again.
 */
export interface IcsEntries {
  readonly holidays: HolidayEntry[];
  readonly skipped: string[];
  /** Entries the calendar added. */
  readonly added: number;
  /** Closes the day `day` (a day number), unless a date or annual entry decides it already. */
  addDate(day: number, name: string | undefined): void;
  /** Closes the month-day `annual` (`"MM-DD"`) every year, unless an annual entry decides it already. */
  addAnnual(annual: string, name: string | undefined): void;
  addClosure(closure: HolidayEntry): void;
}

/** The entries of an import into a policy whose holidays are `existing`. */
export function icsEntries(existing: ReadonlyArray<HolidayEntry>): IcsEntries {
  const holidays: HolidayEntry[] = [...existing];
  const dates = new Set(holidays.filter((h) => h.date !== undefined).map((h) => h.date!));
  const annuals = new Set(holidays.filter((h) => h.annual !== undefined).map((h) => h.annual!));
  let added = 0;
  return {
    holidays,
    skipped: [],
    get added() {
      return added;
    },
    addDate(day, name) {
      const date = formatDay(day);
      if (dates.has(date) || annuals.has(date.slice(5))) return;
      dates.add(date);
      holidays.push(name === undefined ? { date } : { date, name });
      added++;
    },
    addAnnual(annual, name) {
      if (annuals.has(annual)) return;
      annuals.add(annual);
      holidays.push(name === undefined ? { annual } : { annual, name });
      added++;
    },
    addClosure(closure) {
      holidays.push(closure);
      added++;
    },
  };
}
