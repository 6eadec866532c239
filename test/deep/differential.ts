/**
 * The deep differential run: the 8 business-time functions and `evaluateTicket` against the slow
 * reference (test/reference/; for `evaluateTicket` the v2 SLA reference, test/reference/referenceSlaV2.ts,
 * which also checks thresholds, calendarElapsed and nextChangeAt) on random policies in {@link DEEP_ZONES},
 * 1970–2100. One *case* is one call of one function on both sides, compared exactly (epoch ms,
 * booleans, intervals; a horizon error must occur on both sides or neither).
 *
 * Cases share compiled policies: each policy (a zone, one to three focus years, random hours,
 * holidays, closures and maintenance) gets a batch of about {@link CASES_PER_POLICY} cases.
 */
import { DateTime } from "luxon";
import * as sla from "../../src/index.js";
import { referenceOf } from "../reference/referenceBusinessTime.js";
import { refInstant } from "../reference/referenceBusinessTime.js";
import type { PolicyJson } from "../support/arbitraries.js";
import { asInput, durationInputs, outcomeOf, type InstantForm, type Outcome } from "../support/compareWithReference.js";
import { DAY, HOUR, MINUTE } from "../reference/wallClock.js";
import { DEEP_ZONES } from "./deepZones.js";
import { SEVERITY_KEYS, deepPolicy, duration, focusInstant, focusOf, isSparse, spanLength, type Focus } from "./deepPolicies.js";
import { Random } from "./random.js";
import { readSlaPolicy, refEvaluateTicketV2, type RefEventV2, type RefTicketStatusV2, type RefTicketV2 } from "../reference/referenceSlaV2.js";

export const FUNCTIONS = [
  "isBusinessTime",
  "nextBusinessTime",
  "businessTimeBetween",
  "addBusinessTime",
  "subtractBusinessTime",
  "businessIntervals",
  "addBusinessDays",
  "businessDaysBetween",
  "evaluateTicket",
] as const;
export type FunctionName = (typeof FUNCTIONS)[number];

/** Cases per policy (dense policies); sparse ones (no weekly hours) get a few only: the reference is slow on them. */
const CASES_PER_POLICY = 240;
const SPARSE_CASES = 12;

export interface Disagreement {
  fn: FunctionName;
  zone: string;
  def: PolicyJson;
  args: unknown[];
  real: unknown;
  reference: unknown;
}

export interface DeepResult {
  seed: number;
  cases: Record<FunctionName, number>;
  /** Cases in which both sides hit the horizon (HorizonError): agreement, but a weaker one. */
  horizon: Record<FunctionName, number>;
  total: number;
  policies: number;
  zones: Set<string>;
  years: Set<number>;
  disagreements: Disagreement[];
  disagreementCount: number;
  ms: number;
}

/** An instant as one of the accepted input forms (mostly epoch ms). */
function instantForm(r: Random): InstantForm {
  return r.weighted<InstantForm>([
    [12, () => "number"],
    [1, () => "date"],
    [1, () => "isoZ"],
    [1, () => "isoOffset"],
    [1, () => "dateTime"],
    [1, () => "wall"],
  ]);
}

/** Dates → epoch ms, -0 → 0, keys sorted: a canonical JSON text of any result. */
function canonical(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, key: string, v: unknown) {
    const raw = (this as Record<string, unknown>)[key];
    if (raw instanceof Date) return { date: raw.getTime() };
    if (typeof v === "number" && (Object.is(v, -0) || !Number.isFinite(v))) return Object.is(v, -0) ? 0 : String(v);
    if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
    }
    return v;
  });
}

/** The reference's status as the real one looks (instants as Dates), for the canonical comparison. */
function refStatusAsReal(s: RefTicketStatusV2): unknown {
  const date = (t: number | null) => (t === null ? null : new Date(t));
  const metrics: Record<string, unknown> = {};
  for (const [k, m] of Object.entries(s.metrics)) {
    metrics[k] = {
      ...m,
      deadline: date(m.deadline),
      breachedAt: date(m.breachedAt),
      completedAt: date(m.completedAt),
      thresholds: m.thresholds.map((t) => ({ ...t, at: date(t.at) })),
    };
  }
  return { ...s, metrics, nextDeadline: date(s.nextDeadline), nextChangeAt: date(s.nextChangeAt) };
}

