import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/adapters/cli/runCli.js";
import type { CliIo } from "../../../src/adapters/cli/cliIo.js";
import { presets } from "../../../src/index.js";
import { memoryIo } from "./memoryIo.js";

const NOW = Date.UTC(2026, 10, 30, 11, 0); // Mon 2026-11-30 06:00 Toronto

/** Runs the CLI against an in-memory file system. */
function cli(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (path) => {
      if (path in files) return files[path]!;
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" });
    },
    now: () => NOW,
  };
  const code = runCli(argv, io, "9.9.9");
  if (typeof code !== "number") throw new Error(`${argv[0]} is asynchronous: use cliAsync`);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/**
 * Runs a command that streams its input (`status`): files are served in chunks of `chunk`
 * characters through `openFile`, and `progress` is collected when `tty` is set.
 */
async function cliAsync(argv: string[], files: Record<string, string> = {}, opts: { chunk?: number; tty?: boolean } = {}) {
  const { io, out, err } = memoryIo(files, NOW, { chunk: opts.chunk ?? 7 });
  const progress: string[] = [];
  if (opts.tty === true) io.progress = (t: string) => progress.push(t);
  const code = await runCli(argv, io, "9.9.9");
  return { code, stdout: out.join("\n"), stderr: err.join("\n"), progress };
}

const utcPolicy = JSON.stringify({ name: "Night desk", timezone: "UTC", hours: { mon: [["22:00", "06:00"]] }, severities: { p1: { targets: { firstResponse: "1h", resolution: { duration: "1d", clock: "calendar" } } } } });

describe("sla-clock deadline", () => {
  it("prints the deadline in ISO 8601 in the policy's zone", () => {
    expect(cli(["deadline", "--severity", "sev1", "--at", "2026-11-27T21:30"])).toEqual({ code: 0, stdout: "2026-11-30T05:30:00-05:00", stderr: "" });
    expect(cli(["deadline", "--severity", "sev2", "--at", "2026-07-03T20:00"]).stdout).toBe("2026-07-06T06:00:00-04:00");
    expect(cli(["deadline", "--severity", "sev1", "--at", "now"]).stdout).toBe("2026-11-30T08:00:00-05:00");
  });

  it("reads --policy FILE and --metric", () => {
    const files = { "night.json": utcPolicy };
    expect(cli(["deadline", "--policy", "night.json", "--severity", "p1", "--at", "2026-11-30T23:30"], files).stdout).toBe("2026-12-01T00:30:00Z");
    expect(cli(["deadline", "--policy", "night.json", "--severity", "p1", "--at", "2026-11-30T23:30", "--metric", "resolution"], files).stdout).toBe("2026-12-01T23:30:00Z");
  });

  it("prints JSON with --json", () => {
    const r = cli(["deadline", "--severity", "sev1", "--at", "2026-11-27T21:30", "--json"]);
    expect(JSON.parse(r.stdout)).toEqual({ severity: "sev1", metric: "firstResponse", start: "2026-11-27T21:30:00-05:00", deadline: "2026-11-30T05:30:00-05:00", timezone: "America/Toronto" });
    expect(JSON.parse(cli(["deadline", "--severity", "sev1", "--at", "2026-11-27T21:30", "--metric", "update", "--json"]).stdout).deadline).toBeNull();
  });

  it("names --at or --now, not the library's parameter, for an instant it cannot read", async () => {
    expect(cli(["explain", "--severity", "sev1", "--at", "tomorrow"]).stderr).toMatch(/^sla-clock explain: --at: "tomorrow" is not an ISO 8601/);
    expect(cli(["demo", "--now", "tomorrow"])).toMatchObject({ code: 1, stderr: expect.stringMatching(/^sla-clock demo: --now: "tomorrow" is not an ISO 8601 .*, or "now"$/) });
    const tickets = { "t.json": '[{"id":"a","createdAt":"2026-11-27","severity":"sev1"}]' };
    expect((await cliAsync(["status", "t.json", "--now", "tomorrow"], tickets)).stderr).toMatch(/^sla-clock status: --now: "tomorrow" is not an ISO 8601/);
  });

  it("says a huge target is not reached within 100 years, naming the target and start, not the policy or a function", () => {
    const files = { "huge.json": JSON.stringify({ timezone: "UTC", hours: "24x7", severities: { s: { targets: { firstResponse: "99999999h" } } } }) };
    for (const command of ["deadline", "explain"]) {
      const r = cli([command, "--policy", "huge.json", "--severity", "s", "--at", "2026-01-01"], files);
      expect(r).toEqual({
        code: 1,
        stdout: "",
        stderr: `sla-clock ${command}: the firstResponse target of severity "s" (99999999h) is not reached within 100 calendar years (36,525 days) of 2026-01-01T00:00:00Z, the longest span sla-clock computes`,
      });
    }
    // A combined policy: the target is its first part's, at any depth.
    const huge = { timezone: "UTC", hours: "24x7", severities: { s: { targets: { firstResponse: "99999999h" } } } };
    const combined = { "combined.json": JSON.stringify({ unionOf: [{ intersectionOf: [huge, { timezone: "Asia/Tokyo", hours: "24x7" }] }, { timezone: "UTC", hours: {} }] }) };
    expect(cli(["deadline", "--policy", "combined.json", "--severity", "s", "--at", "2026-01-01"], combined).stderr).toBe(
      'sla-clock deadline: the firstResponse target of severity "s" (99999999h) is not reached within 100 calendar years (36,525 days) of 2026-01-01T00:00:00Z, the longest span sla-clock computes',
    );
    const closed = { "closed.json": JSON.stringify({ timezone: "UTC", hours: {}, severities: { s: { targets: { firstResponse: "2h" } } } }) };
    expect(cli(["deadline", "--policy", "closed.json", "--severity", "s", "--at", "2026-01-01"], closed).stderr).toBe(
      'sla-clock deadline: the firstResponse target of severity "s" (2h) is never reached: the policy has no business hours at all',
    );
  });

  it("says which year's holidays a deadline needs, not 'beyond 100 years', when holidayYears stops short of it", () => {
    const weekdays = Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [["09:00", "17:00"]]]));
    const files = { "covered.json": JSON.stringify({ timezone: "UTC", holidayYears: [2026, 2026], hours: weekdays, severities: { s: { targets: { firstResponse: "1h" } } } }) };
    for (const command of ["deadline", "explain"]) {
      // Thu 2026-12-31 16:30: 30 minutes in 2026, the rest in 2027, whose holidays are unknown
      const r = cli([command, "--policy", "covered.json", "--severity", "s", "--at", "2026-12-31T16:30"], files);
      expect(r).toEqual({
        code: 1,
        stdout: "",
        stderr:
          `sla-clock ${command}: the firstResponse target of severity "s" (1h), counted from 2026-12-31T16:30:00Z: this needs the calendar of 2027, ` +
          "but the policy's holidays are known only for 2026–2026 (holidayYears); extend the span, e.g. `sla-clock holidays POLICY.json --years 2026-2027` " +
          'from the policy with its region entries, or add the holidays of 2027 yourself and widen "holidayYears"',
      });
    }
    expect(cli(["deadline", "--policy", "covered.json", "--severity", "s", "--at", "2026-12-31T15:30"], files).stdout).toBe("2026-12-31T16:30:00Z");
  });

  it("exits 1 with one line for bad input, and 2 for usage errors", () => {
    const noTarget = cli(["deadline", "--severity", "sev1", "--at", "2026-11-27T21:30", "--metric", "update"]);
    expect(noTarget.code).toBe(1);
    expect(noTarget.stderr).toBe('sla-clock deadline: severity "sev1" has no update target in this policy, so there is no deadline');
    const badAt = cli(["deadline", "--severity", "sev1", "--at", "tomorrow"]);
    expect(badAt.code).toBe(1);
    expect(badAt.stderr.split("\n")).toHaveLength(1);
    expect(badAt.stderr).toMatch(/^sla-clock deadline: --at: "tomorrow" is not an ISO 8601 .*, or "now"$/);
    expect(cli(["deadline", "--severity", "sev7", "--at", "2026-11-27"]).stderr).toMatch(/severity.*sev7.*sev1/);
    expect(cli(["deadline", "--severity", "sev1"]).code).toBe(2);
    expect(cli(["deadline", "--severity", "sev1"]).stderr).toMatch(/--at is required/);
    expect(cli(["deadline", "--sevrity", "sev1"]).code).toBe(2);
    expect(cli(["deadline", "--severity"]).code).toBe(2);
    expect(cli(["deadline", "extra", "--severity", "sev1", "--at", "2026-11-27"]).code).toBe(2);
    expect(cli(["deadline", "--policy", "missing.json", "--severity", "sev1", "--at", "2026-11-27"])).toMatchObject({ code: 1, stderr: 'sla-clock deadline: cannot read policy file "missing.json": no such file' });
    expect(cli(["deadline", "--policy", "bad.json", "--severity", "sev1", "--at", "2026-11-27"], { "bad.json": "{" }).stderr).toMatch(/^sla-clock deadline: policy file "bad.json" is not valid JSON/);
  });

  it("calls an empty JSON file empty, not 'Unexpected end of JSON input'", async () => {
    expect(cli(["deadline", "--policy", "p.json", "--severity", "sev1", "--at", "2026-11-27"], { "p.json": "\uFEFF \n" })).toMatchObject({
      code: 1,
      stderr: 'sla-clock deadline: policy file "p.json" is empty; it should hold JSON',
    });
    expect(await cliAsync(["status", "t.json"], { "t.json": "" })).toMatchObject({ code: 1, stderr: 'sla-clock status: tickets file "t.json" is empty; it should hold JSON' });
  });
});

