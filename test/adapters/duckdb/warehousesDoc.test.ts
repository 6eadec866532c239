/**
 * docs/warehouses.md: the SQL it shows (blocks marked `-- tested: NAME`) runs verbatim on a real
 * DuckDB over a generated desk, and answers as the library does.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import type { DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerSlaFunctions } from "../../../src/duckdb.js";
import { definePolicy, evaluateTicket, presets } from "../../../src/index.js";
import type { Ticket } from "../../../src/index.js";

const DOC = readFileSync(join(__dirname, "../../../docs/warehouses.md"), "utf8");
const tested = new Map([...DOC.matchAll(/```sql\n-- tested: (\w+)\n([\s\S]*?)```/g)].map((m) => [m[1]!, m[2]!]));
const seed = definePolicy(presets.auvikSupportV2);
const NOW = Date.UTC(2026, 11, 1);
const H = 3_600_000;

interface DeskTicket {
  id: string;
  createdAt: number;
  severity: string;
  events: Array<{ type: string; at: number }>;
}

/** 240 tickets over Sep–Nov 2026 (the November DST change included), with replies, pauses and resolutions. */
function desk(): DeskTicket[] {
  const out: DeskTicket[] = [];
  let seedValue = 42;
  const rnd = () => ((seedValue = (seedValue * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < 240; i++) {
    const createdAt = Date.UTC(2026, 8, 1) + Math.floor(rnd() * 90 * 24 * 60) * 60_000;
    const events: Array<{ type: string; at: number }> = [];
    const k = Math.floor(rnd() * 4);
    if (k >= 1) events.push({ type: "response", at: createdAt + Math.floor(rnd() * 30 * H) });
    if (k >= 2) events.push({ type: "pause", at: createdAt + Math.floor(rnd() * 10 * H) }, { type: "resume", at: createdAt + 11 * H });
    if (k === 3) events.push({ type: "resolve", at: createdAt + 40 * H });
    out.push({ id: `T-${i}`, createdAt, severity: `sev${1 + (i % 4)}`, events: events.filter((e) => e.at <= NOW) });
  }
  return out;
}

let connection: DuckDBConnection;
const tickets = desk();

beforeAll(async () => {
  connection = await (await DuckDBInstance.create(":memory:")).connect();
  await registerSlaFunctions(connection);
  await connection.run("CREATE TABLE tickets (id VARCHAR, created_at TIMESTAMPTZ, severity VARCHAR)");
  await connection.run("CREATE TABLE ticket_events (ticket_id VARCHAR, type VARCHAR, occurred_at TIMESTAMPTZ)");
  const ts = (ms: number) => `make_timestamptz(${ms * 1000}::BIGINT)`;
  await connection.run(`INSERT INTO tickets VALUES ${tickets.map((t) => `('${t.id}', ${ts(t.createdAt)}, '${t.severity}')`).join(",")}`);
  const events = tickets.flatMap((t) => t.events.map((e) => `('${t.id}', '${e.type}', ${ts(e.at)})`));
  await connection.run(`INSERT INTO ticket_events VALUES ${events.join(",")}`);
});
afterAll(() => connection?.closeSync());

describe("docs/warehouses.md SQL on a real DuckDB", () => {
  it("marks the two analyst queries as tested", () => {
    expect([...tested.keys()]).toEqual(["ticket_status", "breach_rate"]);
  });

  it("ticket_status: every ticket's state, breach and first-response status as evaluateTicket says", async () => {
    await connection.run(tested.get("ticket_status")!);
    const rows = (await connection.runAndReadAll("SELECT id, state, breached, epoch_ms(next_deadline) AS next, first_response, first_response_elapsed_ms FROM ticket_status ORDER BY id")).getRowObjects();
    expect(rows).toHaveLength(tickets.length);
    const byId = new Map(tickets.map((t) => [t.id, t]));
    let breached = 0;
    for (const r of rows) {
      const s = evaluateTicket(seed, byId.get(r["id"] as string)! as unknown as Ticket, NOW);
      expect(r["state"], String(r["id"])).toBe(s.state);
      expect(r["breached"]).toBe(s.breached);
      expect(r["next"] === null ? null : Number(r["next"])).toBe(s.nextDeadline?.getTime() ?? null);
      expect(r["first_response"]).toBe(s.metrics.firstResponse?.status ?? null);
      expect(r["first_response_elapsed_ms"]).toBe(s.metrics.firstResponse?.elapsed ?? null);
      if (s.breached) breached++;
    }
    expect(breached).toBeGreaterThan(0);
    expect(breached).toBeLessThan(tickets.length);
  });

  it("breach_rate: tickets and first-response breaches per Toronto month and severity, as counted in JavaScript", async () => {
    const rows = (await connection.runAndReadAll(tested.get("breach_rate")!)).getRowObjects();
    const month = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto", year: "numeric", month: "2-digit" });
    const expected = new Map<string, { tickets: number; breached: number }>();
    for (const t of tickets) {
      const key = `${month.format(t.createdAt)}|${t.severity}`;
      const e = expected.get(key) ?? { tickets: 0, breached: 0 };
      e.tickets++;
      if (evaluateTicket(seed, t as unknown as Ticket, NOW).metrics.firstResponse?.status === "breached") e.breached++;
      expected.set(key, e);
    }
    expect(rows).toHaveLength(expected.size);
    for (const r of rows) {
      const e = expected.get(`${r["month"]}|${r["severity"]}`)!;
      expect(e, `${r["month"]} ${r["severity"]}`).toBeDefined();
      expect(Number(r["tickets"])).toBe(e.tickets);
      expect(Number(r["breached"])).toBe(e.breached);
      expect(Number(r["breach_rate_pct"])).toBeCloseTo(Math.round((1000 * e.breached) / e.tickets) / 10, 5);
    }
  });
});
