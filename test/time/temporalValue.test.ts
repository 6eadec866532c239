/**
 * Temporal values (CONTRACT §9), from temporal-polyfill as a user would pass them: recognised by
 * shape, exact ones as their instant, plain ones as wall clock in the policy's zone by the
 * compatible rule (the same answers as offset-less strings), durations without calendar units.
 */
import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { Temporal as TemporalFull } from "temporal-polyfill/full"; // with non-ISO calendars
import { describe, expect, it } from "vitest";
import { addBusinessTime, businessTimeBetween, computeDeadline, definePolicy, evaluateTicket, InputError, isBusinessTime, presets } from "../../src/index.js";
import * as lite from "../../src/lite.js";
import { toDurationMs } from "../../src/time/duration.js";
import { toEpochMs } from "../../src/time/instant.js";
import { getZoneRules } from "../../src/time/zoneRules.js";
import { ZONES } from "../support/arbitraries.js";
import { params } from "../support/runs.js";

const toronto = getZoneRules("America/Toronto");
const policy = definePolicy(presets.auvikSupportV2); // Mon–Fri 04:00–22:00 Toronto; sev1 first response 2h

describe("Temporal instants", () => {
  it("a Temporal.Instant is its exact instant", () => {
    expect(toEpochMs(Temporal.Instant.from("2026-11-28T02:30:00Z"), toronto, "at")).toBe(Date.UTC(2026, 10, 28, 2, 30));
    expect(computeDeadline(policy, { severity: "sev1", start: Temporal.Instant.from("2026-11-28T02:30:00Z") })).toEqual(new Date("2026-11-30T10:30:00Z"));
  });

  it("a Temporal.ZonedDateTime is its instant, whatever its own zone", () => {
    const tokyo = Temporal.ZonedDateTime.from("2026-11-28T11:30[Asia/Tokyo]");
    expect(toEpochMs(tokyo, toronto, "at")).toBe(Date.UTC(2026, 10, 28, 2, 30));
    expect(lite.computeDeadline(lite.definePolicy(lite.presets.auvikSupportV2), { severity: "sev1", start: tokyo })).toEqual(new Date("2026-11-30T10:30:00Z"));
  });

  it("a Temporal.PlainDateTime is wall clock in the policy's zone, like an offset-less string", () => {
    const friday = Temporal.PlainDateTime.from("2026-11-27T21:30");
    expect(toEpochMs(friday, toronto, "at")).toBe(Date.UTC(2026, 10, 28, 2, 30));
    expect(computeDeadline(policy, { severity: "sev1", start: friday })).toEqual(new Date("2026-11-30T10:30:00Z"));
    expect(toEpochMs(Temporal.PlainDateTime.from("2026-11-27T21:30:00.123456789"), toronto, "at")).toBe(Date.UTC(2026, 10, 28, 2, 30, 0, 123));
  });

  it("a Temporal.PlainDate is its midnight in the policy's zone", () => {
    expect(toEpochMs(Temporal.PlainDate.from("2026-11-27"), toronto, "at")).toBe(Date.UTC(2026, 10, 27, 5));
    expect(isBusinessTime(policy, Temporal.PlainDate.from("2026-11-27"))).toBe(false); // 00:00 is before the 04:00 opening
  });

  it("a PlainDateTime in a spring-forward gap moves forward by the gap (compatible rule)", () => {
    const gap = Temporal.PlainDateTime.from("2026-03-08T02:30"); // Toronto jumps 02:00 → 03:00
    expect(toEpochMs(gap, toronto, "at")).toBe(Date.UTC(2026, 2, 8, 7, 30)); // 03:30 EDT
    expect(toEpochMs(gap, toronto, "at")).toBe(toEpochMs("2026-03-08T02:30", toronto, "at"));
    // the polyfill's own "compatible" disambiguation agrees
    expect(toEpochMs(gap, toronto, "at")).toBe(gap.toZonedDateTime("America/Toronto", { disambiguation: "compatible" }).epochMilliseconds);
  });

  it("a PlainDateTime in a fall-back overlap is the earlier occurrence (compatible rule)", () => {
    const overlap = Temporal.PlainDateTime.from("2026-11-01T01:30"); // 01:00–02:00 happens twice in Toronto
    expect(toEpochMs(overlap, toronto, "at")).toBe(Date.UTC(2026, 10, 1, 5, 30)); // 01:30 EDT
    const lordHowe = getZoneRules("Australia/Lord_Howe"); // a 30-minute shift
    const lh = Temporal.PlainDateTime.from("2026-04-05T01:45");
    expect(toEpochMs(lh, lordHowe, "at")).toBe(lh.toZonedDateTime("Australia/Lord_Howe", { disambiguation: "compatible" }).epochMilliseconds);
  });

  it("a plain value in another calendar is read by its ISO date", () => {
    const hebrew = TemporalFull.PlainDateTime.from("2026-11-27T21:30").withCalendar("hebrew");
    expect(hebrew.calendarId).toBe("hebrew");
    expect(toEpochMs(hebrew, toronto, "at")).toBe(Date.UTC(2026, 10, 28, 2, 30));
  });

  it("agrees with the offset-less string of the same wall clock, in every test zone (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1990, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }),
        (zone, minute) => {
          const wall = new Date(minute * 60_000).toISOString().slice(0, 16); // YYYY-MM-DDTHH:MM
          const rules = getZoneRules(zone);
          const plain = Temporal.PlainDateTime.from(wall);
          expect(toEpochMs(plain, rules, "at")).toBe(toEpochMs(wall, rules, "at"));
          expect(toEpochMs(plain, rules, "at")).toBe(plain.toZonedDateTime(zone, { disambiguation: "compatible" }).epochMilliseconds);
          expect(toEpochMs(plain.toPlainDate(), rules, "at")).toBe(toEpochMs(wall.slice(0, 10), rules, "at"));
        },
      ),
      params(300),
    );
  });

  it("a Temporal value that is not a point in time is an InputError naming the argument", () => {
    expect(() => toEpochMs(Temporal.PlainTime.from("09:00"), toronto, "at")).toThrow(/^at: a Temporal\.PlainTime is not a point in time; pass a Temporal\.Instant/);
    expect(() => addBusinessTime(policy, Temporal.Duration.from({ hours: 1 }) as never, "1h")).toThrow(InputError);
    expect(() => toEpochMs(Temporal.PlainDate.from("0999-12-31"), toronto, "at")).toThrow(/outside the supported years 1000–9999/);
  });

  it("never imports a polyfill: a look-alike with the right tag is accepted, a revoked proxy is an InputError", () => {
    const lookAlike = { [Symbol.toStringTag]: "Temporal.Instant", epochMilliseconds: 0 };
    expect(toEpochMs(lookAlike, toronto, "at")).toBe(0);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => toEpochMs(proxy, toronto, "at")).toThrow(InputError);
    expect(() => toEpochMs({ [Symbol.toStringTag]: "Temporal.Instant", epochMilliseconds: "0" }, toronto, "at")).toThrow(/^at\.epochMilliseconds: "0" is not a finite number$/);
  });
});

