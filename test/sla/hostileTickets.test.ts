/**
 * Regression (issue 14, CONTRACT §12): caller-built tickets and events are read once — an array's
 * `length` once and its items by index, each getter once — and whatever they throw while being read
 * is an InputError naming the field, never an untyped error and never an endless loop. Each case
 * (hostileTickets.cases.ts) runs in a child process with a timeout, so a regression fails this
 * test instead of hanging the runner; those that cannot loop run in this process as well.
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { definePolicy, evaluateMany } from "../../src/index.js";
import type { Outcome } from "./hostileTickets.cases.js";
import { CANNOT_LOOP, outcome } from "./hostileTickets.cases.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const tsx = join(root, "node_modules", ".bin", process.platform === "win32" ? "tsx.cmd" : "tsx");

/** Runs case `mode` of hostileTickets.cases.ts in a child process, with a timeout. */
function run(mode: string): Outcome {
  const r = spawnSync(tsx, [join(here, "hostileTickets.child.ts"), mode], { cwd: root, encoding: "utf8", timeout: 30_000 });
  if (r.error !== undefined || r.status !== 0) throw new Error(`child (${mode}) did not end cleanly: ${r.error?.message ?? `exit ${r.status}`}\n${r.stderr}`);
  return JSON.parse(r.stdout) as Outcome;
}

const FIELD_ERRORS: Array<[string, string]> = [
  ["revokedEvents", 'ticket "T-1" events: could not be read ('],
  ["revokedEvent", 'ticket "T-1" events[3]: could not be read ('],
  ["revokedTicket", "ticket: could not be read ("],
  ["hugeLength", 'ticket "T-1" events.length: 1000000000000 is not the length of an array'],
  ["nanLength", 'ticket "T-1" events.length: NaN is not the length of an array'],
  ["luxonGetterThrows", 'ticket "T-1" events[3].at: the luxon DateTime could not be read (isValid exploded)'],
  ["luxonMethodThrows", 'ticket "T-1" events[3].at: the luxon DateTime could not be read (toMillis exploded)'],
  ["luxonCreatedAt", 'ticket "T-1" createdAt: the luxon DateTime could not be read (toMillis exploded)'],
  ["luxonNow", "now: the luxon DateTime could not be read (toMillis exploded)"],
  ["throwingGetter", 'ticket "T-1" severity: could not be read (no severity)'],
  ["throwingIdGetter", "ticket.id: could not be read (no id)"],
  // what it threw is cut at 200 characters
  ["longThrow", `ticket "T-1" severity: could not be read (${"x".repeat(200)}…)`],
  ["prioritizeRevoked", 'tickets[1] (id "T-1") events: could not be read ('],
];

describe("caller-built tickets that throw or change while being read", () => {
  it.each(FIELD_ERRORS)("%s: an InputError naming the field", (mode, start) => {
    const r = run(mode);
    expect(r.name).toBe("InputError");
    expect(r.message!.startsWith(start)).toBe(true);
  });

  // The same cases where a regression cannot loop, in this process too: coverage and mutation
  // testing do not see into the child processes.
  it.each(FIELD_ERRORS.filter(([mode]) => CANNOT_LOOP.includes(mode)))("%s, in-process: the same InputError", (mode, start) => {
    const r = outcome(mode);
    expect(r.name).toBe("InputError");
    expect(r.message!.startsWith(start)).toBe(true);
  });

  it("an events Proxy whose length grows on every read is read at the length it had first: the call ends", () => {
    const r = run("growingLength");
    expect(r.name).toBeUndefined();
    // length read once (1): one update event, no response — firstResponse still runs
    expect((r.ok as { metrics: { firstResponse: { status: string } } }).metrics.firstResponse.status).toBe("breached");
    expect(run("breachesGrowing").ok).toEqual(["firstResponse"]);
  });

  it("in evaluateMany, each hostile ticket is an error named by index and the stream goes on", () => {
    const r = run("manyRevoked");
    const rows = r.ok as Array<{ index: number; id?: string; error?: string; breached?: boolean }>;
    expect(rows.map((x) => x.index)).toEqual([0, 1, 2, 3]);
    expect(rows[0]).toEqual({ index: 0, id: "T-1", breached: false });
    expect(rows[1]!.error!.startsWith("tickets[1]: could not be read (")).toBe(true);
    expect(rows[2]!.id).toBe("T-1");
    expect(rows[2]!.error!.startsWith('tickets[2] (id "T-1") events: could not be read (')).toBe(true);
    expect(rows[3]!.breached).toBe(true);
  });
});

