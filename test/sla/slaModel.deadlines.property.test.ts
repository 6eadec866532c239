/**
 * computeDeadline and explainDeadline for every metric of the SLA model v2 (nextReply, ownership,
 * timeIn metrics, business-day targets) agree with the v2 reference: the deadline is the reference
 * clock's `add(start, target)`, the target of a business-day target being the reference business
 * time from `start` to its day D (0 when D is not after `start`); explainDeadline's counted spans sum
 * to that target.
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import { HorizonError, computeDeadline, explainDeadline } from "../../src/index.js";
import { RefHorizonError } from "../reference/referenceBusinessTime.js";
import { resolveTarget } from "../reference/referenceSlaV2.js";
import { localDayOf, startOfDay } from "../reference/wallClock.js";
import { transitionsOf } from "../support/arbitraries.js";
import { slaModelPolicyArb } from "../support/slaArbitraries.js";
import { subjectOf } from "../support/slaModelAgreement.js";

const RUNS = Number(process.env["SLA_DEADLINE_RUNS"] ?? 60);

/** The value, or "HorizonError" when that side ran past the 100-year horizon. */
function orHorizon<T>(f: () => T): T | "HorizonError" {
  try {
    return f();
  } catch (e) {
    if (e instanceof HorizonError || e instanceof RefHorizonError) return "HorizonError";
    throw e;
  }
}

it("computeDeadline and explainDeadline agree with the v2 reference for every targeted metric, business-day targets included", () => {
  let compared = 0;
  let businessDays = 0;
  fc.assert(
    fc.property(slaModelPolicyArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: -2 * 86_400_000, max: 2 * 86_400_000 })), { minLength: 4, maxLength: 4 }), ({ def, anchors }, starts) => {
      const s = subjectOf(def);
      // (a calendar with almost no business time makes the reference search 100 years: not this test's concern)
      fc.pre(anchors.every((a) => s.clocks.business.businessTimeBetween(a, a + 21 * 86_400_000) > 0 && s.clocks.calendar.businessTimeBetween(a, a + 21 * 86_400_000) > 0));
      for (const [key, targets] of s.ref.severities) {
        for (const [metric, target] of targets) {
          for (const [i, delta] of starts) {
            const start = anchors[i % anchors.length]! + (i % 3 === 0 ? 0 : delta);
            const expected = orHorizon(() => {
              const t = resolveTarget(s.clocks, target, start);
              return (t.clock === "business" ? s.clocks.business : s.clocks.calendar).addBusinessTime(start, t.ms);
            });
            const got = orHorizon(() => computeDeadline(s.policy, { severity: key, start, metric })!.getTime());
            expect(got, `${key} ${metric} from ${new Date(start).toISOString()}`).toBe(expected);
            if (expected === "HorizonError") continue;
            const e = explainDeadline(s.policy, { severity: key, start, metric });
            expect(e.deadline.getTime()).toBe(expected);
            const counted = e.counted.reduce((sum, c) => sum + (c.end.getTime() - c.start.getTime()), 0);
            expect(counted).toBe(resolveTarget(s.clocks, target, start).ms);
            compared++;
            if (target.kind === "businessDays") businessDays++;
          }
        }
      }
    }),
    { numRuns: RUNS },
  );
  expect(compared).toBeGreaterThan(RUNS * 10);
  expect(businessDays).toBeGreaterThan(RUNS);
});

it("a business-day target whose day D is a DST change day resolves `at` by the compatible rule (gap: moved forward; overlap: earlier), like the reference", () => {
  const zones = ["America/Toronto", "Europe/London", "Australia/Lord_Howe", "America/Santiago", "Pacific/Chatham"] as const;
  let compared = 0;
  let onChangeDay = 0;
  fc.assert(
    fc.property(
      fc.constantFrom(...zones),
      fc.nat(),
      fc.integer({ min: 1, max: 2 }),
      fc.integer({ min: 0, max: 45 }).map((h) => h * 1_800_000),
      fc.constantFrom("00:00", "00:30", "01:30", "02:00", "02:30", "03:00", "23:30", "24:00"),
      fc.constantFrom("24x7", "daily"),
      (zone, pick, n, before, at, hours) => {
        const transitions = transitionsOf(zone);
        const change = transitions[pick % transitions.length]!;
        // start on the local date n days before the change day, so that D is the change day
        const start = startOfDay(zone, localDayOf(zone, change) - n) + before;
        const def = {
          timezone: zone,
          hours: hours === "24x7" ? "24x7" : Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [["00:00", "24:00"]]])),
          severities: { s1: { targets: { resolution: { businessDays: n, at } } } },
        };
        const s = subjectOf(def as never);
        const target = s.ref.severities.get("s1")!.get("resolution")!;
        const expected = s.clocks.business.addBusinessTime(start, resolveTarget(s.clocks, target, start).ms);
        expect(computeDeadline(s.policy, { severity: "s1", start, metric: "resolution" })!.getTime()).toBe(expected);
        compared++;
        if (localDayOf(zone, s.clocks.business.addBusinessDays(start, n)) === localDayOf(zone, change)) onChangeDay++;
      },
    ),
    { numRuns: 150 },
  );
  expect(compared).toBe(150);
  expect(onChangeDay).toBeGreaterThan(140); // D on the day of the change (every day is a business day)
});
