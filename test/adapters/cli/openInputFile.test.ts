/**
 * Streamed inputs (`sla-clock status`, which reads tickets as they come) are refused unless they
 * are regular files: `/dev/zero` as a tickets file would otherwise be parsed forever.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { openInputFile } from "../../../src/adapters/cli/readInputFile.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const tsx = join(root, "node_modules", ".bin", process.platform === "win32" ? "tsx.cmd" : "tsx");
const dir = mkdtempSync(join(tmpdir(), "sla-clock-stream-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function status(...args: string[]) {
  const r = spawnSync(tsx, [join(root, "src", "cli.ts"), "status", ...args], { cwd: root, encoding: "utf8", timeout: 30_000, stdio: ["ignore", "pipe", "pipe"] });
  return { status: r.status, error: r.error?.message, stderr: r.stderr };
}

describe("openInputFile", () => {
  it("streams a regular file whatever its size", async () => {
    const path = join(dir, "tickets.ndjson");
    writeFileSync(path, '{"createdAt":"2026-11-27T09:00","severity":"sev1"}\n');
    let text = "";
    for await (const chunk of openInputFile(path)) text += String(chunk);
    expect(text).toBe('{"createdAt":"2026-11-27T09:00","severity":"sev1"}\n');
  });

  it("refuses a directory and a device before opening them", () => {
    expect(() => openInputFile(dir)).toThrow(expect.objectContaining({ code: "EISDIR" }));
    expect(() => openInputFile("/dev/zero")).toThrow(expect.objectContaining({ code: "ENOTREGULAR" }));
  });
});

describe.skipIf(process.platform === "win32")("sla-clock status with a tickets file that never ends (child process)", () => {
  it.each([[["/dev/zero"]], [["--ndjson", "/dev/zero"]]])("status %j: one line, exit 1, no stack trace", (args) => {
    const r = status(...args);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('sla-clock status: cannot read tickets file "/dev/zero": it is a character device, not a regular file; pass a file (or - for standard input)\n');
  });
});
