import vm from "node:vm";
import { describe, expect, it, vi } from "vitest";
import { createSheetFunctions } from "../../../src/adapters/sheets/createSheetFunctions.js";
import type { SheetEnv } from "../../../src/adapters/sheets/createSheetFunctions.js";
import { defaultSheetEnv } from "../../../src/adapters/sheets/defaultSheetEnv.js";
import { SLA_DEADLINE, SLA_INFO } from "../../../src/sheets.js";

// Preset: Mon–Fri 04:00–22:00 America/Toronto, Ontario public holidays; sev1 first response 2h.
const NOW = Date.UTC(2026, 10, 30, 11, 0); // Mon 2026-11-30 06:00 EST
const env: SheetEnv = { ...defaultSheetEnv, now: () => NOW };
const f = createSheetFunctions(env);
const utc = (iso: string) => new Date(iso);
/** Sheets serial of a Toronto wall-clock time in EST (UTC-5). */
const serial = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min) / 86_400_000 + 25_569;

describe("SLA_DEADLINE", () => {
  it("adds the severity's first-response target in business time", () => {
    expect(f.SLA_DEADLINE("2026-11-27T21:30", "sev1")).toEqual(utc("2026-11-30T10:30:00Z"));
    expect(f.SLA_DEADLINE("2026-11-27 21:30", " sev1 ")).toEqual(utc("2026-11-30T10:30:00Z"));
  });

  it("reads date-times as people type them: a space for T and a one-digit hour", () => {
    expect(f.SLA_DEADLINE("2026-11-27 9:30", "sev1")).toEqual(utc("2026-11-27T16:30:00Z"));
    expect(f.SLA_DEADLINE(" 2026-11-27T9:30 ", "sev1")).toEqual(utc("2026-11-27T16:30:00Z"));
    expect(f.SLA_DEADLINE("2026-11-27 09:30", "sev1")).toEqual(f.SLA_DEADLINE("2026-11-27T09:30", "sev1"));
  });

  it("quotes the date-time exactly as typed when it refuses it", () => {
    expect(() => f.SLA_DEADLINE("2026-11-27 25:30", "sev1")).toThrow('SLA_DEADLINE: created: "2026-11-27 25:30" is not a valid ISO 8601 date-time');
    expect((f.SLA_DEADLINE([["2026-11-27 9:3"]], "sev1") as string[][])[0]![0]).toMatch(/^ERROR: created: "2026-11-27 9:3" is not an ISO 8601/);
  });

  it("matches severities ignoring case when only one key matches, and says so when several do", () => {
    expect(f.SLA_DEADLINE("2026-11-27T21:30", "SEV1")).toEqual(utc("2026-11-30T10:30:00Z"));
    expect(f.SLA_STATUS("2026-11-27T21:30", " Sev1 ", "", "2026-11-30T06:00")).toBe("breached");
    const twoCases = JSON.stringify({ timezone: "UTC", hours: "24x7", severities: { p1: { targets: { firstResponse: "1h" } }, P1: { targets: { firstResponse: "2h" } } } });
    expect(f.SLA_DEADLINE("2026-11-27T21:30", "P1", "", twoCases)).toEqual(utc("2026-11-27T23:30:00Z"));
    expect(f.SLA_DEADLINE("2026-11-27T21:30", "p1 ", "", twoCases)).toEqual(utc("2026-11-27T22:30:00Z"));
    const ambiguous = JSON.stringify({ timezone: "UTC", hours: "24x7", severities: { Gold: { targets: { firstResponse: "1h" } }, gold: { targets: { firstResponse: "2h" } } } });
    expect(() => f.SLA_DEADLINE("2026-11-27T21:30", "GOLD", "", ambiguous)).toThrow('SLA_DEADLINE: severity: "GOLD" matches "Gold" and "gold" ignoring case; type the severity exactly');
    expect(() => f.SLA_DEADLINE("2026-11-27T21:30", "sev9")).toThrow(/severity: "sev9" is not a severity of this policy; use one of "sev1"/);
  });

  it("reads numbers as serial dates in the policy's zone", () => {
    expect(f.SLA_DEADLINE(serial(2026, 11, 27, 21, 30), "sev1")).toEqual(utc("2026-11-30T10:30:00Z"));
  });

  it("takes Dates from another realm (as Apps Script passes them)", () => {
    const foreign = vm.runInNewContext('new Date("2026-11-28T02:30:00Z")') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(f.SLA_DEADLINE(foreign, "sev1")).toEqual(utc("2026-11-30T10:30:00Z"));
  });

  it("answers a range in the range's shape, blanks as blank and bad rows as error strings", () => {
    const out = f.SLA_DEADLINE([["2026-11-27T21:30", "2026-11-30T20:00"], ["", "not a date"]], "sev1") as unknown[][];
    expect(out[0]).toEqual([utc("2026-11-30T10:30:00Z"), utc("2026-12-01T03:00:00Z")]);
    expect(out[1]![0]).toBe("");
    expect(out[1]![1]).toMatch(/^ERROR: created: "not a date" is not an ISO 8601/);
  });

  it("broadcasts single cells and 1×1 ranges against a range, and rejects ranges of different shapes", () => {
    expect(f.SLA_DEADLINE([["2026-11-27T21:30"], ["2026-11-27T21:30"]], [["sev1"], ["sev2"]])).toEqual([
      [utc("2026-11-30T10:30:00Z")],
      [utc("2026-11-30T12:30:00Z")],
    ]);
    expect(f.SLA_DEADLINE([["2026-11-27T21:30"]], "sev1")).toEqual([[utc("2026-11-30T10:30:00Z")]]);
    expect(() => f.SLA_DEADLINE([["2026-11-27T21:30"], ["2026-11-27T21:30"]], [["sev1", "sev2"]])).toThrow(/severity is 1×2 but created is 2×1/);
  });

  it("is blank for a blank cell or a metric without a target, and throws for a bad single value", () => {
    expect(f.SLA_DEADLINE("", "sev1")).toBe("");
    expect(f.SLA_DEADLINE(undefined, undefined)).toBe("");
    expect(f.SLA_DEADLINE("2026-11-27T21:30", "sev1", "resolution")).toBe("");
    expect(() => f.SLA_DEADLINE("someday", "sev1")).toThrow(/^SLA_DEADLINE: created: "someday"/);
    expect(() => f.SLA_DEADLINE("2026-11-27T21:30", "sev9")).toThrow(/SLA_DEADLINE: severity.*sev9/);
    expect(() => f.SLA_DEADLINE(true, "sev1")).toThrow(/created: true is not a date/);
  });

  it("closes the dates of the holidays range (Dates, serials or text)", () => {
    expect(f.SLA_DEADLINE("2026-11-27T21:30", "sev1", "", "", [["2026-11-30"]])).toEqual(utc("2026-12-01T10:30:00Z"));
    expect(f.SLA_DEADLINE("2026-11-27T21:30", "sev1", "", "", [[serial(2026, 11, 30)], [""]])).toEqual(utc("2026-12-01T10:30:00Z"));
    // A date typed in a sheet whose zone is Europe/Paris arrives as 2026-11-29T23:00Z: still the 30th.
    expect(f.SLA_DEADLINE("2026-11-27T21:30", "sev1", "", "", new Date("2026-11-29T23:00:00Z"))).toEqual(utc("2026-12-01T10:30:00Z"));
    expect(() => f.SLA_DEADLINE("2026-11-27T21:30", "sev1", "", "", "next monday")).toThrow(/holidays: "next monday" is not a date/);
  });
});

