import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The source tree is a one-way pipeline: each layer imports only from the layers before it.
 * `errors → time → policy → calendar → business → sla → public API → adapters`. The public API is
 * the barrels `exports.ts`, `index.ts` and `lite.ts`, which adapters use as any user would; the
 * entry files `sheets.ts` and `cli.ts` stand above the adapters they start.
 */
const LAYERS = ["errors", "time", "policy", "calendar", "business", "sla", "api", "adapters", "entry"] as const;
const FILE_LAYER: Record<string, string> = { exports: "api", index: "api", lite: "api", sheets: "entry", svg: "entry", cli: "entry", duckdb: "entry" };
const SRC = join(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith(".ts") ? [path] : [];
  });
}

/** The layer a source file belongs to: its folder under src/, or the role of a top-level file. */
function layerOf(path: string): number | undefined {
  const top = relative(SRC, path).split(sep)[0]!.replace(/\.ts$/, "");
  const index = (LAYERS as readonly string[]).indexOf(FILE_LAYER[top] ?? top);
  return index < 0 ? undefined : index;
}

function relativeImports(source: string): string[] {
  return [...source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/gm)].map((m) => m[1]!);
}

const layered = sourceFiles(SRC).filter((f) => layerOf(f) !== undefined);

describe("the layers of src/", () => {
  it("has a file in every layer it names", () => {
    for (const layer of LAYERS) expect(layered.some((f) => layerOf(f) === LAYERS.indexOf(layer)), layer).toBe(true);
  });

  it.each(layered.map((f) => [relative(SRC, f), f]))("%s imports only from its own layer or the ones before it", (_name, file) => {
    const own = layerOf(file)!;
    for (const specifier of relativeImports(readFileSync(file, "utf8"))) {
      const target = resolve(dirname(file), specifier).replace(/\.js$/, ".ts");
      if (own === LAYERS.indexOf("entry") && relative(SRC, target).startsWith("..")) continue; // package.json
      const layer = layerOf(target);
      expect(layer, `${specifier} lies outside the layers`).not.toBeUndefined();
      expect(layer! <= own, `${relative(SRC, file)} imports ${specifier}, a later layer`).toBe(true);
    }
  });

  it("keeps policy/ free of everything but zod/mini, errors, time and itself", () => {
    for (const file of layered.filter((f) => layerOf(f) === LAYERS.indexOf("policy"))) {
      const source = readFileSync(file, "utf8");
      const bare = [...source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^".][^"]*)"/gm)].map((m) => m[1]!);
      for (const s of bare) expect(s, `${relative(SRC, file)} imports ${s}`).toBe("zod/mini");
    }
  });

  it("keeps time/ free of any package: it is the ground floor", () => {
    for (const file of layered.filter((f) => layerOf(f) === LAYERS.indexOf("time"))) {
      const source = readFileSync(file, "utf8");
      const bare = [...source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^".][^"]*)"/gm)].map((m) => m[1]!);
      expect(bare, relative(SRC, file)).toEqual([]);
    }
  });

  /**
   * The one exception: the Node variant of the lazy date-holidays loader. The built package reaches
   * it only through its `#load-date-holidays` import under Node (bundlers and other runtimes get
   * `loadDateHolidays.static.ts`), and `sla-clock/lite` never reaches it
   * (test/adapters/serverless.test.ts checks that dist/lite imports no module).
   */
  const NODE_ONLY: Readonly<Record<string, string>> = { [join("calendar", "loadDateHolidays.ts")]: "node:module" };

  it("keeps csv-parse (and every Node built-in) in the adapters: the core, index, lite and sheets never reach it", () => {
    for (const file of layered.filter((f) => layerOf(f)! < LAYERS.indexOf("adapters"))) {
      const source = readFileSync(file, "utf8");
      const bare = [...source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^".][^"]*)"/gm)].map((m) => m[1]!);
      for (const s of bare) {
        if (NODE_ONLY[relative(SRC, file)] === s) continue;
        expect(s.startsWith("node:") || s.startsWith("csv-parse"), `${relative(SRC, file)} imports ${s}`).toBe(false);
      }
    }
  });
});

describe("the import graph of src/", () => {
  it("has no circle, not even through type-only imports (each file can be read before the files that use it)", () => {
    const edges = new Map(
      sourceFiles(SRC).map((f) => [f, relativeImports(readFileSync(f, "utf8")).map((s) => resolve(dirname(f), s).replace(/\.js$/, ".ts"))] as const),
    );
    const state = new Map<string, "open" | "done">();
    const circles: string[] = [];
    const visit = (file: string, path: string[]): void => {
      state.set(file, "open");
      for (const next of edges.get(file) ?? []) {
        if (state.get(next) === "open") circles.push([...path.slice(path.indexOf(next)), next].map((f) => relative(SRC, f)).join(" → "));
        else if (!state.has(next) && edges.has(next)) visit(next, [...path, next]);
      }
      state.set(file, "done");
    };
    for (const file of edges.keys()) if (!state.has(file)) visit(file, [file]);
    expect(circles).toEqual([]);
  });
});
