import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { dayHoursSchema, hoursSchema } from "../../src/policy/hoursSchema.js";
import { POLICY_LIMITS } from "../../src/policy/policyLimits.js";
import { cappedArray, expected, strict } from "../../src/policy/schemaBlocks.js";
import { timeOfDayText } from "../../src/policy/timeTextSchemas.js";
import { parsePolicy } from "../../src/policy/parsePolicy.js";

/** The interval schema as it was written with z.tuple, which the hand-written one replaces. */
function tupleDayHours() {
  return cappedArray(
    z.tuple([timeOfDayText("start"), timeOfDayText("end")], {
      error: expected('a [from, to] pair of times such as ["09:00", "17:00"]'),
    }),
    POLICY_LIMITS.intervalsPerDay,
    'a list of [from, to] intervals such as [["09:00", "17:00"]] ([] for closed)',
    "intervals",
  );
}

/** `hours` as it was written with z.tuple: the union shows whether an issue stops the parse. */
function tupleHours() {
  const day = tupleDayHours();
  const what = '"24x7" or an object of weekday hours such as { "mon": [["09:00", "17:00"]] }';
  return z.union(
    [
      z.enum(["24x7"], { error: expected(what) }),
      strict({ mon: z.optional(day), tue: z.optional(day) }, 'an object of weekday hours such as { "mon": [["09:00", "17:00"]] }'),
    ],
    { error: expected(what) },
  );
}

const timeText = fc.oneof(
  fc.constantFrom("09:00", "17:00", "00:00", "24:00", "23:59:59", "24:00:00", "25:00", "9:00", "09:60", ""),
  fc.string({ maxLength: 9 }),
);
const item = fc.oneof(timeText, fc.integer(), fc.constant(null), fc.constant(undefined), fc.boolean());
const interval = fc.oneof(
  { weight: 4, arbitrary: fc.array(timeText, { minLength: 2, maxLength: 2 }) },
  { weight: 3, arbitrary: fc.array(item, { maxLength: 4 }) },
  { weight: 1, arbitrary: item },
  { weight: 1, arbitrary: fc.constant({ 0: "09:00", 1: "17:00", length: 2 }) },
);
const dayHours = fc.oneof({ weight: 5, arbitrary: fc.array(interval, { maxLength: 4 }) }, { weight: 1, arbitrary: item });

function issuesOf(schema: z.ZodMiniType, value: unknown): unknown {
  const r = schema.safeParse(value, { reportInput: true });
  return r.success ? "valid" : r.error.issues;
}

describe("hours intervals", () => {
  it("raise exactly the issues z.tuple raised: codes, messages, paths and inputs", () => {
    const reference = tupleDayHours();
    fc.assert(
      fc.property(dayHours, (v) => {
        expect(issuesOf(dayHoursSchema(), v)).toEqual(issuesOf(reference, v));
      }),
      { numRuns: 2000 },
    );
  });

  it("stop the parse where z.tuple stopped it (seen through the hours union)", () => {
    // Both inside a strict object, as in the policy schema (which runs its sections without the
    // caller's parse options, so the union's `errors` keep no input, with or without `reportInput`).
    const what = "a policy definition object";
    const subject = strict({ hours: hoursSchema() }, what);
    const reference = strict({ hours: tupleHours() }, what);
    fc.assert(
      fc.property(fc.record({ mon: dayHours, tue: dayHours }, { requiredKeys: [] }), (hours) => {
        expect(issuesOf(subject, { hours })).toEqual(issuesOf(reference, { hours }));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ["not an array", "09:00", ["hours", "mon", 0], 'expected a [from, to] pair of times such as ["09:00", "17:00"], got "09:00"'],
    ["one time", ["09:00"], ["hours", "mon", 0], 'expected a [from, to] pair of times such as ["09:00", "17:00"], got ["09:00"]'],
    ["a number for a time", ["09:00", 17], ["hours", "mon", 0, 1], 'expected a time of day "HH:MM" between 00:00 and 24:00, got 17'],
    ["24:00 as the start", ["24:00", "01:00"], ["hours", "mon", 0, 0], '"24:00" cannot start an interval: it is the end of the day; start at "00:00" (of the next day) instead'],
  ])("are reported with the contract's path and message: %s", (_what, interval, path, message) => {
    const r = parsePolicy({ timezone: "UTC", hours: { mon: [interval] } });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues).toEqual([{ path, message }]);
  });

  it("reports a three-item interval once as a pair and once per bad time", () => {
    const r = parsePolicy({ timezone: "UTC", hours: { mon: [["09:00", "25:00", "18:00"]] } });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues).toEqual([
        { path: ["hours", "mon", 0], message: 'expected a [from, to] pair of times such as ["09:00", "17:00"], got ["09:00","25:00","18:00"]' },
        { path: ["hours", "mon", 0, 1], message: '"25:00" is not a time of day; use HH:MM between 00:00 and 24:00' },
      ]);
    }
  });
});
