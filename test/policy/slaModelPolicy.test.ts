/**
 * The SLA model v2 keys of a policy (CONTRACT §6): `statuses`, `timeIn`, `warnAt` lists,
 * business-day targets and the new metric names — what parsePolicy accepts, what it compiles them
 * into, and the path and message of every mistake.
 */
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/policy/parsePolicy.js";
import type { NormalizedPolicy } from "../../src/policy/normalizedPolicy.js";
import { policyJsonSchema } from "../../src/policy/policyJsonSchema.js";

const H = 3_600_000;
const base = { timezone: "America/Toronto", hours: { mon: [["09:00", "17:00"]] } };
const statuses = { new: {}, open: {}, pending: { pauses: true }, "on-hold": { pauses: ["resolution", "agentWork"] }, solved: { resolves: true } };
const timeIn = { agentWork: ["new", "open"], requesterWait: ["new", "open", "on-hold"] };
/** The contract's §6 example. */
const v2 = {
  ...base,
  statuses,
  timeIn,
  warnAt: [0.5, 0.75, 0.9],
  severities: {
    sev1: { targets: { firstResponse: "2h", nextReply: "1h", agentWork: "8h", ownership: "3h", resolution: "24h" } },
    sev3: { targets: { firstResponse: "24h", resolution: { businessDays: 2, at: "17:00" } } },
  },
};

function ok(def: unknown): NormalizedPolicy {
  const r = parsePolicy(def);
  if (!r.success) throw new Error(JSON.stringify(r.issues, null, 1));
  return r.policy;
}

function issuesOf(def: unknown) {
  const r = parsePolicy(def);
  if (r.success) throw new Error("expected the definition to be invalid");
  return r.issues;
}

describe("the contract's §6 example compiles", () => {
  const n = ok(v2);
  it("statuses in workflow order, with what each does", () => {
    expect(n.statuses).toEqual([
      { key: "new", pausesAll: false, pauses: [], resolves: false },
      { key: "open", pausesAll: false, pauses: [], resolves: false },
      { key: "pending", pausesAll: true, pauses: [], resolves: false },
      { key: "on-hold", pausesAll: false, pauses: ["resolution", "agentWork"], resolves: false },
      { key: "solved", pausesAll: false, pauses: [], resolves: true },
    ]);
  });
  it("timeIn metrics in policy order; the thresholds; warnAt is the smallest fraction", () => {
    expect(n.timeIn).toEqual([
      { key: "agentWork", statuses: ["new", "open"] },
      { key: "requesterWait", statuses: ["new", "open", "on-hold"] },
    ]);
    expect(n.thresholds).toEqual([0.5, 0.75, 0.9]);
    expect(n.warnAt).toBe(0.5);
  });
  it("the targeted metrics: built-ins first in their order, then timeIn metrics", () => {
    expect(n.metrics).toEqual(["firstResponse", "resolution", "nextReply", "ownership", "agentWork"]);
  });
  it("a business-day target keeps its day count and time of day; it is never paused", () => {
    expect(n.severities[1]!.targets.resolution).toEqual({ duration: 0, clock: "business", pausable: false, days: { count: 2, at: 17 * H } });
    expect(ok({ ...base, severities: { s: { targets: { resolution: { businessDays: 1 } } } } }).severities[0]!.targets.resolution!.days).toEqual({ count: 1, at: null });
  });
  it("the JSON Schema describes the new keys (policyJsonSchema.test.ts validates the example against it)", () => {
    const plain = (policyJsonSchema.$defs as Record<string, { properties: object }>).policy!;
    expect(Object.keys(plain.properties)).toEqual(expect.arrayContaining(["statuses", "timeIn", "warnAt"]));
  });
});

describe("a policy without the new keys compiles as before", () => {
  const n = ok({ ...base, warnAt: 0.8, severities: { s: { targets: { firstResponse: "2h" } } } });
  it("no statuses, no timeIn, one threshold", () => {
    expect(n.statuses).toBeNull();
    expect(n.timeIn).toEqual([]);
    expect(n.thresholds).toEqual([0.8]);
    expect(n.warnAt).toBe(0.8);
  });
  it("the default threshold is 0.75", () => {
    expect(ok(base).thresholds).toEqual([0.75]);
  });
});

