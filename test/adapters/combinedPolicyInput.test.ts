/**
 * The JSON form of a combined policy (`{ "unionOf": [...] }`) is read wherever a definition is:
 * the CLI's --policy file and a spreadsheet policy cell, with issue paths through it.
 * (2026-03-06 is a Friday; Toronto is UTC-5 and Sydney UTC+11 that weekend.)
 */
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/adapters/cli/cliIo.js";
import { runCli } from "../../src/adapters/cli/runCli.js";
import { createSheetFunctions } from "../../src/adapters/sheets/createSheetFunctions.js";
import { defaultSheetEnv } from "../../src/adapters/sheets/defaultSheetEnv.js";

const desk = {
  unionOf: [
    { timezone: "America/Toronto", hours: { fri: [["09:00", "17:00"]] }, severities: { sev1: { targets: { firstResponse: "2h" } } } },
    { timezone: "Australia/Sydney", hours: { mon: [["09:00", "17:00"]] } },
  ],
};

function cli(argv: string[], files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (path) => files[path] ?? (() => { throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" }); })(),
    now: () => Date.UTC(2026, 2, 6, 12),
  };
  return { code: runCli(argv, io, "9.9.9"), stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("a combined policy as input", () => {
  it("CLI --policy: Toronto's Friday evening hands over to Sydney's Monday (Sunday 18:00 in Toronto)", () => {
    const r = cli(["deadline", "--policy", "desk.json", "--severity", "sev1", "--at", "2026-03-06T16:00"], { "desk.json": JSON.stringify(desk) });
    expect(r).toEqual({ code: 0, stdout: "2026-03-08T19:00:00-04:00", stderr: "" });
  });

  it("CLI validate: a part's problem is reported with its path through the combination", () => {
    const bad = { unionOf: [desk.unionOf[0], { timezone: "Mars/Base", hours: "24x7" }] };
    const r = cli(["validate", "--policy", "bad.json"], { "bad.json": JSON.stringify(bad) });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("unionOf[1].timezone");
  });

  it("a spreadsheet policy cell holding the JSON form", () => {
    const f = createSheetFunctions(defaultSheetEnv);
    expect(f.SLA_DEADLINE("2026-03-06T16:00", "sev1", "", JSON.stringify(desk))).toEqual(new Date("2026-03-08T23:00:00Z"));
  });
});

describe("a spreadsheet holidays range with a combined policy cell", () => {
  it("closes those local dates (of the first part's zone) for the whole desk", () => {
    const f = createSheetFunctions(defaultSheetEnv);
    // Monday 2026-03-09 closed in Toronto's calendar: Sydney's Monday (Sun 18:00–Mon 02:00 Toronto)
    // still counts before Toronto's midnight, then nothing until Friday 2026-03-13 09:00 Toronto
    expect(f.SLA_DEADLINE("2026-03-06T16:00", "sev1", "", JSON.stringify(desk), [["2026-03-09"]])).toEqual(new Date("2026-03-08T23:00:00Z"));
    expect(f.SLA_DEADLINE("2026-03-08T23:30", "sev1", "", JSON.stringify(desk), [["2026-03-09"]])).toEqual(new Date("2026-03-13T14:30:00Z"));
    expect(f.SLA_DEADLINE("2026-03-08T23:30", "sev1", "", JSON.stringify(desk))).toEqual(new Date("2026-03-09T05:30:00Z"));
  });
});

describe("sla-clock holidays with a combined policy", () => {
  it("expands each part's region holidays in its own zone, so lite answers as the full entry inside the years in every zone", async () => {
    const { definePolicy: full, businessTimeBetween } = await import("../../src/index.js");
    const lite = await import("../../src/lite.js");
    const regional = {
      intersectionOf: [
        { timezone: "Europe/Berlin", hours: "24x7", holidays: [{ region: "DE-BE" }] },
        { unionOf: [{ timezone: "America/Toronto", hours: "24x7", holidays: [{ region: "CA-ON" }] }] },
      ],
    };
    // 2025–2027: a combined year of Berlin's zone reaches a few hours into Toronto's 2025 and 2027,
    // and a calendar year outside a part's holidayYears is refused, never answered without holidays
    const r = cli(["holidays", "--policy", "desk.json", "--years", "2025-2027"], { "desk.json": JSON.stringify(regional) });
    expect(r.code).toBe(0);
    const expanded = JSON.parse(r.stdout);
    expect(Object.keys(expanded)).toEqual(["intersectionOf"]);
    expect(expanded.intersectionOf[1].unionOf[0].holidays).toContainEqual({ date: "2026-05-18", name: "Victoria Day" });
    const a = lite.definePolicy(expanded);
    const b = full(regional);
    expect(businessTimeBetween(a, "2026-01-02T00:00Z", "2026-12-31T00:00Z")).toBe(businessTimeBetween(b, "2026-01-02T00:00Z", "2026-12-31T00:00Z"));
    // a combined year that needs a part's year outside its span is refused with the span named
    const only2026 = lite.definePolicy(JSON.parse(cli(["holidays", "--policy", "desk.json", "--years", "2026"], { "desk.json": JSON.stringify(regional) }).stdout));
    expect(() => businessTimeBetween(only2026, "2026-03-02T00:00Z", "2026-03-03T00:00Z")).toThrow(/needs the calendar of 2025, but the policy's holidays are known only for 2026–2026/);
  });
});
