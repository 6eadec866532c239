/**
 * `sla-clock/svg` bundled as an edge function would bundle it (esbuild, platform neutral) and run
 * in a bare realm: no Node built-ins, no DOM, no string code generation.
 */
import vm from "node:vm";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { timelineSvg } from "../../../src/svg.js";
import { torontoNovember } from "./svgFixtures.js";

const entry = fileURLToPath(new URL("../../../src/svg.ts", import.meta.url));
let bundle = "";
let inputs: string[] = [];

beforeAll(async () => {
  const result = await build({
    entryPoints: [entry], bundle: true, format: "iife", globalName: "SlaClockSvg", platform: "neutral",
    target: "es2020", write: false, metafile: true, logLevel: "silent",
  });
  bundle = result.outputFiles[0]!.text;
  inputs = Object.keys(result.metafile.inputs);
}, 60_000);

describe("sla-clock/svg at the edge", () => {
  it("bundles without any package: no date-holidays, zod or luxon", () => {
    expect(inputs.filter((p) => p.includes("node_modules"))).toEqual([]);
    expect(inputs.some((p) => /src\/policy\/|src\/calendar\//.test(p))).toBe(false);
  });

  it("draws in a bare realm exactly what it draws in Node", () => {
    const context = vm.createContext({ explanationJson: JSON.stringify(torontoNovember()) }, { codeGeneration: { strings: false, wasm: false } });
    vm.runInContext(bundle, context);
    const out = vm.runInContext(
      `typeof require + "|" + typeof process + "|" + typeof document + "|" + SlaClockSvg.timelineSvg(JSON.parse(explanationJson, (k, v) =>
        ["from", "to", "start", "end", "deadline", "breachedAt", "completedAt"].includes(k) && typeof v === "string" ? new Date(v) : v))`,
      context,
    ) as string;
    expect(out).toBe(`undefined|undefined|undefined|${timelineSvg(torontoNovember())}`);
  });
});