describe("accepted forms", () => {
  it.each([
    ["a status with pauses: false", { ...base, statuses: { open: { pauses: false } } }],
    ["an empty pauses list", { ...base, statuses: { open: { pauses: [] } } }],
    ["status names with spaces and non-ASCII letters", { ...base, statuses: { "Waiting for customer": { pauses: true }, "Geschlossen": { resolves: true } } }],
    ["businessDays 0 with at", { ...base, severities: { s: { targets: { resolution: { businessDays: 0, at: "17:00" } } } } }],
    ["at 24:00 (the end of that business day)", { ...base, severities: { s: { targets: { resolution: { businessDays: 1, at: "24:00" } } } } }],
    ["pausable false and clock business beside businessDays", { ...base, severities: { s: { targets: { resolution: { businessDays: 1, pausable: false, clock: "business" } } } } }],
    ["a single-fraction list", { ...base, warnAt: [1] }],
    ["nextReply and ownership targets without statuses", { ...base, severities: { s: { targets: { nextReply: "1h", ownership: { duration: "3h", clock: "calendar" } } } } }],
  ])("%s", (_what, def) => {
    expect(parsePolicy(def).success).toBe(true);
  });
});

describe("every mistake is a PolicyError issue naming its path and value", () => {
  const sev = (targets: object) => ({ ...base, severities: { s: { targets } } });
  it.each([
    // warnAt
    ["a fraction out of range in a list", { ...base, warnAt: [0.5, 1.5] }, ["warnAt", 1], /^1\.5 is not a fraction of a target; use a number greater than 0 and at most 1/],
    ["a list out of order", { ...base, warnAt: [0.75, 0.5] }, ["warnAt", 1], /^0\.5 does not come after 0\.75; list the fractions in strictly ascending order/],
    ["a repeated fraction", { ...base, warnAt: [0.5, 0.5] }, ["warnAt", 1], /^0\.5 does not come after 0\.5/],
    ["an empty list", { ...base, warnAt: [] }, ["warnAt"], /^an empty list; give at least one fraction/],
    ["a list of text", { ...base, warnAt: ["0.5"] }, ["warnAt", 0], /expected a fraction such as 0\.75, got "0\.5"/],
    // statuses
    ["no statuses at all", { ...base, statuses: {} }, ["statuses"], /^no statuses; list at least one/],
    ["a status that is not an object", { ...base, statuses: { open: true } }, ["statuses", "open"], /expected a status such as \{\}.*got true/],
    ["an unknown status key", { ...base, statuses: { open: { stops: true } } }, ["statuses", "open", "stops"], /^unknown key "stops"; expected one of pauses, resolves$/],
    ["pauses as text", { ...base, statuses: { open: { pauses: "resolution" } } }, ["statuses", "open", "pauses"], /expected true, or a list of the metrics it stops.*got "resolution"/],
    ["resolves as text", { ...base, statuses: { done: { resolves: "yes" } } }, ["statuses", "done", "resolves"], /expected true or false, got "yes"/],
    ["a status that resolves and pauses", { ...base, statuses: { done: { resolves: true, pauses: true } } }, ["statuses", "done", "pauses"], /^true is not allowed next to "resolves": true/],
    ["a reserved status name", { ...base, statuses: { constructor: {} } }, ["statuses", "constructor"], /"constructor" is a reserved name and cannot be a status/],
    ["a status name with surrounding spaces", { ...base, statuses: { " open": {} } }, ["statuses", " open"], /" open" is not a valid status name/],
    ["a metric listed twice in pauses", { ...sev({ resolution: "1d" }), statuses: { hold: { pauses: ["resolution", "resolution"] } } }, ["statuses", "hold", "pauses", 1], /^"resolution" is listed twice/],
    ["a metric in pauses that no severity targets", { ...sev({ firstResponse: "1h" }), statuses: { hold: { pauses: ["resolution"] } } }, ["statuses", "hold", "pauses", 0], /^"resolution" is a metric no severity targets; list only metrics that some severity targets \(targeted: firstResponse\)$/],
    ["a name in pauses that is no metric", { ...sev({ firstResponse: "1h" }), statuses: { hold: { pauses: ["ttr"] } } }, ["statuses", "hold", "pauses", 0], /^"ttr" is not a metric of this policy/],
    // timeIn
    ["timeIn without statuses", { ...base, timeIn: { agentWork: ["open"] } }, ["timeIn"], /^timeIn counts time in statuses, but the policy has no "statuses"/],
    ["a timeIn status that statuses lacks", { ...base, statuses: { open: {} }, timeIn: { agentWork: ["open", "opne"] } }, ["timeIn", "agentWork", 1], /^"opne" is not a status of this policy; use one of "open"$/],
    ["a timeIn metric reusing a built-in name", { ...base, statuses: { open: {} }, timeIn: { resolution: ["open"] } }, ["timeIn", "resolution"], /^"resolution" is a built-in metric and cannot name a timeIn metric/],
    ["an empty timeIn list", { ...base, statuses: { open: {} }, timeIn: { agentWork: [] } }, ["timeIn", "agentWork"], /^an empty list; name the statuses/],
    ["a status listed twice in timeIn", { ...base, statuses: { open: {} }, timeIn: { agentWork: ["open", "open"] } }, ["timeIn", "agentWork", 1], /^"open" is listed twice/],
    ["a timeIn metric name with a space", { ...base, statuses: { open: {} }, timeIn: { "agent work": ["open"] } }, ["timeIn", "agent work"], /"agent work" is not a valid metric name/],
    // target names
    ["a target for a timeIn metric the policy lacks", sev({ agentWork: "8h" }), ["severities", "s", "targets", "agentWork"], /^unknown key "agentWork"; expected one of firstResponse, update, resolution, nextReply, ownership$/],
    ["an unknown target name next to timeIn", { ...sev({ agentWrok: "8h" }), statuses: { open: {} }, timeIn: { agentWork: ["open"] } }, ["severities", "s", "targets", "agentWrok"], /expected one of firstResponse, update, resolution, nextReply, ownership, agentWork$/],
    // business-day targets
    ["businessDays 0 without at", sev({ resolution: { businessDays: 0 } }), ["severities", "s", "targets", "resolution", "businessDays"], /^0 business days needs "at"/],
    ["a fractional businessDays", sev({ resolution: { businessDays: 1.5 } }), ["severities", "s", "targets", "resolution", "businessDays"], /^1\.5 is not a number of business days; use a whole number from 1 to 10000/],
    ["a negative businessDays", sev({ resolution: { businessDays: -1 } }), ["severities", "s", "targets", "resolution", "businessDays"], /^-1 is not a number of business days/],
    ["pausable true beside businessDays", sev({ resolution: { businessDays: 2, pausable: true } }), ["severities", "s", "targets", "resolution", "pausable"], /^true is not allowed next to "businessDays": business-day targets are never paused/],
    ["clock calendar beside businessDays", sev({ resolution: { businessDays: 2, clock: "calendar" } }), ["severities", "s", "targets", "resolution", "clock"], /^"calendar" is not allowed next to "businessDays"/],
    ["duration beside businessDays", sev({ resolution: { businessDays: 2, duration: "2h" } }), ["severities", "s", "targets", "resolution", "duration"], /^"duration" cannot be used next to "businessDays"/],
    ["at without businessDays", sev({ resolution: { at: "17:00" } }), ["severities", "s", "targets", "resolution", "businessDays"], /^missing; a target with "at" gives the number of business days/],
    ["a bad at", sev({ resolution: { businessDays: 1, at: "5pm" } }), ["severities", "s", "targets", "resolution", "at"], /"5pm"/],
  ])("%s", (_what, def, path, message) => {
    const issues = issuesOf(def);
    const found = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(found, `no issue at ${JSON.stringify(path)} in ${JSON.stringify(issues)}`).toBeDefined();
    expect(found!.message).toMatch(message);
  });

  it("reports every cross-section problem at once", () => {
    const issues = issuesOf({
      ...base,
      statuses: { open: { pauses: ["nextReply"] } },
      timeIn: { agentWork: ["closed"] },
      severities: { s: { targets: { firstResponse: "1h", ttr: "2h" } } },
    });
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([["severities", "s", "targets", "ttr"], ["timeIn", "agentWork", 0], ["statuses", "open", "pauses", 0]]),
    );
  });
});