/** The canonical JSON of a ticket status, or the error as {@link outcomeOf} names it. */
function statusOutcome(f: () => unknown): string {
  let value: unknown;
  const error = outcomeOf(() => {
    value = f();
    return 0;
  });
  return value === undefined ? String(error) : canonical(value);
}

/**
 * Runs `budget` cases from `seed` over `zones`, calling `onDisagreement` for each disagreement
 * (the first 50 are also kept in the result).
 */
export function runDeep(seed: number, budget: number, zones: ReadonlyArray<string> = DEEP_ZONES): DeepResult {
  const t0 = Date.now();
  const r = new Random(seed);
  const cases = Object.fromEntries(FUNCTIONS.map((f) => [f, 0])) as Record<FunctionName, number>;
  const horizon = Object.fromEntries(FUNCTIONS.map((f) => [f, 0])) as Record<FunctionName, number>;
  const result: DeepResult = { seed, cases, horizon, total: 0, policies: 0, zones: new Set(), years: new Set(), disagreements: [], disagreementCount: 0, ms: 0 };
  let zoneIndex = r.int(0, zones.length - 1);
  while (result.total < budget) {
    const zone = zones[zoneIndex++ % zones.length]!;
    const focus = focusOf(r, zone);
    const def = deepPolicy(r, focus);
    if (!isSparse(def) && r.bool(0.5)) withSlaModelV2(r, def);
    let real: sla.Policy;
    try {
      real = sla.definePolicy(def);
    } catch (e) {
      // every generated policy must be valid: report it as a disagreement of definePolicy
      result.disagreementCount++;
      result.disagreements.push({ fn: "isBusinessTime", zone, def, args: ["definePolicy"], real: String(e), reference: "valid" });
      continue;
    }
    result.policies++;
    result.zones.add(zone);
    for (const y of focus.years) result.years.add(y);
    const n = Math.min(isSparse(def) ? SPARSE_CASES : CASES_PER_POLICY, budget - result.total);
    runPolicyCases(r, focus, def, real, n, result);
  }
  result.ms = Date.now() - t0;
  return result;
}

