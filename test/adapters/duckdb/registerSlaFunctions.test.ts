/**
 * sla-clock/duckdb on a real in-memory DuckDB: the four SQL functions answer as the library does,
 * row by row, and bad values fail the query with the library's message.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import type { DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerSlaFunctions } from "../../../src/duckdb.js";
import { InputError, PolicyError, businessTimeBetween, computeDeadline, definePolicy, evaluateTicket, isBusinessTime, presets } from "../../../src/index.js";

const seed = definePolicy(presets.auvikSupportV2);
const nightDefinition = { timezone: "UTC", hours: { mon: [["22:00", "06:00"]] }, severities: { p1: { targets: { firstResponse: "1h" } } } } as const;
const night = definePolicy(nightDefinition);

let connection: DuckDBConnection;

beforeAll(async () => {
  const instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
  await connection.run("SET TimeZone = 'UTC'");
  await registerSlaFunctions(connection, { policies: { night: nightDefinition, seedCompiled: seed } });
});
afterAll(() => connection?.closeSync());

/** Rows of a query as JSON-friendly objects (timestamps as DuckDB text). */
async function rows(sql: string): Promise<Array<Record<string, unknown>>> {
  const r = await connection.runAndReadAll(sql);
  return r.getRowObjects() as Array<Record<string, unknown>>;
}

/** Epoch ms of a TIMESTAMPTZ value read back from DuckDB (null stays null). */
function ms(v: unknown): number | null {
  if (v === null) return null;
  return Number((v as { micros: bigint }).micros / 1000n);
}

/** `n` instants spread over 2026 (both DST changes of Toronto included), at minute precision, as epoch ms. */
function instants(n: number): number[] {
  const start = Date.UTC(2026, 0, 1);
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(start + Math.floor(((i * 7919) % 525_600) * 60_000));
  out.push(Date.UTC(2026, 2, 8, 6, 59), Date.UTC(2026, 2, 8, 7, 1), Date.UTC(2026, 10, 1, 5, 30), Date.UTC(2026, 10, 1, 6, 30));
  return out;
}

const sqlInstant = (t: number) => `TIMESTAMPTZ '${new Date(t).toISOString().replace("T", " ").replace("Z", "+00")}'`;

