/**
 * dist/warehouse/ tested in three engines: Node's own realm (the script called directly), a bare
 * `node:vm` realm (nothing but the script; also with `Intl` removed) and QuickJS
 * (`quickjs-emscripten`, an engine with no `Intl` at all, standing in for a warehouse's
 * JavaScript). Every answer is compared with the library's own functions, computed here with the
 * full entry (region holidays from date-holidays, zone offsets from Node's Intl).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { getQuickJS } from "quickjs-emscripten";
import type { QuickJSWASMModule } from "quickjs-emscripten";
import { beforeAll, describe, expect, it } from "vitest";
import { businessTimeBetween, computeDeadline, definePolicy, evaluateTicket, isBusinessTime, presets } from "../../../src/index.js";
import * as lite from "../../../src/lite.js";
import { getZoneRules } from "../../../src/time/zoneRules.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const dir = `${root}dist/warehouse/`;
let script = "";
let bigquery = "";
let snowflake = "";
let quickjs: QuickJSWASMModule;

beforeAll(async () => {
  // dist/ is built (or rebuilt when stale) once per run by test/support/buildDist.ts (globalSetup).
  script = readFileSync(`${dir}sla-clock-udf.js`, "utf8");
  bigquery = readFileSync(`${dir}bigquery.sql`, "utf8");
  snowflake = readFileSync(`${dir}snowflake.sql`, "utf8");
  quickjs = await getQuickJS();
});

/** One call of a UDF function: instants as epoch ms, passed into the engine as that realm's Dates. */
type Call =
  | { fn: "sla_deadline"; policy: string; severity: string; at: number; metric?: string }
  | { fn: "sla_business_ms"; policy: string; at: number; end: number }
  | { fn: "sla_is_open"; policy: string; at: number }
  | { fn: "sla_evaluate"; policy: string; ticket: string; at: number };

/**
 * Runs inside each engine (as source text): every call's answer as JSON-friendly data; a thrown
 * error as its class name and message.
 */
const DRIVER = `function runCalls(calls) {
  return JSON.stringify(calls.map(function (c) {
    try {
      var at = new Date(c.at);
      if (c.fn === "sla_deadline") {
        var d = c.metric === undefined ? SlaClockUdf.sla_deadline(c.policy, c.severity, at) : SlaClockUdf.sla_deadline(c.policy, c.severity, at, c.metric);
        return { value: d === null ? null : d.getTime() };
      }
      if (c.fn === "sla_business_ms") return { value: SlaClockUdf.sla_business_ms(c.policy, at, new Date(c.end)) };
      if (c.fn === "sla_is_open") return { value: SlaClockUdf.sla_is_open(c.policy, at) };
      return { value: SlaClockUdf.sla_evaluate(c.policy, c.ticket, at) };
    } catch (e) {
      return { error: e.name + ": " + e.message };
    }
  }));
}`;

type Answer = { value?: unknown; error?: string };

/** The library's own answer to a call, computed here. */
function expected(c: Call): Answer {
  try {
    const p = c.policy.startsWith("{") ? definePolicy(JSON.parse(c.policy)) : definePolicy(presets[c.policy as keyof typeof presets]);
    switch (c.fn) {
      case "sla_deadline": {
        const d = computeDeadline(p, { severity: c.severity, start: c.at, metric: (c.metric ?? "firstResponse") as never });
        return { value: d === null ? null : d.getTime() };
      }
      case "sla_business_ms":
        return { value: businessTimeBetween(p, c.at, c.end) };
      case "sla_is_open":
        return { value: isBusinessTime(p, c.at) };
      case "sla_evaluate":
        return { value: JSON.stringify(evaluateTicket(p, JSON.parse(c.ticket), c.at)) };
    }
  } catch (e) {
    return { error: `${(e as Error).name}: ${(e as Error).message}` };
  }
}

/** The script and driver run in Node's own realm: the functions called directly. */
function inNode(calls: readonly Call[]): Answer[] {
  const run = new Function(`${script}\n${DRIVER}\nreturn runCalls;`)() as (c: readonly Call[]) => string;
  return JSON.parse(run(calls)) as Answer[];
}

