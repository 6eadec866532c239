/**
 * The preset for `sla-clock/lite`: its `region` entry expanded into explicit dates (what
 * `sla-clock holidays POLICY.json --years 2024-2035` produces), using the library's own
 * date-holidays dependency from the repository root.
 */
import { createRequire } from "node:module";
import { ROOT } from "./slaClock.mjs";

export function expandRegions(def, fromYear = 2024, toYear = 2035) {
  const require = createRequire(`${ROOT}package.json`);
  const Holidays = require("date-holidays");
  const holidays = [];
  for (const h of def.holidays ?? []) {
    if (h.region === undefined) {
      holidays.push(h);
      continue;
    }
    const [country, state, region] = h.region.split("-");
    const hd = new Holidays(country, state, region);
    const types = h.types ?? ["public"];
    const seen = new Set(h.except ?? []);
    for (let y = fromYear; y <= toYear; y++) {
      for (const e of hd.getHolidays(y)) {
        const date = e.date.slice(0, 10);
        if (!types.includes(e.type) || seen.has(date)) continue;
        seen.add(date);
        holidays.push({ date, name: e.name });
      }
    }
  }
  return { ...def, holidays };
}
