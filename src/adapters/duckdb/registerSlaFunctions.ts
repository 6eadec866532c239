/**
 * The SLA functions as DuckDB scalar functions, on a `@duckdb/node-api` connection.
 *
 * @module
 */
import { BOOLEAN, DOUBLE, DuckDBScalarFunction, TIMESTAMPTZ, VARCHAR, timestampTZValue } from "@duckdb/node-api";
import type { DuckDBConnection, DuckDBDataChunk, DuckDBScalarFunctionInfo, DuckDBTimestampTZValue, DuckDBType, DuckDBVector } from "@duckdb/node-api";
import { InputError, SlaClockError, definePolicy, presets } from "../../index.js";
import type { Policy, PolicyDefinition } from "../../index.js";
import { describeValue, readingValue } from "../../errors.js";
import { createSqlFunctions } from "../warehouse/createSqlFunctions.js";
import { instantReader, instantWriter, textReader } from "./chunkColumns.js";

export { POLICY_CACHE_SIZE } from "../warehouse/createSqlFunctions.js";

/** Options of {@link registerSlaFunctions}. @category DuckDB */
export interface SlaFunctionOptions {
  /**
   * Policies the SQL `policy` argument may name, by name: compiled policies or definitions (compiled
   * once, here). A registered name shadows a preset of the same name.
   */
  readonly policies?: Readonly<Record<string, Policy | PolicyDefinition>>;
}

const MICROS_PER_MS = 1000n;

/** Epoch ms of a TIMESTAMPTZ (floor of its microseconds). @throws InputError for ±infinity. */
function epochMs(v: DuckDBTimestampTZValue, name: string): number {
  if (!v.isFinite) throw new InputError(`${name}: ${v.toString()} is not a finite instant; pass a TIMESTAMPTZ such as TIMESTAMPTZ '2026-11-30 09:00:00+00'`);
  const micros = Number(v.micros);
  // exact while |micros| < 2^53 (years 1685–2255); BigInt division beyond
  if (Number.isSafeInteger(micros)) return Math.floor(micros / 1000);
  const q = v.micros / MICROS_PER_MS;
  return Number(v.micros < 0n && q * MICROS_PER_MS !== v.micros ? q - 1n : q);
}

function timestamp(ms: number): DuckDBTimestampTZValue {
  const micros = ms * 1000;
  return timestampTZValue(Number.isSafeInteger(micros) ? BigInt(micros) : BigInt(ms) * MICROS_PER_MS);
}

/** One row's answer from its arguments: texts and epoch ms, none null. */
type RowFunction = (args: ReadonlyArray<unknown>) => unknown;

/** How a parameter is read from its column (see chunkColumns.ts). */
type Param = readonly [type: DuckDBType, name: string];

/**
 * A scalar function whose main function applies `row` to every row of a chunk: TIMESTAMPTZ
 * arguments arrive as epoch ms, VARCHAR as strings, read without a value object per row; a row with
 * a NULL argument gives NULL. A library error (or a bad JSON argument) fails the query with
 * `name: message`. `instantResult`: the result is epoch ms written as a TIMESTAMPTZ.
 */
function scalar(name: string, params: ReadonlyArray<Param>, returnType: DuckDBType, row: RowFunction, instantResult = false): DuckDBScalarFunction {
  return DuckDBScalarFunction.create({
    name,
    parameterTypes: params.map(([type]) => type),
    returnType,
    mainFunction: (info: DuckDBScalarFunctionInfo, input: DuckDBDataChunk, output: DuckDBVector) => {
      const readers = params.map(([type, param], i) => {
        const column = input.getColumnVector(i);
        return type === TIMESTAMPTZ ? instantReader(column, (v) => epochMs(v, param)) : textReader(column);
      });
      const write = instantResult
        ? instantWriter(output, (r, ms) => output.setItem(r, (ms === null ? null : timestamp(ms)) as never))
        : (r: number, value: unknown) => output.setItem(r, value as never);
      const args: unknown[] = new Array(readers.length);
      const n = input.rowCount;
      for (let r = 0; r < n; r++) {
        let value: unknown = null;
        try {
          let isNull = false;
          for (let c = 0; c < readers.length; c++) {
            const v = readers[c]!(r);
            if (v === null) isNull = true;
            args[c] = v;
          }
          if (!isNull) value = row(args);
        } catch (e) {
          if (!(e instanceof SlaClockError)) throw e;
          info.setError(`${name}: ${e.message}`);
          return;
        }
        write(r, value as never);
      }
      output.flush();
    },
  });
}

