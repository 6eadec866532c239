/**
 * Instants written as the wall clock of a zone reads them, for the labels of a timeline.
 * English, 24-hour clock, computed with sla-clock's own time layer (no `Intl` formatting, so the
 * output is the same in every runtime).
 *
 * @module
 */
import { MS_PER_DAY, MS_PER_MINUTE, civilFromDay, formatDay, weekdayOfDay } from "../../time/calendarDate.js";
import { formatTimeOfDay } from "../../time/timeOfDay.js";
import { epochToWall, localDayOf } from "../../time/wallClock.js";
import type { ZoneRules } from "../../time/zoneRules.js";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** The wall-clock time of day at `t`, `HH:MM` (`HH:MM:SS` when seconds are not zero). */
export function wallTimeLabel(zone: ZoneRules, t: number): string {
  const wall = epochToWall(zone, t);
  return formatTimeOfDay(wall - Math.floor(wall / MS_PER_DAY) * MS_PER_DAY);
}

/** A local date as `Fri 27 Nov`. */
export function dayLabel(day: number): string {
  const { month, day: d } = civilFromDay(day);
  return `${WEEKDAYS[weekdayOfDay(day)]} ${d} ${MONTHS[month - 1]}`;
}

/** A local month as `Nov 2026`. */
export function monthLabel(year: number, month: number): string {
  return `${MONTHS[month - 1]} ${year}`;
}

/** `t` as `Fri 05:30`: weekday and wall time, for markers. */
export function shortInstantLabel(zone: ZoneRules, t: number): string {
  return `${WEEKDAYS[weekdayOfDay(localDayOf(zone, t))]} ${wallTimeLabel(zone, t)}`;
}

/** `t` in full, `2026-11-27 21:30 (UTC-05:00)`, for titles and tooltips. */
export function fullInstantLabel(zone: ZoneRules, t: number): string {
  const wall = epochToWall(zone, t);
  return `${formatDay(Math.floor(wall / MS_PER_DAY))} ${wallTimeLabel(zone, t)} (${offsetLabel(zone.offsetAt(t))})`;
}

/** A UTC offset as `UTC-05:00`, `UTC+05:45`, `UTC`. */
export function offsetLabel(offsetMs: number): string {
  if (offsetMs === 0) return "UTC";
  const minutes = Math.round(Math.abs(offsetMs) / MS_PER_MINUTE);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `UTC${offsetMs < 0 ? "-" : "+"}${h < 10 ? "0" : ""}${h}:${m < 10 ? "0" : ""}${m}`;
}