function runPolicyCases(r: Random, f: Focus, def: PolicyJson, real: sla.Policy, n: number, result: DeepResult): void {
  const ref = referenceOf(def);
  const calendarDef: PolicyJson = { timezone: def.timezone, hours: "24x7" };
  if (def.maintenance !== undefined) calendarDef.maintenance = def.maintenance;
  const calendar = referenceOf(calendarDef);
  // the v2 reference covers the v1 model and adds thresholds, calendarElapsed and nextChangeAt
  const slaPolicy = readSlaPolicy(def);
  // instants the policy singles out: closure and one-off window bounds
  const anchors: number[] = [];
  for (const h of (def.holidays ?? []) as Array<Record<string, string>>) {
    if (h["from"] !== undefined) anchors.push(refInstant(ref.policy, h["from"]), refInstant(ref.policy, h["to"]));
  }
  for (const w of (def.maintenance?.windows ?? []) as Array<Record<string, string>>) {
    if (w["start"] !== undefined) anchors.push(refInstant(ref.policy, w["start"]), refInstant(ref.policy, w["end"]));
  }
  const zone = f.zone;
  const instant = () => focusInstant(r, f, anchors);
  const longOk = !isSparse(def);

  const check = (fn: FunctionName, args: unknown[], realOut: Outcome | string, refOut: Outcome | string) => {
    result.cases[fn]++;
    result.total++;
    if (realOut === "HorizonError") result.horizon[fn]++;
    const same = typeof realOut === "string" || typeof refOut === "string" ? realOut === refOut : JSON.stringify(realOut) === JSON.stringify(refOut);
    if (!same) {
      result.disagreementCount++;
      if (result.disagreements.length < 50) result.disagreements.push({ fn, zone, def, args, real: realOut, reference: refOut });
    }
  };

  for (let i = 0; i < n; i++) {
    const fn = r.weighted<FunctionName>([
      [3, () => "isBusinessTime"],
      [2, () => "nextBusinessTime"],
      [3, () => "businessTimeBetween"],
      [3, () => "addBusinessTime"],
      [3, () => "subtractBusinessTime"],
      [1, () => "businessIntervals"],
      [1.5, () => "addBusinessDays"],
      [1.5, () => "businessDaysBetween"],
      [2, () => "evaluateTicket"],
    ]);
    const form = instantForm(r);
    const input = (t: number) => asInput(zone, t, form);
    switch (fn) {
      case "isBusinessTime":
      case "nextBusinessTime": {
        const at = input(instant());
        check(fn, [at], outcomeOf(() => sla[fn](real, at as never)), outcomeOf(() => ref[fn](at)));
        break;
      }
      case "businessTimeBetween":
      case "businessDaysBetween": {
        const a = instant();
        const b = r.bool(0.2) ? instant() : a + spanLength(r, longOk);
        const [x, y] = [input(a), input(b)];
        check(fn, [x, y], outcomeOf(() => sla[fn](real, x as never, y as never)), outcomeOf(() => ref[fn](x, y)));
        break;
      }
      case "businessIntervals": {
        const a = instant();
        const b = a + r.int(-DAY, 10 * DAY);
        check(fn, [a, b], outcomeOf(() => sla.businessIntervals(real, a, b)), outcomeOf(() => ref.businessIntervals(a, b)));
        break;
      }
      case "addBusinessTime":
      case "subtractBusinessTime": {
        const at = input(instant());
        const d = isSparse(def) ? Math.min(duration(r), 48 * HOUR) : duration(r);
        const inputs = durationInputs(d);
        const dur = r.bool(0.8) ? d : r.pick(inputs);
        check(fn, [at, dur], outcomeOf(() => sla[fn](real, at as never, dur as never)), outcomeOf(() => ref[fn](at, d)));
        break;
      }
      case "addBusinessDays": {
        const at = input(instant());
        const days = r.weighted<number>([
          [6, () => r.int(-10, 10)],
          [3, () => r.int(-60, 60)],
          [longOk ? 1 : 0, () => r.int(-400, 400)],
        ]);
        check(fn, [at, days], outcomeOf(() => sla.addBusinessDays(real, at as never, days)), outcomeOf(() => ref.addBusinessDays(at, days)));
        break;
      }
      case "evaluateTicket": {
        const ticket = randomTicket(r, f, def, instant);
        const now = r.weighted<number>([
          [1, () => ticket.createdAt - r.int(0, DAY)],
          [2, () => r.pick([ticket.createdAt, ...ticket.events.map((e) => e.at)])],
          [6, () => ticket.createdAt + r.int(0, 12 * DAY)],
          [1, () => ticket.createdAt + r.int(0, 90 * DAY)],
        ]);
        const realTicket = { ...ticket, createdAt: input(ticket.createdAt), events: ticket.events.map((e) => ({ ...e })) };
        const realOut = statusOutcome(() => sla.evaluateTicket(real, realTicket as never, now));
        const refOut = statusOutcome(() =>
          refStatusAsReal(refEvaluateTicketV2({ business: ref, calendar }, slaPolicy, { ...ticket, createdAt: refInstant(ref.policy, input(ticket.createdAt)) }, now)),
        );
        check(fn, [ticket, now], realOut, refOut);
        break;
      }
    }
  }
}

const EVENT_TYPES = ["response", "update", "pause", "resume", "severity", "resolve", "reopen", "status", "customerReply", "assign"] as const;
const STATUS_NAMES = ["new", "open", "pending", "on-hold", "solved", "closed"];
const GROUPS = ["tier1", "tier2", "eng"];

/** A duration target for the v2 metrics: ms or text, sometimes with clock and pausability. */
function v2Target(r: Random): unknown {
  const ms = r.weighted<number>([
    [3, () => r.int(1, 60) * HOUR],
    [2, () => r.int(1, 48 * 60) * MINUTE],
    [1, () => r.int(1, 48 * HOUR)],
  ]);
  return r.weighted<unknown>([
    [2, () => ms],
    [1, () => (ms % MINUTE === 0 ? `${ms / MINUTE}m` : ms)],
    [3, () => ({ duration: ms, clock: r.pick(["business", "calendar"]), pausable: r.bool() })],
  ]);
}

/**
 * Adds the SLA model v2 (CONTRACT §6) to a deep policy, in place: statuses that pause everything,
 * pause a list of metrics, or resolve; a timeIn metric; warnAt as a list; nextReply, ownership and
 * agentWork targets; business-day targets for some resolutions.
 */
