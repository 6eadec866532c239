/**
 * `checkBreaches` and `prioritize` on a policy whose holidays are known only for some years
 * (`holidayYears`, CONTRACT §10), at a `now` after that span: a breach inside the span is judged,
 * and what would depend on the unknown years is refused, per ticket, never answered silently.
 *
 * The oracle needs no knowledge of how sla-clock counts: the same ticket is checked on two twins of
 * the policy without `holidayYears`, one open as usual after the span (A) and one closed from the
 * span's end for five years (B). Holidays only ever remove business time, so an answer that A and B
 * share holds whatever the unknown years hold, and one on which they differ depends on them.
 * Whenever the covered policy answers, it must give A's answer; where A and B differ, it must
 * refuse with a HorizonError.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HorizonError, checkBreaches, definePolicy, evaluateTicket, prioritize } from "../../src/index.js";
import type { Policy, PolicyDefinition, Ticket } from "../../src/index.js";

const RUNS = Number(process.env["FC_RUNS"] ?? 150);
const SEED = process.env["FC_SEED"] === undefined ? undefined : Number(process.env["FC_SEED"]);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const zones = ["UTC", "America/Toronto", "Asia/Kathmandu", "Australia/Lord_Howe"];
const day: [string, string][] = [["09:00", "17:00"]];
const weekdays = { mon: day, tue: day, wed: day, thu: day, fri: day };

const definitionArb = fc.record({
  timezone: fc.constantFrom(...zones),
  hours: fc.constantFrom<PolicyDefinition["hours"]>("24x7", weekdays),
  firstResponse: fc.integer({ min: 1, max: 60 }),
  update: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
  resolution: fc.integer({ min: 1, max: 20 }),
  pausable: fc.boolean(),
});

type Drawn = typeof definitionArb extends fc.Arbitrary<infer T> ? T : never;

function definition(d: Drawn, extra: PolicyDefinition["holidays"] = []): PolicyDefinition {
  const targets: Record<string, unknown> = {
    firstResponse: `${d.firstResponse}h`,
    resolution: { duration: `${d.resolution}d`, clock: "calendar", pausable: d.pausable },
  };
  if (d.update !== undefined) targets["update"] = `${d.update}h`;
  return {
    timezone: d.timezone,
    hours: d.hours,
    holidays: [{ date: "2026-12-25", name: "Christmas Day" }, { date: "2026-12-31", name: "Eve" }, ...(extra ?? [])],
    severities: { s: { targets } },
  } as PolicyDefinition;
}

/** Closed from the span's end (2027-01-01) for five years. */
const closedAfter = Array.from({ length: 5 }, (_, k) => ({ from: `${2027 + k}-01-01T00:00`, to: `${2028 + k}-01-01T00:00`, name: "unknown" }));

const ticketArb = fc.record({
  created: fc.integer({ min: 0, max: 30 * DAY }), // from 2026-12-01
  events: fc.array(fc.record({ type: fc.constantFrom("response", "update", "pause", "resume", "resolve"), after: fc.integer({ min: 0, max: 40 * DAY }) }), { maxLength: 5 }),
});

type Outcome = { breaches: unknown } | { refused: string };
function outcome(f: () => unknown): Outcome {
  try {
    return { breaches: JSON.parse(JSON.stringify(f())) };
  } catch (e) {
    if (e instanceof HorizonError) return { refused: e.message };
    throw e;
  }
}

describe("past the span, a ticket is judged when everything computed for it lies inside the span", () => {
  const day: [string, string][] = [["09:00", "17:00"]];
  const desk = (years?: [number, number]): PolicyDefinition => ({
    timezone: "America/Toronto",
    hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
    ...(years === undefined ? {} : { holidayYears: years }),
    severities: { s: { targets: { firstResponse: "2h", resolution: "40h" } } },
  });
  const covered = definePolicy(desk([2026, 2026]));
  const now = "2027-01-05T12:00";

  it("a first response breached and a resolution met inside the span, its deadline too: listed by checkBreaches, ordered by prioritize", () => {
    const t = { id: "T-1", createdAt: "2026-12-14T09:00", severity: "s", events: [{ type: "resolve" as const, at: "2026-12-15T12:00" }] };
    expect(checkBreaches(covered, [t], now).map((b) => [b.metric, b.breachedAt.toISOString()])).toEqual([["firstResponse", "2026-12-14T16:00:00.000Z"]]);
    expect(prioritize(covered, [t], now)).toEqual([t]);
  });

  it("a resolution still counting past the span: refused by name, though no holidays of 2027 could breach it by now (no year is read that the policy does not know)", () => {
    const t = { id: "T-2", createdAt: "2026-12-30T09:00", severity: "s" };
    for (const batch of [checkBreaches, prioritize]) expect(() => batch(covered, [t], now)).toThrow(/tickets\[0\] \(id "T-2"\): this needs the calendar of 2027/);
    expect(checkBreaches(definePolicy(desk()), [t], now).map((b) => b.metric)).toEqual(["firstResponse"]);
  });
});

