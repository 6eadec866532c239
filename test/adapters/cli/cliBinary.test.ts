/**
 * The built executable, run as users run it: `node dist/cli.js …` in a child process.
 */
import { spawnSync } from "node:child_process";
import { linkSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const bin = join(root, "dist/cli.js");

const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", input, env: { ...process.env, TZ: "Asia/Tokyo" } });
  return { code: r.status, stdout: r.stdout.trimEnd(), stderr: r.stderr.trimEnd() };
};

// dist/ is built (or rebuilt when stale) once per run by test/support/buildDist.ts (globalSetup).

describe("dist/cli.js", () => {
  it("is an executable ESM script with a node shebang", () => {
    expect(readFileSync(bin, "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });

  it("prints deadlines in the policy's zone whatever the host's TZ", () => {
    expect(run(["deadline", "--severity", "sev1", "--at", "2026-11-27T21:30"])).toEqual({ code: 0, stdout: "2026-11-30T05:30:00-05:00", stderr: "" });
  });

  it("exits 1 with one line and no stack trace for user errors, 2 for usage errors", () => {
    const bad = run(["deadline", "--severity", "sev1", "--at", "yesterday"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.split("\n")).toHaveLength(1);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(run(["deadline", "--policy", "/nonexistent/policy.json", "--severity", "sev1", "--at", "2026-11-27"]).code).toBe(1);
    expect(run(["frobnicate"]).code).toBe(2);
    expect(run(["status", "--bogus"]).code).toBe(2);
  });

  it("reads ticket files from disk and standard input", () => {
    const dir = mkdtempSync(join(tmpdir(), "sla-clock-cli-"));
    const csv = join(dir, "tickets.csv");
    writeFileSync(csv, 'id,createdAt,severity,respondedAt\r\n"T-1, VIP",2026-11-27T21:30,sev1,2026-11-30T05:00\r\n');
    const fromFile = run(["status", csv, "--now", "2026-11-30T06:00"]);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toMatch(/T-1, VIP +sev1 +open +- +met/);
    const fromStdin = run(["status", "-", "--now", "2026-11-30T06:00", "--json"], JSON.stringify([{ id: "T-9", createdAt: "2026-11-27T21:30", severity: "sev1" }]));
    expect(JSON.parse(fromStdin.stdout).breaches).toEqual([{ ticketId: "T-9", metric: "firstResponse", breachedAt: "2026-11-30T05:30:00-05:00" }]);
  });

  it("never writes --html or --svg over a file it reads: the ticket file, the policy, or standard input, however it is spelled (exit 2)", () => {
    const dir = mkdtempSync(join(tmpdir(), "sla-clock-overwrite-"));
    const csv = join(dir, "tickets.csv");
    const ticket = join(dir, "ticket.json");
    const policy = join(dir, "policy.json");
    const tickets = "id,createdAt,severity\nT-1,2026-11-27T21:30,sev1\n";
    const policyText = JSON.stringify({ timezone: "America/Toronto", hours: "24x7", severities: { sev1: { targets: { firstResponse: "2h" } } } });
    writeFileSync(csv, tickets);
    writeFileSync(ticket, JSON.stringify({ id: "T-1", createdAt: "2026-11-27T21:30", severity: "sev1" }));
    writeFileSync(policy, policyText);
    linkSync(csv, join(dir, "tickets-link.csv"));
    const refusals = [
      ["status", csv, "--now", "2026-11-30T06:00", "--html", csv],
      ["status", csv, "--now", "2026-11-30T06:00", "--html", join(dir, "tickets-link.csv")],
      ["status", csv, "--now", "2026-11-30T06:00", "--policy", policy, "--html", join(dir, ".", "policy.json")],
      ["explain", ticket, "--now", "2026-11-30T06:00", "--svg", ticket],
      ["explain", ticket, "--now", "2026-11-30T06:00", "--policy", policy, "--svg", policy],
    ];
    for (const args of refusals) {
      const r = run(args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stderr).toMatch(/which this command reads; writing it would replace it/);
    }
    // standard input redirected from the file it would write
    const fromStdin = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" status - --now 2026-11-30T06:00 --html "${csv}" < "${csv}"`], { encoding: "utf8" });
    expect(fromStdin.status).toBe(2);
    expect(fromStdin.stderr).toContain("is standard input");
    expect(readFileSync(csv, "utf8")).toBe(tickets);
    expect(readFileSync(policy, "utf8")).toBe(policyText);
    expect(JSON.parse(readFileSync(ticket, "utf8")).id).toBe("T-1");
    // another file is written as before
    const ok = run(["status", csv, "--now", "2026-11-30T06:00", "--html", join(dir, "report.html")]);
    expect(ok.code).toBe(0);
    expect(readFileSync(join(dir, "report.html"), "utf8")).toMatch(/^<!DOCTYPE html>/i);
  });

  it("runs the demo", () => {
    const r = run(["demo"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("T-101");
  });
});

describe("dist/cli.js when its output cannot be written", () => {
  const dir = mkdtempSync(join(tmpdir(), "sla-clock-pipe-"));
  const tickets = join(dir, "t.ndjson");
  writeFileSync(tickets, Array.from({ length: 5_000 }, (_, i) => JSON.stringify({ id: `T-${i}`, createdAt: "2026-11-27T21:30", severity: "sev1" })).join("\n"));

  it("stops quietly, with the status of a broken pipe (141), when the reader closes it early (… | head -c 100)", () => {
    const sh = spawnSync("/bin/sh", ["-c", `"${process.execPath}" "${bin}" status "${tickets}" --json --now 2026-11-30T06:00 2>"${dir}/err" | head -c 100 >/dev/null`], { encoding: "utf8" });
    expect(sh.status).toBe(0); // the pipeline's status is head's
    expect(readFileSync(join(dir, "err"), "utf8")).toBe(""); // no stack trace, no message
    const direct = spawnSync("/bin/bash", ["-c", `set -o pipefail; "${process.execPath}" "${bin}" status "${tickets}" --json --now 2026-11-30T06:00 2>/dev/null | head -c 100 >/dev/null`], { encoding: "utf8" });
    expect(direct.status).toBe(141);
  });

  it("says so in one line on a full disk (/dev/full), exit 1", () => {
    const r = spawnSync("/bin/sh", ["-c", `"${process.execPath}" "${bin}" status "${tickets}" --json --now 2026-11-30T06:00 >/dev/full`], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd()).toMatch(/^sla-clock: cannot write to standard output: ENOSPC: no space left on device/);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});