function withSlaModelV2(r: Random, def: PolicyJson): void {
  const names = r.subset(STATUS_NAMES, 2);
  const severities = def["severities"] as Record<string, { targets: Record<string, unknown> }>;
  const withTimeIn = r.bool(0.6);
  for (const sev of Object.values(severities)) {
    if (r.bool(0.6)) sev.targets["nextReply"] = v2Target(r);
    if (r.bool(0.5)) sev.targets["ownership"] = v2Target(r);
    if (withTimeIn && r.bool(0.7)) sev.targets["agentWork"] = v2Target(r);
    if (r.bool(0.3)) {
      const n = r.int(0, 3);
      const at = r.pick(["00:00", "02:30", "09:00", "17:00", "23:59", "24:00"]);
      sev.targets["resolution"] = n === 0 || r.bool() ? { businessDays: n, at } : { businessDays: n };
    }
  }
  const targeted = [...new Set(Object.values(severities).flatMap((sev) => Object.keys(sev.targets)))];
  const statuses: Record<string, unknown> = {};
  for (const name of names) {
    statuses[name] = r.weighted<unknown>([
      [3, () => ({})],
      [2, () => ({ pauses: true })],
      [targeted.length > 0 ? 2 : 0, () => ({ pauses: r.subset(targeted, 1) })],
      [2, () => ({ resolves: true })],
    ]);
  }
  def["statuses"] = statuses;
  if (withTimeIn) def["timeIn"] = { agentWork: r.subset(names, 1) };
  else for (const sev of Object.values(severities)) delete sev.targets["agentWork"];
  if (r.bool(0.6)) def["warnAt"] = r.subset([0.25, 0.5, 0.75, 0.9, 1], 1);
}

function randomTicket(r: Random, f: Focus, def: PolicyJson, instant: () => number): RefTicketV2 {
  const severities = Object.keys(def["severities"] as object);
  const statusNames = def["statuses"] === undefined ? [] : Object.keys(def["statuses"] as object);
  const createdAt = instant();
  const events: RefEventV2[] = [];
  for (let k = r.int(0, 10); k > 0; k--) {
    const type = r.weighted<(typeof EVENT_TYPES)[number]>([
      [3, () => "response"],
      [2, () => "update"],
      [2, () => "pause"],
      [2, () => "resume"],
      [1, () => "severity"],
      [1.5, () => "resolve"],
      [1, () => "reopen"],
      [statusNames.length > 0 ? 4 : 0, () => "status"],
      [statusNames.length > 0 ? 2 : 0.5, () => "customerReply"],
      [statusNames.length > 0 ? 2 : 0.5, () => "assign"],
    ]);
    const at = createdAt + r.weighted<number>([
      [3, () => r.int(0, 7 * 24 * 4) * 15 * MINUTE],
      [2, () => r.int(0, 7 * DAY)],
      [1, () => r.int(0, 30 * DAY)],
      [1, () => r.pick([0, 1, HOUR])],
    ]);
    if (type === "severity") events.push({ type, at, severity: r.pick(severities) });
    else if (type === "status") events.push({ type, at, status: r.pick(statusNames) });
    else if (type === "assign") events.push({ type, at, group: r.pick(GROUPS) });
    else events.push({ type, at });
  }
  // sometimes two events at the same instant (their input order decides)
  if (events.length >= 2 && r.bool(0.2)) events[1]!.at = events[0]!.at;
  const ticket: RefTicketV2 = { createdAt, severity: r.pick(severities.length > 0 ? severities : [...SEVERITY_KEYS]), events };
  if (statusNames.length > 0 && r.bool(0.4)) ticket.status = r.pick(statusNames);
  if (r.bool(0.4)) ticket.group = r.pick(GROUPS);
  if (r.bool(0.5)) ticket.id = `T-${r.int(1, 9999)}`;
  return ticket;
}

/** One-line description of a disagreement, for the log. */
export function describeDisagreement(d: Disagreement): string {
  const show = (v: unknown) => (typeof v === "number" && Math.abs(v) > 1e11 ? `${new Date(v).toISOString()}` : DateTime.isDateTime(v) ? v.toISO() : v);
  return `${d.fn} in ${d.zone}: args ${JSON.stringify(d.args.map(show))}\n  real      ${JSON.stringify(d.real)}\n  reference ${JSON.stringify(d.reference)}\n  policy    ${JSON.stringify(d.def)}`;
}