it(`checkBreaches and prioritize past holidayYears: a covered policy answers as both open twins agree, and refuses where they differ (${RUNS} runs)`, () => {
  let answered = 0;
  let refused = 0;
  let breachedInside = 0;
  let prioritizeRefused = 0;
  const property = fc.property(definitionArb, fc.array(ticketArb, { minLength: 1, maxLength: 3 }), fc.integer({ min: 20 * DAY, max: 60 * DAY }), (d, drawn, nowAfter) => {
    const covered = definePolicy({ ...definition(d), holidayYears: [2026, 2026] });
    const open = definePolicy(definition(d));
    const closed = definePolicy(definition(d, closedAfter));
    const base = Date.UTC(2026, 11, 1);
    const now = base + nowAfter; // 2026-12-21 … 2027-01-30
    const tickets: Ticket[] = drawn.map((t, i) => ({
      id: `T-${i}`,
      createdAt: base + t.created,
      severity: "s",
      events: t.events.map((e) => ({ type: e.type, at: base + t.created + e.after })),
    }));
    for (const [i, t] of tickets.entries()) {
      const one = [t];
      const a = outcome(() => checkBreaches(open, one, now));
      const b = outcome(() => checkBreaches(closed, one, now));
      const c = outcome(() => checkBreaches(covered, one, now));
      const where = `ticket ${i} ${JSON.stringify(t)} now ${new Date(now).toISOString()} policy ${JSON.stringify(definition(d))}`;
      if ("refused" in c) {
        refused++;
        expect(c.refused, where).toMatch(/holidays are known only for 2026/);
      } else {
        answered++;
        expect(c, where).toEqual(a);
        // (an open ticket: its clocks run on past the span, to now)
        if (now >= Date.UTC(2027, 0, 2) && (c.breaches as unknown[]).length > 0 && evaluateTicket(open, t, now).state !== "resolved") breachedInside++;
      }
      if (JSON.stringify(a) !== JSON.stringify(b)) expect("refused" in c, `A and B differ, so the covered policy must refuse: ${where}`).toBe(true);
    }
    // the batch: refused as a whole exactly when some ticket is (naming it), else the same breaches
    const all = outcome(() => checkBreaches(covered, tickets, now));
    const each = tickets.map((t) => outcome(() => checkBreaches(covered, [t], now)));
    if ("refused" in all) expect(each.some((o) => "refused" in o)).toBe(true);
    else expect(all).toEqual({ breaches: each.flatMap((o) => (o as { breaches: unknown[] }).breaches) });
    // prioritize, which also needs the deadlines: the same rule, its order as the answer
    const order = (p: Policy) => outcome(() => prioritize(p, tickets, now).map((t) => t.id));
    const [pa, pb, pc] = [order(open), order(closed), order(covered)];
    if ("refused" in pc) prioritizeRefused++;
    else expect(pc).toEqual(pa);
    if (JSON.stringify(pa) !== JSON.stringify(pb)) expect("refused" in pc).toBe(true);
  });
  fc.assert(property, { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) });
  // both sides were exercised: answers past the span (breaches inside it of tickets still open) and refusals
  expect(answered).toBeGreaterThan(RUNS / 4);
  expect(refused).toBeGreaterThan(0);
  expect(breachedInside).toBeGreaterThan(RUNS / 10);
  console.log(`past holidayYears: ${answered} tickets answered (${breachedInside} open ones breached inside the span), ${refused} refused; prioritize refused ${prioritizeRefused} of ${RUNS} batches`);
}, 120_000);
