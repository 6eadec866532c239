/**
 * How far one iCalendar event may reach in an import, so that every loop of it is bounded.
 *
 * @module
 */
import { InputError } from "../../errors.js";
import { MS_PER_DAY } from "../../time/calendarDate.js";
import type { ImportYears } from "./importYears.js";

/**
 * Days one event may last (all-day or timed), occurrences one recurring event may expand to within
 * the years, and occurrences it may have before their end (so that every loop is bounded).
 */
export const ICS_LIMITS = Object.freeze({ daysPerEvent: 366, occurrencesPerEvent: 5_000, occurrencesScanned: 200_000 });

/**
 * Refuses an event (or one occurrence) `label` that lasts `days` days, more than
 * {@link ICS_LIMITS}.daysPerEvent.
 *
 * @throws InputError naming the event, its days and the fix.
 */
export function refuseLongEvent(label: string, days: number): void {
  if (days > ICS_LIMITS.daysPerEvent) throw new InputError(`ics: ${label} lasts ${days} days, more than ${ICS_LIMITS.daysPerEvent}; split it`);
}

/**
 * Refuses a timed event (or occurrence) from `from` to `to` (epoch ms) longer than 366 days, as an
 * all-day one (a day begun counts).
 *
 * @throws InputError as {@link refuseLongEvent}.
 */
export function refuseLongClosure(label: string, from: number, to: number): void {
  refuseLongEvent(label, Math.ceil((to - from) / MS_PER_DAY));
}

/** The refusal of an event `label` that recurs more than {@link ICS_LIMITS}.occurrencesScanned times before the end of the years. */
export function tooManyBefore(label: string, years: ImportYears): InputError {
  return new InputError(`ics: ${label} recurs more than ${ICS_LIMITS.occurrencesScanned} times before the end of ${years.span.to}; shorten or split it`);
}

/** The refusal of an event `label` that recurs more than {@link ICS_LIMITS}.occurrencesPerEvent times in the years. */
export function tooManyIn(label: string, years: ImportYears): InputError {
  return new InputError(`ics: ${label} recurs more than ${ICS_LIMITS.occurrencesPerEvent} times in ${years.span.from}–${years.span.to}; choose fewer years`);
}
