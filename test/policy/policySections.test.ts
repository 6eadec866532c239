/**
 * The severities, targets, statuses and timeIn sections of a policy: each bad value is one issue at
 * its path, with a message that names the value and says what to write instead (found missing by a
 * mutation round of src/policy: the checks of status names, of a resolving status that pauses, of
 * timeIn names, and most of these messages had no test).
 */
import { describe, expect, it } from "vitest";
import { computeDeadline, definePolicy, safeDefinePolicy } from "../../src/index.js";

const cases: Array<[string, unknown, Array<string | number>, string]> = [
  ["an empty status name", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"resolution":"8h"}}},"statuses":{"":{}}}, ["statuses",""], "\"\" is not a valid status name; use 1 to 64 characters without control characters or surrounding spaces, e.g. \"pending\""],
  ["a status name of 65 characters", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"resolution":"8h"}}},"statuses":{"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx":{}}}, ["statuses","xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" is not a valid status name; use 1 to 64 characters without control characters or surrounding spaces, e.g. \"pending\""],
  ["a status name with a control character", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"resolution":"8h"}}},"statuses":{"on\thold":{}}}, ["statuses","on\thold"], "\"on\\thold\" is not a valid status name; use 1 to 64 characters without control characters or surrounding spaces, e.g. \"pending\""],
  ["a status name with a surrounding space", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"resolution":"8h"}}},"statuses":{" open":{}}}, ["statuses"," open"], "\" open\" is not a valid status name; use 1 to 64 characters without control characters or surrounding spaces, e.g. \"pending\""],
  ["a resolving status that pauses listed metrics", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"resolution":"8h"}}},"statuses":{"open":{},"done":{"resolves":true,"pauses":["resolution"]}}}, ["statuses","done","pauses"], "[\"resolution\"] is not allowed next to \"resolves\": true; a resolved ticket has no running clock to pause"],
  ["a timeIn metric with a reserved name", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"resolution":"8h"}}},"statuses":{"open":{}},"timeIn":{"constructor":["open"]}}, ["timeIn","constructor"], "\"constructor\" is a reserved name and cannot name a metric; rename it, e.g. \"agentWork\""],
  ["a timeIn metric named like a built-in one", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"resolution":"8h"}}},"statuses":{"open":{}},"timeIn":{"resolution":["open"]}}, ["timeIn","resolution"], "\"resolution\" is a built-in metric and cannot name a timeIn metric; choose another name, e.g. \"agentWork\""],
  ["a timeIn metric name with a space", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"resolution":"8h"}}},"statuses":{"open":{}},"timeIn":{"agent work":["open"]}}, ["timeIn","agent work"], "\"agent work\" is not a valid metric name; use 1 to 64 letters, digits, \"_\", \".\" or \"-\", e.g. \"agentWork\""],
  ["a status that is not an object", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"resolution":"8h"}}},"statuses":{"open":5}}, ["statuses","open"], "expected a status such as {}, { \"pauses\": true }, { \"pauses\": [\"resolution\"] } or { \"resolves\": true }, got 5"],
  ["pauses that is neither true nor a list", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"resolution":"8h"}}},"statuses":{"open":{"pauses":"yes"}}}, ["statuses","open","pauses"], "expected true, or a list of the metrics it stops such as [\"resolution\"], got \"yes\""],
  ["statuses that are a list", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"resolution":"8h"}}},"statuses":[]}, ["statuses"], "expected an object of statuses such as { \"open\": {}, \"pending\": { \"pauses\": true }, \"solved\": { \"resolves\": true } }, got []"],
  ["timeIn that is a number", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"resolution":"8h"}}},"statuses":{"open":{}},"timeIn":3}, ["timeIn"], "expected an object of time-in-status metrics such as { \"agentWork\": [\"new\", \"open\"] }, got 3"],
  ["a severity that is a number", {"timezone":"UTC","hours":"24x7","severities":{"s":5}}, ["severities","s"], "expected a severity such as { \"label\": \"Severity 1\", \"targets\": { \"firstResponse\": \"2h\" } }, got 5"],
  ["a severity label that is a number", {"timezone":"UTC","hours":"24x7","severities":{"s":{"label":5,"targets":{}}}}, ["severities","s","label"], "expected a label, got 5"],
  ["a severity description that is a number", {"timezone":"UTC","hours":"24x7","severities":{"s":{"description":5,"targets":{}}}}, ["severities","s","description"], "expected a description, got 5"],
  ["severities that are a number", {"timezone":"UTC","hours":"24x7","severities":5}, ["severities"], "expected an object of severities such as { \"sev1\": { \"targets\": { \"firstResponse\": \"2h\" } } }, got 5"],
  ["a severity key with a space", {"timezone":"UTC","hours":"24x7","severities":{"sev 1":{"targets":{}}}}, ["severities","sev 1"], "\"sev 1\" is not a valid severity key; use 1 to 64 letters, digits, \"_\", \".\" or \"-\", e.g. \"sev1\""],
  ["targets that are a number", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":5}}}, ["severities","s","targets"], "expected an object of targets such as { \"firstResponse\": \"2h\" }, got 5"],
  ["a target that is a boolean", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"firstResponse":true}}}}, ["severities","s","targets","firstResponse"], "expected a target: a duration such as \"2h\", { \"duration\": \"3d\", \"clock\": \"calendar\" } or { \"businessDays\": 2, \"at\": \"17:00\" }, got true"],
  ["a duration that is a boolean", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"firstResponse":{"duration":true}}}}}, ["severities","s","targets","firstResponse","duration"], "expected a duration such as \"2h\", \"1h30m\", \"PT2H\", a number of milliseconds, or { \"hours\": 2 }, got true"],
  ["a negative duration part", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"firstResponse":{"hours":-1}}}}}, ["severities","s","targets","firstResponse","hours"], "-1 is negative; a duration cannot be negative"],
  ["an infinite duration part", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"firstResponse":{"hours":Infinity}}}}}, ["severities","s","targets","firstResponse","hours"], "expected a finite number >= 0, got Infinity"],
  ["a duration part as text", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"firstResponse":{"hours":"2"}}}}}, ["severities","s","targets","firstResponse","hours"], "expected a finite number >= 0, got \"2\""],
  ["a fractional number of business days", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"firstResponse":{"businessDays":1.5}}}}}, ["severities","s","targets","firstResponse","businessDays"], "1.5 is not a number of business days; use a whole number from 1 to 10000 (or 0 with \"at\": the same day)"],
  ["business days next to a duration", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"firstResponse":{"businessDays":1,"duration":"2h"}}}}}, ["severities","s","targets","firstResponse","duration"], "\"duration\" cannot be used next to \"businessDays\"; a target is either a duration or a number of business days"],
  ["a clock without a duration", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"firstResponse":{"clock":"calendar"}}}}}, ["severities","s","targets","firstResponse","duration"], "missing; a target with \"clock\" or \"pausable\" gives its length in \"duration\", e.g. { \"duration\": \"3d\", \"clock\": \"calendar\" }"],
  ["pausable without a duration", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"firstResponse":{"pausable":false}}}}}, ["severities","s","targets","firstResponse","duration"], "missing; a target with \"clock\" or \"pausable\" gives its length in \"duration\", e.g. { \"duration\": \"3d\", \"clock\": \"calendar\" }"],
  ["a duration part next to a duration", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"firstResponse":{"duration":"2h","hours":1}}}}}, ["severities","s","targets","firstResponse","hours"], "\"hours\" cannot be used next to \"duration\"; put the whole length in \"duration\", e.g. { \"duration\": { \"hours\": 1 } }"],
  ["at without business days", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"firstResponse":{"at":"17:00"}}}}}, ["severities","s","targets","firstResponse","businessDays"], "missing; a target with \"at\" gives the number of business days in \"businessDays\", e.g. { \"businessDays\": 1, \"at\": \"17:00\" }"],
  ["an unknown clock", {"timezone":"UTC","hours":"24x7","severities":{"s":{"targets":{"firstResponse":{"duration":"2h","clock":"wall"}}}}}, ["severities","s","targets","firstResponse","clock"], "expected \"business\" or \"calendar\", got \"wall\""],
];

describe("policy sections name the bad value at its path", () => {
  it.each(cases)("%s", (_, def, path, message) => {
    const r = safeDefinePolicy(def);
    expect(r.success).toBe(false);
    expect(r.success ? [] : r.error.issues).toEqual([{ path, message }]);
  });
});

describe("what the sections accept at their limits", () => {
  const base = { timezone: "UTC", hours: "24x7" as const, severities: { s: { targets: { resolution: "8h" } } } };

  it("a status name of 64 characters, and a resolving status with an empty pauses list", () => {
    expect(() => definePolicy({ ...base, statuses: { ["x".repeat(64)]: {}, done: { resolves: true, pauses: [] } } })).not.toThrow();
  });

  it("a target written as duration parts is their sum", () => {
    const p = definePolicy({ ...base, severities: { s: { targets: { firstResponse: { hours: 2, minutes: 30 } } } } });
    expect(computeDeadline(p, { severity: "s", start: "2026-01-05T09:00Z" })).toEqual(new Date("2026-01-05T11:30Z"));
  });
});
