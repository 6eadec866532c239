/**
 * moment-business-time 2.0.0 on moment-timezone moments in the schedule's zone. Its schedule and
 * holidays live in moment's global locale, so it is configured once per process.
 */
import { createRequire } from "node:module";
import { CLOSE, HOLIDAYS, OPEN } from "../lib/schedule.mjs";

const require = createRequire(import.meta.url);
const moment = require("moment-business-time");
require("moment-timezone"); // extends the same `moment` instance with `moment.tz`

const open = `${OPEN}:00`;
const close = `${CLOSE}:00`;
moment.updateLocale(moment.locale(), {
  workinghours: { 0: null, 1: [open, close], 2: [open, close], 3: [open, close], 4: [open, close], 5: [open, close], 6: null },
  holidays: HOLIDAYS,
});

export function momentBusinessTime(zone) {
  const at = (t) => moment.tz(t, zone);
  return {
    name: "moment-business-time",
    zone,
    isOpen: (t) => at(t).isWorkingTime(),
    add: (t, ms) => at(t).addWorkingTime(ms / 60_000, "minutes").valueOf(),
    between: (a, b) => at(b).workingDiff(at(a), "milliseconds", true),
  };
}
