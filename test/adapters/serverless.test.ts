/**
 * The serverless example, called in-process with real Web `Request`s, and the built lite bundle
 * run in a bare realm (no Node built-ins), as an edge runtime would.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import handlerModule, { createHandler, handler } from "../../examples/serverless/handler.js";
import policyJson from "../../examples/serverless/policy.json";
import { presets } from "../../src/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

const post = (path: string, body: unknown, init: RequestInit = {}) =>
  handler(new Request(`https://sla.example${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body), ...init }));

describe("POST /deadline", () => {
  it("answers the deadline as JSON", async () => {
    const res = await post("/deadline", { severity: "sev1", start: "2026-11-27T21:30" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ severity: "sev1", metric: "firstResponse", start: "2026-11-27T21:30", timezone: "America/Toronto", deadline: "2026-11-30T10:30:00.000Z" });
  });

  it("knows the expanded holidays: Christmas (Fri) and Boxing Day observed (Mon 28)", async () => {
    // 1h on Thursday 21:00–22:00, then 04:00–05:00 EST on Tuesday 29
    const res = await post("/deadline", { severity: "sev1", start: "2026-12-24T21:00" });
    expect((await res.json()).deadline).toBe("2026-12-29T10:00:00.000Z");
  });

  it("answers null for a metric without a target", async () => {
    expect((await (await post("/deadline", { severity: "sev1", start: "2026-11-27T21:30", metric: "resolution" })).json()).deadline).toBeNull();
  });

  it("400s with every issue for a bad body", async () => {
    const res = await post("/deadline", { severity: "sev9", metric: "eventually" });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toBe("invalid body");
    expect(body.issues.map((i: { path: unknown[] }) => i.path)).toEqual([["severity"], ["start"], ["metric"]]);
    expect(body.issues[0].message).toMatch(/unknown severity "sev9"; use one of sev1, sev2, sev3, sev4/);
  });

  it("400s with the library's message for an unparsable instant", async () => {
    const res = await post("/deadline", { severity: "sev1", start: "next tuesday" });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.issues).toEqual([{ path: ["start"], message: expect.stringMatching(/^start: "next tuesday" is not an ISO 8601/) }]);
  });
});

describe("POST /evaluate", () => {
  const ticket = { id: "T-1", createdAt: "2026-11-27T21:30", severity: "sev1", events: [{ type: "response", at: "2026-11-30T05:00" }] };

  it("evaluates one ticket", async () => {
    const res = await post("/evaluate", { ticket, now: "2026-11-30T06:00" });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toMatchObject({ id: "T-1", severity: "sev1", state: "open", breached: false, metrics: { firstResponse: { status: "met" } } });
  });

  it("evaluates many tickets and lists breaches", async () => {
    const res = await post("/evaluate", { tickets: [ticket, { id: "T-2", createdAt: "2026-11-27T21:30", severity: "sev1" }], now: "2026-11-30T06:00" });
    const body = await res.json();
    expect(body.statuses).toHaveLength(2);
    expect(body.breaches).toEqual([{ ticketId: "T-2", metric: "firstResponse", breachedAt: "2026-11-30T10:30:00.000Z" }]);
  });

  it("defaults now to the time of the request", async () => {
    const res = await post("/evaluate", { ticket: { createdAt: "2025-01-06T09:00", severity: "sev1" } });
    expect((await res.json()).status.metrics.firstResponse.status).toBe("breached");
  });

  it("400s with paths for bad tickets, including the library's own checks", async () => {
    const bad = await (await post("/evaluate", { tickets: [{ createdAt: "2026-11-27", severity: "sev1", events: [{ type: "response" }] }, 5] })).json();
    expect(bad.issues.map((i: { path: unknown[] }) => i.path)).toEqual([["tickets", 0, "events", 0, "at"], ["tickets", 1]]);
    const early = await post("/evaluate", { tickets: [{ createdAt: "2026-11-27T10:00", severity: "sev1", events: [{ type: "response", at: "2026-11-27T09:00" }] }], now: "2026-11-30" });
    expect(early.status).toBe(400);
    expect((await early.json()).issues[0].path).toEqual(["tickets", 0, "events", 0, "at"]);
    const both = await post("/evaluate", { ticket, tickets: [] });
    expect((await both.json()).issues).toEqual([{ path: [], message: 'give either "ticket" (one) or "tickets" (an array)' }]);
  });
});

describe("HTTP edges", () => {
  it("rejects non-JSON, non-objects, other methods, other routes and big bodies", async () => {
    expect((await post("/deadline", "{nope")).status).toBe(400);
    expect((await post("/deadline", "[1]")).status).toBe(400);
    const get = await handler(new Request("https://sla.example/deadline"));
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect((await post("/nowhere", {})).status).toBe(404);
    expect((await post("/deadline", JSON.stringify({ pad: "x".repeat(1_000_001) }))).status).toBe(413);
  });

  it("exports the Workers shape, and refuses region holidays at creation (lite)", () => {
    expect(handlerModule.fetch).toBe(handler);
    expect(() => createHandler(presets.auvikSupportV2)).toThrow(/holidays\[0\]\.region/);
    expect(() => createHandler(policyJson)).not.toThrow();
  });
});

describe("the built lite bundle (dist/lite.js)", () => {
  let bundle = "";

  beforeAll(async () => {
    // dist/ is built (or rebuilt when stale) once per run by test/support/buildDist.ts (globalSetup).
    // Follow dist/lite.js's imports (its chunks, luxon, zod) into one script, with no Node built-ins allowed.
    const result = await build({
      entryPoints: [`${root}dist/lite.js`],
      bundle: true,
      format: "iife",
      globalName: "SlaClockLite",
      platform: "neutral",
      mainFields: ["module", "main"],
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.filter((p) => /date-holidays|astronomia|caldate/.test(p))).toEqual([]);
    bundle = result.outputFiles[0]!.text;
  });

  it("never reaches date-holidays", () => {
    const text = readFileSync(`${root}dist/lite.js`, "utf8");
    expect(text).not.toMatch(/date-holidays/);
  });

  it("imports no zod module at run time: the tree-shaken part of zod/mini is bundled into dist", () => {
    const imports = (file: string): string[] => {
      const text = readFileSync(`${root}dist/${file}`, "utf8");
      const esm = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gm)];
      const cjs = [...text.matchAll(/\brequire\(["']([^"']+)["']\)/g)];
      return [...esm, ...cjs].map((m) => m[1]!);
    };
    const seen = new Set<string>();
    const queue = ["lite.js", "lite.cjs"];
    const external: string[] = [];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const spec of imports(file)) {
        if (spec.startsWith("./")) queue.push(spec.slice(2));
        else external.push(spec);
      }
    }
    expect(seen.size).toBeGreaterThan(2); // the entries and their chunks were followed
    expect(external).toEqual([]);
  });

  it("its policySchema composes with the caller's own zod/mini", async () => {
    const z = await import("zod/mini");
    const lite = await import(`${root}dist/lite.js`);
    const wrapped = z.object({ policy: lite.policySchema, note: z.string() });
    expect(wrapped.safeParse({ policy: lite.presets.auvikSupportV2, note: "x" }).success).toBe(true);
    expect(wrapped.safeParse({ policy: { timezone: "Mars/Base", hours: "24x7" }, note: "x" }).success).toBe(false);
    expect(lite.policySchema instanceof z.ZodMiniType).toBe(true);
  });

  it("runs in a bare realm without Node built-ins or string code generation", () => {
    const context = vm.createContext({ policyJson: JSON.stringify(policyJson) }, { codeGeneration: { strings: false, wasm: false } });
    vm.runInContext(bundle, context);
    const out = vm.runInContext(
      `typeof require + "|" + typeof process + "|" + (() => {
        const p = SlaClockLite.definePolicy(JSON.parse(policyJson));
        return SlaClockLite.computeDeadline(p, { severity: "sev1", start: "2026-12-24T21:00" }).toISOString();
      })()`,
      context,
    );
    expect(out).toBe("undefined|undefined|2026-12-29T10:00:00.000Z");
  });
});
