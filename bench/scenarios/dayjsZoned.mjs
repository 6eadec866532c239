/**
 * Child process: one edge case with dayjs-business-time on zoned dayjs objects
 * (dayjs.tz(…, "America/Toronto")). Prints {"value": …}. Run with a time limit: it can hang.
 */
import { createRequire } from "node:module";
import { CLOSE, HOLIDAYS, OPEN, ZONE } from "../lib/schedule.mjs";

const require = createRequire(import.meta.url);
const dayjs = require("dayjs");
dayjs.extend(require("dayjs/plugin/utc"));
dayjs.extend(require("dayjs/plugin/timezone"));
dayjs.extend(require("dayjs-business-time"));
const segment = [{ start: `${OPEN}:00`, end: `${CLOSE}:00` }];
dayjs.setBusinessTime({ sunday: null, monday: segment, tuesday: segment, wednesday: segment, thursday: segment, friday: segment, saturday: null });
dayjs.setHolidays(HOLIDAYS);

const c = JSON.parse(process.argv[2]);
const at = (iso) => dayjs.tz(Date.parse(iso), ZONE);
let value;
if (c.op === "between") value = at(c.a).businessMinutesDiff(at(c.b)) * 60_000;
else if (c.op === "add") value = at(c.a).addBusinessMinutes(c.ms / 60_000).valueOf();
else value = at(c.a).isBusinessTime();
process.stdout.write(JSON.stringify({ value }));
