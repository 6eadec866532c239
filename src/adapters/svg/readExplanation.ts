/**
 * Reads a caller's {@link TicketExplanation} once, checking it, into the plain numbers the drawing
 * code works with.
 *
 * @module
 */
import { InputError, describeValue } from "../../errors.js";
import type { TimelineSpanKind } from "../../sla/ticketExplanation.js";
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function instant(value: unknown, path: Path): number {
  const t = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(t)) fail(path, value, "a valid Date");
  return t;
}

function optionalInstant(value: unknown, path: Path): number | null {
  return value === null || value === undefined ? null : instant(value, path);
}

function optionalNumber(value: unknown, path: Path): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) fail(path, value, "a finite number of ms");
  return value;
}

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
 * Checks `explanation` and reads each field once (arrays by index, after reading `length` once).
 *
 * @throws InputError naming the field (`explanation.metrics.resolution.spans[2].end: …`): not an
 *   object, a zone that is not an IANA time zone, an invalid `Date`, `to` before `from`, a span
 *   that ends before it starts, an unknown span `kind`, a non-string `name`.
 */
export function readExplanation(explanation: unknown): TimelineData {
  const root = "explanation";
  if (!isRecord(explanation)) fail(root, explanation, "a ticket explanation object (what explainTicket returns)");
  const id = optionalText(explanation.id, `${root}.id`);
  const timezone = explanation.timezone;
  const zoneProblem = checkTimeZoneName(timezone);
  if (zoneProblem !== null) throw new InputError(`timelineSvg: ${root}.timezone: ${zoneProblem}`);
  const from = instant(explanation.from, `${root}.from`);
  const to = instant(explanation.to, `${root}.to`);
  if (to < from) fail(`${root}.to`, explanation.to, `at or after from (${describeValue(explanation.from)})`);
  const metrics = explanation.metrics;
  if (!isRecord(metrics)) fail(`${root}.metrics`, metrics, "an object of metric explanations");
  const lanes: LaneData[] = [];
  for (const metric of Object.keys(metrics)) {
    const path = keyPath(`${root}.metrics`, metric);
    const m = metrics[metric];
    if (!isRecord(m)) fail(path, m, "an object { spans, status }");
    lanes.push(readLane(metric, m, path));
  }
  return { ...(id === undefined ? {} : { id }), timezone: timezone as string, zone: getZoneRules(timezone as string), from, to, lanes };
}

function readLane(metric: string, m: Record<string, unknown>, path: Path): LaneData {
  const rawSpans = m.spans;
  if (!Array.isArray(rawSpans)) fail(`${path}.spans`, rawSpans, "an array of spans");
  const n = rawSpans.length;
  const spans: LaneSpan[] = [];
  for (let i = 0; i < n; i++) spans.push(readSpan(rawSpans[i], `${path}.spans[${i}]`));
  const status = m.status;
  if (!isRecord(status)) fail(`${path}.status`, status, "a MetricStatus object");
  const state = status.status;
  if (typeof state !== "string") fail(`${path}.status.status`, state, "a string");
  return {
    metric,
    spans,
    status: state,
    target: optionalNumber(status.target, `${path}.status.target`),
    elapsed: optionalNumber(status.elapsed, `${path}.status.elapsed`),
    deadline: optionalInstant(status.deadline, `${path}.status.deadline`),
    breachedAt: optionalInstant(status.breachedAt, `${path}.status.breachedAt`),
    completedAt: optionalInstant(status.completedAt, `${path}.status.completedAt`),
  };
}

function readSpan(raw: unknown, path: Path): LaneSpan {
  if (!isRecord(raw)) fail(path, raw, "a span { start, end, kind, name? }");
  const start = instant(raw.start, `${path}.start`);
  const end = instant(raw.end, `${path}.end`);
  if (end < start) fail(`${path}.end`, raw.end, `at or after its start (${describeValue(raw.start)})`);
  const kind = raw.kind;
  if (!(SPAN_KINDS as ReadonlyArray<unknown>).includes(kind)) fail(`${path}.kind`, kind, `one of ${SPAN_KINDS.join(", ")}`);
  const name = optionalText(raw.name, `${path}.name`);
  return name === undefined ? { start, end, kind: kind as TimelineSpanKind } : { start, end, kind: kind as TimelineSpanKind, name };
}
