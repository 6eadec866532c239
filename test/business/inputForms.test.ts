/**
 * Every accepted form of an instant and a duration gives the same answer as its epoch-ms / ms
 * equivalent (checked by hand and against the reference's own parsers), on a 24x7 desk where
 * addBusinessTime(at, d) is simply at + d.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { refDuration, refInstant, referenceOf } from "../reference/referenceBusinessTime.js";

const HOUR = 3_600_000;
const MINUTE = 60_000;
const def = { timezone: "America/Toronto", hours: "24x7" };
const real = sla.definePolicy(def);
const ref = referenceOf(def);

describe("instant forms", () => {
  it.each([
    ["2026-11-27T21:30", "2026-11-28T02:30:00.000Z"],
    ["2026-11-27T21:30:15", "2026-11-28T02:30:15.000Z"],
    ["2026-11-27T21:30:15.250", "2026-11-28T02:30:15.250Z"],
    ["2026-11-27", "2026-11-27T05:00:00.000Z"],
    ["2026-11-27T21:30Z", "2026-11-27T21:30:00.000Z"],
    ["2026-11-27T21:30:00+05:45", "2026-11-27T15:45:00.000Z"],
    ["2026-11-27T21:30-03:30", "2026-11-28T01:00:00.000Z"],
    ["2026-11-01T01:30", "2026-11-01T05:30:00.000Z"], // ambiguous: the earlier (EDT)
    ["2026-11-01T01:30-05:00", "2026-11-01T06:30:00.000Z"], // the later, by its offset
    ["2026-03-08T02:30", "2026-03-08T07:30:00.000Z"], // in the gap: 03:30 EDT
    ["2026-03-08", "2026-03-08T05:00:00.000Z"],
  ])("%s is %s", (text, expected) => {
    expect(sla.nextBusinessTime(real, text).toISOString()).toBe(expected);
    expect(new Date(refInstant(ref.policy, text)).toISOString()).toBe(expected);
  });

  it("Date, epoch ms and luxon DateTime (in any zone) are the same instant", () => {
    const t = Date.parse("2026-11-01T06:30:00Z");
    for (const at of [t, new Date(t), DateTime.fromMillis(t, { zone: "Asia/Kathmandu" }), DateTime.fromMillis(t, { zone: "America/Toronto" })]) {
      expect(sla.nextBusinessTime(real, at).getTime()).toBe(t);
    }
  });

  it("rejects invalid instants with InputError", () => {
    for (const bad of [new Date(Number.NaN), Number.NaN, Number.POSITIVE_INFINITY, "not a date", "2026-13-01", DateTime.invalid("test"), {}, null]) {
      expect(() => sla.nextBusinessTime(real, bad as never)).toThrow(sla.InputError);
    }
  });
});

describe("duration forms", () => {
  const at = Date.parse("2026-03-07T12:00:00Z"); // a day before the spring-forward: "3d" is 72 clock hours
  it.each([
    ["2h", 2 * HOUR],
    ["90m", 90 * MINUTE],
    ["1h30m", 90 * MINUTE],
    ["45s", 45_000],
    ["1.5h", 90 * MINUTE],
    ["3d", 72 * HOUR],
    ["PT2H30M", 150 * MINUTE],
    ["P1DT2H", 26 * HOUR],
    [{ hours: 1, minutes: 30 }, 90 * MINUTE],
    [{ days: 1, seconds: 1, milliseconds: 5 }, 24 * HOUR + 1005],
    [0, 0],
    [1, 1],
  ] as const)("%j is %i ms", (d, ms) => {
    expect(sla.addBusinessTime(real, at, d as never).getTime()).toBe(at + ms);
    expect(sla.subtractBusinessTime(real, at, d as never).getTime()).toBe(at - ms);
    expect(refDuration(d)).toBe(ms);
  });

  it("rejects negative, non-finite and unparsable durations with InputError", () => {
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, "", "2 hours", "-2h", { hours: -1 }, "P"]) {
      expect(() => sla.addBusinessTime(real, at, bad as never)).toThrow(sla.InputError);
    }
  });
});
