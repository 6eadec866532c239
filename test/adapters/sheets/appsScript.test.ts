/**
 * dist/apps-script/ tested the way Google runs it: both files loaded as classic scripts into a
 * fresh V8 context with no require, process, timers or string code generation, called with that
 * realm's Dates and arrays.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const dir = `${root}dist/apps-script/`;

let library = "";
let functions = "";

/** A fresh Apps-Script-like realm with both files loaded; `run` evaluates code in it. */
function loadRealm() {
  const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(library, context, { filename: "sla-clock.js" });
  vm.runInContext(functions, context, { filename: "functions.js" });
  return { context, run: <T>(code: string): T => vm.runInContext(code, context) as T };
}

beforeAll(() => {
  // dist/ is built (or rebuilt when stale) once per run by test/support/buildDist.ts (globalSetup).
  library = readFileSync(`${dir}sla-clock.js`, "utf8");
  functions = readFileSync(`${dir}functions.js`, "utf8");
});

describe("dist/apps-script files", () => {
  it("are classic scripts: no import/export, require, timers or date-holidays", () => {
    const forbidden = {
      "import/export": /^\s*(import|export)\s/m,
      require: /\brequire\s*\(/,
      timers: /\bset(Timeout|Interval|Immediate)\s*\(/,
      "date-holidays code": /getHolidays\s*\(|date-holidays-parser|astronomia|caldate/,
      "dynamic code": /\bnew Function\s*\(|\beval\s*\(/,
    };
    for (const [file, code] of [["sla-clock.js", library], ["functions.js", functions]] as const) {
      for (const [what, re] of Object.entries(forbidden)) expect(re.test(code), `${file}: ${what}`).toBe(false);
    }
    expect(() => new vm.Script(library)).not.toThrow();
  });

  it("declare every function as a top-level @customfunction with its arguments", () => {
    const expected = {
      SLA_DEADLINE: "created, severity, metric, policy, holidays",
      SLA_STATUS: "created, severity, responded, as_of, policy, holidays",
      SLA_REMAINING: "created, severity, as_of, policy, holidays",
      SLA_BUSINESS_HOURS: "start, end, policy, holidays",
      SLA_ADD_BUSINESS_HOURS: "start, hours, policy, holidays",
      SLA_IS_OPEN: "at, policy, holidays",
      SLA_BUSINESS_DAYS: "start, end, policy, holidays",
      SLA_INFO: "policy",
    };
    for (const [name, params] of Object.entries(expected)) {
      const block = new RegExp(`/\\*\\*(?:(?!\\*/)[\\s\\S])*@customfunction\\s*\\*/\\nfunction ${name}\\(${params}\\) \\{`);
      expect(functions, name).toMatch(block);
    }
    expect(functions.match(/@customfunction/g)).toHaveLength(8);
    expect(functions).toMatch(/@param \{string\} metric \(optional\)/);
  });

  it("sla-clock.js is readable in the script editor: not minified, named functions, short lines", () => {
    const lines = library.split("\n");
    expect(lines.length).toBeGreaterThan(1000);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(400);
    expect(library).toMatch(/^ {2}function computeDeadline\(p, options\) \{$/m);
    expect(library).toMatch(/^ {2}function createSheetFunctions\(env\) \{$/m);
  });

  it("are under 62 KB gzipped together", () => {
    // 62 KB since explainTicket (CONTRACT §11) joined the lite API that SlaClock exposes (~0.75 KB gzip, unminified)
    const size = gzipSync(library + functions, { level: 9 }).length;
    expect(size).toBeLessThan(62 * 1024);
  });

  it("define the global SlaClock with the lite API, and nothing that needs Node", () => {
    const { run } = loadRealm();
    expect(run("typeof SlaClock.definePolicy + typeof SlaClock.addBusinessTime + typeof SlaClock.sheets.SLA_DEADLINE")).toBe("functionfunctionfunction");
    expect(run("typeof require + typeof process + typeof setTimeout")).toBe("undefinedundefinedundefined");
    expect(() => run('eval("1")')).toThrow(/Code generation from strings disallowed/);
  });
});

describe("custom functions in a bare realm", () => {
  it("SLA_DEADLINE takes that realm's Dates, serials, text and 2-D ranges", () => {
    const { run } = loadRealm();
    const iso = (code: string) => run<string>(`(${code}).toISOString()`);
    expect(iso('SLA_DEADLINE(new Date("2026-11-28T02:30:00Z"), "sev1")')).toBe("2026-11-30T10:30:00.000Z");
    expect(iso('SLA_DEADLINE(46353 + 21.5 / 24, "sev1")')).toBe("2026-11-30T10:30:00.000Z");
    expect(iso('SLA_DEADLINE("2026-11-27T21:30", "sev1")')).toBe("2026-11-30T10:30:00.000Z");
    const grid = run<string>(`JSON.stringify(SLA_DEADLINE([[new Date("2026-11-28T02:30:00Z")], [""], ["junk"], [46356.5]], [["sev1"], ["sev1"], ["sev1"], ["sev2"]]))`);
    expect(JSON.parse(grid)).toEqual([["2026-11-30T10:30:00.000Z"], [""], [expect.stringMatching(/^ERROR: created: "junk"/)], ["2026-11-30T21:00:00.000Z"]]);
    expect(run("Object.prototype.toString.call(SLA_DEADLINE(new Date(\"2026-11-28T02:30:00Z\"), \"sev1\"))")).toBe("[object Date]");
  });

  it("a bad single-value call throws a clear Error", () => {
    const { run } = loadRealm();
    expect(() => run('SLA_DEADLINE("someday", "sev1")')).toThrow(/^SLA_DEADLINE: created: "someday" is not an ISO 8601/);
    expect(() => run('SLA_BUSINESS_HOURS("2026-11-27", "2026-11-30", "nope")')).toThrow(/SLA_BUSINESS_HOURS: policy "nope" is neither policy JSON nor a preset/);
  });

  it("every other function answers single values and ranges", () => {
    const { run } = loadRealm();
    const json = (code: string) => JSON.parse(run<string>(`JSON.stringify(${code})`));
    expect(run('SLA_STATUS(new Date("2026-11-28T02:30:00Z"), "sev1", new Date("2026-11-30T10:00:00Z"), new Date("2026-11-30T12:00:00Z"))')).toBe("met");
    expect(json('SLA_STATUS([["2026-11-27T21:30"],["2026-11-27T21:30"],[""]], "sev1", [[""],["2026-11-30T06:00"],[""]], "2026-11-30T07:00")')).toEqual([["breached"], ["breached"], [""]]);
    expect(run('SLA_REMAINING("2026-11-27T21:30", "sev1", "2026-11-30T05:00")')).toBe(0.5);
    expect(json('SLA_BUSINESS_HOURS([["2026-11-27T21:30", ""]], "2026-11-30T05:30")')).toEqual([[2, ""]]);
    expect(run('SLA_ADD_BUSINESS_HOURS("2026-11-27T21:30", 2).toISOString()')).toBe("2026-11-30T10:30:00.000Z");
    expect(json('SLA_IS_OPEN([[new Date("2026-11-27T09:00:00Z")], [new Date("2026-11-28T15:00:00Z")]])')).toEqual([[true], [false]]);
    expect(run('SLA_BUSINESS_DAYS("2026-11-23", "2026-11-29", "", [[new Date("2026-11-24T05:00:00Z")]])')).toBe(4);
    expect(run("SLA_INFO()")).toMatch(/^sla-clock [\d.]+ \| Customer Support Policy v2\.0 \| America\/Toronto \| preset holidays expanded for 2020-2040$/);
    expect(run('SLA_DEADLINE("2026-11-27T21:30", "p1", "", \'{"timezone":"UTC","hours":"24x7","severities":{"p1":{"targets":{"firstResponse":"1h"}}}}\').toISOString()')).toBe("2026-11-27T22:30:00.000Z");
  });

  it("the embedded preset closes Ontario holidays 2020–2040", () => {
    const { run } = loadRealm();
    expect(run('SLA_IS_OPEN("2020-12-25T10:00")')).toBe(false);
    expect(run('SLA_IS_OPEN("2040-12-25T10:00")')).toBe(false);
    expect(run('SLA_IS_OPEN("2040-12-24T10:00")')).toBe(true);
  });

  it("answers 5,000 rows in one call well under half a second, even the first call", () => {
    const { run } = loadRealm();
    run(`var created = []; var sev = []; var start = Date.UTC(2026, 0, 5, 14);
      for (var i = 0; i < 5000; i++) { created.push([new Date(start + i * 37 * 60000)]); sev.push(["sev" + (1 + i % 4)]); }`);
    const time = (code: string) => {
      const t0 = performance.now();
      expect(run<number>(code)).toBe(5000);
      return performance.now() - t0;
    };
    const cold = time("SLA_DEADLINE(created, sev).length"); // compiles the policy and its year caches too
    const deadline = time("SLA_DEADLINE(created, sev).length");
    const status = time('SLA_STATUS(created, sev, "", new Date(Date.UTC(2026, 3, 1))).length');
    expect(cold).toBeLessThan(500);
    expect(deadline).toBeLessThan(500);
    expect(status).toBeLessThan(500);
    console.log(`apps-script, 5,000 rows per call: SLA_DEADLINE first call ${cold.toFixed(0)} ms, then ${deadline.toFixed(0)} ms; SLA_STATUS ${status.toFixed(0)} ms`);
  });
});
