/**
 * Reads a caller's {@link TicketExplanation} once, checking it, into the plain numbers the drawing
 * code works with.
 *
 * @module
 */
import { InputError, describeValue, readingValue } from "../../errors.js";
import type { TimelineSpanKind } from "../../sla/ticketExplanation.js";
import { MAX_EPOCH_MS, MIN_EPOCH_MS, isDate } from "../../time/instant.js";
import { checkTimeZoneName } from "../../time/timeZoneName.js";
import { getZoneRules } from "../../time/zoneRules.js";
import type { ZoneRules } from "../../time/zoneRules.js";
import { SPAN_KINDS } from "./spanStyles.js";

/** One span, as epoch ms. */
export interface LaneSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: TimelineSpanKind;
  readonly name?: string;
}

/** One metric's lane, as epoch ms. */
export interface LaneData {
  readonly metric: string;
  readonly spans: ReadonlyArray<LaneSpan>;
  readonly status: string;
  readonly target: number | null;
  readonly elapsed: number | null;
  readonly deadline: number | null;
  readonly breachedAt: number | null;
  readonly completedAt: number | null;
  /** Real time from the metric's start to its completion or now, when the status has it (SLA model v2). */
  readonly calendarElapsed: number | null;
  /** The group of an `ownership` stint, when the status has it. */
  readonly group?: string;
}

/** A whole explanation, checked. */
export interface TimelineData {
  readonly id?: string;
  readonly timezone: string;
  readonly zone: ZoneRules;
  readonly from: number;
  readonly to: number;
  readonly lanes: ReadonlyArray<LaneData>;
}

type Path = string;

function fail(path: Path, value: unknown, expected: string): never {
  throw new InputError(`timelineSvg: ${path}: ${describeValue(value)} is not ${expected}`);
}

/**
 * Runs `read` (a property read, a getter, a Proxy trap, `Date#getTime`), turning anything it throws
 * into an InputError that names `path`.
 */
function guarded<T>(path: Path, read: () => T): T {
  return readingValue(`timelineSvg: ${path}`, read);
}

/** `obj[key]`, read once. */
function get(obj: Record<string, unknown>, key: string, path: Path): unknown {
  return guarded(path, () => obj[key]);
}

function isRecord(value: unknown, path: Path): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !guarded(path, () => Array.isArray(value));
}

const dateGetTime = Date.prototype.getTime;

/** Epoch ms of a `Date` (from any realm) in the supported years 1000–9999. */
function instant(value: unknown, path: Path): number {
  const t = isDate(value) ? (dateGetTime.call(value) as number) : Number.NaN;
  if (Number.isNaN(t)) fail(path, value, "a valid Date");
  if (t < MIN_EPOCH_MS || t > MAX_EPOCH_MS) fail(path, value, "a Date in the supported years 1000–9999");
  return t;
}

function optionalInstant(value: unknown, path: Path): number | null {
  return value === null || value === undefined ? null : instant(value, path);
}

/** A length of time in ms (a target, an elapsed time): a finite number >= 0, or null when absent. */
function optionalNumber(value: unknown, path: Path): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) fail(path, value, "a finite number of ms >= 0");
  return value;
}

/** The states a MetricStatus can be in. */
const STATES: ReadonlyArray<unknown> = ["running", "paused", "met", "breached"];

function optionalText(value: unknown, path: Path): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") fail(path, value, "a string");
  return value;
}

