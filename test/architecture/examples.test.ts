import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as full from "../../src/index.js";
import * as lite from "../../src/lite.js";
import * as sheets from "../../src/sheets.js";

const EXAMPLES = join(__dirname, "../../examples");
const ENTRY: Record<string, Record<string, unknown>> = { "sla-clock": full, "sla-clock/lite": lite, "sla-clock/sheets": sheets };

function exampleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? exampleFiles(path) : name.endsWith(".ts") && !name.endsWith(".d.ts") ? [path] : [];
  });
}

describe("the examples, as a user would copy them", () => {
  it.each(exampleFiles(EXAMPLES).map((f) => [relative(EXAMPLES, f), f]))("%s imports sla-clock by name and uses only its public exports", (_name, file) => {
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/^import\s+(type\s+)?\{([^}]*)\}\s+from\s+"([^"]+)"/gm)) {
      const [, typeOnly, names, specifier] = m;
      expect(specifier, `${specifier} is not an entry point of the package`).toMatch(/^sla-clock(\/lite|\/sheets)?$/);
      if (typeOnly !== undefined) continue; // types have no runtime value to look up
      for (const item of names!.split(",").map((n) => n.trim()).filter((n) => n !== "" && !n.startsWith("type "))) {
        const name = item.split(/\s+as\s+/)[0]!;
        expect(Object.keys(ENTRY[specifier!]!), `${name} from ${specifier}`).toContain(name);
      }
    }
    const other = [...source.matchAll(/^import\s[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]!).filter((s) => !/^sla-clock(\/lite|\/sheets)?$/.test(s));
    expect(other.filter((s) => !s.startsWith("node:") && !/^\.\/[^/]+\.json$/.test(s))).toEqual([]);
  });
});
