/**
 * fast-check arbitraries for the SLA model v2 (CONTRACT §6): policies with statuses, timeIn
 * metrics, warnAt lists and every kind of target (durations on either clock, pausable or not,
 * business-day targets), over the random calendars of test/support/arbitraries.ts (zones with DST
 * and odd offsets, holidays, closures, overnight hours, pausing maintenance); and random tickets whose
 * event logs put several events at one instant, events at business-hours boundaries (closing and
 * opening instants), across DST changes and holidays.
 *
 * Tickets are created at the policy's *anchors*: near its zone's DST transitions and local New
 * Years, at local quarter hours, and shortly before or on its dated holidays and closures.
 * Events are drawn as *abstract* times ({@link AbstractTime}) and made concrete against the
 * policy's business intervals around the ticket ({@link concreteTicket}), so that "at a closing
 * instant" means one in this policy.
 */
import fc from "fast-check";
import type { RefEventType } from "../reference/referenceSlaV2.js";
import { parseIsoInstant } from "../reference/wallClock.js";
import { instantArb, policyInZoneArb, zoneArb, type PolicyJson } from "./arbitraries.js";
import type { InstantForm } from "./compareWithReference.js";

const MIN = 60_000;
const H = 60 * MIN;
const DAY = 24 * H;

export const SEVERITIES = ["s1", "s2", "s3"] as const;
export const GROUPS = ["tier1", "tier2", "eng"] as const;
const STATUS_NAMES = ["new", "open", "pending", "on-hold", "solved", "closed"] as const;
const TIME_IN_NAMES = ["agentWork", "requesterWait"] as const;
const FRACTIONS = [0.1, 0.25, 1 / 3, 0.5, 0.6, 0.75, 0.8, 0.9, 0.95, 1] as const;

/** A duration target (ms, shorthand or an object with clock / pausability); sometimes 0. */
const durationTargetArb = fc
  .tuple(
    fc.oneof(
      { weight: 1, arbitrary: fc.constant(1) },
      { weight: 1, arbitrary: fc.constant(0) }, // due at once (a Duration may be 0)
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 30 }).map((h) => h * H) },
      { weight: 3, arbitrary: fc.integer({ min: 30, max: 200 }).map((h) => h * H) },
      { weight: 3, arbitrary: fc.integer({ min: 1, max: 24 * 60 }).map((m) => m * MIN) },
      { weight: 2, arbitrary: fc.integer({ min: 1, max: 24 * H }) },
    ),
    fc.oneof(
      { weight: 2, arbitrary: fc.constant("ms" as const) },
      { weight: 1, arbitrary: fc.constant("text" as const) },
      { weight: 3, arbitrary: fc.record({ clock: fc.constantFrom("business" as const, "calendar" as const), pausable: fc.boolean() }, { requiredKeys: [] }) },
    ),
  )
  .map(([ms, form]) => {
    if (form === "ms") return ms;
    if (form === "text") return ms % MIN === 0 ? `${ms / MIN}m` : ms;
    return { duration: ms, ...form };
  });

/** `{ businessDays, at? }`: n ≥ 1, or n = 0 with `at`; `at` on quarter hours, odd minutes, 00:00 or 24:00. */
const businessDaysTargetArb = fc
  .tuple(
    fc.integer({ min: 0, max: 3 }),
    fc.option(
      fc.oneof(
        fc.integer({ min: 0, max: 95 }).map((q) => q * 15),
        fc.integer({ min: 0, max: 1439 }),
        fc.constantFrom(0, 1440, 17 * 60, 2 * 60 + 30),
      ),
      { nil: undefined, freq: 3 },
    ),
  )
  .map(([n, at]) => {
    const pad = (x: number) => String(x).padStart(2, "0");
    const text = at === undefined ? undefined : `${pad(Math.floor(at / 60))}:${pad(at % 60)}`;
    if (text === undefined) return { businessDays: Math.max(1, n) };
    return { businessDays: n, at: text };
  });

export const targetArb = fc.oneof({ weight: 4, arbitrary: durationTargetArb }, { weight: 1, arbitrary: businessDaysTargetArb });

export interface SlaModelPolicy {
  def: PolicyJson;
  /** Instants suited to the zone (near its DST transitions, local New Years, quarter hours, the policy's holidays and closures). */
  anchors: number[];
}

/** Statuses: 2–5 names in workflow order, each pausing everything, some metrics, or nothing, or resolving. */
function statusesArb(pausable: ReadonlyArray<string>) {
  return fc
    .shuffledSubarray([...STATUS_NAMES], { minLength: 2, maxLength: 5 })
    .chain((names) =>
      fc.tuple(
        ...names.map(() =>
          fc.oneof(
            { weight: 3, arbitrary: fc.constant<Record<string, unknown>>({}) },
            { weight: 2, arbitrary: fc.constant({ pauses: true }) },
            // (only when some metric can pause: fc.subarray refuses minLength 1 of an empty list,
            // even under weight 0, since the arbitrary is built before it is weighed)
            ...(pausable.length > 0 ? [{ weight: 2, arbitrary: fc.subarray([...pausable], { minLength: 1 }).map((list) => ({ pauses: list })) }] : []),
            { weight: 2, arbitrary: fc.constant({ resolves: true }) },
            { weight: 1, arbitrary: fc.constant({ pauses: false, resolves: false }) },
          ),
        ),
      ).map((defs) => Object.fromEntries(names.map((n, i) => [n, defs[i]!])) as Record<string, Record<string, unknown>>),
    );
}