describe("sla-clock explain", () => {
  it("lists the counted and skipped stretches up to the deadline", () => {
    const r = cli(["explain", "--severity", "sev1", "--at", "2026-12-24T21:00"]);
    expect(r.code).toBe(0);
    // Christmas is a Friday; Boxing Day (a Saturday) is observed on Monday 28 by the preset
    expect(r.stdout).toContain("sev1 firstResponse: 2h on the SLA clock from Thu 2026-12-24 21:00, due Tue 2026-12-29 05:00 (America/Toronto)");
    expect(r.stdout).toMatch(/Thu 2026-12-24 21:00 +Thu 2026-12-24 22:00 +1h +counted/);
    expect(r.stdout).toMatch(/skipped: holiday \(Christmas Day\)/);
    expect(r.stdout).toMatch(/skipped: holiday \(Boxing Day \(observed\)\)/);
    expect(r.stdout).toMatch(/Tue 2026-12-29 04:00 +Tue 2026-12-29 05:00 +1h +counted/);
    expect(r.stdout).toContain("deadline: 2026-12-29T05:00:00-05:00");
  });

  it("prints JSON with --json", () => {
    const j = JSON.parse(cli(["explain", "--severity", "sev1", "--at", "2026-11-27T21:30", "--json"]).stdout);
    expect(j.deadline).toBe("2026-11-30T05:30:00-05:00");
    expect(j.target).toBe(7_200_000);
    expect(j.counted).toEqual([
      { start: "2026-11-27T21:30:00-05:00", end: "2026-11-27T22:00:00-05:00" },
      { start: "2026-11-30T04:00:00-05:00", end: "2026-11-30T05:30:00-05:00" },
    ]);
    expect(j.skipped).toEqual([{ start: "2026-11-27T22:00:00-05:00", end: "2026-11-30T04:00:00-05:00", reason: "closed" }]);
  });

  it("prints JSON with a null deadline (exit 0) for a severity without a target, as deadline --json does", () => {
    const args = ["--severity", "sev1", "--at", "2026-11-27T21:30", "--metric", "resolution"];
    const r = cli(["explain", ...args, "--json"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(r.stdout)).toEqual({ severity: "sev1", metric: "resolution", start: "2026-11-27T21:30:00-05:00", deadline: null, timezone: "America/Toronto", target: null, counted: [], skipped: [] });
    expect(JSON.parse(cli(["deadline", ...args, "--json"]).stdout).deadline).toBeNull();
    expect(cli(["explain", ...args])).toMatchObject({ code: 1, stdout: "", stderr: 'sla-clock explain: severity "sev1" has no resolution target in this policy, so there is no deadline to explain' });
  });
});

describe("sla-clock status", () => {
  const json = JSON.stringify([
    { id: "T-1", createdAt: "2026-11-27T21:30", severity: "sev1", events: [{ type: "response", at: "2026-11-30T05:00" }] },
    { id: "T-2", createdAt: "2026-11-27T21:30", severity: "sev1" },
    { createdAt: "2026-11-30T05:00", severity: "sev3" },
  ]);
  const csv = 'id,createdAt,severity,respondedAt\r\nT-1,2026-11-27T21:30,sev1,2026-11-30T05:00\r\nT-2,2026-11-27T21:30,sev1,\r\n,2026-11-30T05:00,sev3,\r\n';

  it("reads JSON and CSV alike and prints a table as of --now", async () => {
    const a = await cliAsync(["status", "t.json", "--now", "2026-11-30T06:00"], { "t.json": json });
    const b = await cliAsync(["status", "t.csv", "--now", "2026-11-30T06:00"], { "t.csv": csv });
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/^status as of Mon 2026-11-30 06:00 \(America\/Toronto\)/);
    expect(a.stdout).toMatch(/T-1 +sev1 +open +- +met/);
    expect(a.stdout).toMatch(/T-2 +sev1 +open +Mon 2026-11-30 05:30 +BREACHED 30m over/);
    expect(a.stdout).toMatch(/#2 +sev3 +open +Tue 2026-12-01 11:00 +23h left/);
    expect(a.stdout).toMatch(/3 tickets, 1 breached, 0 warnings$/);
  });

  it("names a bad CSV respondedAt by its column and the row by its id, reading wall-clock times in the policy's zone", async () => {
    // 2026-11-27T21:00 is before createdAt 21:30 only as wall-clock times in one zone: the reader needs the policy to know it
    const bad = 'id,createdAt,severity,respondedAt\r\nT-1,2026-11-27T21:30,sev1,2026-11-27T21:00\r\nT-2,2026-11-27T21:30,sev1,soon\r\n';
    const r = await cliAsync(["status", "t.csv", "--now", "2026-11-30T06:00"], { "t.csv": bad });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^T-1 +- +ERROR/m);
    expect(r.stdout).toMatch(/^T-2 +- +ERROR/m);
    expect(r.stdout).toContain('T-1: CSV line 2: ticket "T-1" respondedAt: "2026-11-27T21:00" (2026-11-28T02:00:00.000Z) is before createdAt "2026-11-27T21:30" (2026-11-28T02:30:00.000Z)');
    expect(r.stdout).toContain('T-2: CSV line 3: ticket "T-2" respondedAt: "soon" is not');
  });

  it("defaults --now to the current time and sorts with --prioritize", async () => {
    const r = await cliAsync(["status", "t.json", "--prioritize"], { "t.json": json });
    const ids = r.stdout.split("\n").slice(4, 7).map((l) => l.split(/\s+/)[0]);
    expect(ids).toEqual(["T-2", "#2", "T-1"]);
  });

  it("prints statuses and breaches as JSON", async () => {
    const j = JSON.parse((await cliAsync(["status", "t.json", "--now", "2026-11-30T06:00", "--json"], { "t.json": json })).stdout);
    expect(j.now).toBe("2026-11-30T06:00:00-05:00");
    expect(j.tickets).toHaveLength(3);
    expect(j.tickets[1].metrics.firstResponse).toMatchObject({ status: "breached", deadline: "2026-11-30T05:30:00-05:00" });
    expect(j.breaches).toEqual([{ ticketId: "T-2", metric: "firstResponse", breachedAt: "2026-11-30T05:30:00-05:00" }]);
  });

  it("exits 1 with one line for an unreadable file or a bad JSON array, 2 without a file", async () => {
    expect(await cliAsync(["status", "nope.json"])).toMatchObject({ code: 1, stdout: "", stderr: 'sla-clock status: cannot read tickets file "nope.json": no such file' });
    expect((await cliAsync(["status", "t.json"], { "t.json": '{"id":1}' })).stderr).toMatch(/must hold a JSON array of tickets/);
    expect((await cliAsync(["status", "t.csv"], { "t.csv": "id,created,severity\n" })).stderr).toMatch(/^sla-clock status: CSV header: unknown column "created"/);
    expect(cli(["status"]).code).toBe(2);
  });

  it("reports a bad ticket as a row of its own, keeps the others, and exits 3", async () => {
    const tickets = '[{"id":"T-1","createdAt":"2026-11-27T21:30","severity":"sev1"},{"createdAt":"2026-11-27","severity":"sev9"},{"id":"T-3","createdAt":"2026-11-30T05:00","severity":"sev3"}]';
    const r = await cliAsync(["status", "t.json", "--now", "2026-11-30T06:00"], { "t.json": tickets });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/T-1 +sev1 +open +Mon 2026-11-30 05:30 +BREACHED 30m over/);
    expect(r.stdout).toMatch(/#1 +- +ERROR +-/);
    expect(r.stdout).toMatch(/T-3 +sev3 +open/);
    expect(r.stdout).toMatch(/3 tickets, 1 breached, 0 warnings, 1 could not be evaluated:\n  #1: tickets\[1\]\.severity: "sev9" is not a severity of this policy/);
    const j = JSON.parse((await cliAsync(["status", "t.json", "--now", "2026-11-30T06:00", "--json"], { "t.json": tickets })).stdout);
    expect(j.tickets[1]).toEqual({ index: 1, error: { name: "InputError", code: "INPUT_INVALID", message: expect.stringMatching(/^tickets\[1\]\.severity: "sev9"/) } });
    expect(j.tickets[2].id).toBe("T-3");
    expect(j.summary).toEqual({ tickets: 3, breached: 1, warning: 0, errors: 1 });
  });

  it("reports bad CSV rows (wrong cell count, blank field, broken quoting) by line, and goes on", async () => {
    const csv = 'id,createdAt,severity\nT-1,2026-11-30T05:00,sev3\nT-2,2026-11-30T05:00\nT-3,,sev1\nT-4,2026-11-30T05:00,"sev1"x\n';
    const r = await cliAsync(["status", "t.csv", "--now", "2026-11-30T06:00", "--json"], { "t.csv": csv });
    expect(r.code).toBe(3);
    const j = JSON.parse(r.stdout);
    expect(j.tickets[0].id).toBe("T-1");
    expect(j.tickets.slice(1).map((t: { line: number; error: { message: string } }) => [t.line, t.error.message.slice(0, 40)])).toEqual([
      [3, "CSV line 3: has 2 cells but the header h"],
      [4, "CSV line 4: createdAt is blank"],
      [5, 'CSV line 5: Invalid Closing Quote: got "'],
      // csv-parse then reads the rest as a quoted cell that never closes: one more row, not a crash
      [6, "CSV line 6: Quote Not Closed: the parsin"],
    ]);
  });

  it("reads NDJSON by --ndjson, by extension or by its first character, a bad line being a row", async () => {
    const nd = '{"id":"T-1","createdAt":"2026-11-27T21:30","severity":"sev1"}\r\n\n{oops\n{"id":"T-3","createdAt":"2026-11-30T05:00","severity":"sev3"}';
    for (const [name, extra] of [["t.ndjson", []], ["t.jsonl", []], ["t.txt", []], ["t.data", ["--ndjson"]]] as const) {
      const r = await cliAsync(["status", name, "--now", "2026-11-30T06:00", "--json", ...extra], { [name]: nd });
      expect(r.code, name).toBe(3);
      const j = JSON.parse(r.stdout);
      expect(j.tickets.map((t: { id?: string; line?: number }) => t.id ?? t.line)).toEqual(["T-1", 3, "T-3"]);
      expect(j.tickets[1].error.message).toMatch(/^NDJSON line 3: not JSON/);
      expect(j.breaches).toEqual([{ ticketId: "T-1", metric: "firstResponse", breachedAt: "2026-11-30T05:30:00-05:00" }]);
    }
  });

  it("puts bad tickets last with --prioritize, the others in work order", async () => {
    const nd = ['{"id":"T-1","createdAt":"2026-11-30T05:00","severity":"sev3"}', "{oops", '{"id":"T-2","createdAt":"2026-11-27T21:30","severity":"sev1"}', '{"id":"T-3","createdAt":"2026-11-30","severity":"sev0"}'].join("\n");
    const r = await cliAsync(["status", "t.ndjson", "--now", "2026-11-30T06:00", "--prioritize"], { "t.ndjson": nd });
    expect(r.code).toBe(3);
    expect(r.stdout.split("\n").slice(4, 8).map((l) => l.split(/\s+/).slice(0, 3).join(" "))).toEqual(["T-2 sev1 open", "T-1 sev3 open", "#1 - ERROR", "T-3 - ERROR"]);
  });

  it("gives every --json entry its position in the file, so that tickets without an id can be found in work order", async () => {
    const nd = ['{"createdAt":"2026-11-30T05:00","severity":"sev3"}', "{oops", '{"createdAt":"2026-11-27T21:30","severity":"sev1"}'].join("\n");
    const r = await cliAsync(["status", "t.ndjson", "--now", "2026-11-30T06:00", "--prioritize", "--json"], { "t.ndjson": nd });
    const j = JSON.parse(r.stdout);
    expect(j.tickets.map((t: { index: number; severity?: string }) => [t.index, t.severity ?? "error"])).toEqual([[2, "sev1"], [0, "sev3"], [1, "error"]]);
    expect(j.breaches.map((b: { ticketId: string }) => b.ticketId)).toEqual(["2"]);
  });

  it("names a bad NDJSON ticket by its line in the table", async () => {
    const nd = '{"id":"T-1","createdAt":"2026-11-27T21:30","severity":"sev1"}\n{"id":"T-2","createdAt":"2026-11-27T21:30","severity":"p1"}\n';
    const r = await cliAsync(["status", "t.ndjson", "--now", "2026-11-30T06:00"], { "t.ndjson": nd });
    expect(r.stdout).toMatch(/  T-2: line 2: tickets\[1\] \(id "T-2"\) severity: "p1" is not a severity/);
  });

  it("matches CSV headers in any case, snake_case or kebab-case, with , ; or tab separators", async () => {
    const expected = (await cliAsync(["status", "t.csv", "--now", "2026-11-30T06:00"], { "t.csv": csv })).stdout;
    const variants = [
      "ID;Created_At;SEVERITY;responded-at\nT-1;2026-11-27T21:30;sev1;2026-11-30T05:00\nT-2;2026-11-27T21:30;sev1;\n;2026-11-30T05:00;sev3;\n",
      "id\tcreated_at\tseverity\tresponded_at\nT-1\t2026-11-27T21:30\tsev1\t2026-11-30T05:00\nT-2\t2026-11-27T21:30\tsev1\t\n\t2026-11-30T05:00\tsev3\t\n",
    ];
    for (const text of variants) {
      const r = await cliAsync(["status", "t.csv", "--now", "2026-11-30T06:00"], { "t.csv": text }, { chunk: 5 });
      expect(r.stdout).toBe(expected);
      expect(r.code).toBe(0);
    }
  });

  it("reads a CSV events cell of 130,000 events (no call stack overflow)", async () => {
    const events = Array.from({ length: 130_000 }, (_, i) => ({ type: i % 2 === 0 ? "pause" : "resume", at: Date.UTC(2026, 10, 30, 11) + i * 1000 }));
    const cell = `"${JSON.stringify(events).replace(/"/g, '""')}"`;
    const r = await cliAsync(["status", "t.csv", "--now", "2026-12-02T06:00", "--json"], { "t.csv": `id,createdAt,severity,events\nBIG,2026-11-30T06:00,sev3,${cell}\n` }, { chunk: 65_536 });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).tickets[0].id).toBe("BIG");
  });

  it("closes the JSON document, marked incomplete, when the file fails half way (exit 1)", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      readFile: () => "",
      openFile: async function* () {
        yield '{"id":"T-1","createdAt":"2026-11-30T05:00","severity":"sev3"}\n';
        throw Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" });
      },
      now: () => NOW,
    };
    expect(await runCli(["status", "t.ndjson", "--json"], io)).toBe(1);
    const j = JSON.parse(out.join("\n"));
    expect(j.tickets.map((t: { id: string }) => t.id)).toEqual(["T-1"]);
    expect(j.incomplete).toBe(true);
    expect(err.join("\n")).toBe('sla-clock status: cannot read tickets file "t.ndjson": EIO: i/o error, read');
  });

  it("shows progress on standard error only when it is a terminal, and clears it", async () => {
    const many = Array.from({ length: 600 }, (_, i) => JSON.stringify({ id: `T-${i}`, createdAt: "2026-11-30T05:00", severity: i === 7 ? "bad" : "sev3" })).join("\n");
    const tty = await cliAsync(["status", "t.ndjson", "--now", "2026-11-30T06:00", "--json"], { "t.ndjson": many }, { chunk: 4096, tty: true });
    const piped = await cliAsync(["status", "t.ndjson", "--now", "2026-11-30T06:00", "--json"], { "t.ndjson": many }, { chunk: 4096 });
    expect(tty.stdout).toBe(piped.stdout);
    expect(piped.progress).toEqual([]);
    expect(tty.stderr).toBe("");
    for (const line of tty.progress.slice(0, -1)) expect(line).toMatch(/^status: [\d,]+ tickets, [\d,]+\/s, 1 error$/);
    expect(tty.progress.at(-1)).toBe("");
    expect(JSON.parse(piped.stdout).summary).toEqual({ tickets: 600, breached: 0, warning: 0, errors: 1 });
  });
});

