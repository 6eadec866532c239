/**
 * Recurrence rules that name no date of any year (or that ical.js cannot expand), refused before
 * ical.js expands them (CONTRACT §12: every call ends): with some frequencies its iterator never
 * returns for one (`FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30`), with others it rolls the date over
 * (`FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30` gave 2 March), where RFC 5545 §3.3.10 ignores such dates.
 *
 * @module
 */
import { InputError } from "../../errors.js";
import type { IcalComponent } from "./parseCalendars.js";

/** The most days each month has (February 29). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Refuses an RRULE of the VEVENT `component` (`label`) whose `BYMONTH` × `BYMONTHDAY`
 * combinations exist in no year (a negative `BYMONTHDAY` counts from the month's end; without
 * `BYMONTH`, every month), whose `BYWEEKNO` weeks never touch its `BYMONTH` months, with a
 * negative `BYWEEKNO`, or any frequency but MONTHLY and YEARLY with a numbered `BYDAY` (`2MO`):
 * ical.js's iterator never returned for these (and read a WEEKLY one as every Monday).
 *
 * @throws InputError naming the event and the rule's parts.
 */
export function refuseImpossibleRules(label: string, component: IcalComponent): void {
  for (const property of component.getAllProperties("rrule")) {
    const parts = ((property.getFirstValue() as { parts?: unknown } | null)?.parts ?? {}) as Record<string, unknown>;
    const freq = String((property.getFirstValue() as { freq?: unknown } | null)?.freq ?? "");
    const listed = numbers(parts["BYMONTH"]);
    const months = listed.length > 0 ? listed : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const days = numbers(parts["BYMONTHDAY"]);
    const byMonth = listed.length > 0 ? `BYMONTH=${listed.join(",")} with ` : "";
    if (days.length > 0 && !months.some((m) => days.some((d) => d !== 0 && Math.abs(d) <= (MONTH_DAYS[m - 1] ?? 0)))) {
      throw new InputError(`ics: ${label}: its RRULE names no date that exists in any year (${byMonth}BYMONTHDAY=${days.join(",")}); correct its BYMONTH or BYMONTHDAY`);
    }
    const weeks = numbers(parts["BYWEEKNO"]);
    const fromEnd = weeks.find((w) => w < 0);
    if (fromEnd !== undefined) {
      // ical.js's iterator never returned for FREQ=DAILY;BYWEEKNO=-1 (and found no week -1 when YEARLY)
      throw new InputError(`ics: ${label}: its RRULE has BYWEEKNO=${fromEnd}, a week counted from the end of the year, which ical.js cannot expand; count the week from the start of the year`);
    }
    if (weeks.length > 0 && listed.length > 0 && !weeks.some((w) => weekMonths(w).some((m) => listed.includes(m)))) {
      throw new InputError(`ics: ${label}: its RRULE names no date that exists in any year (${byMonth}BYWEEKNO=${weeks.join(",")}); correct its BYMONTH or BYWEEKNO`);
    }
    // RFC 5545 §3.3.10: a BYDAY with a number (2MO) only in a MONTHLY or YEARLY rule (ical.js's
    // iterator never returned for FREQ=DAILY;BYDAY=2MO, and read WEEKLY's as every Monday)
    const ordinal = strings(parts["BYDAY"]).find((d) => /^[+-]?\d/.test(d));
    if (ordinal !== undefined && freq !== "MONTHLY" && freq !== "YEARLY") {
      throw new InputError(`ics: ${label}: its RRULE is ${freq} with BYDAY=${ordinal}, a weekday with a number, which only a MONTHLY or YEARLY rule may have (RFC 5545); drop the number or recur MONTHLY`);
    }
  }
}

/** Day of the year (1 = 1 January) on which each month starts, in a common year. */
const MONTH_STARTS = [1, 32, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366];

/**
 * The months that week `w` of a year (RFC 5545 BYWEEKNO: week 1 is the first with at least four
 * days of the year, whatever WKST) can have a day in, in some year: week 1 starts between 29
 * December and 4 January, so week w covers days 7w − 9 to 7w + 3.
 */
function weekMonths(w: number): number[] {
  // a day of slack either side for leap years
  const [from, to] = [7 * w - 10, 7 * w + 4];
  const months = new Set<number>();
  for (let d = from; d <= to; d++) {
    if (d < 1) months.add(12);
    else if (d >= 366) months.add(1);
    else months.add(MONTH_STARTS.findIndex((s) => s > d));
  }
  return [...months];
}

/** The values of a rule part as ical.js reads it, as text. */
function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.map(String);
}

/** The whole numbers of a rule part as ical.js reads it (a list, or one value). */
function numbers(value: unknown): number[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.map(Number).filter(Number.isInteger);
}