/**
 * A policy of the v2 model: a random calendar with business time every week, maybe statuses (and
 * then maybe timeIn metrics), a warnAt of any form, and three severities targeting random subsets
 * of the metrics.
 */
export const slaModelPolicyArb: fc.Arbitrary<SlaModelPolicy> = zoneArb.chain((zone) =>
  fc
    .record({
      base: perZone(zone).policy,
      anchors: perZone(zone).anchors,
      withStatuses: fc.constantFrom(true, true, true, false),
      timeInCount: fc.integer({ min: 0, max: 2 }),
      timeInLists: fc.array(fc.integer({ min: 1, max: 31 }), { minLength: 2, maxLength: 2 }),
      warnAt: fc.oneof(
        fc.constant(undefined),
        fc.constantFrom(...FRACTIONS),
        fc.subarray([...FRACTIONS], { minLength: 1, maxLength: 4 }),
      ),
      picks: fc.array(fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }), { minLength: 3, maxLength: 3 }),
      targets: fc.array(fc.array(targetArb, { minLength: 7, maxLength: 7 }), { minLength: 3, maxLength: 3 }),
      nearHoliday: fc.array(fc.tuple(fc.nat(), fc.integer({ min: -2 * 96, max: 96 }).map((q) => q * 15 * MIN)), { maxLength: 2 }),
    })
    .map((g) => {
      // tickets created shortly before or on a dated holiday or a closure of this policy
      const starts = ((g.base.holidays ?? []) as Array<Record<string, string>>).flatMap((h) =>
        h["date"] !== undefined ? [h["date"]] : h["from"] !== undefined ? [h["from"]] : [],
      );
      if (starts.length === 0) return g;
      const extra = g.nearHoliday.map(([i, delta]) => parseIsoInstant(zone, starts[i % starts.length]!) + delta);
      return { ...g, anchors: [...g.anchors, ...extra] };
    })
    .chain((g) => {
      // the metrics, timeIn ones included when the policy will have statuses
      const timeIn = g.withStatuses ? TIME_IN_NAMES.slice(0, g.timeInCount) : [];
      const metrics = ["firstResponse", "update", "resolution", "nextReply", "ownership", ...timeIn];
      const severities: Record<string, { targets: Record<string, unknown> }> = {};
      const targeted = new Set<string>();
      SEVERITIES.forEach((key, i) => {
        const targets: Record<string, unknown> = {};
        metrics.forEach((m, j) => {
          if (g.picks[i]![j]) {
            targets[m] = g.targets[i]![j]!;
            targeted.add(m);
          }
        });
        severities[key] = { targets };
      });
      const def: PolicyJson = { ...g.base, severities };
      if (g.warnAt !== undefined) def["warnAt"] = g.warnAt;
      if (!g.withStatuses) return fc.constant({ def, anchors: g.anchors });
      return statusesArb([...targeted]).map((statuses) => {
        const names = Object.keys(statuses);
        const withStatuses: PolicyJson = { ...def, statuses };
        if (timeIn.length > 0) {
          withStatuses["timeIn"] = Object.fromEntries(
            timeIn.map((m, k) => {
              const mask = g.timeInLists[k]!;
              const list = names.filter((_, i) => (mask >> i) & 1);
              return [m, list.length > 0 ? list : [names[0]!]];
            }),
          );
        }
        return { def: withStatuses, anchors: g.anchors };
      });
    }),
);

/** The zone's calendar and instant arbitraries, built once per zone (building them scans the zone's transitions). */
const zoneArbitraries = new Map<string, { policy: fc.Arbitrary<PolicyJson>; anchors: fc.Arbitrary<number[]> }>();
function perZone(zone: string): { policy: fc.Arbitrary<PolicyJson>; anchors: fc.Arbitrary<number[]> } {
  let hit = zoneArbitraries.get(zone);
  if (hit === undefined) {
    hit = { policy: policyInZoneArb(zone).filter(hasWeeklyHours), anchors: fc.array(instantArb(zone), { minLength: 4, maxLength: 6 }) };
    zoneArbitraries.set(zone, hit);
  }
  return hit;
}

function hasWeeklyHours(def: PolicyJson): boolean {
  return def.hours === "24x7" || Object.values(def.hours as Record<string, unknown[]>).some((list) => list.length > 0);
}

// ---------------------------------------------------------------- tickets

/**
 * When an event happens, relative to the ticket: an offset from createdAt, the i-th boundary
 * (opening or closing instant) of the business intervals after createdAt (± 0 or 1 ms), or the
 * same instant as the previous event.
 */
export type AbstractTime = { offset: number } | { boundary: number; nudge: number } | { same: true };

