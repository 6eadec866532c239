/**
 * What a user writes by hand with luxon: walk the calendar day by day in the zone, build each
 * open day's [open, close) with `set({ hour })`, and add up the overlaps. Correct across DST
 * (luxon resolves each local time), but its cost grows with the span.
 */
import { DateTime } from "luxon";
import { CLOSE, HOLIDAYS, OPEN } from "../lib/schedule.mjs";

export function luxonLoop(zone) {
  const holidays = new Set(HOLIDAYS);
  const [oh, om] = OPEN.split(":").map(Number);
  const [ch, cm] = CLOSE.split(":").map(Number);

  /** [open, close) of a local day (a DateTime at its midnight) in epoch ms, or null when closed. */
  function hoursOf(day) {
    if (day.weekday > 5 || holidays.has(day.toISODate())) return null;
    return [day.set({ hour: oh, minute: om }).toMillis(), day.set({ hour: ch, minute: cm }).toMillis()];
  }

  function isOpen(t) {
    const h = hoursOf(DateTime.fromMillis(t, { zone }).startOf("day"));
    return h !== null && t >= h[0] && t < h[1];
  }

  function add(start, ms) {
    if (ms === 0) return start;
    let day = DateTime.fromMillis(start, { zone }).startOf("day");
    let remaining = ms;
    for (let i = 0; i < 200 * 366; i++) {
      const h = hoursOf(day);
      if (h !== null) {
        const from = Math.max(start, h[0]);
        if (from < h[1]) {
          if (remaining <= h[1] - from) return from + remaining;
          remaining -= h[1] - from;
        }
      }
      day = day.plus({ days: 1 });
    }
    throw new Error("no answer within 200 years");
  }

  function between(a, b) {
    if (b < a) return -between(b, a);
    let day = DateTime.fromMillis(a, { zone }).startOf("day");
    let sum = 0;
    while (day.toMillis() < b) {
      const h = hoursOf(day);
      if (h !== null) {
        const from = Math.max(a, h[0]);
        const to = Math.min(b, h[1]);
        if (to > from) sum += to - from;
      }
      day = day.plus({ days: 1 });
    }
    return sum;
  }

  return { name: "luxon loop", zone, isOpen, add, between };
}