/** `metrics.firstResponse`, or `metrics["odd key"]` for keys that are not identifiers. */
function keyPath(base: Path, key: string): Path {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key.length > 100 ? key.slice(0, 100) : key)}]`;
}

/**
 * Checks `explanation` and reads each field once (arrays by index, after reading `length` once);
 * an exception thrown while reading (a getter, a revoked Proxy) becomes an InputError naming the field.
 *
 * @throws InputError naming the field (`explanation.metrics.resolution.spans[2].end: …`): not an
 *   object, a zone that is not an IANA time zone, an invalid `Date` or one outside years 1000–9999, `to` before `from`, a span
 *   that ends before it starts, an unknown span `kind`, a non-string `name`.
 */
export function readExplanation(explanation: unknown): TimelineData {
  const root = "explanation";
  if (!isRecord(explanation, root)) fail(root, explanation, "a ticket explanation object (what explainTicket returns)");
  const id = optionalText(get(explanation, "id", `${root}.id`), `${root}.id`);
  const timezone = get(explanation, "timezone", `${root}.timezone`);
  const zoneProblem = checkTimeZoneName(timezone);
  if (zoneProblem !== null) throw new InputError(`timelineSvg: ${root}.timezone: ${zoneProblem}`);
  const from = instant(get(explanation, "from", `${root}.from`), `${root}.from`);
  const rawTo = get(explanation, "to", `${root}.to`);
  const to = instant(rawTo, `${root}.to`);
  if (to < from) fail(`${root}.to`, rawTo, `at or after from (${new Date(from).toISOString()})`);
  const metrics = get(explanation, "metrics", `${root}.metrics`);
  if (!isRecord(metrics, `${root}.metrics`)) fail(`${root}.metrics`, metrics, "an object of metric explanations");
  const lanes: LaneData[] = [];
  for (const metric of guarded(`${root}.metrics`, () => Object.keys(metrics))) {
    const path = keyPath(`${root}.metrics`, metric);
    const m = get(metrics, metric, path);
    if (!isRecord(m, path)) fail(path, m, "an object { spans, status }");
    lanes.push(readLane(metric, m, path));
  }
  return { ...(id === undefined ? {} : { id }), timezone: timezone as string, zone: getZoneRules(timezone as string), from, to, lanes };
}

function readLane(metric: string, m: Record<string, unknown>, path: Path): LaneData {
  const rawSpans = get(m, "spans", `${path}.spans`);
  if (!guarded(`${path}.spans`, () => Array.isArray(rawSpans))) fail(`${path}.spans`, rawSpans, "an array of spans");
  const list = rawSpans as ReadonlyArray<unknown>;
  const n = guarded(`${path}.spans.length`, () => list.length);
  const spans: LaneSpan[] = [];
  for (let i = 0; i < n; i++) spans.push(readSpan(guarded(`${path}.spans[${i}]`, () => list[i]), `${path}.spans[${i}]`));
  const status = get(m, "status", `${path}.status`);
  if (!isRecord(status, `${path}.status`)) fail(`${path}.status`, status, "a MetricStatus object");
  const field = (key: string): unknown => get(status, key, `${path}.status.${key}`);
  const state = field("status");
  if (typeof state !== "string" || !STATES.includes(state)) fail(`${path}.status.status`, state, 'one of "running", "paused", "met", "breached"');
  const group = optionalText(field("group"), `${path}.status.group`);
  return {
    metric,
    spans,
    status: state,
    target: optionalNumber(field("target"), `${path}.status.target`),
    elapsed: optionalNumber(field("elapsed"), `${path}.status.elapsed`),
    deadline: optionalInstant(field("deadline"), `${path}.status.deadline`),
    breachedAt: optionalInstant(field("breachedAt"), `${path}.status.breachedAt`),
    completedAt: optionalInstant(field("completedAt"), `${path}.status.completedAt`),
    calendarElapsed: optionalNumber(field("calendarElapsed"), `${path}.status.calendarElapsed`),
    ...(group === undefined ? {} : { group }),
  };
}

function readSpan(raw: unknown, path: Path): LaneSpan {
  if (!isRecord(raw, path)) fail(path, raw, "a span { start, end, kind, name? }");
  const start = instant(get(raw, "start", `${path}.start`), `${path}.start`);
  const rawEnd = get(raw, "end", `${path}.end`);
  const end = instant(rawEnd, `${path}.end`);
  if (end < start) fail(`${path}.end`, rawEnd, `at or after its start (${new Date(start).toISOString()})`);
  const kind = get(raw, "kind", `${path}.kind`);
  if (!(SPAN_KINDS as ReadonlyArray<unknown>).includes(kind)) fail(`${path}.kind`, kind, `one of ${SPAN_KINDS.join(", ")}`);
  const name = optionalText(get(raw, "name", `${path}.name`), `${path}.name`);
  return name === undefined ? { start, end, kind: kind as TimelineSpanKind } : { start, end, kind: kind as TimelineSpanKind, name };
}