describe("the policy argument", () => {
  const utc24 = JSON.stringify({ timezone: "UTC", hours: "24x7", severities: { p1: { targets: { firstResponse: "1h" } } } });

  it("takes policy JSON, a preset name, or a range of cells holding JSON", () => {
    expect(f.SLA_DEADLINE("2026-11-27T21:30", "p1", "", utc24)).toEqual(utc("2026-11-27T22:30:00Z"));
    expect(f.SLA_DEADLINE("2026-11-27T21:30", "sev1", "", "auvikSupportV2")).toEqual(utc("2026-11-30T10:30:00Z"));
    expect(f.SLA_DEADLINE("2026-11-27T21:30", "p1", "", [[utc24.slice(0, 20)], [utc24.slice(20)]])).toEqual(utc("2026-11-27T22:30:00Z"));
  });

  it("throws, even for ranges, when the policy is not JSON, unknown, or invalid (with the issue paths)", () => {
    expect(() => f.SLA_DEADLINE([["2026-11-27"]], "sev1", "", "{oops")).toThrow(/policy cell is not valid JSON/);
    expect(() => f.SLA_DEADLINE("2026-11-27", "sev1", "", "gold")).toThrow(/"gold" is neither policy JSON nor a preset; presets: auvikSupportV2/);
    expect(() => f.SLA_DEADLINE("2026-11-27", "sev1", "", '{"timezone":"Mars/Base","hours":"24x7"}')).toThrow(/timezone: "Mars\/Base"/);
    expect(() => f.SLA_DEADLINE("2026-11-27", "sev1", "", '{"timezone":"Mars/Base","hours":{"mon":[["25:00","26:00"]]}}')).toThrow(
      /^SLA_DEADLINE: Invalid policy \(3 issues\): timezone: "Mars\/Base" is not an IANA time zone; [^;]+; hours\.mon\[0\]\[0\]: "25:00" is not a time of day; [^;]+; hours\.mon\[0\]\[1\]: /,
    );
    expect(() => f.SLA_DEADLINE("2026-11-27", "sev1", "", '{"timezone":"UTC","hours":"24x7","holidays":[{"region":"CA"}]}')).toThrow(/holidays\[0\]\.region.*sla-clock holidays/);
  });

  it("compiles each distinct policy text once", () => {
    const definePolicy = vi.fn(defaultSheetEnv.definePolicy);
    const g = createSheetFunctions({ ...env, definePolicy });
    for (let i = 0; i < 5; i++) {
      g.SLA_DEADLINE("2026-11-27T21:30", "p1", "", utc24);
      g.SLA_IS_OPEN("2026-11-27T21:30", utc24);
      g.SLA_DEADLINE("2026-11-27T21:30", "sev1");
    }
    expect(definePolicy).toHaveBeenCalledTimes(2);
  });
});

