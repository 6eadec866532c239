/**
 * dayjs-business-time 1.0.4. It has no notion of a time zone of its own: it works on the wall
 * clock of whatever dayjs object it gets, and with explicit zones (dayjs/plugin/timezone) it hangs
 * across a spring-forward and answers an hour off across a fall-back (see the edge-case table).
 * So it is measured in UTC (`dayjs.utc`), against sla-clock on the same schedule in UTC.
 * It counts whole minutes.
 */
import { createRequire } from "node:module";
import { CLOSE, HOLIDAYS, OPEN } from "../lib/schedule.mjs";

const require = createRequire(import.meta.url);
const dayjs = require("dayjs");
dayjs.extend(require("dayjs/plugin/utc"));
dayjs.extend(require("dayjs-business-time"));

const segment = [{ start: `${OPEN}:00`, end: `${CLOSE}:00` }];
dayjs.setBusinessTime({
  sunday: null,
  monday: segment,
  tuesday: segment,
  wednesday: segment,
  thursday: segment,
  friday: segment,
  saturday: null,
});
dayjs.setHolidays(HOLIDAYS);

export function dayjsBusinessTime(zone = "UTC") {
  if (zone !== "UTC") throw new Error("dayjs-business-time is measured in UTC only");
  const at = (t) => dayjs.utc(t);
  return {
    name: "dayjs-business-time",
    zone,
    isOpen: (t) => at(t).isBusinessTime(),
    add: (t, ms) => at(t).addBusinessMinutes(ms / 60_000).valueOf(),
    between: (a, b) => at(a).businessMinutesDiff(at(b)) * 60_000,
  };
}
