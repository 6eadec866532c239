/**
 * The scheduled maintenance of a policy, whether or not it pauses SLA clocks (the policy's own
 * calendars only leave it out when `pausesClocks` is true): as a calendar clock that runs at all
 * times except in its maintenance windows, so that the maintenance in a period is read from that
 * clock's per-year running sums, never listed window by window.
 *
 * @module
 */
import type { Calendar, NamedSegment } from "../calendar/calendar.js";
import type { CompiledPolicy } from "../calendar/definePolicy.js";
import { resolvePoint } from "../calendar/definePolicy.js";
import { sharedCalendar } from "../calendar/sharedCalendar.js";

/** Per compiled policy, its {@link maintenanceClock} (built on first use). */
const clocks = new WeakMap<CompiledPolicy, Calendar>();

/**
 * A calendar clock (24x7) stopped in every maintenance window of `c`, weekly and one-off, as if
 * `pausesClocks` were true: the running time of `[a, b)` on it is `b - a` less the maintenance in
 * that span. Wall-clock windows are resolved in the policy's zone by the compatible rule; a weekly
 * window belongs to the local date it starts on and may run past midnight. Shared by content with
 * other policies (`sharedCalendar`), and with the policy's own clock when that pauses already.
 */
export function maintenanceClock(c: CompiledPolicy): Calendar {
  let clock = clocks.get(c);
  if (clock === undefined) {
    const n = c.normalized;
    const oneOff: NamedSegment[] = [];
    for (const w of n.maintenance.oneOff) {
      const start = resolvePoint(c.zone, w.from);
      const end = resolvePoint(c.zone, w.to);
      // (named as in the policy's own calendars, so that the content, and the calendar, is the
      // same as the policy's own clock's when that pauses already)
      if (end > start) oneOff.push(w.name === undefined ? { start, end } : { start, end, name: w.name });
    }
    const pausing = { ...n, maintenance: { ...n.maintenance, pausesClocks: true } };
    clock = sharedCalendar(pausing, { kind: "clock", zone: c.zone, closures: [], maintenanceOneOff: oneOff, regionSource: undefined });
    clocks.set(c, clock);
  }
  return clock;
}