/** The script alone in a fresh V8 realm; `withoutIntl` deletes the realm's Intl first. */
function inVm(calls: readonly Call[], withoutIntl = false): Answer[] {
  const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
  if (withoutIntl) vm.runInContext("delete globalThis.Intl;", context);
  vm.runInContext(script, context, { filename: "sla-clock-udf.js" });
  vm.runInContext(DRIVER, context);
  context["callsJson"] = JSON.stringify(calls);
  return JSON.parse(vm.runInContext("runCalls(JSON.parse(callsJson))", context) as string) as Answer[];
}

/** The script (or `library`) in QuickJS (no Intl); `code` after it, the result of `expression` as a string. */
function quick(code: string, expression: string, library = script): string {
  const context = quickjs.newContext();
  try {
    const loaded = context.evalCode(`${library}\n${code}\nglobalThis.SlaClockUdf = SlaClockUdf;`, "sla-clock-udf.js");
    context.unwrapResult(loaded).dispose();
    const result = context.unwrapResult(context.evalCode(expression));
    const text = context.getString(result);
    result.dispose();
    return text;
  } finally {
    context.dispose();
  }
}

function inQuickJs(calls: readonly Call[], library = script): Answer[] {
  return JSON.parse(quick(DRIVER, `runCalls(${JSON.stringify(calls)})`, library)) as Answer[];
}

const PRESET = "auvikSupportV2";
const HOUR = 3_600_000;
const zone = presets.auvikSupportV2.timezone;

/** The instants where the preset's zone changes offset in `year` (from Node's Intl, via the library). */
function offsetChanges(year: number): number[] {
  const rules = getZoneRules(zone);
  const changes: number[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += HOUR) {
    if (rules.offsetAt(t) !== rules.offsetAt(t + HOUR)) changes.push(t + HOUR);
  }
  return changes;
}

/** Calls around both DST changes of the preset's zone in 2026: every 53 minutes, two days each side. */
function dstCalls(): Call[] {
  const changes = offsetChanges(2026);
  expect(changes).toHaveLength(2); // spring forward and fall back
  const calls: Call[] = [];
  const severities = Object.keys(presets.auvikSupportV2.severities ?? {});
  let i = 0;
  for (const change of changes) {
    for (let t = change - 48 * HOUR; t <= change + 48 * HOUR; t += 53 * 60_000, i++) {
      const severity = severities[i % severities.length]!;
      calls.push({ fn: "sla_deadline", policy: PRESET, severity, at: t });
      calls.push({ fn: "sla_is_open", policy: PRESET, at: t });
      calls.push({ fn: "sla_business_ms", policy: PRESET, at: t, end: t + ((i % 7) - 2) * 11 * HOUR });
      if (i % 5 === 0) {
        calls.push({ fn: "sla_evaluate", policy: PRESET, ticket: JSON.stringify({ id: `T-${i}`, severity, createdAt: new Date(t).toISOString() }), at: t + 30 * HOUR });
      }
    }
  }
  return calls;
}

/** Holidays (observed days) and year ends of the preset, errors and metrics without a target. */
function otherCalls(): Call[] {
  const t = (iso: string) => Date.parse(iso);
  return [
    { fn: "sla_deadline", policy: PRESET, severity: "sev1", at: t("2026-12-24T20:30:00Z") }, // Christmas, Boxing Day observed
    { fn: "sla_deadline", policy: PRESET, severity: "sev3", at: t("2026-12-31T20:00:00Z") }, // New Year
    { fn: "sla_deadline", policy: PRESET, severity: "sev2", at: t("2027-06-30T23:00:00Z") }, // Canada Day
    { fn: "sla_deadline", policy: PRESET, severity: "sev1", at: t("2026-11-28T02:30:00Z"), metric: "resolution" }, // no target: null
    { fn: "sla_deadline", policy: PRESET, severity: "sev9", at: t("2026-11-28T02:30:00Z") }, // unknown severity
    { fn: "sla_deadline", policy: PRESET, severity: "sev1", at: t("2026-11-28T02:30:00Z"), metric: "bogus" }, // unknown metric
    { fn: "sla_business_ms", policy: PRESET, at: t("2026-12-20T00:00:00Z"), end: t("2027-01-10T00:00:00Z") },
    { fn: "sla_evaluate", policy: PRESET, ticket: "{\"severity\":\"sev2\"}", at: t("2026-11-30T15:00:00Z") }, // no createdAt
    {
      fn: "sla_deadline",
      policy: JSON.stringify({ timezone: "America/Toronto", hours: "24x7", severities: { p1: { targets: { firstResponse: "90m" } } } }),
      severity: "p1",
      at: t("2026-03-08T06:30:00Z"),
    },
  ];
}

