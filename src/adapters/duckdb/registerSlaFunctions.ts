/**
 * The SLA functions as DuckDB scalar functions, on a `@duckdb/node-api` connection.
 *
 * @module
 */
import { BOOLEAN, DOUBLE, DuckDBScalarFunction, TIMESTAMPTZ, VARCHAR, timestampTZValue } from "@duckdb/node-api";
import type { DuckDBConnection, DuckDBDataChunk, DuckDBScalarFunctionInfo, DuckDBTimestampTZValue, DuckDBType, DuckDBVector } from "@duckdb/node-api";
import { InputError, SlaClockError, definePolicy, presets } from "../../index.js";
import type { Policy, PolicyDefinition } from "../../index.js";
import { createSqlFunctions } from "../warehouse/createSqlFunctions.js";

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

/** One row's answer from its arguments (never null: DuckDB answers NULL for a NULL argument). */
type RowFunction = (args: ReadonlyArray<unknown>) => unknown;

/**
 * A scalar function whose main function applies `row` to every row of a chunk; a library error
 * (or a bad JSON argument) fails the query with `name: message`.
 */
function scalar(name: string, parameterTypes: ReadonlyArray<DuckDBType>, returnType: DuckDBType, row: RowFunction): DuckDBScalarFunction {
  return DuckDBScalarFunction.create({
    name,
    parameterTypes,
    returnType,
    mainFunction: (info: DuckDBScalarFunctionInfo, input: DuckDBDataChunk, output: DuckDBVector) => {
      const columns = parameterTypes.map((_, i) => input.getColumnVector(i));
      const args: unknown[] = new Array(columns.length);
      for (let r = 0; r < input.rowCount; r++) {
        for (let c = 0; c < columns.length; c++) args[c] = columns[c]!.getItem(r);
        let value: unknown;
        try {
          value = row(args);
        } catch (e) {
          if (!(e instanceof SlaClockError)) throw e;
          info.setError(`${name}: ${e.message}`);
          return;
        }
        output.setItem(r, value as never);
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
 * thread, one chunk (≤ 2,048 rows) at a time.
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
  const sql = createSqlFunctions({ definePolicy, presets }, options.policies);
  const deadline = (args: ReadonlyArray<unknown>): unknown => {
    const d = sql.sla_deadline(args[0] as string, args[1] as string, epochMs(args[2] as DuckDBTimestampTZValue, "created"), args.length > 3 ? (args[3] as string) : undefined);
    return d === null ? null : timestamp(d);
  };
  const functions = [
    scalar("sla_deadline", [VARCHAR, VARCHAR, TIMESTAMPTZ], TIMESTAMPTZ, deadline),
    scalar("sla_deadline", [VARCHAR, VARCHAR, TIMESTAMPTZ, VARCHAR], TIMESTAMPTZ, deadline),
    scalar("sla_business_ms", [VARCHAR, TIMESTAMPTZ, TIMESTAMPTZ], DOUBLE, (args) =>
      sql.sla_business_ms(args[0] as string, epochMs(args[1] as DuckDBTimestampTZValue, "start"), epochMs(args[2] as DuckDBTimestampTZValue, "end")),
    ),
    scalar("sla_is_open", [VARCHAR, TIMESTAMPTZ], BOOLEAN, (args) => sql.sla_is_open(args[0] as string, epochMs(args[1] as DuckDBTimestampTZValue, "at"))),
    scalar("sla_evaluate", [VARCHAR, VARCHAR, TIMESTAMPTZ], VARCHAR, (args) =>
      sql.sla_evaluate(args[0] as string, args[1] as string, epochMs(args[2] as DuckDBTimestampTZValue, "now")),
    ),
  ];
  for (const f of functions) connection.registerScalarFunction(f);
}
