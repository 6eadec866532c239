/**
 * The library against the v2 SLA reference (test/reference/referenceSlaV2.ts) on random policies
 * and event logs ({@link slaModelPolicyArb}, {@link abstractTicketArb}): `evaluateTicket` compared
 * on every field (instants as epoch ms, keys sorted, `Infinity` as text), `checkBreaches` on each
 * ticket alone and on a batch per policy, and `prioritize` on that batch (its order from the
 * reference's statuses). A horizon error must occur on both sides or neither.
 *
 * Shared by the `npm test` property (test/sla/slaModel.property.test.ts) and the deep run
 * (test/deep/slaModel.deep.test.ts), which differ only in how many tickets they check.
 */
import fc from "fast-check";
import * as sla from "../../src/index.js";
import { RefHorizonError, referenceOf } from "../reference/referenceBusinessTime.js";
import { readSlaPolicy, refEvaluationV2, type RefSlaPolicy, type SlaClocksV2 } from "../reference/referenceSlaV2.js";
import { abstractTicketArb, concreteTicket, slaModelPolicyArb, type AbstractTicket, type ConcreteTicket } from "./slaArbitraries.js";
import type { PolicyJson } from "./arbitraries.js";
import { asInput } from "./compareWithReference.js";

const DAY = 24 * 3_600_000;

export interface Subject {
  def: PolicyJson;
  policy: sla.Policy;
  clocks: SlaClocksV2;
  ref: RefSlaPolicy;
  statusNames: string[] | null;
}

export function subjectOf(def: PolicyJson): Subject {
  const calendarDef: PolicyJson = { timezone: def.timezone, hours: "24x7" };
  if (def.maintenance !== undefined) calendarDef.maintenance = def.maintenance;
  return {
    def,
    policy: sla.definePolicy(def),
    clocks: { business: referenceOf(def), calendar: referenceOf(calendarDef) },
    ref: readSlaPolicy(def),
    statusNames: def["statuses"] === undefined ? null : Object.keys(def["statuses"] as object),
  };
}

/** Dates → epoch ms, -0 → 0, ±Infinity and NaN → text, undefined dropped, keys sorted: a canonical JSON text. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, key: string, v: unknown) {
    const raw = (this as Record<string, unknown>)[key];
    if (raw instanceof Date) return raw.getTime();
    if (typeof v === "number" && (Object.is(v, -0) || !Number.isFinite(v))) return Object.is(v, -0) ? 0 : String(v);
    if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
    }
    return v;
  });
}

/** The value, or the error's class name (the reference's horizon error named as the library's). */
export function outcome(f: () => unknown): unknown {
  try {
    return JSON.parse(canonical(f()));
  } catch (e) {
    if (e instanceof RefHorizonError) return { error: "HorizonError" };
    if (e instanceof sla.SlaClockError) return { error: e.name };
    return { error: `unexpected ${String(e)}` };
  }
}

/** The paths at which two canonical values differ, with both values. */
export function differences(real: unknown, reference: unknown, path = ""): string[] {
  if (typeof real !== "object" || typeof reference !== "object" || real === null || reference === null) {
    return real === reference ? [] : [`${path || "(value)"}: expected ${JSON.stringify(reference)}, got ${JSON.stringify(real)}`];
  }
  const keys = new Set([...Object.keys(real), ...Object.keys(reference)]);
  return [...keys].flatMap((k) =>
    differences((real as Record<string, unknown>)[k], (reference as Record<string, unknown>)[k], path === "" ? k : `${path}.${k}`),
  );
}

export interface Disagreement {
  fn: "evaluateTicket" | "checkBreaches" | "prioritize";
  def: PolicyJson;
  tickets: ConcreteTicket[];
  now: number;
  diffs: string[];
}

export function describe(d: Disagreement): string {
  return [
    `${d.fn} disagrees with the reference`,
    `policy: ${JSON.stringify(d.def)}`,
    `tickets: ${JSON.stringify(d.tickets)}`,
    `now: ${d.now} (${new Date(d.now).toISOString()})`,
    ...d.diffs.slice(0, 12).map((x) => `  ${x}`),
  ].join("\n");
}

