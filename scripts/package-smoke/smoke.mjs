// ESM smoke test of the installed tarball: every entry point loads by name and computes.
import assert from "node:assert/strict";
import * as full from "sla-clock";
import * as lite from "sla-clock/lite";
import * as sheets from "sla-clock/sheets";
import { timelineSvg } from "sla-clock/svg";

const expected = "2026-11-30T10:30:00.000Z"; // Friday 21:30 ET + 2 business hours (sev1 response)
for (const [name, api] of [["sla-clock", full], ["sla-clock/lite", lite]]) {
  const policy = api.definePolicy(api.presets.auvikSupportV2);
  assert.equal(api.computeDeadline(policy, { severity: "sev1", start: "2026-11-27T21:30" }).toISOString(), expected, name);
  assert.equal(typeof api.PolicyError, "function", name);
}
assert.throws(() => lite.definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: "US" }] }), lite.PolicyError);
assert.ok(full.definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: "US" }] }));
assert.equal(typeof full.expandRegionHolidays, "function"); // needs date-holidays: the full entry only
assert.equal(lite.expandRegionHolidays, undefined);
assert.equal(sheets.SLA_DEADLINE("2026-11-27T21:30", "sev1").toISOString(), expected);
const explanation = { timezone: "America/Toronto", from: new Date("2026-11-27T21:30-05:00"), to: new Date("2026-11-30T06:00-05:00"), metrics: {} };
assert.match(timelineSvg(explanation), /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
console.log("ESM: sla-clock, sla-clock/lite, sla-clock/sheets, sla-clock/svg ok");