describe("sla-clock validate", () => {
  it("accepts a valid policy", () => {
    const r = cli(["validate", "p.json"], { "p.json": JSON.stringify(presets.auvikSupportV2) });
    expect(r).toMatchObject({ code: 0, stdout: "p.json: valid, 0 warnings — Customer Support Policy v2.0, America/Toronto, severities sev1, sev2, sev3, sev4" });
    expect(cli(["validate", "p.json", "--lite"], { "p.json": JSON.stringify(presets.auvikSupportV2) }).code).toBe(1);
  });

  it("writes a key that holds a dot or is empty in brackets in the text paths, so that the path still names it", () => {
    const bad = { timezone: "UTC", hours: "24x7", severities: { "a.b": { targets: { firstResponse: "soon" } }, "": { targets: { firstResponse: "later" } } } };
    const r = cli(["validate", "bad.json"], { "bad.json": JSON.stringify(bad) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('  severities["a.b"].targets.firstResponse: ');
    expect(r.stderr).toMatch(/ {2}severities\[""\]/);
    // --json keeps the paths as arrays
    const j = JSON.parse(cli(["validate", "bad.json", "--json"], { "bad.json": JSON.stringify(bad) }).stdout);
    expect(j.issues.map((i: { path: unknown[] }) => i.path)).toContainEqual(["severities", "a.b", "targets", "firstResponse"]);
  });

  it("refuses a policy given both as POLICY.json and as --policy FILE (validate and holidays), rather than ignoring one", () => {
    const files = { "p.json": JSON.stringify(presets.auvikSupportV2), "q.json": "{}" };
    for (const argv of [["validate", "p.json", "--policy", "q.json"], ["holidays", "p.json", "--policy", "q.json", "--years", "2026"]]) {
      const r = cli(argv, files);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('the policy is given twice ("p.json" and --policy "q.json")');
    }
    expect(cli(["validate", "--policy", "p.json"], files).code).toBe(0);
  });

  it("lists every issue with its path and exits 1", () => {
    const bad = { timezone: "Mars/Base", hours: { mon: [["09:00", "25:00"]] }, color: "red" };
    const r = cli(["validate", "bad.json"], { "bad.json": JSON.stringify(bad) });
    expect(r.code).toBe(1);
    const lines = r.stderr.split("\n");
    expect(lines[0]).toMatch(/^sla-clock: bad\.json is invalid \(\d+ issues?\):$/);
    expect(r.stderr).toMatch(/^ {2}hours\.mon\[0\]\[1\]: .*25:00/m);
    expect(r.stdout).toBe("");
    const j = JSON.parse(cli(["validate", "bad.json", "--json"], { "bad.json": JSON.stringify(bad) }).stdout);
    expect(j.valid).toBe(false);
    expect(j.issues.map((i: { path: unknown[] }) => i.path)).toContainEqual(["hours", "mon", 0, 1]);
  });

  it("reports region holiday problems together with the others, not only once the rest is valid", () => {
    const bad = { timezone: "Mars/Base", hours: { mon: [["09:00", "25:00"]] }, holidays: [{ region: "CA-ON" }, { region: "XX" }] };
    const r = cli(["validate", "bad.json"], { "bad.json": JSON.stringify(bad) });
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")[0]).toBe("sla-clock: bad.json is invalid (3 issues):");
    expect(r.stderr).toMatch(/^ {2}timezone: "Mars\/Base"/m);
    expect(r.stderr).toMatch(/^ {2}holidays\[1\]\.region: unknown country "XX"/m);
    expect(r.stderr).not.toMatch(/holidays\[0\]/);
    const lite = JSON.parse(cli(["validate", "bad.json", "--lite", "--json"], { "bad.json": JSON.stringify(bad) }).stdout);
    expect(lite.issues.map((i: { path: unknown[] }) => i.path)).toEqual([["timezone"], ["hours", "mon", 0, 1], ["holidays", 0, "region"], ["holidays", 1, "region"]]);
  });

  it("writes out control characters of ticket ids and names in text output, so that a file cannot drive the terminal", async () => {
    const id = "T\u001b[31mRED\u009b2J\u0007";
    const tickets = { "t.json": JSON.stringify([{ id, createdAt: "2026-11-27T21:30", severity: "sev1" }, { id: `${id}-bad`, createdAt: "2026-11-27T21:30", severity: "sev9" }]) };
    const r = await cliAsync(["status", "t.json"], tickets);
    expect(r.stdout).toContain("T\\u001b[31mRED\\u009b2J\\u0007");
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    const explained = await cliAsync(["explain", "t.json", "--now", "2026-11-30T06:00"], { "t.json": JSON.stringify({ id, createdAt: "2026-11-27T21:30", severity: "sev1" }) });
    expect(explained.stdout.split("\n")[0]).toMatch(/^ticket T\\u001b\[31mRED\\u009b2J\\u0007 as of /);
  });

  it("reports region holiday problems inside the parts of a combination too, at any depth", () => {
    const good = { timezone: "UTC", hours: "24x7" };
    const part = { timezone: "Mars/Base", hours: "24x7", holidays: [{ region: "CA-ON" }, { region: "XX" }] };
    const bad = { unionOf: [good, part, { intersectionOf: [good, { ...part, timezone: "UTC", hours: { mon: [["09:00", "25:00"]] } }] }] };
    const j = JSON.parse(cli(["validate", "bad.json", "--json"], { "bad.json": JSON.stringify(bad) }).stdout);
    expect(j.issues.map((i: { path: unknown[] }) => i.path)).toEqual([
      ["unionOf", 1, "timezone"],
      ["unionOf", 2, "intersectionOf", 1, "hours", "mon", 0, 1],
      ["unionOf", 1, "holidays", 1, "region"],
      ["unionOf", 2, "intersectionOf", 1, "holidays", 1, "region"],
    ]);
    expect(j.issues[2].message).toMatch(/^unknown country "XX"/);
  });

  it("calls a policy with no business hours valid, with a warning (exit 0); counts warnings in words", () => {
    const closed = JSON.stringify({ timezone: "UTC", hours: {}, severities: { s: { targets: { firstResponse: "2h" } } } });
    const r = cli(["validate", "closed.json"], { "closed.json": closed });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")).toEqual([
      "closed.json: valid, 1 warning — (unnamed policy), UTC, severities s",
      '  warning: hours: the policy has no business hours (it is never open within 100 years), so every deadline on the business clock fails; add opening hours, or use "24x7"',
    ]);
    const j = JSON.parse(cli(["validate", "closed.json", "--json"], { "closed.json": closed }).stdout);
    expect(j).toMatchObject({ valid: true, warnings: [{ path: ["hours"] }] });
    expect(cli(["validate", "open.json"], { "open.json": JSON.stringify({ timezone: "UTC", hours: "24x7" }) }).stdout).toMatch(/^open\.json: valid, 0 warnings — /);
    // holidays known only for years before now: open hours, but nothing about now can be answered
    const stale = JSON.stringify({ timezone: "UTC", hours: "24x7", holidayYears: [2020, 2025] });
    expect(cli(["validate", "stale.json"], { "stale.json": stale }).stdout.split("\n")).toEqual([
      "stale.json: valid, 1 warning — (unnamed policy), UTC, severities (none)",
      "  warning: holidayYears: when it next opens after now (2026-11-30T11:00:00.000Z) is unknown: this needs the calendar of 2026, but the policy's holidays are known only for 2020–2025 (holidayYears); " +
        'extend the span, e.g. `sla-clock holidays POLICY.json --years 2020-2026` from the policy with its region entries, or add the holidays of 2026 yourself and widen "holidayYears"',
    ]);
    expect(cli(["deadline", "--policy", "bad.json", "--severity", "sev1", "--at", "2026-11-27"], { "bad.json": '{"timezone":"Mars/Base","hours":"24x7"}' }).stderr).toMatch(/\(1 issue\):/);
  });

  it("reports invalid policies given to other commands the same way", () => {
    const r = cli(["deadline", "--policy", "bad.json", "--severity", "sev1", "--at", "2026-11-27"], { "bad.json": '{"timezone":"Mars/Base","hours":"24x7"}' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^sla-clock: bad\.json is invalid \(1 issue\):\n {2}timezone: "Mars\/Base"/);
  });
});

describe("sla-clock holidays", () => {
  it("prints the policy with region entries expanded into dates", () => {
    const r = cli(["holidays", "p.json", "--years", "2026-2027"], { "p.json": JSON.stringify(presets.auvikSupportV2) });
    expect(r.code).toBe(0);
    const def = JSON.parse(r.stdout);
    expect(def.holidays).toContainEqual({ date: "2026-12-25", name: "Christmas Day" });
    expect(def.holidays).toContainEqual({ date: "2027-07-01", name: "Canada Day" });
    expect(def.holidays).toContainEqual({ date: "2026-12-28", name: "Boxing Day (observed)" });
    expect(def.holidays).toContainEqual({ date: "2027-12-27", name: "Christmas Day (observed)" });
    expect(def.holidays.some((h: { region?: string }) => h.region)).toBe(false);
    expect(def.holidayYears).toEqual([2026, 2027]);
    expect({ ...def, holidays: undefined, holidayYears: undefined }).toEqual({ ...presets.auvikSupportV2, holidays: undefined });
    expect(cli(["validate", "x.json", "--lite"], { "x.json": r.stdout }).code).toBe(0);
  });

  it("--to-ics prints the policy's holidays in the years as iCalendar, and --from-ics reads them back", () => {
    const r = cli(["holidays", "--to-ics", "--years", "2027"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(r.stdout.endsWith("END:VCALENDAR\r")).toBe(true); // + the "\n" of stdout: every line ends in CRLF
    expect(r.stdout).toContain("DTSTART;VALUE=DATE:20271227\r\nDTEND;VALUE=DATE:20271228");
    expect(r.stdout).toContain("SUMMARY:Christmas Day (observed)");
    expect(r.stdout).toContain("DTSTAMP:20261130T110000Z");
    const base = JSON.stringify({ timezone: "America/Toronto", hours: presets.auvikSupportV2.hours });
    const back = cli(["holidays", "p.json", "--from-ics", "h.ics"], { "p.json": base, "h.ics": r.stdout });
    expect(back.code).toBe(0);
    const def = JSON.parse(back.stdout);
    expect(def.holidays).toContainEqual({ date: "2027-12-27", name: "Christmas Day (observed)" });
    expect(def.holidays).toHaveLength(12);
  });

  it("--from-ics expands BYDAY rules for this year and the nine after it by default", () => {
    const text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20201012\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=2MO\r\nSUMMARY:Thanksgiving\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const r = cli(["holidays", "p.json", "--from-ics", "h.ics"], { "p.json": JSON.stringify({ timezone: "UTC", hours: "24x7" }), "h.ics": text });
    expect(r.code).toBe(0);
    const def = JSON.parse(r.stdout);
    expect(def.holidayYears).toEqual([2026, 2035]);
    expect(def.holidays[0]).toEqual({ date: "2026-10-12", name: "Thanksgiving" });
    expect(def.holidays.at(-1)).toEqual({ date: "2035-10-08", name: "Thanksgiving" });
  });

  it("refuses --from-ics with --to-ics, a missing calendar file and a file that is not iCalendar, in one line", () => {
    expect(cli(["holidays", "--from-ics", "h.ics", "--to-ics", "--years", "2026"]).code).toBe(2);
    expect(cli(["holidays", "--from-ics", "h.ics"])).toMatchObject({ code: 1, stderr: 'sla-clock holidays: cannot read calendar "h.ics": no such file' });
    expect(cli(["holidays", "--from-ics", "h.ics"], { "h.ics": "not a calendar" })).toMatchObject({ code: 1, stderr: expect.stringMatching(/^sla-clock holidays: ics: not an iCalendar file/) });
  });

  it("needs --years (usage error) and a sensible span (exit 1)", () => {
    expect(cli(["holidays"]).code).toBe(2);
    expect(cli(["holidays", "--years", "2035-2024"])).toMatchObject({ code: 1, stderr: "sla-clock holidays: --years: 2035-2024 ends before it starts; write the earlier year first" });
    expect(JSON.parse(cli(["holidays", "--years", "2026"]).stdout).timezone).toBe("America/Toronto");
  });
});

describe("sla-clock demo, help and dispatch", () => {
  it("demo prints a fixed table on the built-in policy", () => {
    const r = cli(["demo"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/status as of Tue 2026-10-13 10:00/);
    expect(r.stdout).toMatch(/T-101 +sev1 +Fri 2026-10-09 21:30 +Tue 2026-10-13 05:30 +Tue 2026-10-13 05:10 +met/);
    expect(r.stdout).toMatch(/T-102 +sev2 +Sat 2026-10-10 10:00 +Tue 2026-10-13 08:00 +- +BREACHED 2h over/);
    expect(r.stdout).toMatch(/T-103 +sev3 +Mon 2026-10-12 09:00 +Wed 2026-10-14 10:00 +- +18h left/);
    expect(r.stdout).toMatch(/T-104 +sev2 .* 30m left \(warning\)/);
    expect(r.stdout).toContain("Work next (earliest deadline first): T-102, T-104, T-105, T-103");
    expect(cli(["demo"]).stdout).toBe(r.stdout);
    const j = JSON.parse(cli(["demo", "--json"]).stdout);
    expect(j.now).toBe("2026-10-13T10:00:00-04:00");
    expect(j.tickets).toHaveLength(6);
  });

  it("demo's WHY column is computed from the evaluation, so it agrees with the statuses at any --now", () => {
    for (const now of ["2026-10-13T10:00", "2026-10-13T05:20", "2026-10-13T05:00", "2026-10-09T12:00", "2026-12-20T12:00"]) {
      const j = JSON.parse(cli(["demo", "--now", now, "--json"]).stdout);
      for (const t of j.tickets) {
        const m = t.status.metrics.firstResponse;
        const expected =
          m.completedAt !== null ? (m.status === "met" ? "responded in time" : "responded late") : m.status === "breached" ? "no response" : `${Math.floor(m.percentUsed)}% used`;
        expect(t.why, `${t.id} at ${now}`).toMatch(new RegExp(`^${expected}: `));
        expect(t.why.includes("warning"), `${t.id} at ${now}`).toBe(m.warning);
        // RESPONDED shows a response only once it has happened: exactly when the metric completed at it
        expect(t.respondedAt, `${t.id} at ${now}`).toBe(m.completedAt);
      }
      const table = cli(["demo", "--now", now]).stdout;
      for (const t of j.tickets) expect(table).toContain(t.why);
    }
    const late = cli(["demo", "--now", "2026-12-20T12:00"]).stdout;
    // what the clock did not count runs to --now, past the deadline: Tue 13 Oct 06:30 EDT to Sun 20 Dec
    // 12:00 EST is 68d 6h 30m, of which 36d 15h 30m counted and 31d 15h closed (nights and weekends;
    // no Ontario public holiday in between). It stopped at the deadline (regression).
    expect(late).toMatch(/T-104 .*BREACHED 36d 11h 30m over +no response: 36d 15h 30m counted against the 4h target \(not counted: 31d 15h closed\)\n/);
    expect(late).not.toMatch(/BREACHED.*warning/);
  });

  it("demo runs on a --policy whose severities are not named sev1–sev4 (its own keys, most severe first)", () => {
    const files = {
      "night.json": JSON.stringify({ name: "Night desk", timezone: "UTC", hours: { mon: [["22:00", "06:00"]] }, severities: { P1: { targets: { firstResponse: "1h" } }, P2: { targets: { resolution: "1d" } } } }),
    };
    const r = cli(["demo", "--policy", "night.json"], files);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toMatch(/T-101 +P1 +Fri 2026-10-09 21:30 +Mon 2026-10-12 23:00 +Tue 2026-10-13 05:10 +BREACHED \(late\) +responded late: 7h 10m counted against the 1h target; clock started Mon 22:00/);
    expect(r.stdout).toMatch(/T-102 +P2 .* +severity P2 has no first-response target/);
    expect(r.stdout).toContain("Try: sla-clock explain --severity P1 --at 2026-10-09T21:30 --policy night.json");
  });

  it("demo on a policy its tickets cannot be judged on says so per row, in words without a parameter name", () => {
    const files = { "closed.json": JSON.stringify({ timezone: "UTC", hours: {}, severities: { s: { targets: { firstResponse: "2h" } } } }) };
    const r = cli(["demo", "--policy", "closed.json"], files);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toMatch(/T-102 +s +Sat 2026-10-10 10:00 +- +- +- +not evaluated: no answer within 100 calendar years \(36,525 days\) of the starting instant; the policy has no business hours at all\n/);
    expect(r.stdout).toContain("Work next (earliest deadline first): (no ticket could be evaluated on this policy)");
  });

  it("--help works for the program and every command", () => {
    expect(cli(["--help"])).toMatchObject({ code: 0 });
    expect(cli(["--help"]).stdout).toMatch(/Commands:\n {2}deadline/);
    for (const c of ["deadline", "status", "explain", "validate", "holidays", "demo"]) {
      const r = cli([c, "--help"]);
      expect(r.code, c).toBe(0);
      expect(r.stdout, c).toMatch(new RegExp(`^Usage: sla-clock ${c}`));
      expect(cli(["help", c]).stdout).toBe(r.stdout);
    }
    expect(cli(["--version"]).stdout).toBe("9.9.9");
  });

  it("exits 2 for no command or an unknown one", () => {
    expect(cli([]).code).toBe(2);
    expect(cli(["deadlines"])).toMatchObject({
      code: 2,
      stderr: 'sla-clock: unknown command "deadlines"; the commands are deadline, status, explain, validate, holidays, demo\nUsage: sla-clock <command> [options]\n(sla-clock --help for details)',
    });
  });
});

describe("sla-clock command line mistakes (audit)", () => {
  const commands = "the commands are deadline, status, explain, validate, holidays, demo\nUsage: sla-clock <command> [options]\n(sla-clock --help for details)";

  it("refuses what it would otherwise ignore or misread, as usage errors (exit 2): help with two names, an empty option value, --to-ics with --json", async () => {
    expect(cli(["help", "deadline", "extra"])).toMatchObject({ code: 2, stderr: expect.stringContaining("help takes one command name, e.g. sla-clock help deadline; got 2") });
    expect(cli(["holidays", "--to-ics", "--years", "2026", "--json"])).toMatchObject({ code: 2, stderr: expect.stringContaining("--to-ics prints an iCalendar file, not JSON; leave out --json") });
    for (const argv of [["demo", "--now", ""], ["demo", "--now", "  "], ["explain", "t.json", "--now", ""]]) {
      expect(cli(argv, { "t.json": "{}" })).toMatchObject({ code: 2, stderr: expect.stringContaining(`--now is given an empty value; give it one, or leave the option out`) });
    }
    expect((await cliAsync(["status", "t.csv", "--now", ""], { "t.csv": "createdAt,severity\n" })).code).toBe(2);
    // as a required one: `deadline --at ""`
    expect(cli(["deadline", "--severity", "sev1", "--at", ""]).code).toBe(2);
  });

  it("says what explain takes when given nothing: a TICKET file, or --severity and --at", () => {
    expect(cli(["explain"])).toMatchObject({ code: 2, stderr: expect.stringContaining("give a TICKET file (sla-clock explain ticket.json) to explain a ticket, or --severity and --at to explain a deadline") });
    // both usage lines, not only the first form's
    expect(cli(["explain"]).stderr.split("\n").slice(1, 3)).toEqual([
      "Usage: sla-clock explain --severity SEV --at INSTANT [--metric METRIC] [--policy FILE] [--json]",
      "       sla-clock explain TICKET [--now INSTANT] [--svg FILE] [--policy FILE] [--json]",
    ]);
    expect(cli(["explain", "--at", "2026-11-27T21:30"]).stderr).toContain("--severity is required");
  });

  it("lists --policy once in demo --help, with what it does there", () => {
    const help = cli(["demo", "--help"]).stdout;
    expect(help.match(/^  --policy /gm)).toHaveLength(1);
    expect(help).toContain("run on your policy");
    expect(cli(["deadline", "--help"]).stdout.match(/^  --policy /gm)).toHaveLength(1);
  });

  it("says that a UTF-16 CSV file (Excel's Unicode text) is not UTF-8, instead of naming a garbled column", async () => {
    for (const encoding of ["utf16le", "utf16be"] as const) {
      const text = "\ufeffid,createdAt,severity\nT-1,2026-11-27T21:30,sev1\n";
      const bytes = encoding === "utf16le" ? Buffer.from(text, "utf16le") : Buffer.from(text, "utf16le").swap16();
      const r = await cliAsync(["status", "t.csv", "--now", "2026-11-30T06:00"], { "t.csv": bytes.toString("utf8") });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('the file is not UTF-8 (it looks like UTF-16, as Excel\'s "Unicode text" saves it); save it as "CSV UTF-8"');
    }
  });

  it("gives `help nope` the usage error of `nope` (exit 2), not the general help", () => {
    expect(cli(["help", "nope"])).toEqual({ code: 2, stdout: "", stderr: `sla-clock: unknown command "nope"; ${commands}` });
    expect(cli(["help", "nope"])).toEqual(cli(["nope"]));
  });

  it("says that options go after the command when one comes first", () => {
    expect(cli(["--policy", "x", "deadline", "--severity", "sev1"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "sla-clock: options go after the command: sla-clock deadline --policy x …, not sla-clock --policy x deadline …\nUsage: sla-clock <command> [options]\n(sla-clock --help for details)",
    });
    expect(cli(["--policy"]).stderr).toContain('"--policy" is an option: write the command first, then its options');
  });

  it.each([
    [["status", "-", "--policy", "-"], "status", "TICKETS"],
    [["explain", "-", "--policy", "-"], "explain", "TICKET"],
  ])("refuses standard input for two inputs: %j (exit 2)", async (argv, name, what) => {
    const r = await cliAsync(argv, { "-": "" });
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe(`sla-clock ${name}: ${what} and --policy are both - (standard input), which can feed only one of them; pass the other as a file`);
  });

  it("refuses an option given twice, naming it and both values (exit 2)", () => {
    const r = cli(["deadline", "--severity", "sev1", "--severity", "sev2", "--at", "2026-11-27T21:30"]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe('sla-clock deadline: --severity is given twice ("sev1" and "sev2"); give it once');
    expect(cli(["deadline", "--severity", "sev1", "--at", "2026-11-27T21:30", "--json", "--json"]).code).toBe(0); // a repeated flag means the same
  });

  it("points every --help at the docs, never at a CONTRACT document users do not have", () => {
    for (const name of ["deadline", "status", "explain", "validate", "holidays", "demo"]) expect(cli([name, "--help"]).stdout).not.toContain("CONTRACT");
    expect(cli(["validate", "--help"]).stdout).toContain("docs/policy.md");
  });

  it("names the supported years for --years that is not a span of them", () => {
    expect(cli(["holidays", "--years", "999-2000"])).toEqual({
      code: 1,
      stdout: "",
      stderr: 'sla-clock holidays: --years: "999-2000" is not a span of years from 1000 to 9999; write e.g. 2024-2035 (or a single year, 2026)',
    });
  });
});
