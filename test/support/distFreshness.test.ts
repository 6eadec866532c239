import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { distStaleReason } from "./distFreshness.js";

/** A tiny project: src/a/b.ts and dist/out.js with the given modification times (seconds). */
function project(srcTime: number, distTime: number | null): string {
  const root = mkdtempSync(join(tmpdir(), "dist-freshness-"));
  mkdirSync(join(root, "src/a"), { recursive: true });
  writeFileSync(join(root, "src/a/b.ts"), "export {};");
  utimesSync(join(root, "src/a/b.ts"), srcTime, srcTime);
  if (distTime !== null) {
    mkdirSync(join(root, "dist"));
    writeFileSync(join(root, "dist/out.js"), "");
    utimesSync(join(root, "dist/out.js"), distTime, distTime);
  }
  return root;
}

describe("the tests' dist/ freshness check", () => {
  it("asks for a build when an output is missing", () => {
    expect(distStaleReason(project(1000, null), ["dist/out.js"], ["src"])).toBe("dist/out.js is missing");
  });

  it("asks for a rebuild when a source changed after the build, not only when dist/ is missing", () => {
    expect(distStaleReason(project(2000, 1000), ["dist/out.js"], ["src"])).toBe("src/a/b.ts changed after dist/out.js was built");
  });

  it("accepts a build newer than every source", () => {
    expect(distStaleReason(project(1000, 2000), ["dist/out.js"], ["src"])).toBeNull();
  });
});