describe("SLA_STATUS and SLA_REMAINING", () => {
  const created = "2026-11-27T21:30"; // due Mon 05:30

  it.each([
    ["2026-11-30T05:00", "2026-11-30T07:00", "met"],
    ["2026-11-30T05:30", "2026-11-30T07:00", "met"],
    ["2026-11-30T05:31", "2026-11-30T07:00", "breached"],
    ["", "2026-11-30T05:00", "running"],
    ["", "2026-11-30T05:31", "breached"],
    ["2026-11-30T05:10", "2026-11-30T05:00", "running"], // the response is after as_of
    ["", "", "breached"], // as_of blank: the time of recalculation (06:00)
  ])("responded %j, as of %j → %s", (responded, asOf, status) => {
    expect(f.SLA_STATUS(created, "sev1", responded, asOf)).toBe(status);
  });

  it("gives an error string for a response before the ticket was created, in a range", () => {
    expect(f.SLA_STATUS([[created]], "sev1", "2026-11-27T20:00", "2026-11-30T07:00")).toEqual([[expect.stringMatching(/^ERROR: .*before/)]]);
  });

  it("counts business hours left, negative when overdue", () => {
    expect(f.SLA_REMAINING(created, "sev1", "2026-11-30T05:00")).toBe(0.5);
    expect(f.SLA_REMAINING(created, "sev1", "2026-11-30T06:30")).toBe(-1);
    expect(f.SLA_REMAINING(created, "sev1", "")).toBe(-0.5);
    expect(f.SLA_REMAINING([[created], [""]], "sev1", "2026-11-27T21:45")).toEqual([[1.75], [""]]);
  });
});

