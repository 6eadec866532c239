/**
 * docs/cli.md shows only what the CLI prints: every `$ sla-clock …` example whose output the page
 * gives in full (no `…`) and whose input files it gives too is run here, and its output compared
 * line by line (JSON output as JSON: the page wraps it). An example that drifts from the code (a
 * preset's holidays changed, a message reworded) fails here instead of misleading a reader.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/adapters/cli/runCli.js";
import { memoryIo } from "./memoryIo.js";

const page = readFileSync(fileURLToPath(new URL("../../../docs/cli.md", import.meta.url)), "utf8");

/** The input files the page defines inline: "(`NAME`: `CONTENT`.)". */
const files: Record<string, string> = Object.fromEntries([...page.matchAll(/^\(`([\w.-]+\.json)`: `(.+)`\.\)$/gm)].map((m) => [m[1]!, m[2]!]));

interface Example {
  readonly argv: string[];
  readonly expected: string;
}

/** The `$ sla-clock …` commands of the page's console blocks, each with the lines it prints. */
function examples(): Example[] {
  const out: Example[] = [];
  for (const block of page.matchAll(/```console\n([\s\S]*?)```/g)) {
    const lines = block[1]!.replace(/\n$/, "").split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.startsWith("$ ")) continue;
      let j = i + 1;
      while (j < lines.length && !lines[j]!.startsWith("$ ")) j++;
      const command = lines[i]!.slice(2).split(" ");
      if (command[0] === "sla-clock") out.push({ argv: command.slice(1), expected: lines.slice(i + 1, j).join("\n") });
      i = j - 1;
    }
  }
  return out;
}

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { io, out, err } = memoryIo(files, Date.UTC(2026, 10, 30, 11));
  const code = await runCli(argv, io, "0.0.0");
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const complete = examples().filter((e) => !e.expected.includes("…") && e.argv.every((a) => !a.endsWith(".json") && !a.endsWith(".csv") || a in files));

describe("docs/cli.md examples print what the page shows", () => {
  it("finds the page's complete examples (deadline, explain of a deadline and of a ticket)", () => {
    expect(complete.map((e) => e.argv.slice(0, 2).join(" "))).toEqual(
      expect.arrayContaining(["deadline --severity", "explain --severity", "explain t-88.json"]),
    );
    expect(complete.length).toBeGreaterThanOrEqual(4);
  });

  it.each(complete.map((e) => [e.argv.join(" "), e] as const))("sla-clock %s", async (_, e) => {
    const r = await run(e.argv);
    expect(r.code).toBe(0);
    const shown = (r.stdout + (r.stderr === "" ? "" : `\n${r.stderr}`)).replace(/\n+$/, "");
    if (e.expected.startsWith("{")) expect(JSON.parse(shown)).toEqual(JSON.parse(e.expected));
    else expect(shown).toBe(e.expected);
  });
});
