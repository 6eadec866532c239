/**
 * Regression (issue 14): an `Intl` that formats digits in another script, omits parts, throws, or
 * reports offsets that never settle gives a PolicyError for the zone — never an endless search.
 * Each case runs in a child process with a timeout, so a regression fails this test instead of
 * hanging the runner.
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const tsx = join(root, "node_modules", ".bin", process.platform === "win32" ? "tsx.cmd" : "tsx");

interface Outcome { ok?: string; name?: string; code?: string; message?: string; paths?: unknown[] }
interface Report { define: Outcome; safe: string; add: Outcome }

function runWithIntl(mode: string): Report {
  const r = spawnSync(tsx, [join(here, "zoneRules.hostileIntl.child.ts"), mode], { cwd: root, encoding: "utf8", timeout: 30_000 });
  if (r.error !== undefined || r.status !== 0) throw new Error(`child (${mode}) did not end cleanly: ${r.error?.message ?? `exit ${r.status}`}\n${r.stderr}`);
  return JSON.parse(r.stdout) as Report;
}

describe("a host whose Intl cannot be read", () => {
  it("an untouched Intl gives answers (the child process itself works)", () => {
    const r = runWithIntl("none");
    expect(r).toEqual({ define: { ok: "object" }, safe: "success", add: { ok: "2026-03-01T12:00:00.000Z" } });
  });

  it.each([
    ["otherDigits", /Intl formats "[١٢].*" for 2000-01-01T00:00:00\.000Z/],
    ["missingParts", /Intl formats "\d{1,2}\/\d{1,2}\/\d{4}" for/],
    ["throws", /Intl throws "polyfill exploded"/],
    ["endlessParts", /Intl formats "not a date"/],
  ])("%s: definePolicy throws a PolicyError at timezone, safeDefinePolicy returns it, every call ends", (mode, text) => {
    const r = runWithIntl(mode);
    for (const o of [r.define, r.add]) {
      expect(o.name).toBe("PolicyError");
      expect(o.paths).toEqual([["timezone"]]);
      expect(o.message).toMatch(text);
    }
    expect(r.define.message).toContain('"America/Toronto"');
    expect(r.safe).toBe("PolicyError");
  });

  it("offsets that change on every call: the year's search stops with a PolicyError naming the year", () => {
    const r = runWithIntl("flapping");
    expect(r.add.name).toBe("PolicyError");
    expect(r.add.paths).toEqual([["timezone"]]);
    expect(r.add.message).toMatch(/"Asia\/Tokyo": this runtime's Intl reports more than 64 changes of UTC offset in 2026/);
  });
});
