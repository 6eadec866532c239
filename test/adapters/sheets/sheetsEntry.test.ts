/**
 * The `sla-clock/sheets` entry as published: dist/sheets.js (and .cjs) built from the lite API.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));

// dist/ is built (or rebuilt when stale) once per run by test/support/buildDist.ts (globalSetup).

describe("dist/sheets.js", () => {
  it("never reaches date-holidays", async () => {
    const r = await build({ entryPoints: [`${root}dist/sheets.js`], bundle: true, write: false, metafile: true, platform: "neutral", mainFields: ["module", "main"], logLevel: "silent" });
    const inputs = Object.keys(r.metafile!.inputs);
    expect(inputs.some((p) => p.includes("dist/sheets.js"))).toBe(true);
    expect(inputs.filter((p) => /date-holidays/.test(p))).toEqual([]);
  });

  it("works as ESM and CommonJS", async () => {
    const esm = await import(`${root}dist/sheets.js`);
    const cjs = createRequire(import.meta.url)(`${root}dist/sheets.cjs`);
    for (const m of [esm, cjs]) {
      expect((m.SLA_DEADLINE("2026-11-27T21:30", "sev1") as Date).toISOString()).toBe("2026-11-30T10:30:00.000Z");
      expect(m.SLA_IS_OPEN([["2026-12-25T10:00"]])).toEqual([[false]]);
    }
  });
});