describe("arithmetic functions", () => {
  it("SLA_BUSINESS_HOURS measures business hours, negative when reversed", () => {
    expect(f.SLA_BUSINESS_HOURS("2026-11-27T21:30", "2026-11-30T05:30")).toBe(2);
    expect(f.SLA_BUSINESS_HOURS("2026-11-30T05:30", "2026-11-27T21:30")).toBe(-2);
    expect(f.SLA_BUSINESS_HOURS([["2026-11-27T21:30"], [""]], "2026-11-30T05:30")).toEqual([[2], [""]]);
  });

  it("SLA_ADD_BUSINESS_HOURS adds (or with negative hours subtracts) business hours", () => {
    expect(f.SLA_ADD_BUSINESS_HOURS("2026-11-27T21:30", 2)).toEqual(utc("2026-11-30T10:30:00Z"));
    expect(f.SLA_ADD_BUSINESS_HOURS("2026-11-30T05:30", -2)).toEqual(utc("2026-11-28T02:30:00Z"));
    expect(f.SLA_ADD_BUSINESS_HOURS("2026-11-27T21:30", "1.5")).toEqual(utc("2026-11-30T10:00:00Z"));
    expect(() => f.SLA_ADD_BUSINESS_HOURS("2026-11-27T21:30", "two")).toThrow(/hours: "two" is not a number of hours/);
  });

  it("SLA_IS_OPEN is true inside business hours and false at the close, on weekends and holidays", () => {
    expect(f.SLA_IS_OPEN([["2026-11-27T04:00", "2026-11-27T22:00"], ["2026-11-28T10:00", "2026-12-25T10:00"]])).toEqual([
      [true, false],
      [false, false],
    ]);
  });

  it("SLA_BUSINESS_DAYS counts like NETWORKDAYS, with extra holidays", () => {
    expect(f.SLA_BUSINESS_DAYS("2026-11-23", "2026-11-29")).toBe(5);
    expect(f.SLA_BUSINESS_DAYS("2026-11-29", "2026-11-23")).toBe(-5);
    expect(f.SLA_BUSINESS_DAYS("2026-11-23", "2026-11-29", "", [["2026-11-24"], ["2026-11-25"]])).toBe(3);
    // Christmas (Fri 25th) is a holiday, and Boxing Day (Sat 26th) is observed on Mon 28th: 9 weekdays - 2
    expect(f.SLA_BUSINESS_DAYS("2026-12-21", "2026-12-31")).toBe(7);
  });

  it("SLA_INFO names the version, policy and zone", () => {
    expect(f.SLA_INFO()).toMatch(/^sla-clock \d+\.\d+\.\d+ \| Customer Support Policy v2\.0 \| America\/Toronto \| preset holidays expanded for 2020-2040$/);
  });

  it("SLA_INFO says 'own policy' for a JSON definition, in one cell or split over a range that starts with a blank cell", () => {
    const own = '{"timezone":"UTC","hours":"24x7","name":"X"}';
    expect(f.SLA_INFO(own)).toMatch(/ \| X \| UTC \| own policy$/);
    expect(f.SLA_INFO([[""], [own.slice(0, 20)], [own.slice(20)]])).toMatch(/ \| X \| UTC \| own policy$/);
    expect(f.SLA_INFO("auvikSupportV2")).toMatch(/preset holidays expanded for 2020-2040$/);
  });
});

describe("sla-clock/sheets entry", () => {
  it("exports the functions on the shipped environment", () => {
    expect(SLA_DEADLINE("2026-11-27T21:30", "sev1")).toEqual(utc("2026-11-30T10:30:00Z"));
    expect(SLA_INFO()).toContain("America/Toronto");
  });
});

describe("arguments as a spreadsheet user types them", () => {
  it("takes a built-in metric in any case, as a severity is", () => {
    const due = f.SLA_DEADLINE("2026-11-27T21:30", "sev1", "resolution");
    expect(f.SLA_DEADLINE("2026-11-27T21:30", "sev1", "RESOLUTION")).toEqual(due);
    expect(f.SLA_DEADLINE("2026-11-27T21:30", "sev1", " Resolution ")).toEqual(due);
    expect(f.SLA_DEADLINE("2026-11-27T21:30", "sev1", "FIRSTRESPONSE")).toEqual(f.SLA_DEADLINE("2026-11-27T21:30", "sev1"));
  });

  it("names a timeIn metric whose key differs from a built-in name only in case by that key, not the built-in", () => {
    const own = JSON.stringify({ timezone: "UTC", hours: "24x7", statuses: { open: {}, hold: {} }, timeIn: { Resolution: ["open"] }, severities: { s: { targets: { resolution: "10h", Resolution: "1h" } } } });
    expect(f.SLA_DEADLINE("2026-01-01T00:00", "s", "Resolution", own)).toEqual(utc("2026-01-01T01:00:00Z"));
    expect(f.SLA_DEADLINE("2026-01-01T00:00", "s", "resolution", own)).toEqual(utc("2026-01-01T10:00:00Z"));
    expect(f.SLA_DEADLINE("2026-01-01T00:00", "s", "RESOLUTION", own)).toEqual(utc("2026-01-01T10:00:00Z"));
  });

  it("names a response before the ticket by its own argument and cells, not as ticket.events[0].at in UTC", () => {
    expect(() => f.SLA_STATUS("2026-11-27 21:30", "sev1", "2026-11-27 20:00", "2026-11-30 06:00")).toThrow(
      'SLA_STATUS: responded: "2026-11-27 20:00" is before created ("2026-11-27 21:30"); a response cannot come before the ticket',
    );
    // in a range, that row's cell says so, and the others answer
    const r = f.SLA_STATUS([["2026-11-27 21:30"], ["2026-11-27 21:30"]], [["sev1"], ["sev1"]], [["2026-11-27 20:00"], ["2026-11-30 05:00"]], "2026-11-30 06:00") as string[][];
    expect(r[0]![0]).toMatch(/^ERROR: .*responded: "2026-11-27 20:00" is before created/);
    expect(r[1]![0]).toBe("met");
  });
});