export const abstractTimeArb: fc.Arbitrary<AbstractTime> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 5 * 24 * 4 }).map((q) => ({ offset: q * 15 * MIN })) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 7 * DAY }).map((offset) => ({ offset })) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, H).map((offset) => ({ offset })) },
  { weight: 3, arbitrary: fc.record({ boundary: fc.integer({ min: 0, max: 11 }), nudge: fc.constantFrom(0, 0, 0, -1, 1) }) },
  { weight: 2, arbitrary: fc.constant({ same: true as const }) },
);

export type AbstractEvent =
  | { type: "response" | "update" | "pause" | "resume" | "resolve" | "reopen" | "customerReply"; when: AbstractTime }
  | { type: "severity"; when: AbstractTime; severity: string }
  | { type: "status"; when: AbstractTime; pick: number }
  | { type: "assign"; when: AbstractTime; group: string };

export interface AbstractTicket {
  /** How the library is given the ticket's instants (exact forms only: epoch ms mostly). */
  form: ExactForm;
  id: string | undefined;
  created: number; // index into the policy's anchors, or a boundary pick
  severity: string;
  status: number | undefined;
  group: string | undefined;
  events: AbstractEvent[];
  now: AbstractTime | { before: number };
}

const eventArb: fc.Arbitrary<AbstractEvent> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ type: fc.constant("response" as const), when: abstractTimeArb }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("update" as const), when: abstractTimeArb }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom("pause" as const, "resume" as const), when: abstractTimeArb }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom("resolve" as const, "reopen" as const), when: abstractTimeArb }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant("customerReply" as const), when: abstractTimeArb }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("severity" as const), when: abstractTimeArb, severity: fc.constantFrom(...SEVERITIES) }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant("status" as const), when: abstractTimeArb, pick: fc.integer({ min: 0, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant("assign" as const), when: abstractTimeArb, group: fc.constantFrom(...GROUPS) }) },
);

export type ExactForm = Exclude<InstantForm, "wall">;
const exactFormArb: fc.Arbitrary<ExactForm> = fc.oneof(
  { weight: 8, arbitrary: fc.constant("number" as const) },
  { weight: 2, arbitrary: fc.constantFrom("date" as const, "isoZ" as const, "isoOffset" as const, "dateTime" as const) },
);

export const abstractTicketArb: fc.Arbitrary<AbstractTicket> = fc.record({
  form: exactFormArb,
  id: fc.option(fc.constantFrom("A", "B", "T-1", "T-2"), { nil: undefined }),
  created: fc.integer({ min: 0, max: 7 }),
  severity: fc.constantFrom(...SEVERITIES),
  status: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined, freq: 2 }),
  group: fc.option(fc.constantFrom(...GROUPS), { nil: undefined, freq: 2 }),
  events: fc.array(eventArb, { maxLength: 9 }),
  now: fc.oneof(
    { weight: 6, arbitrary: abstractTimeArb },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 14 * DAY }).map((offset) => ({ offset })) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: DAY }).map((before) => ({ before })) },
  ),
});

export interface ConcreteEvent {
  type: RefEventType;
  at: number;
  severity?: string;
  status?: string;
  group?: string;
}
export interface ConcreteTicket {
  id?: string;
  createdAt: number;
  severity: string;
  status?: string;
  group?: string;
  events: ConcreteEvent[];
}

/**
 * A concrete ticket and `now`: `boundaries` are the opening and closing instants of the policy's
 * business intervals after createdAt (from the reference), in order. A policy without statuses
 * gets no status events and no ticket.status.
 */
export function concreteTicket(
  t: AbstractTicket,
  createdAt: number,
  boundaries: ReadonlyArray<number>,
  statusNames: ReadonlyArray<string> | null,
): { ticket: ConcreteTicket; now: number } {
  let last = createdAt;
  const instant = (w: AbstractTime): number => {
    if ("same" in w) return last;
    if ("offset" in w) return createdAt + w.offset;
    const b = boundaries.length === 0 ? createdAt : boundaries[w.boundary % boundaries.length]!;
    return Math.max(createdAt, b + w.nudge);
  };
  const events: ConcreteEvent[] = [];
  for (const e of t.events) {
    if (e.type === "status" && statusNames === null) continue;
    const at = instant(e.when);
    last = at;
    if (e.type === "severity") events.push({ type: e.type, at, severity: e.severity });
    else if (e.type === "status") events.push({ type: e.type, at, status: statusNames![e.pick % statusNames!.length]! });
    else if (e.type === "assign") events.push({ type: e.type, at, group: e.group });
    else events.push({ type: e.type, at });
  }
  const ticket: ConcreteTicket = { createdAt, severity: t.severity, events };
  if (t.id !== undefined) ticket.id = t.id;
  if (t.status !== undefined && statusNames !== null) ticket.status = statusNames[t.status % statusNames.length]!;
  if (t.group !== undefined) ticket.group = t.group;
  const now = "before" in t.now ? createdAt - t.now.before : instant(t.now);
  return { ticket, now };
}