export interface Tally {
  tickets: number;
  policies: number;
  horizon: number;
  breachChecks: number;
  /** prioritize calls compared (one batch per policy). */
  prioritized?: number;
  /** How often each situation occurred among the agreeing statuses (coverage evidence). */
  seen?: Record<string, number>;
}

/** Counts the situations a ticket status shows: metrics present, their states, thresholds, nextChangeAt. */
function observe(tally: Tally, status: Record<string, unknown>): void {
  const seen = (tally.seen ??= {});
  const add = (k: string) => (seen[k] = (seen[k] ?? 0) + 1);
  add(`state ${status["state"]}`);
  if (status["status"] !== undefined) add("has statuses");
  if (status["nextChangeAt"] !== null) add("nextChangeAt set");
  for (const [name, m] of Object.entries(status["metrics"] as Record<string, Record<string, unknown>>)) {
    add(`metric ${name}`);
    add(`${name} ${m["status"]}`);
    if ((m["breaches"] as number) > 1) add(`${name} several breaches`);
    const th = m["thresholds"] as Array<{ reached: boolean }>;
    if (th.some((t) => t.reached) && th.some((t) => !t.reached)) add("thresholds partly reached");
    if (m["target"] === 0) add("zero target");
  }
}

/**
 * Checks a batch of tickets on one policy: each ticket's status and breaches alone, then
 * `checkBreaches` over all of them at one shared `now`. Returns the first disagreement, or null.
 */
export function checkBatch(s: Subject, abstract: ReadonlyArray<AbstractTicket>, anchors: number[], tally: Tally): Disagreement | null {
  const concrete: Array<{ ticket: ConcreteTicket; now: number }> = [];
  for (const a of abstract) {
    const createdAt = anchors[a.created % anchors.length]!;
    const boundaries = outcome(() => s.clocks.business.businessIntervals(createdAt, createdAt + 6 * DAY)) as number[][] | { error: string };
    const flat = Array.isArray(boundaries) ? boundaries.flat() : [];
    concrete.push(concreteTicket(a, createdAt, flat, s.statusNames));
  }
  const fine: ConcreteTicket[] = [];
  let latest = Number.NEGATIVE_INFINITY;
  for (const [k, { ticket, now }] of concrete.entries()) {
    tally.tickets++;
    // the library reads the instants in one of its exact input forms (the reference gets epoch ms)
    const form = abstract[k]!.form;
    const input = (t: number) => asInput(s.def.timezone, t, form);
    const given = form === "number" ? ticket : { ...ticket, createdAt: input(ticket.createdAt), events: ticket.events.map((e) => ({ ...e, at: input(e.at) })) };
    const realStatus = outcome(() => sla.evaluateTicket(s.policy, given as never, now));
    const realBreaches = outcome(() => sla.checkBreaches(s.policy, [given as never], now));
    let refStatus: unknown;
    let refBreaches: unknown;
    try {
      const e = refEvaluationV2(s.clocks, s.ref, ticket, now);
      refStatus = JSON.parse(canonical(e.status));
      refBreaches = JSON.parse(canonical(e.breaches.map((b) => ({ ticketId: ticket.id ?? "0", ...b }))));
    } catch (err) {
      refStatus = refBreaches = err instanceof RefHorizonError ? { error: "HorizonError" } : { error: `unexpected ${String(err)}` };
    }
    const d1 = differences(realStatus, refStatus);
    if (d1.length > 0) return { fn: "evaluateTicket", def: s.def, tickets: [ticket], now, diffs: [`(instants given as ${form})`, ...d1] };
    const d2 = differences(realBreaches, refBreaches);
    tally.breachChecks++;
    if (d2.length > 0) return { fn: "checkBreaches", def: s.def, tickets: [ticket], now, diffs: d2 };
    if ((refStatus as { error?: string }).error === "HorizonError") tally.horizon++;
    else {
      observe(tally, refStatus as Record<string, unknown>);
      fine.push(ticket);
      latest = Math.max(latest, now);
    }
  }
  // the batch at one `now` (every ticket's events up to its own now kept; later ones dropped by the rule)
  if (fine.length > 1) {
    const batch = fine.slice(0, 8);
    let evaluations: Array<ReturnType<typeof refEvaluationV2>>;
    try {
      evaluations = batch.map((t) => refEvaluationV2(s.clocks, s.ref, t, latest));
    } catch (err) {
      if (!(err instanceof RefHorizonError)) throw err;
      // A ticket fine at its own `now` can need a deadline beyond the horizon at the batch's later
      // `now` (seed 75243182: a desk open one minute a week): the reference refuses it, and so must
      // both batch functions, whole (the error names the ticket).
      const refused = [outcome(() => sla.checkBreaches(s.policy, batch as never, latest)), outcome(() => sla.prioritize(s.policy, batch as never, latest))];
      tally.breachChecks++;
      const d = differences(refused, [{ error: "HorizonError" }, { error: "HorizonError" }]);
      return d.length > 0 ? { fn: "checkBreaches", def: s.def, tickets: batch, now: latest, diffs: ["(the reference refuses a ticket of the batch at this now)", ...d] } : null;
    }
    const real = outcome(() => sla.checkBreaches(s.policy, batch as never, latest));
    const ref = JSON.parse(canonical(batch.flatMap((t, i) => evaluations[i]!.breaches.map((b) => ({ ticketId: t.id ?? String(i), ...b })))));
    tally.breachChecks++;
    const d = differences(real, ref);
    if (d.length > 0) return { fn: "checkBreaches", def: s.def, tickets: batch, now: latest, diffs: d };
    const expected = referenceOrder(s, batch, evaluations);
    const got = outcome(() => sla.prioritize(s.policy, batch as never, latest).map((t) => batch.indexOf(t as never)));
    tally.prioritized = (tally.prioritized ?? 0) + 1;
    const dp = differences(got, expected);
    if (dp.length > 0) return { fn: "prioritize", def: s.def, tickets: batch, now: latest, diffs: dp };
  }
  return null;
}

