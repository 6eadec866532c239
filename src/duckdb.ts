/**
 * `sla-clock/duckdb`: the SLA functions inside DuckDB, through its Node API
 * (`@duckdb/node-api`, an optional peer dependency: install it next to sla-clock).
 * See `docs/warehouses.md`.
 *
 * @example
 * import { DuckDBInstance } from "@duckdb/node-api";
 * import { registerSlaFunctions } from "sla-clock/duckdb";
 * const connection = await (await DuckDBInstance.create(":memory:")).connect();
 * await registerSlaFunctions(connection, { policies: { desk: myPolicyDefinition } });
 * await connection.runAndReadAll("SELECT sla_deadline('desk', severity, created_at) FROM tickets");
 * @module
 */
export { registerSlaFunctions, POLICY_CACHE_SIZE } from "./adapters/duckdb/registerSlaFunctions.js";
export type { SlaFunctionOptions } from "./adapters/duckdb/registerSlaFunctions.js";