describe("dist/warehouse/sla-clock-udf.js", () => {
  it("is one classic script under 1 MB: no import/export, require, timers or date-holidays", () => {
    expect(Buffer.byteLength(script)).toBeLessThan(1024 * 1024);
    expect(() => new vm.Script(script)).not.toThrow();
    for (const [what, re] of Object.entries({
      "import/export": /^\s*(import|export)\s/m,
      require: /\brequire\s*\(/,
      timers: /\bset(Timeout|Interval|Immediate)\s*\(/,
      "date-holidays code": /getHolidays\s*\(|date-holidays-parser|astronomia|caldate/,
    })) expect(re.test(script), what).toBe(false);
  });

  it("defines the global SlaClockUdf with the four functions, the preset holiday years and the embedded zones", () => {
    const context = vm.createContext({});
    vm.runInContext(script, context);
    const udf = vm.runInContext("SlaClockUdf", context) as Record<string, unknown>;
    for (const name of ["sla_deadline", "sla_business_ms", "sla_is_open", "sla_evaluate"]) expect(typeof udf[name], name).toBe("function");
    const embedded = udf["embeddedZones"] as { names: string[]; from: number; to: number };
    expect([...embedded.names]).toEqual(["UTC", zone]);
    expect(embedded.from).toBeLessThanOrEqual(1970);
    expect(embedded.to).toBeGreaterThanOrEqual(2100);
    expect({ ...(udf["holidayYears"] as object) }).toEqual({ from: 2020, to: 2040 });
  });

  it("QuickJS, the stand-in engine, has no Intl at all", () => {
    expect(quick("", "typeof Intl")).toBe("undefined");
  });

  it("answers the preset's cases across both DST changes of its zone exactly as the library does, in Node, a bare vm realm (with and without Intl) and QuickJS", () => {
    const calls = [...dstCalls(), ...otherCalls()];
    expect(calls.length).toBeGreaterThan(600);
    const want = calls.map(expected);
    // the cases are not vacuous: deadlines, open and closed instants, business time and errors all occur
    expect(want.filter((a) => typeof a.value === "number" && a.value > 0).length).toBeGreaterThan(100);
    expect(new Set(want.map((a) => a.value === true)).size).toBe(2);
    expect(want.filter((a) => a.error !== undefined).length).toBe(3);
    expect(inNode(calls)).toEqual(want);
    expect(inVm(calls)).toEqual(want);
    expect(inVm(calls, true)).toEqual(want);
    expect(inQuickJs(calls)).toEqual(want);
  });

  it("a zone the script does not embed is a PolicyError saying how to embed it, where the engine has no Intl for it", () => {
    const berlin = JSON.stringify({ timezone: "Europe/Berlin", hours: "24x7", severities: { p1: { targets: { firstResponse: "1h" } } } });
    const call: Call = { fn: "sla_deadline", policy: berlin, severity: "p1", at: Date.UTC(2026, 2, 29, 0, 30) };
    for (const [engine, [answer]] of [["QuickJS", inQuickJs([call])], ["vm without Intl", inVm([call], true)]] as const) {
      expect(answer!.error, engine).toMatch(/^PolicyError: /);
      expect(answer!.error, engine).toContain("timezone: \"Europe/Berlin\" is not a time zone this build embeds (UTC, America/Toronto)");
      expect(answer!.error, engine).toContain("--zones Zone/Name");
      expect(answer!.error, engine).toContain("SLA_CLOCK_UDF_ZONES=");
    }
    // where the engine's Intl knows the zone, the script asks it, and agrees with the library
    expect(inVm([call])).toEqual([expected(call)]);
    expect(expected(call).value).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });

  it("where the engine's Intl knows zones, a misspelt zone is not an IANA time zone (no advice to embed it)", () => {
    const typo = JSON.stringify({ timezone: "America/Torono", hours: "24x7", severities: { p1: { targets: { firstResponse: "1h" } } } });
    const [answer] = inVm([{ fn: "sla_deadline", policy: typo, severity: "p1", at: Date.UTC(2026, 0, 1) }]);
    expect(answer!.error).toContain('timezone: "America/Torono" is not an IANA time zone; use e.g. "America/Toronto" or "UTC"');
    expect(answer!.error).not.toContain("embed");
  });

  it("names a timestamp outside the supported years as the SQL argument it came in, shown as a timestamp", () => {
    const call: Call = { fn: "sla_deadline", policy: PRESET, severity: "sev1", at: Date.UTC(12000, 0, 1) };
    for (const [engine, [answer]] of [["QuickJS", inQuickJs([call])], ["vm", inVm([call])]] as const) {
      expect(answer!.error, engine).toBe("InputError: created: +012000-01-01T00:00:00.000Z is outside the supported years 1000–9999");
    }
  });

  it("knows UTC's other names (Etc/UTC, GMT) without Intl, as engines with Intl do", () => {
    for (const timezone of ["Etc/UTC", "GMT", "etc/utc"]) {
      const policy = JSON.stringify({ timezone, hours: { mon: [["09:00", "17:00"]] }, severities: { p1: { targets: { firstResponse: "1h" } } } });
      const call: Call = { fn: "sla_deadline", policy, severity: "p1", at: Date.UTC(2026, 10, 30, 16, 30) };
      const want = expected(call);
      expect(want.value, timezone).toBe(Date.UTC(2026, 11, 7, 9, 30));
      for (const [engine, [answer]] of [["QuickJS", inQuickJs([call])], ["vm without Intl", inVm([call], true)]] as const) expect(answer, `${timezone} in ${engine}`).toEqual(want);
    }
  });

  it("docs/warehouses.md shows the error for a zone not embedded as QuickJS gives it", () => {
    const berlin = JSON.stringify({ timezone: "Europe/Berlin", hours: "24x7", severities: { p1: { targets: { firstResponse: "1h" } } } });
    const [answer] = inQuickJs([{ fn: "sla_deadline", policy: berlin, severity: "p1", at: Date.UTC(2026, 2, 29) }]);
    const doc = readFileSync(`${root}docs/warehouses.md`, "utf8");
    const shown = /```text\n(Invalid policy[\s\S]*?)\n```/.exec(doc)?.[1];
    expect(`PolicyError: ${shown}`).toBe(answer!.error);
  });

  it("built with --zones Europe/Berlin, answers Berlin policies in QuickJS across its DST changes as the library does", () => {
    const out = mkdtempSync(join(tmpdir(), "sla-clock-udf-"));
    try {
      execFileSync(process.execPath, ["--import", "tsx", `${root}scripts/build-warehouse.ts`, "--zones", "Europe/Berlin", "--out", out], { cwd: root, stdio: "pipe" });
      const library = readFileSync(join(out, "sla-clock-udf.js"), "utf8");
      expect(library).toContain("Embedded zone rules: UTC, America/Toronto, Europe/Berlin");
      const berlin = JSON.stringify({ timezone: "Europe/Berlin", hours: { mon: [["08:00", "18:00"]], sun: [["01:00", "04:00"]] }, severities: { p1: { targets: { firstResponse: "3h" } } } });
      const calls: Call[] = [];
      for (let t = Date.UTC(2026, 2, 27); t < Date.UTC(2026, 2, 31); t += 47 * 60_000) calls.push({ fn: "sla_deadline", policy: berlin, severity: "p1", at: t });
      for (let t = Date.UTC(2026, 9, 23); t < Date.UTC(2026, 9, 27); t += 47 * 60_000) calls.push({ fn: "sla_business_ms", policy: berlin, at: t, end: t + 30 * HOUR });
      const want = calls.map(expected);
      expect(want.every((a) => a.error === undefined)).toBe(true);
      expect(inQuickJs(calls, library)).toEqual(want);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it("carries the presets with their holidays for holidayYears 2020–2040: outside them it refuses as sla-clock/lite does", () => {
    const at = Date.UTC(2045, 5, 1, 15);
    const [answer] = inQuickJs([{ fn: "sla_deadline", policy: PRESET, severity: "sev1", at }]);
    let liteError = "";
    try {
      lite.computeDeadline(lite.definePolicy(lite.presets.auvikSupportV2), { severity: "sev1", start: at });
    } catch (e) {
      liteError = `${(e as Error).name}: ${(e as Error).message}`;
    }
    expect(liteError).toMatch(/^HorizonError: .*2020.*2040/);
    expect(answer!.error).toBe(liteError);
    expect(lite.presets.auvikSupportV2.holidayYears).toEqual([2020, 2040]);
  });

  it("an instant outside the embedded years is a HorizonError naming the zone and the years", () => {
    const [answer] = inQuickJs([{ fn: "sla_is_open", policy: PRESET, at: Date.UTC(2350, 0, 1) }]);
    expect(answer!.error).toMatch(/^HorizonError: "America\/Toronto": .*outside the years 1898–2301 \(UTC\)/);
  });

  it("answers every instant of 1900–2299 in an embedded zone with DST, the first and last local years included", () => {
    // (regression: the tables stopped at 1900–2299, and a local year's calendar reads a day of its
    // neighbours, so all of 1900 and 2299 in Toronto was refused)
    const toronto = JSON.stringify({ timezone: "America/Toronto", hours: { mon: [["09:00", "17:00"]], sat: [["00:00", "24:00"]] } });
    const instants = [Date.UTC(1900, 0, 1), Date.UTC(1900, 5, 4, 15), Date.UTC(1900, 0, 6, 12), Date.UTC(2299, 5, 5, 15), Date.UTC(2299, 11, 31, 23, 59, 59, 999), Date.UTC(2299, 11, 28, 14)];
    const calls: Call[] = instants.map((at) => ({ fn: "sla_is_open", policy: toronto, at }));
    calls.push({ fn: "sla_business_ms", policy: toronto, at: Date.UTC(1900, 0, 1), end: Date.UTC(1900, 1, 1) });
    calls.push({ fn: "sla_business_ms", policy: toronto, at: Date.UTC(2299, 11, 1), end: Date.UTC(2300, 0, 1) });
    const answers = inQuickJs(calls);
    expect(answers).toEqual(calls.map(expected));
    for (const a of answers) expect(a.error).toBeUndefined();
  });

  it("takes epoch ms as well as Dates, gives null for a NULL argument, and names a bad instant", () => {
    const t = Date.UTC(2026, 10, 28, 2, 30);
    const out = JSON.parse(quick("", `JSON.stringify([
      SlaClockUdf.sla_deadline("${PRESET}", "sev1", ${t}).getTime(),
      SlaClockUdf.sla_deadline("${PRESET}", "sev1", null),
      SlaClockUdf.sla_deadline("${PRESET}", "sev1", new Date(${t}), null),
      SlaClockUdf.sla_is_open(null, new Date(${t})),
      (function () { try { SlaClockUdf.sla_is_open("${PRESET}", "tomorrow"); } catch (e) { return e.name + ": " + e.message; } })(),
      (function () { try { SlaClockUdf.sla_is_open("${PRESET}", new Date(NaN)); } catch (e) { return e.name + ": " + e.message; } })()
    ])`)) as unknown[];
    expect(out).toEqual([
      computeDeadline(definePolicy(presets.auvikSupportV2), { severity: "sev1", start: t })!.getTime(),
      null,
      null,
      null,
      'InputError: at: "tomorrow" is not an instant; pass a timestamp (a JavaScript Date) or epoch milliseconds',
      "InputError: at: Invalid Date; pass a valid timestamp (a JavaScript Date) or epoch milliseconds",
    ]);
  });
});

/** The `CREATE FUNCTION` statements of a .sql file: name, parameter names and types, body. */
function statements(sql: string, bodyPattern: RegExp): Array<{ name: string; params: Array<[string, string]>; returns: string; head: string; body: string }> {
  const re = new RegExp(String.raw`CREATE OR REPLACE FUNCTION (?:YOUR_DATASET\.)?(\w+)\(([^)]*)\)\s*RETURNS (\w+)([\s\S]*?)` + bodyPattern.source, "g");
  return [...sql.matchAll(re)].map((m) => ({
    name: m[1]!,
    params: m[2]!.split(", ").map((p) => p.split(" ") as [string, string]),
    returns: m[3]!,
    head: m[4]!,
    body: m[5]!,
  }));
}

/** Arguments for each function by name (instants as realm Dates made by `date`). */
function sampleArgs(name: string, arity: number): { args: string; call: Call } {
  const t = Date.UTC(2026, 2, 6, 23, 15); // Friday evening in Toronto, the weekend of spring forward
  const end = Date.UTC(2026, 2, 9, 16);
  switch (name) {
    case "sla_deadline":
      return arity === 4
        ? { args: `"${PRESET}", "sev2", new Date(${t}), "firstResponse"`, call: { fn: "sla_deadline", policy: PRESET, severity: "sev2", at: t, metric: "firstResponse" } }
        : { args: `"${PRESET}", "sev2", new Date(${t})`, call: { fn: "sla_deadline", policy: PRESET, severity: "sev2", at: t } };
    case "sla_business_ms":
      return { args: `"${PRESET}", new Date(${t}), new Date(${end})`, call: { fn: "sla_business_ms", policy: PRESET, at: t, end } };
    case "sla_is_open":
      return { args: `"${PRESET}", new Date(${end})`, call: { fn: "sla_is_open", policy: PRESET, at: end } };
    default: {
      const ticket = JSON.stringify({ id: "T-1", severity: "sev1", createdAt: new Date(t).toISOString() });
      return { args: `"${PRESET}", ${JSON.stringify(ticket)}, new Date(${end})`, call: { fn: "sla_evaluate", policy: PRESET, ticket, at: end } };
    }
  }
}

/** A Date of any realm as its epoch ms. */
const normalise = (v: unknown): unknown => (Object.prototype.toString.call(v) === "[object Date]" ? Date.prototype.getTime.call(v) : v);

/**
 * Reserved keywords, which neither engine takes as a parameter name unquoted: BigQuery's
 * (https://cloud.google.com/bigquery/docs/reference/standard-sql/lexical#reserved_keywords) and
 * Snowflake's (https://docs.snowflake.com/en/sql-reference/reserved-keywords).
 */
const RESERVED = {
  bigquery: "ALL AND ANY ARRAY AS ASC ASSERT_ROWS_MODIFIED AT BETWEEN BY CASE CAST COLLATE CONTAINS CREATE CROSS CUBE CURRENT DEFAULT DEFINE DESC DISTINCT ELSE END ENUM ESCAPE EXCEPT EXCLUDE EXISTS EXTRACT FALSE FETCH FOLLOWING FOR FROM FULL GROUP GROUPING GROUPS HASH HAVING IF IGNORE IN INNER INTERSECT INTERVAL INTO IS JOIN LATERAL LEFT LIKE LIMIT LOOKUP MERGE NATURAL NEW NO NOT NULL NULLS OF ON OR ORDER OUTER OVER PARTITION PRECEDING PROTO QUALIFY RANGE RECURSIVE RESPECT RIGHT ROLLUP ROWS SELECT SET SOME STRUCT TABLESAMPLE THEN TO TREAT TRUE UNBOUNDED UNION UNNEST USING WHEN WHERE WINDOW WITH WITHIN".split(" "),
  snowflake: "ACCOUNT ALL ALTER AND ANY AS BETWEEN BY CASE CAST CHECK COLUMN CONNECT CONNECTION CONSTRAINT CREATE CROSS CURRENT CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER DATABASE DELETE DISTINCT DROP ELSE EXISTS FALSE FOLLOWING FOR FROM FULL GRANT GROUP GSCLUSTER HAVING ILIKE IN INCREMENT INNER INSERT INTERSECT INTO IS ISSUE JOIN LATERAL LEFT LIKE LOCALTIME LOCALTIMESTAMP MINUS NATURAL NOT NULL OF ON OR ORDER ORGANIZATION QUALIFY REGEXP REVOKE RIGHT RLIKE ROW ROWS SAMPLE SCHEMA SELECT SET SOME START TABLE TABLESAMPLE THEN TO TRIGGER TRUE TRY_CAST UNION UNIQUE UPDATE USING VALUES VIEW WHEN WHENEVER WHERE WITH".split(" "),
};

describe("the parameter names of both SQL files", () => {
  it("are no reserved keyword of their engine (BigQuery stops a script at `at TIMESTAMP`, leaving the later functions uncreated)", () => {
    for (const [engine, text, body] of [["bigquery", bigquery, /AS r"""([\s\S]*?)""";/], ["snowflake", snowflake, /AS \$\$([\s\S]*?)\$\$;/]] as const) {
      const names = statements(text, body).flatMap((f) => f.params.map(([n]) => n.toUpperCase()));
      expect(names.length, engine).toBeGreaterThan(10);
      expect(names.filter((n) => RESERVED[engine].includes(n)), engine).toEqual([]);
    }
  });
});

describe("dist/warehouse/bigquery.sql", () => {
  it("creates the four functions from the gs:// library the user fills in, with no INT64 anywhere", () => {
    const fns = statements(bigquery, /AS r"""([\s\S]*?)""";/);
    expect(fns.map((f) => f.name)).toEqual(["sla_deadline", "sla_business_ms", "sla_is_open", "sla_evaluate"]);
    const statementsOnly = bigquery.split("\n").filter((line) => !line.startsWith("--")).join("\n");
    expect(statementsOnly).not.toMatch(/INT64/);
    for (const f of fns) {
      expect(f.head).toContain('LANGUAGE js\nOPTIONS (library = ["gs://YOUR-BUCKET/sla-clock-udf.js"])');
      for (const [, type] of f.params) expect(["STRING", "TIMESTAMP"]).toContain(type);
      expect(["TIMESTAMP", "FLOAT64", "BOOL", "STRING"]).toContain(f.returns);
    }
  });

  it("each body, run with the library loaded as BigQuery loads it, answers as the library does", () => {
    const context = vm.createContext({});
    vm.runInContext(script, context);
    for (const f of statements(bigquery, /AS r"""([\s\S]*?)""";/)) {
      const udf = vm.runInContext(`(function (${f.params.map(([n]) => n).join(", ")}) {${f.body}})`, context) as (...a: unknown[]) => unknown;
      const { args, call } = sampleArgs(f.name, f.params.length);
      const got = normalise(vm.runInContext(`(${udf.toString()})(${args})`, context));
      expect(got, f.name).toEqual(expected(call).value);
    }
  });
});

describe("dist/warehouse/snowflake.sql", () => {
  const sfBody = /AS \$\$([\s\S]*?)\$\$;/;

  it("creates the four functions (sla_deadline with and without a metric), NULL on NULL input, each body under Snowflake's 100 KB compressed", async () => {
    const { gzipSync } = await import("node:zlib");
    const fns = statements(snowflake, sfBody);
    expect(fns.map((f) => `${f.name}/${f.params.length}`)).toEqual(["sla_deadline/3", "sla_deadline/4", "sla_business_ms/3", "sla_is_open/2", "sla_evaluate/3"]);
    for (const f of fns) {
      expect(f.head).toContain("LANGUAGE JAVASCRIPT\nRETURNS NULL ON NULL INPUT");
      expect(gzipSync(f.body).length).toBeLessThan(100 * 1024);
    }
  });

  it("each body evaluates the library once per JavaScript environment, not per row, and answers as the library does", () => {
    const context = vm.createContext({});
    for (const f of statements(snowflake, sfBody)) {
      // Snowflake passes arguments under their upper-case names
      const udf = vm.runInContext(`(function (${f.params.map(([n]) => n).join(", ")}) {${f.body}})`, context) as (...a: unknown[]) => unknown;
      context["udf"] = udf;
      const { args, call } = sampleArgs(f.name, f.params.length);
      const first = normalise(vm.runInContext(`udf(${args})`, context));
      const library = vm.runInContext("sla_clock_udf", context) as unknown;
      const second = normalise(vm.runInContext(`udf(${args})`, context));
      expect(vm.runInContext("sla_clock_udf", context), `${f.name}: the same library object on the next row`).toBe(library);
      expect(first, f.name).toEqual(expected(call).value);
      expect(second, f.name).toEqual(first);
    }
    // one library for the whole environment, shared by all five functions
    expect(vm.runInContext("typeof sla_clock_udf.sla_deadline", context)).toBe("function");
  });
});