/**
 * Registers the four SQL functions of CONTRACT §8 on a `@duckdb/node-api` connection:
 *
 * - `sla_deadline(policy, severity, created [, metric])` → `TIMESTAMPTZ`: `computeDeadline`
 *   (metric default `firstResponse`); NULL when the severity has no target for the metric.
 * - `sla_business_ms(policy, start, end)` → `DOUBLE`: `businessTimeBetween` (negative when
 *   `end` is before `start`).
 * - `sla_is_open(policy, at)` → `BOOLEAN`: `isBusinessTime`.
 * - `sla_evaluate(policy, ticket_json, now)` → `VARCHAR`: the JSON text of `evaluateTicket`'s
 *   status, instants as UTC ISO strings (`Date.prototype.toISOString`); read it with DuckDB's JSON
 *   functions (`->>`, `json_extract`).
 *
 * The rule for `policy` (a `VARCHAR`): a name given in `options.policies`, else a preset name
 * (`auvikSupportV2`), else policy JSON text (starting with `{`). Each distinct value is compiled
 * once: registered policies here, presets and JSON texts on first use, kept in a cache of
 * `POLICY_CACHE_SIZE` entries per registration. Instants are `TIMESTAMPTZ` (a `TIMESTAMP` or a
 * string argument is cast by DuckDB in its session `TimeZone`); sub-millisecond digits are dropped.
 *
 * Edge cases: any NULL argument gives NULL (DuckDB's default for scalar functions); the functions
 * are deterministic, so DuckDB may fold calls on constant arguments. JavaScript runs on Node's main
 * thread, one chunk (≤ 2,048 rows) at a time. DuckDB keeps the functions in the database's catalog:
 * every connection of the same `DuckDBInstance` sees them, and a later registration on any of its
 * connections replaces them for all, so register once per database, with every policy named in
 * one `policies` map. A bad row fails the query; DuckDB's `TRY(…)` turns that into NULL per row.
 *
 * @throws PolicyError (from this call) for an invalid definition in `options.policies`. In a query,
 *   a bad policy (unknown name, bad JSON, invalid definition), severity, metric, ticket or an
 *   infinite timestamp fails the query with `sla_…: ` and the library's message naming the value.
 * @example
 * import { DuckDBInstance } from "@duckdb/node-api";
 * import { registerSlaFunctions } from "sla-clock/duckdb";
 * const connection = await (await DuckDBInstance.create(":memory:")).connect();
 * await registerSlaFunctions(connection);
 * const r = await connection.runAndReadAll(
 *   "SELECT sla_deadline('auvikSupportV2', 'sev1', TIMESTAMPTZ '2026-11-28 02:30:00+00') AS due");
 * r.getRowObjectsJson(); //=> [{ due: "2026-11-30 10:30:00+00" }] (Mon 05:30 in Toronto, session TimeZone UTC)
 * @category DuckDB
 */
export async function registerSlaFunctions(connection: DuckDBConnection, options: SlaFunctionOptions = {}): Promise<void> {
  if (typeof options !== "object" || options === null) throw new InputError(`options: ${describeValue(options)} is not an object; pass { policies }`);
  // each read once; what a read throws (a getter, a revoked Proxy) is an InputError naming it (CONTRACT §12)
  for (const key of readingValue("options", () => Object.keys(options))) {
    if (key !== "policies") throw new InputError(`options: unknown key ${JSON.stringify(key)}; the only option is "policies"`);
  }
  const sql = createSqlFunctions({ definePolicy, presets }, readingValue("options.policies", () => options.policies));
  const deadline = (args: ReadonlyArray<unknown>): number | null =>
    sql.sla_deadline(args[0] as string, args[1] as string, args[2] as number, args.length > 3 ? (args[3] as string) : undefined);
  const policy: Param = [VARCHAR, "policy"];
  const functions = [
    scalar("sla_deadline", [policy, [VARCHAR, "severity"], [TIMESTAMPTZ, "created"]], TIMESTAMPTZ, deadline, true),
    scalar("sla_deadline", [policy, [VARCHAR, "severity"], [TIMESTAMPTZ, "created"], [VARCHAR, "metric"]], TIMESTAMPTZ, deadline, true),
    scalar("sla_business_ms", [policy, [TIMESTAMPTZ, "start"], [TIMESTAMPTZ, "end"]], DOUBLE, (args) =>
      sql.sla_business_ms(args[0] as string, args[1] as number, args[2] as number),
    ),
    scalar("sla_is_open", [policy, [TIMESTAMPTZ, "at"]], BOOLEAN, (args) => sql.sla_is_open(args[0] as string, args[1] as number)),
    scalar("sla_evaluate", [policy, [VARCHAR, "ticket_json"], [TIMESTAMPTZ, "now"]], VARCHAR, (args) =>
      sql.sla_evaluate(args[0] as string, args[1] as string, args[2] as number),
    ),
  ];
  for (const f of functions) connection.registerScalarFunction(f);
}