/**
 * The order `prioritize` must give `batch` (as indexes), from the reference's evaluations: earliest
 * nextDeadline first (none last), then severity rank, createdAt, id (none last, by UTF-16 code
 * units), then input order.
 */
export function referenceOrder(s: Subject, batch: ReadonlyArray<ConcreteTicket>, evaluations: ReadonlyArray<ReturnType<typeof refEvaluationV2>>): number[] {
  const rank = [...s.ref.severities.keys()];
  const key = (i: number) => {
    const st = evaluations[i]!.status;
    return [st.nextDeadline ?? Number.POSITIVE_INFINITY, rank.indexOf(st.severity), batch[i]!.createdAt] as const;
  };
  return batch
    .map((_, i) => i)
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      for (let k = 0; k < 3; k++) if (x[k] !== y[k]) return x[k]! < y[k]! ? -1 : 1;
      const [ia, ib] = [batch[a]!.id, batch[b]!.id];
      if (ia !== ib) return ia === undefined ? 1 : ib === undefined ? -1 : ia < ib ? -1 : 1;
      return a - b;
    });
}

/** The fast-check property: one random policy, `perPolicy` random tickets on it, all agreeing. */
export function agreementProperty(perPolicy: number, tally: Tally, onDisagreement: (d: Disagreement) => void, onPolicy: () => void = () => {}) {
  return fc.property(slaModelPolicyArb, fc.array(abstractTicketArb, { minLength: perPolicy, maxLength: perPolicy }), ({ def, anchors }, tickets) => {
    let s: Subject;
    try {
      s = subjectOf(def);
    } catch (e) {
      throw new Error(`definePolicy refused a generated policy: ${String(e)}\n${JSON.stringify(def)}`);
    }
    // a calendar with (almost) no business time makes every deadline a 100-year search on the
    // reference's side: such policies are the business-time tests' concern, not this one's
    fc.pre(anchors.every((a) => s.clocks.business.businessTimeBetween(a, a + 21 * DAY) > 0 && s.clocks.calendar.businessTimeBetween(a, a + 21 * DAY) > 0));
    tally.policies++;
    const d = checkBatch(s, tickets, anchors, tally);
    if (d !== null) {
      onDisagreement(d);
      throw new Error(describe(d));
    }
    onPolicy();
  });
}
