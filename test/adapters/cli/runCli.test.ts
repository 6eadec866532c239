import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/adapters/cli/runCli.js";
import type { CliIo } from "../../../src/adapters/cli/cliIo.js";
import { presets } from "../../../src/index.js";

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
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
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

  it("exits 1 with one line for bad input, and 2 for usage errors", () => {
    const noTarget = cli(["deadline", "--severity", "sev1", "--at", "2026-11-27T21:30", "--metric", "update"]);
    expect(noTarget.code).toBe(1);
    expect(noTarget.stderr).toBe('sla-clock deadline: severity "sev1" has no update target in this policy, so there is no deadline');
    const badAt = cli(["deadline", "--severity", "sev1", "--at", "tomorrow"]);
    expect(badAt.code).toBe(1);
    expect(badAt.stderr.split("\n")).toHaveLength(1);
    expect(badAt.stderr).toMatch(/^sla-clock deadline: start: "tomorrow" is not an ISO 8601/);
    expect(cli(["deadline", "--severity", "sev7", "--at", "2026-11-27"]).stderr).toMatch(/severity.*sev7.*sev1/);
    expect(cli(["deadline", "--severity", "sev1"]).code).toBe(2);
    expect(cli(["deadline", "--severity", "sev1"]).stderr).toMatch(/--at is required/);
    expect(cli(["deadline", "--sevrity", "sev1"]).code).toBe(2);
    expect(cli(["deadline", "--severity"]).code).toBe(2);
    expect(cli(["deadline", "extra", "--severity", "sev1", "--at", "2026-11-27"]).code).toBe(2);
    expect(cli(["deadline", "--policy", "missing.json", "--severity", "sev1", "--at", "2026-11-27"])).toMatchObject({ code: 1, stderr: 'sla-clock deadline: cannot read policy file "missing.json": no such file' });
    expect(cli(["deadline", "--policy", "bad.json", "--severity", "sev1", "--at", "2026-11-27"], { "bad.json": "{" }).stderr).toMatch(/^sla-clock deadline: policy file "bad.json" is not valid JSON/);
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
});

describe("sla-clock status", () => {
  const json = JSON.stringify([
    { id: "T-1", createdAt: "2026-11-27T21:30", severity: "sev1", events: [{ type: "response", at: "2026-11-30T05:00" }] },
    { id: "T-2", createdAt: "2026-11-27T21:30", severity: "sev1" },
    { createdAt: "2026-11-30T05:00", severity: "sev3" },
  ]);
  const csv = 'id,createdAt,severity,respondedAt\r\nT-1,2026-11-27T21:30,sev1,2026-11-30T05:00\r\nT-2,2026-11-27T21:30,sev1,\r\n,2026-11-30T05:00,sev3,\r\n';

  it("reads JSON and CSV alike and prints a table as of --now", () => {
    const a = cli(["status", "t.json", "--now", "2026-11-30T06:00"], { "t.json": json });
    const b = cli(["status", "t.csv", "--now", "2026-11-30T06:00"], { "t.csv": csv });
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/^status as of Mon 2026-11-30 06:00 \(America\/Toronto\)/);
    expect(a.stdout).toMatch(/T-1 +sev1 +open +- +met/);
    expect(a.stdout).toMatch(/T-2 +sev1 +open +Mon 2026-11-30 05:30 +BREACHED 30m over/);
    expect(a.stdout).toMatch(/#2 +sev3 +open +Tue 2026-12-01 11:00 +23h left/);
    expect(a.stdout).toMatch(/3 tickets, 1 breached, 0 warning$/);
  });

  it("defaults --now to the current time and sorts with --prioritize", () => {
    const r = cli(["status", "t.json", "--prioritize"], { "t.json": json });
    const ids = r.stdout.split("\n").slice(4, 7).map((l) => l.split(/\s+/)[0]);
    expect(ids).toEqual(["T-2", "#2", "T-1"]);
  });

  it("prints statuses and breaches as JSON", () => {
    const j = JSON.parse(cli(["status", "t.json", "--now", "2026-11-30T06:00", "--json"], { "t.json": json }).stdout);
    expect(j.now).toBe("2026-11-30T06:00:00-05:00");
    expect(j.tickets).toHaveLength(3);
    expect(j.tickets[1].metrics.firstResponse).toMatchObject({ status: "breached", deadline: "2026-11-30T05:30:00-05:00" });
    expect(j.breaches).toEqual([{ ticketId: "T-2", metric: "firstResponse", breachedAt: "2026-11-30T05:30:00-05:00" }]);
  });

  it("exits 1 with one line for unreadable or malformed tickets, 2 without a file", () => {
    expect(cli(["status", "nope.json"])).toMatchObject({ code: 1, stderr: 'sla-clock status: cannot read tickets file "nope.json": no such file' });
    expect(cli(["status", "t.csv"], { "t.csv": 'id,createdAt,severity\nT-1,"2026-11-27,sev1\n' }).stderr).toMatch(/^sla-clock status: CSV line 2, column 5: quoted field is never closed/);
    expect(cli(["status", "t.json"], { "t.json": '{"id":1}' }).stderr).toMatch(/must hold a JSON array of tickets/);
    expect(cli(["status", "t.json", "--now", "2026-11-30"], { "t.json": '[{"createdAt":"2026-11-27","severity":"sev9"}]' })).toMatchObject({ code: 1 });
    expect(cli(["status"]).code).toBe(2);
  });
});

describe("sla-clock validate", () => {
  it("accepts a valid policy", () => {
    const r = cli(["validate", "p.json"], { "p.json": JSON.stringify(presets.auvikSupportV2) });
    expect(r).toMatchObject({ code: 0, stdout: "p.json: valid — Customer Support Policy v2.0, America/Toronto, severities sev1, sev2, sev3, sev4" });
    expect(cli(["validate", "p.json", "--lite"], { "p.json": JSON.stringify(presets.auvikSupportV2) }).code).toBe(1);
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
    expect(cli(["holidays", "--years", "2035-2024"])).toMatchObject({ code: 1, stderr: "sla-clock holidays: years: 2035-2024 ends before it starts; write the earlier year first" });
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
    expect(cli(["deadlines"])).toMatchObject({ code: 2, stderr: 'sla-clock: unknown command "deadlines"; the commands are deadline, status, explain, validate, holidays, demo (sla-clock --help)' });
  });
});
