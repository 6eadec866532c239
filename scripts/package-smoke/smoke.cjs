// CommonJS smoke test of the installed tarball: every entry point loads with require() and computes.
const assert = require("node:assert/strict");
const full = require("sla-clock");
const lite = require("sla-clock/lite");
const sheets = require("sla-clock/sheets");

const expected = "2026-11-30T10:30:00.000Z";
for (const [name, api] of [["sla-clock", full], ["sla-clock/lite", lite]]) {
  const policy = api.definePolicy(api.presets.auvikSupportV2);
  assert.equal(api.computeDeadline(policy, { severity: "sev1", start: "2026-11-27T21:30" }).toISOString(), expected, name);
}
assert.throws(() => lite.definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: "US" }] }), lite.PolicyError);
assert.equal(sheets.SLA_DEADLINE("2026-11-27T21:30", "sev1").toISOString(), expected);
console.log("CJS: sla-clock, sla-clock/lite, sla-clock/sheets ok");
