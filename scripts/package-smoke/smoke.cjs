// CommonJS smoke test of the installed tarball: every entry point loads with require() and computes.
const assert = require("node:assert/strict");
const full = require("sla-clock");
const lite = require("sla-clock/lite");
const sheets = require("sla-clock/sheets");
const { timelineSvg } = require("sla-clock/svg");

const expected = "2026-11-30T10:30:00.000Z";
for (const [name, api] of [["sla-clock", full], ["sla-clock/lite", lite]]) {
  const policy = api.definePolicy(api.presets.auvikSupportV2);
  assert.equal(api.computeDeadline(policy, { severity: "sev1", start: "2026-11-27T21:30" }).toISOString(), expected, name);
}
assert.throws(() => lite.definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: "US" }] }), lite.PolicyError);
assert.equal(sheets.SLA_DEADLINE("2026-11-27T21:30", "sev1").toISOString(), expected);
const explanation = { timezone: "America/Toronto", from: new Date("2026-11-27T21:30-05:00"), to: new Date("2026-11-30T06:00-05:00"), metrics: {} };
assert.match(timelineSvg(explanation), /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
console.log("CJS: sla-clock, sla-clock/lite, sla-clock/sheets, sla-clock/svg ok");