describe("each field of a ticket is read once", () => {
  const p = definePolicy({ timezone: "UTC", hours: "24x7", severities: { s1: { targets: { firstResponse: "2h" } } } });

  it("getters of the ticket and its events run once, also for a bad ticket reported by evaluateMany", () => {
    const reads = new Map<string, number>();
    const counted = <T extends object>(name: string, fields: Record<string, unknown>): T => {
      const o = {};
      for (const [k, v] of Object.entries(fields)) {
        Object.defineProperty(o, k, { enumerable: true, get: () => (reads.set(`${name}.${k}`, (reads.get(`${name}.${k}`) ?? 0) + 1), v) });
      }
      return o as T;
    };
    const event = counted("event", { type: "response", at: "2026-03-02T09:00Z" });
    const events = [event];
    let lengthReads = 0;
    const eventsProxy = new Proxy(events, { get: (t, k, r) => (k === "length" && lengthReads++, Reflect.get(t, k, r) as unknown) });
    const good = counted("good", { id: "G", createdAt: "2026-03-02T08:00Z", severity: "s1", events: eventsProxy });
    const bad = counted("bad", { id: "B", createdAt: "2026-03-02T08:00Z", severity: "sev9" });
    const out = [...evaluateMany(p, [good, bad], "2026-03-02T12:00Z")];
    expect(out[0]!.status!.metrics.firstResponse!.status).toBe("met");
    expect(out[1]!.id).toBe("B");
    expect(out[1]!.error!.message).toMatch(/^tickets\[1\] \(id "B"\) severity: "sev9" is not a severity/);
    for (const [k, n] of reads) expect([k, n]).toEqual([k, 1]);
    expect([...reads.keys()].sort()).toEqual(["bad.createdAt", "bad.id", "bad.severity", "event.at", "event.type", "good.createdAt", "good.events", "good.id", "good.severity"]);
    expect(lengthReads).toBe(1);
  });
});

describe("lists outside tickets with the largest length an array can have, and other hostile values: every call ends typed", () => {
  const TOO_MANY = "4294967295 items is more than";
  it.each([
    ["hugeOutages", "InputError", `outages: ${TOO_MANY} 1000000; pass a shorter list`],
    ["hugeVersions", "InputError", `policies: ${TOO_MANY} 1000000; pass a shorter list`],
    ["manyUnionParts", "InputError", "unionOf: the parts hold 70000 policies in all; at most 100 are allowed"],
    ["farTemporalYear", "InputError", "at: "],
  ])("%s: %s %s…", (mode, name, start) => {
    const r = run(mode);
    expect(r.name).toBe(name);
    expect(r.message!.startsWith(start), r.message).toBe(true);
  });

  it("farTemporalYear says the year is outside the supported ones (it was a RangeError, Invalid time value)", () => {
    expect(run("farTemporalYear").message).toMatch(/^at: .* is outside the supported years 1000–9999$/);
  });

  it.each([
    ["hugeWeekly", ["maintenance", "windows", 0, "weekly"], "4294967295 weekdays is more than the limit of 10000; split or shorten the list"],
    ["hugeTypes", ["holidays", 0, "types"], "4294967295 types is more than the limit of 10000; split or shorten the list"],
    ["hugePauses", ["statuses", "pending", "pauses"], "4294967295 metrics is more than the limit of 100; split or shorten the list"],
    ["hugeTimeIn", ["timeIn", "agentWork"], "4294967295 statuses is more than the limit of 100; split or shorten the list"],
  ])("%s: a PolicyError issue at the list, refused before any item is read (it was walked item by item)", (mode, path, message) => {
    const r = run(mode) as { ok?: { success: boolean; error: { issues: Array<{ path: unknown[]; message: string }> } } };
    expect(r.ok!.success).toBe(false);
    expect(r.ok!.error.issues).toEqual([{ path, message }]);
  });
});
