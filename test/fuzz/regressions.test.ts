/**
 * Regressions found while fuzzing and measuring (docs/reliability.md, "Fuzzing" and "Threat notes
 * and limits"). Each test is named after what found the failure and states the behaviour now.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { POLICY_LIMITS } from "../../src/policy/policyLimits.js";
import { SLA_ADD_BUSINESS_HOURS } from "../../src/sheets.js";
import { MEGA } from "./fuzzArbitraries.js";
import { typedErrorProblem } from "./harness.js";

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, "0");
const SEV = { sev1: { targets: { firstResponse: "2h", resolution: "100000h" } } };
const utc247 = sla.definePolicy({ timezone: "UTC", hours: "24x7", severities: SEV });

/** The error `f` throws (fails when it returns). */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

function elapsedMs(f: () => unknown): number {
  const t0 = performance.now();
  try {
    f();
  } catch {
    // only the time matters here
  }
  return performance.now() - t0;
}

describe("regressions found by fuzzing", () => {
  it("regression: fuzz (fc.anything as a definition): a preview cut inside a surrogate pair no longer leaves a lone surrogate in the message", () => {
    // The 77-character preview of this array used to end between the two halves of "𐀀".
    const def = ["", "\u0000#", "\u0000\u0000\u0000", -1.0000000000000001e124, "\u0000", "\u0000𐀀\u0000"];
    const r = sla.safeDefinePolicy(def);
    expect(r.success).toBe(false);
    if (!r.success) expect(typedErrorProblem(r.error)).toBeNull();
  });

  it("regression: special-value sweep (1 MB key): a hostile key is shortened in PolicyError messages, not echoed in full", () => {
    for (const def of [
      { timezone: "UTC", hours: "24x7", [MEGA.letters]: 1 },
      { timezone: "UTC", hours: { [MEGA.letters]: [] } },
      { timezone: "UTC", hours: "24x7", severities: { [MEGA.letters]: { targets: {} } } },
    ]) {
      const r = sla.safeDefinePolicy(def);
      expect(r.success).toBe(false);
      if (r.success) continue;
      expect(r.error.message.length).toBeLessThan(2_000);
      expect(r.error.issues.some((i) => i.path.includes(MEGA.letters))).toBe(true); // the path keeps the real key
    }
  });

  it("regression: fuzz (lone-surrogate keys in every object): a key with a lone surrogate is escaped in PolicyError messages", () => {
    const def: unknown = JSON.parse('{"timezone":"UTC","hours":{"mon":[],"\\ud800":[]},"\\udc00x":1}');
    const r = sla.safeDefinePolicy(def);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(typedErrorProblem(r.error)).toBeNull();
    expect(r.error.message).toContain("hours.\\ud800: unknown key");
    expect(r.error.issues.map((i) => i.path)).toContainEqual(["hours", "\ud800"]); // the path keeps the real key
  });

  it("regression: fuzz profile (describeValue was 50% of the run): previews cost the same for a value of any size, even shared 10,000 times", () => {
    const big = { foo: MEGA.letters, list: Array.from({ length: 100_000 }, (_, i) => i) };
    const def = { timezone: "UTC", hours: "24x7", holidays: Array.from({ length: POLICY_LIMITS.holidays }, () => [big]) };
    // Every entry is reported with a preview of `[big]`; stringifying it whole took ~65 s.
    expect(elapsedMs(() => sla.safeDefinePolicy(def))).toBeLessThan(5_000);
    const r = sla.safeDefinePolicy(def);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.length).toBeGreaterThanOrEqual(POLICY_LIMITS.holidays);
  });

  it("regression: fuzz (hostile values): an object that only claims Symbol.toStringTag 'Date' is an InputError, not a TypeError", () => {
    const fake = { [Symbol.toStringTag]: "Date" };
    const e = thrown(() => sla.isBusinessTime(utc247, fake as unknown as Date));
    expect(e).toBeInstanceOf(sla.InputError);
    // Real Dates, also from another realm, still work.
    expect(sla.isBusinessTime(utc247, new Date(Date.UTC(2026, 0, 1)))).toBe(true);
  });

  it("regression: fuzz (hostile values): luxon look-alikes whose toMillis returns a symbol, or whose invalidReason is a null-prototype object, are InputErrors", () => {
    const lookAlikes = [
      { isLuxonDateTime: true, isValid: true, toMillis: () => Symbol("t") },
      { isLuxonDateTime: true, isValid: false, invalidReason: Object.create(null), toMillis: () => 0 },
    ];
    for (const v of lookAlikes) expect(thrown(() => sla.nextBusinessTime(utc247, v as unknown as Date))).toBeInstanceOf(sla.InputError);
    expect(thrown(() => sla.addBusinessTime(utc247, 0, { isLuxonDuration: true, isValid: true, toMillis: () => Symbol("d") } as unknown as number))).toBeInstanceOf(
      sla.InputError,
    );
    expect(sla.nextBusinessTime(utc247, DateTime.fromMillis(5)).getTime()).toBe(5);
  });

  it("regression: fuzz (law between(subtract(end, d), end) = d): answers outside the supported years 1000–9999 are HorizonErrors, not Dates the library then rejects", () => {
    const santiago = sla.definePolicy({ timezone: "America/Santiago", hours: { sat: [["23:00", "24:00"]], sun: [["00:00", "01:00"]] } });
    const e = thrown(() => sla.subtractBusinessTime(santiago, -30_575_664_000_000, 410_400_001));
    expect(e).toBeInstanceOf(sla.HorizonError);
    const maxEpoch = 253_402_300_800_000; // 10000-01-01T00:00Z, the end of 9999 in UTC
    expect(thrown(() => sla.addBusinessTime(utc247, maxEpoch, 1))).toBeInstanceOf(sla.HorizonError);
    expect(thrown(() => sla.addBusinessDays(utc247, maxEpoch, 5))).toBeInstanceOf(sla.HorizonError);
    expect(thrown(() => sla.nextBusinessTime(sla.definePolicy({ timezone: "UTC", hours: { mon: [["09:00", "10:00"]] } }), maxEpoch))).toBeInstanceOf(sla.HorizonError);
    // Inside the range nothing changes.
    expect(sla.addBusinessTime(utc247, maxEpoch - 1, 1).getTime()).toBe(maxEpoch);
  });

  it("regression: worst-case measurement (explainDeadline over 7 years took 19 s, 14 years 88 s): labelling closed time is linear in the span", () => {
    const day48 = Array.from({ length: 48 }, (_, i) => [`${pad(Math.floor(i / 2))}:${i % 2 ? "30" : "00"}`, `${pad(Math.floor(i / 2))}:${i % 2 ? "45" : "15"}`]);
    const holidays = Array.from({ length: 1_000 }, (_, i) => ({ date: new Date(Date.UTC(2026, 0, 1) + i * 3 * DAY).toISOString().slice(0, 10) }));
    const p = sla.definePolicy({
      timezone: "UTC",
      hours: Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, day48])),
      holidays,
      severities: { s: { targets: { resolution: "20000h" } } },
    });
    const t0 = performance.now();
    const r = sla.explainDeadline(p, { severity: "s", start: "2026-01-01", metric: "resolution" });
    expect(performance.now() - t0).toBeLessThan(5_000); // ~0.4 s now
    expect(r.counted.length).toBe(80_000);
    expect(r.skipped.filter((s) => s.reason === "holiday").length).toBeGreaterThan(0);
  });

  it("regression: probe (addBusinessDays with n = 1e15 walked 100 years first, ~1 s): a count beyond the horizon fails at once", () => {
    const p = sla.definePolicy(sla.presets.auvikSupportV2);
    expect(elapsedMs(() => sla.addBusinessDays(p, "2026-01-01", 1e15))).toBeLessThan(50);
    expect(thrown(() => sla.addBusinessDays(p, "2026-01-01", -1e15))).toBeInstanceOf(sla.HorizonError);
    expect(thrown(() => sla.addBusinessDays(p, "2026-01-01", 36_526))).toBeInstanceOf(sla.HorizonError);
  });

  it("regression: worst-case measurement (571 region codes × 100 years took minutes): more than 10 region entries is a PolicyError at the 11th", () => {
    const regions = ["US", "CA", "GB", "DE", "FR", "AU", "NZ", "IE", "IN", "JP", "BR"].map((region) => ({ region }));
    const r = sla.safeDefinePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ date: "2026-12-24" }, ...regions] });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues).toHaveLength(1);
      expect(r.error.issues[0]!.path).toEqual(["holidays", 11, "region"]);
      expect(r.error.issues[0]!.message).toMatch(/more than 10 region entries/);
    }
    expect(sla.safeDefinePolicy({ timezone: "UTC", hours: "24x7", holidays: regions.slice(0, 10) }).success).toBe(true);
  });

  it("regression: worst-case measurement (500 weekly maintenance windows × 7 days took 20 s per 100-year query): more than 48 windows starting on one weekday is a PolicyError", () => {
    const windows = Array.from({ length: 49 }, (_, i) => ({ weekly: i === 48 ? ["sat", "sun"] : ["sun", "mon"], from: `${pad(i % 24)}:00`, to: `${pad(i % 24)}:30` }));
    const r = sla.safeDefinePolicy({ timezone: "UTC", hours: "24x7", maintenance: { windows, pausesClocks: true } });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues).toHaveLength(1);
      expect(r.error.issues[0]!.path).toEqual(["maintenance", "windows", 48, "weekly"]);
      expect(r.error.issues[0]!.message).toMatch(/more than 48 weekly windows start on "sun"/);
    }
    expect(sla.safeDefinePolicy({ timezone: "UTC", hours: "24x7", maintenance: { windows: windows.slice(0, 48) } }).success).toBe(true);
  });

  it("regression: regex audit (a 50,000-character numeric cell took 20 s in the hours pattern): reading hours from a cell is linear", () => {
    const cell = `${"1".repeat(50_000)}x`; // a Sheets cell holds up to 50,000 characters
    expect(elapsedMs(() => SLA_ADD_BUSINESS_HOURS("2026-11-27T21:30", cell))).toBeLessThan(500);
    expect(() => SLA_ADD_BUSINESS_HOURS("2026-11-27T21:30", cell)).toThrow(/not a number of hours/);
    expect(SLA_ADD_BUSINESS_HOURS("2026-11-27T21:30", " 1.5 ")).toEqual(new Date("2026-11-30T10:00:00Z")); // 30 min Fri + 60 min Mon
  });
});