describe("messages in the user's terms (issue 14): never the engine's text, never an entry the user did not write", () => {
  it("a serial date outside years 1000–9999 is refused as the serial the cell holds, not as 'Invalid time value'", () => {
    for (const v of [1e12, -1e9]) {
      expect(() => f.SLA_DEADLINE(v, "sev1")).toThrow(`SLA_DEADLINE: created: ${v} is a serial date outside the supported years 1000–9999 (serials -328716 to 2958465)`);
    }
    expect(() => f.SLA_BUSINESS_HOURS(serial(2026, 11, 30), 3e6)).toThrow(/^SLA_BUSINESS_HOURS: end: 3000000 is a serial date outside the supported years/);
    // the first and last supported serial days are read
    const always = JSON.stringify({ timezone: "UTC", hours: "24x7" });
    expect(f.SLA_IS_OPEN(-328716, always)).toBe(true); // 1000-01-01T00:00
    expect(f.SLA_IS_OPEN(2958465.5, always)).toBe(true); // 9999-12-31T12:00
    expect(() => f.SLA_IS_OPEN(-328717, always)).toThrow(/-328717 is a serial date outside the supported years/);
    // in a range, the bad row says so in its cell and the others are answered
    const out = f.SLA_DEADLINE([[1e12], [serial(2026, 11, 27, 21, 30)]], "sev1") as unknown[][];
    expect(out[0]![0]).toMatch(/^ERROR: created: 1000000000000 is a serial date outside the supported years/);
    expect(out[1]![0]).toEqual(utc("2026-11-30T10:30:00Z"));
  });

  it("a cell object that only claims to be a Date is refused as not a date (it was the engine's 'this is not a Date object')", () => {
    const fakes = [{ [Symbol.toStringTag]: "Date" }, Object.create(Date.prototype) as object];
    for (const fake of fakes) {
      expect(() => f.SLA_DEADLINE(fake, "sev1")).toThrow(/^SLA_DEADLINE: created: .* is not a date; give a date-time cell/);
      expect(() => f.SLA_DEADLINE("2026-11-27T21:30", "sev1", "", "", [[fake]])).toThrow(/^SLA_DEADLINE: holidays: .* is not a date; use date cells or YYYY-MM-DD text/);
    }
    // a real Date of another realm is still a date
    const other = vm.runInNewContext("new Date(Date.UTC(2026, 10, 27, 21, 30))") as Date;
    expect(f.SLA_DEADLINE(other, "sev1")).toEqual(f.SLA_DEADLINE(new Date(Date.UTC(2026, 10, 27, 21, 30)), "sev1"));
  });

  it("a holiday cell that is no real date is named as the cell, not as the policy entry made from it", () => {
    const at = "2026-11-27T21:30";
    expect(() => f.SLA_DEADLINE(at, "sev1", "", "", [[1e9]])).toThrow("SLA_DEADLINE: holidays: 1000000000 is a serial date outside the supported years 1000–9999");
    expect(() => f.SLA_DEADLINE(at, "sev1", "", "", [["2026-02-30"]])).toThrow(/^SLA_DEADLINE: holidays: "2026-02-30" is not a valid date \(.*February 2026 has 28 days/);
    expect(() => f.SLA_DEADLINE(at, "sev1", "", "", [["0999-12-31"]])).toThrow('SLA_DEADLINE: holidays: "0999-12-31" is outside the supported years 1000–9999');
    for (const bad of [[[1e9]], [["2026-02-30"]], [["0999-12-31"]]]) {
      expect(() => f.SLA_DEADLINE(at, "sev1", "", "", bad)).not.toThrow(/holidays\[\d+\]/);
    }
  });
});
