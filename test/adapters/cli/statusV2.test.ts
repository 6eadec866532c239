/**
 * `sla-clock status` and `deadline` on a policy with the SLA model v2 keys: the status column,
 * one column per extra metric the policy targets, and --json carrying the new fields.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/adapters/cli/runCli.js";
import type { CliIo } from "../../../src/adapters/cli/cliIo.js";
import { helpdeskDefinition } from "../../sla/slaFixtures.js";

async function cli(argv: string[], files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (path) => files[path]!,
    now: () => Date.UTC(2026, 10, 30, 16, 30),
  };
  const code = await runCli(argv, io, "9.9.9");
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const tickets = [
  {
    id: "H-1",
    createdAt: "2026-11-30T09:00",
    severity: "sev1",
    group: "tier-1",
    events: [
      { type: "response", at: "2026-11-30T09:10" },
      { type: "customerReply", at: "2026-11-30T10:00" },
      { type: "assign", at: "2026-11-30T10:30", group: "tier-2" },
      { type: "status", at: "2026-11-30T11:00", status: "on-hold" },
    ],
  },
  { id: "H-2", createdAt: "2026-11-27T10:00", severity: "sev3" },
];
const files = { "helpdesk.json": JSON.stringify(helpdeskDefinition), "t.json": JSON.stringify(tickets) };

describe("sla-clock status on a policy with statuses", () => {
  const table = cli(["status", "t.json", "--policy", "helpdesk.json", "--now", "2026-11-30T11:30"], files);
  it("adds NEXT REPLY, OWNERSHIP and the targeted timeIn metric as columns", async () => {
    const r = await table;
    const lines = r.stdout.split("\n");
    expect(r.code).toBe(0);
    expect(lines[2]).toMatch(/^TICKET +SEV +STATE +NEXT DEADLINE +FIRST RESPONSE +UPDATE +RESOLUTION +NEXT REPLY +OWNERSHIP +agentWork$/);
  });
  it("shows the status beside the state, the stint's group and the breached reply", async () => {
    const lines = (await table).stdout.split("\n");
    const h1 = lines.find((l) => l.startsWith("H-1"))!;
    expect(h1).toMatch(/open \(on-hold\)/);
    expect(h1).toMatch(/BREACHED 30m over/);
    expect(h1).toMatch(/tier-2: 2h left/);
    expect(h1).toMatch(/paused, 6h left$/);
  });
  it("--json carries thresholds, calendarElapsed, group, status and nextChangeAt", async () => {
    const j = JSON.parse((await cli(["status", "t.json", "--policy", "helpdesk.json", "--now", "2026-11-30T11:30", "--json"], files)).stdout);
    const h1 = j.tickets[0];
    expect(h1.status).toBe("on-hold");
    expect(h1.metrics.ownership).toMatchObject({ group: "tier-2", calendarElapsed: 3_600_000 });
    expect(h1.metrics.nextReply.thresholds).toEqual([
      { fraction: 0.5, at: "2026-11-30T10:30:00-05:00", reached: true },
      { fraction: 0.75, at: "2026-11-30T10:45:00-05:00", reached: true },
      { fraction: 0.9, at: "2026-11-30T10:54:00-05:00", reached: true },
    ]);
    expect(h1.nextChangeAt).toBe("2026-11-30T12:00:00-05:00"); // tier-2 reaches 50 % of 3 h
    expect(j.breaches).toEqual([{ ticketId: "H-1", metric: "nextReply", breachedAt: "2026-11-30T11:00:00-05:00" }]);
  });
});

describe("sla-clock deadline with a business-day target", () => {
  it("sev3 resolution from Fri 10:00 is due Tue 17:00", async () => {
    const r = await cli(["deadline", "--policy", "helpdesk.json", "--severity", "sev3", "--at", "2026-11-27T10:00", "--metric", "resolution"], files);
    expect(r).toEqual({ code: 0, stdout: "2026-12-01T17:00:00-05:00", stderr: "" });
  });
});

describe("sla-clock status --json with many breaches", () => {
  it("lists every breach after the tickets, in order, across the blocks it writes them in (4,096 a write)", async () => {
    const n = 4_100; // one full block and a partial one
    const many = Array.from({ length: n }, (_, i) => ({ id: `B-${i}`, createdAt: "2026-11-02T09:00", severity: "sev1" }));
    const r = await cli(["status", "t.json", "--policy", "helpdesk.json", "--now", "2026-11-30T11:30", "--json"], { ...files, "t.json": JSON.stringify(many) });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { tickets: unknown[]; breaches: Array<{ ticketId: string; metric: string }>; summary: { breached: number } };
    expect(doc.tickets).toHaveLength(n);
    expect(doc.summary.breached).toBe(n);
    const perTicket = doc.breaches.length / n;
    expect(Number.isInteger(perTicket) && perTicket >= 1).toBe(true);
    expect(doc.breaches.map((b) => b.ticketId)).toEqual(many.flatMap((t) => Array.from({ length: perTicket }, () => t.id)));
    // one line per breach, as before
    expect(r.stdout.split("\n").filter((l) => l.startsWith('    {"ticketId"'))).toHaveLength(doc.breaches.length);
  });
});

describe("sla-clock status waits for a slow reader of its output", () => {
  it("asks after every ticket whether standard output has drained, and waits when it has not", async () => {
    const out: string[] = [];
    let asked = 0;
    let waited = 0;
    const many = Array.from({ length: 50 }, (_, i) => ({ id: `W-${i}`, createdAt: "2026-11-30T09:00", severity: "sev1" }));
    const io: CliIo = {
      stdout: (t) => out.push(t),
      stderr: () => {},
      readFile: (path) => ({ ...files, "t.json": JSON.stringify(many) } as Record<string, string>)[path]!,
      now: () => Date.UTC(2026, 10, 30, 16, 30),
      // a pipe whose buffer is full every third ticket
      drained: () => (++asked % 3 === 0 ? Promise.resolve().then(() => void waited++) : undefined),
    };
    const code = await runCli(["status", "t.json", "--policy", "helpdesk.json", "--now", "2026-11-30T11:30", "--json"], io, "9.9.9");
    expect(code).toBe(0);
    expect(asked).toBe(50);
    expect(waited).toBe(16);
    expect((JSON.parse(out.join("\n")) as { tickets: unknown[] }).tickets).toHaveLength(50);
  });
});
