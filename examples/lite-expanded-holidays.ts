/**
 * `sla-clock/lite` leaves out date-holidays (for edge functions and small bundles), so a policy's
 * `region` holiday entries must be expanded into explicit dates first. On the command line:
 *
 *   npx sla-clock holidays policy.json --years 2024-2035 > policy.lite.json
 *
 * This example does the same in-process and shows that the expanded policy means the same within
 * the span, and refuses to answer outside it (it records the span as `holidayYears`).
 *
 * Run: npx tsx examples/lite-expanded-holidays.ts
 */
// expandRegionHolidays is what `sla-clock holidays` runs; it needs date-holidays, so it comes from "sla-clock"
import { businessTimeBetween, definePolicy as defineFullPolicy, expandRegionHolidays, presets } from "sla-clock";
import { HorizonError, PolicyError, computeDeadline, definePolicy } from "sla-clock/lite";

// 1. lite rejects region entries, and says how to fix it.
try {
  definePolicy(presets.auvikSupportV2);
} catch (e) {
  if (!(e instanceof PolicyError)) throw e;
  console.log(`lite with a region entry → PolicyError at ${e.issues[0]!.path.join(".")}:\n  ${e.issues[0]!.message}\n`);
}

// 2. Expand the Ontario holidays for 2024–2035 and compile with lite.
const expanded = expandRegionHolidays(presets.auvikSupportV2, { from: 2024, to: 2035 });
const holidays = expanded.holidays ?? [];
console.log(`expanded: ${holidays.length} dated holidays, e.g.`, holidays.slice(0, 3));
const lite = definePolicy(expanded);
const full = defineFullPolicy(presets.auvikSupportV2);

// 3. Same answers within the span …
const start = "2024-01-01T00:00";
const end = "2035-12-31T23:59";
console.log(`\nbusiness hours 2024–2035: lite ${businessTimeBetween(lite, start, end) / 3_600_000}, full ${businessTimeBetween(full, start, end) / 3_600_000}`);
const christmasEve = "2026-12-24T21:00";
console.log(`sev1 opened ${christmasEve}: lite due ${computeDeadline(lite, { severity: "sev1", start: christmasEve })!.toISOString()}, full due ${computeDeadline(full, { severity: "sev1", start: christmasEve })!.toISOString()}`);

// 4. … and a HorizonError outside it, never an answer without the holidays (Christmas 2036 is a Thursday).
const xmas2036 = "2036-12-24T21:00";
console.log(`expanded.holidayYears = ${JSON.stringify(expanded.holidayYears)}`);
try {
  computeDeadline(lite, { severity: "sev1", start: xmas2036 });
} catch (e) {
  if (!(e instanceof HorizonError)) throw e;
  console.log(`sev1 opened ${xmas2036} with lite → HorizonError:\n  ${e.message}`);
}
console.log(`full due ${computeDeadline(full, { severity: "sev1", start: xmas2036 })!.toISOString()}`);
console.log("\n→ expand for every year your tickets can touch, and re-run `sla-clock holidays` yearly.");
