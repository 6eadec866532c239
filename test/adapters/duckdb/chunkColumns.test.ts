/**
 * The chunk readers and writer behind sla-clock/duckdb (chunkColumns.ts) on a real DuckDB: whatever
 * path a row takes — 32-bit halves or BigInt values, remembered or decoded texts — the answers equal
 * the library's, across chunks of 2,048 rows, with NULLs, instants before 1970 and beyond the exact
 * range, more distinct texts than a chunk remembers, and long texts that share a prefix.
 */
import { DuckDBInstance, timestampTZValue } from "@duckdb/node-api";
import type { DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerSlaFunctions } from "../../../src/duckdb.js";
import { businessTimeBetween, computeDeadline, definePolicy } from "../../../src/index.js";

let connection: DuckDBConnection;

/** Twelve policies with the same long prefix and length, differing in their targets: texts that only pointers tell apart. */
const severities = Array.from({ length: 12 }, (_, k) => `severity-${String(k).padStart(2, "0")}`);
const definition = (k: number) => ({
  timezone: k % 2 === 0 ? "America/Toronto" : "UTC",
  hours: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]] },
  severities: Object.fromEntries(severities.map((s, j) => [s, { targets: { firstResponse: `${10 + ((j + k) % 9)}h` } }])),
});
const policyTexts = Array.from({ length: 3 }, (_, k) => JSON.stringify(definition(k)));
const policies = policyTexts.map((t) => definePolicy(JSON.parse(t)));

beforeAll(async () => {
  connection = await (await DuckDBInstance.create(":memory:")).connect();
  await connection.run("SET TimeZone = 'UTC'");
  await registerSlaFunctions(connection);
});
afterAll(() => connection?.closeSync());

const N = 5000;
/** Row i: an instant every 7,919 minutes from 1950, some before 1685 or after 2255 (BigInt path), NULLs only in the second chunk. */
function created(i: number): number | null {
  if (i >= 2048 && i < 4096 && i % 97 === 5) return null;
  if (i % 1000 === 7) return Date.UTC(1600, 0, 5, 10) + i * 60_000;
  if (i % 1000 === 8) return Date.UTC(2400, 0, 5, 10) + i * 60_000;
  return Date.UTC(1950, 0, 1) + i * 7919 * 60_000 + (i % 3);
}

describe("chunk readers and writer", () => {
  it("give the library's answers on every path, chunk after chunk", async () => {
    await connection.run("CREATE OR REPLACE TABLE t (i INTEGER, created TIMESTAMPTZ, severity VARCHAR, policy VARCHAR)");
    const appender = await connection.createAppender("t");
    for (let i = 0; i < N; i++) {
      appender.appendInteger(i);
      const c = created(i);
      if (c === null) appender.appendNull();
      else appender.appendTimestampTZ(timestampTZValue(BigInt(c) * 1000n));
      appender.appendVarchar(severities[(i * 5) % severities.length]!);
      appender.appendVarchar(policyTexts[Math.floor(i / 7) % policyTexts.length]!);
      appender.endRow();
    }
    appender.closeSync();
    const r = await connection.runAndReadAll(
      "SELECT i, epoch_ms(sla_deadline(policy, severity, created)) AS d, sla_business_ms(policy, created, created + INTERVAL 50 HOUR) AS b FROM t ORDER BY i",
    );
    const got = r.getRows();
    expect(got).toHaveLength(N);
    let fast = 0;
    for (const [i, d, b] of got) {
      const row = Number(i);
      const c = created(row);
      const p = policies[Math.floor(row / 7) % policies.length]!;
      if (c === null) {
        expect(d, `row ${row}`).toBeNull();
        expect(b, `row ${row}`).toBeNull();
        continue;
      }
      if (c > Date.UTC(1686, 0, 1) && c < Date.UTC(2255, 0, 1)) fast++;
      expect(Number(d), `row ${row}`).toBe(computeDeadline(p, { severity: severities[(row * 5) % severities.length]!, start: c })!.getTime());
      expect(b, `row ${row}`).toBe(businessTimeBetween(p, c, c + 50 * 3_600_000));
    }
    expect(fast).toBeGreaterThan(N * 0.9);
  });
});
