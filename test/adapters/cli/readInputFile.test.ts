/**
 * Regression (issue 14: `--policy /dev/zero` read until 3 GB of memory; a 1 GB file took 9 s to
 * fail): the CLI reads only regular files up to MAX_INPUT_FILE_BYTES, checked before reading.
 * Cases that would read without end run the real executable in a child process with a timeout.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, openSync, closeSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_INPUT_FILE_BYTES, readInputFile } from "../../../src/adapters/cli/readInputFile.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const tsx = join(root, "node_modules", ".bin", process.platform === "win32" ? "tsx.cmd" : "tsx");
const dir = mkdtempSync(join(tmpdir(), "sla-clock-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const codeOf = (f: () => unknown): unknown => {
  try {
    f();
    return "no error";
  } catch (e) {
    return { code: (e as { code?: string }).code, message: (e as Error).message };
  }
};

/** Runs `sla-clock validate --policy <path>` (from source) with standard input from `stdin`. */
function validate(path: string, stdin: "ignore" | number = "ignore") {
  const r = spawnSync(tsx, [join(root, "src", "cli.ts"), "validate", "--policy", path], { cwd: root, encoding: "utf8", timeout: 30_000, stdio: [stdin, "pipe", "pipe"] });
  return { status: r.status, error: r.error?.message, stderr: r.stderr };
}

describe("readInputFile", () => {
  it("reads a regular file as UTF-8", () => {
    const p = join(dir, "policy.json");
    writeFileSync(p, '{ "timezone": "Europe/Zürich" }');
    expect(readInputFile(p)).toBe('{ "timezone": "Europe/Zürich" }');
  });

  it("refuses a file over the limit from its size, before reading it (a sparse 64 MiB + 1 file)", () => {
    const p = join(dir, "big.json");
    closeSync(openSync(p, "w"));
    truncateSync(p, MAX_INPUT_FILE_BYTES + 1);
    const t0 = performance.now();
    expect(codeOf(() => readInputFile(p))).toEqual({ code: "EFBIG", message: "it is 67,108,865 bytes, over the limit of 67,108,864 bytes" });
    expect(performance.now() - t0).toBeLessThan(1_000); // a stat, not a read
    truncateSync(p, MAX_INPUT_FILE_BYTES);
    expect(codeOf(() => readInputFile(p, 1_000))).toMatchObject({ code: "EFBIG" });
  });

  it("refuses directories and missing files with Node's codes", () => {
    expect(codeOf(() => readInputFile(dir))).toEqual({ code: "EISDIR", message: "it is a directory" });
    expect(codeOf(() => readInputFile(join(dir, "missing.json")))).toMatchObject({ code: "ENOENT" });
  });

  it("documents its limit in docs/cli.md", async () => {
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(join(root, "docs", "cli.md"), "utf8")).toContain("64 MiB");
  });
});

describe.skipIf(process.platform === "win32")("sla-clock with an input that never ends (child process)", () => {
  it("--policy /dev/zero: one line, exit 1, no stack trace", () => {
    const r = validate("/dev/zero");
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('sla-clock validate: cannot read policy file "/dev/zero": it is a character device, not a regular file; pass a file (or - for standard input)\n');
  });

  it("--policy FIFO is refused before it is opened (opening would wait for a writer)", () => {
    const fifo = join(dir, "fifo");
    if (spawnSync("mkfifo", [fifo]).status !== 0) return; // no mkfifo: nothing to test here
    const r = validate(fifo);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^sla-clock validate: cannot read policy file ".*fifo": it is a named pipe, not a regular file; pass a file \(or - for standard input\)\n$/);
  });

  it("--policy - with /dev/zero as standard input stops at the limit", () => {
    const zero = openSync("/dev/zero", "r");
    try {
      const r = validate("-", zero);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('sla-clock validate: cannot read policy file "-": it holds more than the limit of 67,108,864 bytes\n');
    } finally {
      closeSync(zero);
    }
  });
});