describe("Temporal durations", () => {
  it("a Temporal.Duration counts days as 24 hours and rounds below a millisecond", () => {
    expect(toDurationMs(Temporal.Duration.from({ hours: 1, minutes: 30 }), "d")).toBe(5_400_000);
    expect(toDurationMs(Temporal.Duration.from({ days: 1 }), "d")).toBe(86_400_000);
    expect(toDurationMs(Temporal.Duration.from("PT2H0.0006S"), "d")).toBe(7_200_001);
    expect(toDurationMs(Temporal.Duration.from({ microseconds: 400 }), "d")).toBe(0);
    expect(addBusinessTime(policy, Temporal.PlainDateTime.from("2026-11-30T20:00"), Temporal.Duration.from({ hours: 2 }))).toEqual(new Date("2026-12-01T03:00:00Z"));
  });

  it("years, months or weeks have no fixed length: InputError naming them", () => {
    expect(() => toDurationMs(Temporal.Duration.from({ weeks: 1 }), "d")).toThrow(new InputError("d: a Temporal.Duration with weeks has no fixed length; use days (24 hours) or hours"));
    expect(() => toDurationMs(Temporal.Duration.from({ years: 1, months: 2 }), "d")).toThrow(/^d: a Temporal\.Duration with years, months has no fixed length/);
  });

  it("a negative Temporal.Duration, or a Temporal value that is not a duration, is an InputError", () => {
    expect(() => toDurationMs(Temporal.Duration.from({ hours: -1 }), "d")).toThrow(/^d: a Temporal\.Duration of -3600000 ms is not a duration >= 0$/);
    expect(() => toDurationMs(Temporal.Instant.from("2026-01-01T00:00Z"), "d")).toThrow(/^d: a Temporal\.Instant is not a duration/);
  });

  it("works through the SLA API: targets measured and tickets evaluated with Temporal values", () => {
    const created = Temporal.ZonedDateTime.from("2026-11-27T21:30[America/Toronto]");
    const now = Temporal.Instant.from("2026-11-30T11:00:00Z"); // Mon 06:00
    expect(businessTimeBetween(policy, created, now)).toBe(2.5 * 3_600_000);
    const status = evaluateTicket(policy, { createdAt: created, severity: "sev1", events: [{ type: "response", at: Temporal.PlainDateTime.from("2026-11-30T05:00") }] }, now);
    expect(status.metrics.firstResponse?.status).toBe("met");
  });
});
