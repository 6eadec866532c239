/**
 * Service availability over a period with outages, excluding scheduled maintenance.
 *
 * @module
 */
import type { Policy } from "../calendar/definePolicy.js";
import { compiledOf } from "../calendar/definePolicy.js";
import { measure } from "../calendar/measure.js";
import { clipSegments, mergeSegments } from "../calendar/segmentAlgebra.js";
import { InputError, describeValue, isoOf, readFields, readList, readingValue } from "../errors.js";
import { toEpochMs } from "../time/instant.js";
import { maintenanceClock } from "./maintenanceClock.js";
import type { AvailabilityOptions, AvailabilityReport } from "./types.js";

/**
 * Availability of a service over `[from, to)`, given its outages, with the policy's scheduled
 * maintenance windows excluded from both the period and the downtime.
 *
 * The rule, all in calendar (elapsed) milliseconds:
 * - `period` = `to - from`;
 * - `maintenance` = the policy's maintenance windows (weekly and one-off) within `[from, to)` —
 *   always, whether or not they pause SLA clocks (`pausesClocks`);
 * - `downtime` = the union of the outages, clipped to `[from, to)`, minus maintenance windows
 *   (overlapping outages count once);
 * - `availability` = `1 - downtime / (period - maintenance)`, and 1 when `period - maintenance` is 0
 *   (an empty period, or one entirely inside maintenance).
 *
 * Business hours and holidays play no part: availability is about the service, not the desk.
 *
 * Cost: the maintenance is read from per-year running sums of a clock stopped only by maintenance
 * (each local year built on first use, then cached with the policy), so a century costs about what
 * a month does, plus a step per outage.
 *
 * @param options - `{ from, to, outages }`; each outage `{ start, end }` with `end >= start`.
 * @throws InputError for bad instants, `to < from`, an outage that is not `{ start, end }` or ends
 *   before it starts (named `outages[i].start` / `.end`). HorizonError for a period longer than
 *   100 years.
 * @example
 * const p = definePolicy(presets.auvikSupportV2); // maintenance Saturdays 07:00–09:00 Toronto
 * availability(p, { from: "2026-11-23", to: "2026-11-30", outages: [
 *   { start: "2026-11-28T06:00", end: "2026-11-28T08:00" }, // 1 h of it inside maintenance
 * ] });
 * //=> { period: 604_800_000, maintenance: 7_200_000, downtime: 3_600_000, availability: 1 - 1 / 166 }
 * @category SLA
 */
export function availability(p: Policy, options: AvailabilityOptions): AvailabilityReport {
  const c = compiledOf(p);
  // Each option and each outage's fields are read once, the outages' length once (CONTRACT §12).
  const [rawFrom, rawTo, outagesField] = readFields(options, ["from", "to", "outages"], "", "availability", "an options object; pass { from, to, outages }");
  const rawOutages = outagesField ?? [];
  const from = toEpochMs(rawFrom, c.zone, "from");
  const to = toEpochMs(rawTo, c.zone, "to");
  if (to < from) {
    throw new InputError(`to: ${isoOf(to)} is before from (${isoOf(from)}); pass the period's start as from`);
  }
  if (!readingValue("outages", () => Array.isArray(rawOutages))) {
    throw new InputError(`outages: ${describeValue(rawOutages)} is not an array; pass [{ start, end }, …]`);
  }
  const outages = readList(rawOutages as unknown[], "outages");
  const flat: number[] = [];
  for (let i = 0; i < outages.length; i++) {
    const what = `outages[${i}]`;
    const [rawStart, rawEnd] = readFields(outages[i], ["start", "end"], `${what}.`, what, "an outage; pass { start, end }");
    const start = toEpochMs(rawStart, c.zone, `${what}.start`);
    const end = toEpochMs(rawEnd, c.zone, `${what}.end`);
    if (end < start) {
      throw new InputError(`${what}.end: ${isoOf(end)} is before its start (${isoOf(start)})`);
    }
    flat.push(start, end);
  }
  const period = to - from;
  // Maintenance is the time a clock stopped only by maintenance does not run; downtime is the
  // time it runs within the outages. Both from that clock's per-year running sums.
  const clock = maintenanceClock(c);
  const maintenance = period - measure(clock, from, to, "availability");
  const down = clipSegments(mergeSegments(flat), from, to);
  let downtime = 0;
  for (let i = 0; i < down.length; i += 2) downtime += measure(clock, down[i]!, down[i + 1]!, "availability");
  const base = period - maintenance;
  return { period, maintenance, downtime, availability: base === 0 ? 1 : 1 - downtime / base };
}
