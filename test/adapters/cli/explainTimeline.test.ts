/**
 * `sla-clock explain TICKET` (a ticket's timeline as text, JSON and SVG) and `sla-clock status
 * TICKETS --html FILE` (one self-contained HTML report), run against in-memory files.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/adapters/cli/runCli.js";
import { memoryIo } from "./memoryIo.js";
import { definePolicy, explainTicket, presets } from "../../../src/index.js";
import { timelineSvg } from "../../../src/svg.js";
import { parseSvg } from "../svg/svgFixtures.js";

const NOW = Date.UTC(2026, 11, 28, 21, 0); // Mon 2026-12-28 16:00 Toronto

/** Runs the CLI with `files` to read; returns the files it wrote too. */
async function cli(argv: string[], files: Record<string, string> = {}, canWrite = true) {
  const { io, out, err, written } = memoryIo(files, NOW);
  if (!canWrite) delete io.writeFile;
  else {
    const write = io.writeFile!;
    io.writeFile = (path, text) => {
      if (path.startsWith("/nowhere/")) throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
      write(path, text);
    };
  }
  const code = await runCli(argv, io, "9.9.9");
  return { code, stdout: out.join("\n"), stderr: err.join("\n"), written };
}

/** The docs' example ticket on the seed policy (sev2: first response 4 h, nothing else). */
const ticket = {
  id: "4711",
  createdAt: "2026-12-23T14:00",
  severity: "sev2",
  events: [
    { type: "response", at: "2026-12-23T16:00" },
    { type: "pause", at: "2026-12-23T20:00" },
    { type: "resume", at: "2026-12-24T10:00" },
  ],
};
const deskDef = structuredClone(presets.auvikSupportV2) as unknown as { severities: Record<string, { targets: Record<string, unknown> }> };
deskDef.severities["sev2"]!.targets = { firstResponse: "4h", update: "8h", resolution: "24h" };
const files = { "ticket.json": JSON.stringify(ticket), "desk.json": JSON.stringify(deskDef) };

describe("sla-clock explain TICKET", () => {
  it("prints each metric's heading and its spans: counted, paused by the pause event, closed, Christmas Day", async () => {
    const r = await cli(["explain", "ticket.json", "--now", "2026-12-28T16:00", "--policy", "desk.json"], files);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("ticket 4711 as of Mon 2026-12-28 16:00 (America/Toronto)");
    expect(r.stdout).toContain("firstResponse: met · 2h of 4h counted");
    // Wed 16–20 and Thu 10–22 count; Monday 28 is Boxing Day observed (the preset closes it since observed days)
    expect(r.stdout).toMatch(/update: breached · 16h of 8h counted · breached Thu 2026-12-24 14:00/);
    expect(r.stdout).toMatch(/Mon 2026-12-28 04:00\s+Mon 2026-12-28 16:00\s+12h\s+holiday: Boxing Day \(observed\)/);
    expect(r.stdout).toMatch(/Wed 2026-12-23 20:00\s+Wed 2026-12-23 22:00\s+2h\s+paused: pause/);
    expect(r.stdout).toMatch(/Fri 2026-12-25 04:00\s+Fri 2026-12-25 22:00\s+18h\s+holiday: Christmas Day/);
  });

  it("says so when --now is before the ticket was created, which it then shows as of its creation", async () => {
    const r = await cli(["explain", "ticket.json", "--now", "2026-12-23T00:00", "--policy", "desk.json"], files);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").slice(0, 2)).toEqual([
      "ticket 4711 as of Wed 2026-12-23 14:00 (America/Toronto) · opened Wed 2026-12-23 14:00 · policy: desk.json",
      "(--now Wed 2026-12-23 00:00 is before the ticket was created: shown as of its creation)",
    ]);
    const later = await cli(["explain", "ticket.json", "--now", "2026-12-23T14:00", "--policy", "desk.json"], files);
    expect(later.stdout).not.toContain("before the ticket was created");
  });

  it("prints explainTicket's answer as JSON with --json, instants with the policy's offset", async () => {
    const r = await cli(["explain", "ticket.json", "--now", "2026-12-28T16:00", "--policy", "desk.json", "--json"], files);
    const j = JSON.parse(r.stdout);
    const e = explainTicket(definePolicy(deskDef as never), ticket as never, "2026-12-28T16:00");
    expect(Object.keys(j.metrics)).toEqual(Object.keys(e.metrics));
    expect(j.metrics.update.spans.length).toBe(e.metrics.update!.spans.length);
    expect(j.metrics.update.spans[1]).toEqual({ start: "2026-12-23T20:00:00-05:00", end: "2026-12-23T22:00:00-05:00", kind: "paused", name: "pause" });
    expect(j).toMatchObject({ id: "4711", timezone: "America/Toronto", from: "2026-12-23T14:00:00-05:00", to: "2026-12-28T16:00:00-05:00" });
  });

  it("writes timelineSvg's picture with --svg FILE, and defaults --now to the current time", async () => {
    const r = await cli(["explain", "ticket.json", "--policy", "desk.json", "--svg", "out/t.svg"], files);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("wrote the timeline to out/t.svg");
    const e = explainTicket(definePolicy(deskDef as never), ticket as never, NOW);
    expect(r.written["out/t.svg"]).toBe(timelineSvg(e));
    parseSvg(r.written["out/t.svg"]!);
  });

  it("refuses a ticket array, mixing a TICKET with --severity, --svg without a TICKET, and an unwritable file", async () => {
    const many = await cli(["explain", "many.json"], { "many.json": JSON.stringify([ticket]) });
    expect(many).toMatchObject({ code: 1, stderr: expect.stringContaining("holds a JSON array; explain takes one ticket") });
    expect((await cli(["explain", "ticket.json", "--severity", "sev1"], files)).code).toBe(2);
    expect((await cli(["explain", "--severity", "sev1", "--at", "2026-11-27T21:30", "--svg", "x.svg"], files)).code).toBe(2);
    // "-" is not standard output (the report goes there), and an empty name is no file
    for (const svg of ["-", ""]) {
      const r = await cli(["explain", "ticket.json", "--svg", svg], files);
      expect(r.code).toBe(2);
      expect(r.written).toEqual({});
    }
    const nowhere = await cli(["explain", "ticket.json", "--svg", "/nowhere/t.svg"], files);
    expect(nowhere).toMatchObject({ code: 1, stderr: 'sla-clock explain: --svg: cannot write "/nowhere/t.svg": no such directory' });
    const bad = await cli(["explain", "bad.json"], { "bad.json": JSON.stringify({ ...ticket, createdAt: "soon" }) });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/createdAt/);
  });

  it("still explains a deadline with --severity and --at", async () => {
    const r = await cli(["explain", "--severity", "sev1", "--at", "2026-11-27T21:30"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("deadline: 2026-11-30T05:30:00-05:00");
  });
});

