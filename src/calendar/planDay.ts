/**
 * What a local date's hours are, after holidays, special hours and observed days (the day plan that
 * year blocks and closed-time labels are built from).
 *
 * @module
 */
import type { AnnualRule, WallInterval } from "../policy/normalizedPolicy.js";
import { datedPosition } from "../policy/datedRules.js";
import { civilFromDay, weekdayOfDay } from "../time/calendarDate.js";
import type { Calendar, DayPlan } from "./calendar.js";
import { regionHolidaysOf } from "./calendar.js";
import { observedDaysOf } from "./observedDays.js";

const EMPTY: ReadonlyArray<WallInterval> = Object.freeze([]);

/**
 * The intervals that start on local date `day`, after holidays and special hours:
 * a `date` entry wins over an `annual` entry, which wins over region holidays, which win over
 * observed days (which only land on dates no holiday decides), which win over the weekly hours.
 */
export function planDay(cal: Calendar, day: number): DayPlan {
  const dated = cal.dateRules;
  if (dated.days.length > 0) {
    const i = datedPosition(dated, day);
    if (i >= 0) {
      const name = dated.names[i];
      return { intervals: dated.hours.get(i) ?? EMPTY, override: name === undefined ? {} : { name } };
    }
  }
  if (cal.annualRules.size > 0 || cal.regionRules.length > 0) {
    const { year, month, day: dom } = civilFromDay(day);
    const annual = cal.annualRules.get(month * 100 + dom);
    if (annual !== undefined) return planFromRule(annual);
    if (cal.regionRules.length > 0) {
      const name = regionHolidaysOf(cal, year).get(day);
      if (name !== undefined) return { intervals: EMPTY, override: { name } };
    }
    if (cal.observing) {
      const name = observedDaysOf(cal, year).get(day);
      if (name !== undefined) return { intervals: EMPTY, override: { name } };
    }
  }
  return { intervals: cal.weekly[weekdayOfDay(day)]! };
}

function planFromRule(rule: AnnualRule): DayPlan {
  return { intervals: rule.hours ?? EMPTY, override: rule.name === undefined ? {} : { name: rule.name } };
}
