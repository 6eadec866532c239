import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, any>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("package.json, as npm publishes it", () => {
  it("builds dist/ before npm pack and npm publish (prepack), so a fresh clone packs its code", () => {
    expect(pkg.scripts.prepack).toMatch(/npm run build/);
  });

  it("ships node10 stubs for sla-clock/lite and sla-clock/sheets that point into dist/", () => {
    for (const entry of ["lite", "sheets"]) {
      expect(pkg.files).toContain(`${entry}/package.json`);
      const stub = JSON.parse(readFileSync(join(ROOT, entry, "package.json"), "utf8"));
      expect(stub.main).toBe(`../dist/${entry}.cjs`);
      expect(stub.types).toBe(`../dist/${entry}.d.cts`);
      expect(pkg.exports[`./${entry}`].require.default).toBe(`./dist/${entry}.cjs`);
    }
  });

  it("makes luxon an optional peer dependency (and a dev dependency), never a runtime dependency", () => {
    expect(pkg.dependencies.luxon).toBeUndefined();
    expect(pkg.peerDependencies.luxon).toBeDefined();
    expect(pkg.peerDependenciesMeta.luxon.optional).toBe(true);
    expect(pkg.devDependencies.luxon).toBeDefined();
  });

  it("imports neither luxon nor a Temporal polyfill anywhere in src/ (their values are recognised by shape)", () => {
    const imports = sourceFiles(join(ROOT, "src")).filter((f) => /(from\s+|require\(|import\()["'](luxon|temporal-polyfill|@js-temporal\/polyfill)(\/[^"']*)?["']/.test(readFileSync(f, "utf8")));
    expect(imports).toEqual([]);
  });

  it("gives every dependency a caret range, so users get fixes (holiday data above all)", () => {
    for (const group of ["dependencies", "devDependencies"]) {
      for (const [name, range] of Object.entries(pkg[group] as Record<string, string>)) {
        expect(`${name}@${range}`).toMatch(/@\^\d/);
      }
    }
  });

  it("promises the Node versions CI runs (>= 20) and ships the MIT LICENSE its license field names", () => {
    expect(pkg.engines.node).toBe(">=20");
    expect(pkg.license).toBe("MIT");
    expect(existsSync(join(ROOT, "LICENSE"))).toBe(true);
    expect(readFileSync(join(ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License/);
    expect(pkg.files).toContain("LICENSE");
  });
});