describe("sla-clock status TICKETS --html FILE", () => {
  const hostile = { id: '<script>alert("x")</script>&', createdAt: "2026-12-24T09:00", severity: "sev1" };
  const tickets = JSON.stringify([ticket, hostile, { id: "B", createdAt: "2026-12-24T09:00", severity: "sev9" }]);

  it("writes one page: the status table, each ticket's timeline as an inline svg with its own ids, text escaped, nothing external", async () => {
    const r = await cli(["status", "tickets.json", "--now", "2026-12-28T16:00", "--html", "report.html"], { "tickets.json": tickets });
    expect(r.code).toBe(3); // one ticket (sev9) could not be evaluated: reported in its row
    expect(r.stdout).toContain("wrote the HTML report to report.html");
    const html = r.written["report.html"]!;
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("<th>FIRST RESPONSE</th>");
    expect(html).toMatch(/<section class="timeline" id="ticket-0">\n<svg [^>]*>\n?<title[^>]*>Ticket 4711<\/title>/);
    // the hostile id appears only escaped
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;");
    // no scripts, event handlers or external references (the SVG namespace name is not a reference)
    expect(html.replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, "")).not.toMatch(/<script|\son[a-z]+=|https?:|src=|<link|@import|url\((?!#)/i);
    for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^#ticket-\d+$/);
    // one inline svg per evaluated ticket, each well-formed, ids unique across the page
    const svgs = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) parseSvg(svg);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // the bad ticket is a row with its reason
    expect(html).toMatch(/<tr class="error"><td><a href="#ticket-2">B<\/a><\/td><td>-<\/td><td>ERROR<\/td>/);
    expect(html).toContain("sev9");
  });

  it("keeps --json output pure JSON when writing the page, and reports a file it cannot write", async () => {
    const r = await cli(["status", "tickets.json", "--now", "2026-12-28T16:00", "--html", "r.html", "--json"], { "tickets.json": JSON.stringify([ticket]) });
    expect(JSON.parse(r.stdout).summary.tickets).toBe(1);
    expect(r.written["r.html"]).toContain("<svg");
    const no = await cli(["status", "tickets.json", "--now", "2026-12-28T16:00", "--html", "r.html"], { "tickets.json": JSON.stringify([ticket]) }, false);
    expect(no).toMatchObject({ code: 1, stderr: expect.stringContaining("--html: this sla-clock cannot write files") });
  });
});