describe("sla_deadline", () => {
  it("equals computeDeadline on a few hundred rows, for every severity and metric, with NULL when there is no target", async () => {
    const ts = instants(300);
    await connection.run("CREATE OR REPLACE TABLE t (i INTEGER, created TIMESTAMPTZ, severity VARCHAR, metric VARCHAR)");
    const sev = ["sev1", "sev2", "sev3", "sev4"];
    const metrics = ["firstResponse", "update", "resolution"];
    const values = ts.map((t, i) => `(${i}, ${sqlInstant(t)}, '${sev[i % 4]}', '${metrics[i % 3]}')`).join(",");
    await connection.run(`INSERT INTO t VALUES ${values}`);
    const got = await rows("SELECT i, sla_deadline('auvikSupportV2', severity, created) AS d, sla_deadline('auvikSupportV2', severity, created, metric) AS m FROM t ORDER BY i");
    expect(got).toHaveLength(ts.length);
    let nulls = 0;
    for (const r of got) {
      const i = r["i"] as number;
      const expected = computeDeadline(seed, { severity: sev[i % 4]!, start: ts[i]! });
      expect(ms(r["d"]), `row ${i}`).toBe(expected!.getTime());
      const withMetric = computeDeadline(seed, { severity: sev[i % 4]!, start: ts[i]!, metric: metrics[i % 3] as "update" });
      expect(ms(r["m"]), `row ${i} metric`).toBe(withMetric === null ? null : withMetric.getTime());
      if (withMetric === null) nulls++;
    }
    expect(nulls).toBeGreaterThan(0); // the preset has firstResponse targets only
  });

  it("answers for a registered definition, a registered compiled policy and policy JSON text", async () => {
    const json = JSON.stringify(nightDefinition).replace(/'/g, "''");
    const [r] = await rows(`SELECT sla_deadline('night', 'p1', TIMESTAMPTZ '2026-11-30 23:30:00+00') AS a, sla_deadline('${json}', 'p1', TIMESTAMPTZ '2026-11-30 23:30:00+00') AS b, sla_deadline('seedCompiled', 'sev1', TIMESTAMPTZ '2026-11-28 02:30:00+00') AS c`);
    expect(ms(r!["a"])).toBe(computeDeadline(night, { severity: "p1", start: Date.UTC(2026, 10, 30, 23, 30) })!.getTime());
    expect(ms(r!["a"])).toBe(Date.UTC(2026, 11, 1, 0, 30));
    expect(ms(r!["b"])).toBe(ms(r!["a"]));
    expect(ms(r!["c"])).toBe(Date.UTC(2026, 10, 30, 10, 30)); // Fri 21:30 Toronto + 2h → Mon 05:30 EST
  });

  it("gives NULL for a NULL argument", async () => {
    const [r] = await rows("SELECT sla_deadline('auvikSupportV2', NULL, TIMESTAMPTZ '2026-11-30 10:00:00+00') AS a, sla_deadline(NULL, 'sev1', now()) AS b");
    expect(r).toEqual({ a: null, b: null });
  });
});

describe("sla_business_ms and sla_is_open", () => {
  it("equal businessTimeBetween and isBusinessTime row by row (negative when reversed)", async () => {
    const ts = instants(200);
    await connection.run("CREATE OR REPLACE TABLE s (i INTEGER, a TIMESTAMPTZ, b TIMESTAMPTZ)");
    await connection.run(`INSERT INTO s VALUES ${ts.map((t, i) => `(${i}, ${sqlInstant(t)}, ${sqlInstant(ts[(i * 31) % ts.length]!)})`).join(",")}`);
    const got = await rows("SELECT i, sla_business_ms('auvikSupportV2', a, b) AS between, sla_is_open('auvikSupportV2', a) AS open FROM s ORDER BY i");
    let negative = 0;
    let open = 0;
    for (const r of got) {
      const i = r["i"] as number;
      const a = ts[i]!;
      const b = ts[(i * 31) % ts.length]!;
      expect(r["between"], `row ${i}`).toBe(businessTimeBetween(seed, a, b));
      expect(r["open"], `row ${i}`).toBe(isBusinessTime(seed, a));
      if ((r["between"] as number) < 0) negative++;
      if (r["open"] === true) open++;
    }
    expect(negative).toBeGreaterThan(0);
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThan(got.length);
  });
});

describe("instants", () => {
  it("drop sub-millisecond digits by flooring, before 1970 too", async () => {
    const open = JSON.stringify({ timezone: "UTC", hours: "24x7" });
    const [r] = await rows(`SELECT sla_business_ms('${open}', TIMESTAMPTZ '1969-12-31 23:59:59.9995+00', TIMESTAMPTZ '1970-01-01 00:00:00.0015+00') AS a, sla_business_ms('${open}', TIMESTAMPTZ '2026-11-30 10:00:00.000999+00', TIMESTAMPTZ '2026-11-30 10:00:00.002+00') AS b`);
    expect(r).toEqual({ a: 2, b: 2 }); // [-1 ms, 1 ms) and [10:00:00.000, 10:00:00.002)
  });
});

describe("sla_evaluate", () => {
  it("returns the JSON of evaluateTicket's status, instants as UTC ISO strings", async () => {
    const ticket = { id: "T-1", createdAt: "2026-11-27T21:30", severity: "sev1", events: [{ type: "pause", at: "2026-11-30T04:30" }] };
    const [r] = await rows(`SELECT sla_evaluate('auvikSupportV2', '${JSON.stringify(ticket)}', TIMESTAMPTZ '2026-11-30 11:00:00+00') AS s`);
    const expected = JSON.parse(JSON.stringify(evaluateTicket(seed, ticket as never, Date.UTC(2026, 10, 30, 11))));
    expect(JSON.parse(r!["s"] as string)).toEqual(expected);
    expect(r!["s"]).toContain('"deadline":null');
  });

  it("works on an events table aggregated into ticket JSON, read back with DuckDB's JSON operators", async () => {
    await connection.run("CREATE OR REPLACE TABLE tickets (id VARCHAR, created_at TIMESTAMPTZ, severity VARCHAR)");
    await connection.run("CREATE OR REPLACE TABLE events (ticket_id VARCHAR, type VARCHAR, occurred_at TIMESTAMPTZ)");
    await connection.run("INSERT INTO tickets VALUES ('A', TIMESTAMPTZ '2026-11-28 02:30:00+00', 'sev1'), ('B', TIMESTAMPTZ '2026-11-30 15:00:00+00', 'sev3')");
    await connection.run("INSERT INTO events VALUES ('A', 'response', TIMESTAMPTZ '2026-11-30 10:00:00+00')");
    const got = await rows(`
      SELECT t.id, sla_evaluate('auvikSupportV2', json_object(
               'id', t.id, 'createdAt', strftime(t.created_at, '%Y-%m-%dT%H:%M:%S.%gZ'), 'severity', t.severity,
               'events', coalesce((SELECT json_group_array(json_object('type', e.type, 'at', strftime(e.occurred_at, '%Y-%m-%dT%H:%M:%S.%gZ')))
                                   FROM events e WHERE e.ticket_id = t.id), '[]'::JSON))::VARCHAR,
             TIMESTAMPTZ '2026-11-30 16:00:00+00') ->> '$.metrics.firstResponse.status' AS fr
      FROM tickets t ORDER BY t.id`);
    expect(got).toEqual([{ id: "A", fr: "met" }, { id: "B", fr: "running" }]);
  });
});

describe("registration", () => {
  it("belongs to the database: every connection of the instance sees it, and the last registration holds for all (as docs/warehouses.md says)", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const a = await instance.connect();
    const b = await instance.connect();
    const desk = (target: string) => ({ timezone: "UTC", hours: "24x7" as const, severities: { p1: { targets: { firstResponse: target } } } });
    const due = async (c: DuckDBConnection) => ms((await c.runAndReadAll("SELECT sla_deadline('desk', 'p1', TIMESTAMPTZ '2026-01-01 00:00:00+00') AS due")).getRowObjects()[0]!["due"]);
    await registerSlaFunctions(a, { policies: { desk: desk("1h") } });
    expect([await due(a), await due(b)]).toEqual([Date.UTC(2026, 0, 1, 1), Date.UTC(2026, 0, 1, 1)]);
    await registerSlaFunctions(b, { policies: { desk: desk("8h") } });
    expect([await due(a), await due(b)]).toEqual([Date.UTC(2026, 0, 1, 8), Date.UTC(2026, 0, 1, 8)]);
    a.closeSync();
    b.closeSync();
  });

  it("fails a query on a bad row, which DuckDB's TRY turns into NULL for that row", async () => {
    await expect(rows("SELECT sla_deadline('auvikSupportV2', s, TIMESTAMPTZ '2026-11-28 02:30:00+00') AS due FROM (VALUES ('sev1'), ('sev9')) t(s)")).rejects.toThrow(/sla_deadline: severity: "sev9"/);
    const r = await rows("SELECT TRY(sla_deadline('auvikSupportV2', s, TIMESTAMPTZ '2026-11-28 02:30:00+00')) AS due FROM (VALUES ('sev1'), ('sev9')) t(s)");
    expect(r.map((x) => ms(x["due"]))).toEqual([Date.UTC(2026, 10, 30, 10, 30), null]);
  });
});

describe("errors fail the query with the library's message", () => {
  it.each([
    ["an unknown policy name", "SELECT sla_is_open('nope', now())", /sla_is_open: policy: "nope" is not a registered policy or a preset; use one of "night", "seedCompiled", "auvikSupportV2"/],
    ["policy JSON that is not JSON", "SELECT sla_is_open('{oops', now())", /sla_is_open: policy: "\{oops" is not valid JSON/],
    ["an invalid policy definition", `SELECT sla_is_open('{"timezone":"Mars/Base","hours":"24x7"}', now())`, /sla_is_open: Invalid policy[\s\S]*Mars\/Base/],
    ["an unknown severity", "SELECT sla_deadline('auvikSupportV2', 'sev9', now())", /sla_deadline: .*"sev9"/],
    ["an unknown metric", "SELECT sla_deadline('auvikSupportV2', 'sev1', now(), 'lunch')", /sla_deadline: .*"lunch"/],
    ["a bad ticket", `SELECT sla_evaluate('auvikSupportV2', '{"createdAt":"2026-11-30","severity":"sev1","events":[{"type":"lunch","at":"2026-11-30"}]}', now())`, /sla_evaluate: ticket\.events\[0\]\.type: "lunch" is not an event type/],
    ["ticket text that is not JSON", "SELECT sla_evaluate('auvikSupportV2', 'nope', now())", /sla_evaluate: ticket_json: "nope" is not valid JSON/],
    ["an infinite timestamp", "SELECT sla_is_open('auvikSupportV2', 'infinity'::TIMESTAMPTZ)", /sla_is_open: at: infinity is not a finite instant/],
    // named as the SQL argument (not the library's `start`), shown as a timestamp (not as epoch ms)
    ["a created timestamp after year 9999", "SELECT sla_deadline('auvikSupportV2', 'sev1', TIMESTAMPTZ '290000-01-01 00:00:00+00')", /sla_deadline: created: a timestamp in about the year 290,000 is outside the supported years 1000–9999$/],
    ["a created timestamp in year 12000", "SELECT sla_deadline('auvikSupportV2', 'sev1', TIMESTAMPTZ '12000-01-01 00:00:00+00')", /sla_deadline: created: \+012000-01-01T00:00:00\.000Z is outside the supported years 1000–9999$/],
    ["a start before year 1000", "SELECT sla_business_ms('auvikSupportV2', TIMESTAMPTZ '0900-01-01 00:00:00+00', now())", /sla_business_ms: start: 0900-01-01T00:00:00\.000Z is outside the supported years 1000–9999$/],
  ])("%s", async (_name, sql, message) => {
    await expect(connection.runAndReadAll(sql)).rejects.toThrow(message);
  });

  it("refuses an invalid registered definition at registration", async () => {
    const other = await (await DuckDBInstance.create(":memory:")).connect();
    await expect(registerSlaFunctions(other, { policies: { bad: { timezone: "Mars/Base", hours: "24x7" } as never } })).rejects.toThrow(/Mars\/Base/);
    other.closeSync();
  });

  it("names the registered policy each problem belongs to, and reports every bad one", async () => {
    const other = await (await DuckDBInstance.create(":memory:")).connect();
    const policies = { good: nightDefinition, eu: { timezone: "Mars/Base", hours: "24x7" }, us: { timezone: "UTC", hours: { mon: [["09:00", "25:00"]] } } };
    const error = await registerSlaFunctions(other, { policies: policies as never }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).issues.map((i) => i.path)).toEqual([
      ["policies", "eu", "timezone"],
      ["policies", "us", "hours", "mon", 0, 1],
    ]);
    other.closeSync();
  });

  it("refuses options it does not know (a misspelt key) and policies that are not an object of named policies", async () => {
    const other = await (await DuckDBInstance.create(":memory:")).connect();
    await expect(registerSlaFunctions(other, { polices: { a: nightDefinition } } as never)).rejects.toThrow(new InputError('options: unknown key "polices"; the only option is "policies"'));
    await expect(registerSlaFunctions(other, { policies: 5 } as never)).rejects.toThrow(new InputError('policies: 5 is not an object of named policies; pass e.g. { "desk-eu": definition }'));
    await expect(registerSlaFunctions(other, { policies: [] } as never)).rejects.toThrow(new InputError('policies: [] is not an object of named policies; pass e.g. { "desk-eu": definition }'));
    other.closeSync();
  });

  it("turns what reading the options throws into an InputError naming them (a revoked Proxy, a getter): it was the engine's TypeError", async () => {
    const other = await (await DuckDBInstance.create(":memory:")).connect();
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    await expect(registerSlaFunctions(other, proxy as never)).rejects.toThrow(InputError);
    await expect(registerSlaFunctions(other, proxy as never)).rejects.toThrow(/^options: could not be read/);
    const getter = { get policies(): never { throw new Error("vault locked"); } };
    await expect(registerSlaFunctions(other, getter as never)).rejects.toThrow(new InputError("options.policies: could not be read (vault locked)"));
    await expect(registerSlaFunctions(other, Symbol("x") as never)).rejects.toThrow(new InputError("options: a symbol is not an object; pass { policies }"));
    other.closeSync();
  });
});
