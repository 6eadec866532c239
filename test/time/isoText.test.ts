import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, dayFromCivil } from "../../src/time/calendarDate.js";
import { canonicalIsoEpochMs, isoTextEpochMs, parseIsoDate, parseIsoText, parseMonthDay } from "../../src/time/isoText.js";
import type { IsoTextParts } from "../../src/time/isoText.js";
import { referenceIsoText } from "../reference/isoTextReference.js";

const D = (y: number, m: number, d: number) => dayFromCivil(y, m, d);
const H = MS_PER_HOUR;
const M = MS_PER_MINUTE;

/** Every text that differs from `base` in one character, replaced by one of `alphabet`. */
function oneCharVariants(base: string, alphabet = "0123456789-/:.,TtZz +a٢"): string[] {
  const out: string[] = [];
  for (let i = 0; i < base.length; i++) for (const ch of alphabet) if (ch !== base[i]) out.push(base.slice(0, i) + ch + base.slice(i + 1));
  return out;
}

/** Every text one edit away from `base`: each character replaced, removed, or preceded by one of `alphabet`. */
function oneEditVariants(base: string, alphabet = "0123456789-/:.,TtZz +a٢"): string[] {
  const out = oneCharVariants(base, alphabet);
  for (let i = 0; i <= base.length; i++) {
    if (i < base.length) out.push(base.slice(0, i) + base.slice(i + 1));
    for (const ch of alphabet) out.push(base.slice(0, i) + ch + base.slice(i));
  }
  return out;
}

/** `parseIsoText` accepts `s` exactly when the reference does, with the same parts. */
function expectAsReference(s: string): void {
  const expected = referenceIsoText(s);
  const r = parseIsoText(s);
  if (expected === null) expect(typeof r, s).toBe("string");
  else expect(r, s).toEqual(expected);
}

/** One text in each form the scanner accepts, at its edges: leap days, fractions of 1–9 digits, 24:00, every offset form. */
const FORMS_AT_EDGES = [
  "2026-11-27",
  "2024-02-29",
  "0000-01-01",
  "9999-12-31",
  "2026-11-27T21:30",
  "2026-11-27t09:05",
  "2026-11-27 00:00",
  "2026-11-27T21:30:15",
  "2026-11-27T23:59:59.999",
  "2026-11-27T21:30:15.5",
  "2026-11-27T21:30:15,25",
  "2026-11-27T21:30:15.1234",
  "2026-11-27T21:30:15.123456789",
  "2026-12-31T24:00",
  "2026-11-27T24:00:00",
  "2026-11-27T24:00:00.000",
  "2026-11-27T21:30Z",
  "2026-11-27T21:30:15z",
  "2026-11-27T21:30+05:30",
  "2026-11-27T21:30-0830",
  "2026-11-27T21:30+05",
  "2026-11-27T21:30:15.5-00:00",
  "2026-11-27T21:30+23:59",
  "1971-06-01T11:15:30-00:44:30",
  "2026-11-27T21:30+23:59:59",
  "2024-02-29T12:00:00.000Z",
];

describe("parseIsoText", () => {
  describe("agrees with the reference grammar (test/reference/isoTextReference.ts)", () => {
    it("on one text in each accepted form and every text one edit away from them", () => {
      let accepted = 0;
      let variants = 0;
      for (const base of FORMS_AT_EDGES) {
        expect(referenceIsoText(base), base).not.toBeNull();
        expectAsReference(base);
        for (const s of oneEditVariants(base)) {
          expectAsReference(s);
          variants++;
          if (referenceIsoText(s) !== null) accepted++;
        }
      }
      // both sides of the grammar are exercised: most edits break a text, many keep it valid
      expect(variants).toBeGreaterThan(20_000);
      expect(accepted).toBeGreaterThan(1_000);
    });

    it("on texts built from random fields, in range and just out of it, in every form (property)", () => {
      const two = (n: number) => String(n).padStart(2, "0");
      fc.assert(
        fc.property(
          fc.record({
            year: fc.integer({ min: 0, max: 9999 }),
            month: fc.integer({ min: 0, max: 13 }),
            day: fc.integer({ min: 0, max: 32 }),
            sep: fc.constantFrom("T", "t", " "),
            time: fc.option(fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 })), { nil: undefined }),
            second: fc.option(fc.integer({ min: 0, max: 61 }), { nil: undefined }),
            fraction: fc.option(fc.string({ unit: fc.constantFrom("0", "0", "1", "5", "9"), minLength: 0, maxLength: 11 }), { nil: undefined }),
            point: fc.constantFrom(".", ","),
            zone: fc.oneof(
              fc.constant(""),
              fc.constantFrom("Z", "z"),
              fc.tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.constantFrom(":", "", "hours", "seconds", "basic seconds"), fc.integer({ min: 0, max: 61 })).map(([sign, h, m, form, sec]) =>
                form === "hours"
                  ? `${sign}${two(h)}`
                  : form === "seconds"
                    ? `${sign}${two(h)}:${two(m)}:${two(sec)}`
                    : form === "basic seconds"
                      ? `${sign}${two(h)}${two(m)}${two(sec)}`
                      : `${sign}${two(h)}${form}${two(m)}`,
              ),
            ),
          }),
          (f) => {
            let s = `${String(f.year).padStart(4, "0")}-${two(f.month)}-${two(f.day)}`;
            if (f.time !== undefined) {
              s += `${f.sep}${two(f.time[0])}:${two(f.time[1])}`;
              if (f.second !== undefined) s += `:${two(f.second)}${f.fraction === undefined ? "" : f.point + f.fraction}`;
              s += f.zone;
            }
            expectAsReference(s);
          },
        ),
        { numRuns: 3_000 },
      );
    });
  });

  describe("accepts", () => {
    it.each<[string, IsoTextParts]>([
      ["2026-11-27", { day: D(2026, 11, 27), ms: 0, offsetMs: null }],
      ["2026-11-27T21:30", { day: D(2026, 11, 27), ms: 21 * H + 30 * M, offsetMs: null }],
      ["2026-11-27t21:30", { day: D(2026, 11, 27), ms: 21 * H + 30 * M, offsetMs: null }],
      ["2026-11-27 21:30", { day: D(2026, 11, 27), ms: 21 * H + 30 * M, offsetMs: null }],
      ["2026-11-27T21:30:15", { day: D(2026, 11, 27), ms: 21 * H + 30 * M + 15_000, offsetMs: null }],
      ["2026-11-27T21:30:15.5", { day: D(2026, 11, 27), ms: 21 * H + 30 * M + 15_500, offsetMs: null }],
      ["2026-11-27T21:30:15.25", { day: D(2026, 11, 27), ms: 21 * H + 30 * M + 15_250, offsetMs: null }],
      ["2026-11-27T21:30:15.123", { day: D(2026, 11, 27), ms: 21 * H + 30 * M + 15_123, offsetMs: null }],
      ["2026-11-27T21:30:15.123999999", { day: D(2026, 11, 27), ms: 21 * H + 30 * M + 15_123, offsetMs: null }],
      ["2026-11-27T21:30:15,5", { day: D(2026, 11, 27), ms: 21 * H + 30 * M + 15_500, offsetMs: null }],
      ["2026-11-27T21:30Z", { day: D(2026, 11, 27), ms: 21 * H + 30 * M, offsetMs: 0 }],
      ["2026-11-27T21:30z", { day: D(2026, 11, 27), ms: 21 * H + 30 * M, offsetMs: 0 }],
      ["2026-11-27T21:30-05:00", { day: D(2026, 11, 27), ms: 21 * H + 30 * M, offsetMs: -5 * H }],
      ["2026-11-27T21:30+0530", { day: D(2026, 11, 27), ms: 21 * H + 30 * M, offsetMs: 5 * H + 30 * M }],
      ["2026-11-27T21:30+09", { day: D(2026, 11, 27), ms: 21 * H + 30 * M, offsetMs: 9 * H }],
      ["2026-11-27T21:30:00.000+23:59", { day: D(2026, 11, 27), ms: 21 * H + 30 * M, offsetMs: 23 * H + 59 * M }],
      ["2026-11-27T00:00", { day: D(2026, 11, 27), ms: 0, offsetMs: null }],
      ["2026-11-27T23:59:59.999", { day: D(2026, 11, 27), ms: MS_PER_DAY - 1, offsetMs: null }],
      ["2024-02-29", { day: D(2024, 2, 29), ms: 0, offsetMs: null }],
      ["2000-02-29", { day: D(2000, 2, 29), ms: 0, offsetMs: null }],
      ["0000-01-01", { day: D(0, 1, 1), ms: 0, offsetMs: null }],
      ["9999-12-31T23:59", { day: D(9999, 12, 31), ms: 23 * H + 59 * M, offsetMs: null }],
    ])("%s", (text, expected) => {
      expect(parseIsoText(text)).toEqual(expected);
    });

    it("reads 24:00 as midnight at the end of the day (the next day at ms 0)", () => {
      expect(parseIsoText("2026-11-27T24:00")).toEqual({ day: D(2026, 11, 28), ms: 0, offsetMs: null });
      expect(parseIsoText("2026-12-31T24:00:00")).toEqual({ day: D(2027, 1, 1), ms: 0, offsetMs: null });
      expect(parseIsoText("2026-02-28T24:00:00.000Z")).toEqual({ day: D(2026, 3, 1), ms: 0, offsetMs: 0 });
    });

    it("reads an offset with seconds, ±HH:MM:SS, as sla-clock prints a historical one (Monrovia 1971: -00:44:30)", () => {
      expect(parseIsoText("1971-06-01T11:15:30-00:44:30")).toEqual({ day: D(1971, 6, 1), ms: (11 * 3600 + 15 * 60 + 30) * 1000, offsetMs: -(44 * 60 + 30) * 1000 });
      expect(parseIsoText("1900-01-01T00:00+00:19:32")).toEqual({ day: D(1900, 1, 1), ms: 0, offsetMs: (19 * 60 + 32) * 1000 });
      expect(isoTextEpochMs(parseIsoText("1971-06-01T11:15:30-00:44:30") as IsoTextParts)).toBe(Date.UTC(1971, 5, 1, 12, 0, 0));
    });

    it("reads -00:00 as a zero offset, never -0", () => {
      const r = parseIsoText("2026-11-27T12:00-00:00") as IsoTextParts;
      expect(Object.is(r.offsetMs, 0)).toBe(true);
    });
  });

  describe("rejects", () => {
    const FORMS = "use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.fff]] with an optional Z or ±HH:MM offset";
    const notIso = (text: string) => `${JSON.stringify(text)} is not an ISO 8601 date or date-time; ${FORMS}`;
    const invalid = (text: string, why: string) => `${JSON.stringify(text)} is not a valid ISO 8601 date-time: ${why}`;
    it.each<[string, string]>([
      // a field that is not two digits is a text out of form; one out of range is named with its range
      ["2026-1a-27", notIso("2026-1a-27")],
      ["2026-11-2a", notIso("2026-11-2a")],
      ["2026-00-27", invalid("2026-00-27", "month 00 is not between 01 and 12")],
      ["2026-11-00", invalid("2026-11-00", "day 00 is not between 01 and 30 (November 2026 has 30 days)")],
      ["2026-11-27T21:60", invalid("2026-11-27T21:60", "minute 60 is not between 00 and 59")],
      ["2026-11-27T21:30:60", invalid("2026-11-27T21:30:60", "second 60 is not between 00 and 59")],
      ["2026-11-27T21:30:15.", invalid("2026-11-27T21:30:15.", "the fraction of a second needs 1 to 9 digits")],
      ["2026-11-27T21:30:15.1234567890", invalid("2026-11-27T21:30:15.1234567890", "the fraction of a second needs 1 to 9 digits")],
      ["2026-11-27T21:30+24:00", invalid("2026-11-27T21:30+24:00", "the offset must be between -23:59 and +23:59")],
      ["2026-11-27T21:30-05:60", invalid("2026-11-27T21:30-05:60", "the offset must be between -23:59 and +23:59")],
      ["2026-11-27T21:30-05:30:60", invalid("2026-11-27T21:30-05:30:60", "the offset must be between -23:59 and +23:59")],
      ["2026-11-27T21:30-05:30:5", notIso("2026-11-27T21:30-05:30:5")],
      ["2026-11-27T21:30-05:30:5a", notIso("2026-11-27T21:30-05:30:5a")],
      ["2026-11-27T21:30-05:30-30", notIso("2026-11-27T21:30-05:30-30")],
      ["2026-11-27T21:30-0530:30", notIso("2026-11-27T21:30-0530:30")],
      ["2026-11-27T21:30-05:30:300", notIso("2026-11-27T21:30-05:30:300")],
      // 64 characters are scanned (and refused as out of form); 65 are refused unread
      ["2".repeat(64), notIso("2".repeat(64))],
      ["2".repeat(65), `${JSON.stringify("2".repeat(65))} is too long for an ISO 8601 date-time (over 64 characters); ${FORMS}`],
    ])("names what is wrong with %s", (text, message) => {
      expect(parseIsoText(text)).toBe(message);
    });
    it("names a value that is not a string", () => {
      expect(parseIsoText(42 as unknown as string)).toBe(`42 is not an ISO 8601 string; ${FORMS}`);
    });
    it.each([
      ["", "empty text"],
      ["2026-11-2", "a short date"],
      ["26-11-27", "a two-digit year"],
      ["+002026-11-27", "an expanded year"],
      ["20261127", "the basic format"],
      ["2026/11/27", "slashes"],
      ["2026-13-01", "month 13"],
      ["2026-00-10", "month 00"],
      ["2026-02-29", "Feb 29 in a common year"],
      ["1900-02-29", "Feb 29 in a century common year"],
      ["2026-02-30", "Feb 30"],
      ["2026-04-31", "April 31"],
      ["2026-11-00", "day 00"],
      ["2026-11-27T", "a bare separator"],
      ["2026-11-27T9:30", "a one-digit hour"],
      ["2026-11-27T21", "an hour without minutes"],
      ["2026-11-27T21:3", "a one-digit minute"],
      ["2026-11-27T25:00", "hour 25"],
      ["2026-11-27T24:01", "24:01"],
      ["2026-11-27T24:00:01", "24:00:01"],
      ["2026-11-27T24:00:00.001", "24:00:00.001"],
      ["2026-11-27T21:60", "minute 60"],
      ["2026-11-27T23:59:60", "a leap second"],
      ["2026-11-27T21:30:15.", "an empty fraction"],
      ["2026-11-27T21:30:15.1234567890", "ten fraction digits"],
      ["2026-11-27T21:30.5", "a fraction of a minute"],
      ["2026-11-27Z", "an offset on a date"],
      ["2026-11-27T21:30+5", "a one-digit offset"],
      ["2026-11-27T21:30+24:00", "offset +24:00"],
      ["2026-11-27T21:30+05:60", "offset minutes 60"],
      ["2026-11-27T21:30+05:0", "a short offset"],
      ["2026-11-27T21:30Z ", "a trailing space"],
      [" 2026-11-27", "a leading space"],
      ["2026-11-27  21:30", "two spaces"],
      ["2026-11-27_21:30", "an underscore separator"],
      ["2026-11-27T21:30UTC", "a zone name"],
      ["2026-11-27T21:30:00Z[America/Toronto]", "a bracketed zone"],
      ["２０２６-11-27", "full-width digits"],
    ])("%s (%s) with a message naming the text", (text) => {
      const r = parseIsoText(text);
      expect(typeof r).toBe("string");
      expect(r as string).toContain(JSON.stringify(text).slice(0, 10));
    });

    it("says which day is out of range and how long the month is", () => {
      expect(parseIsoText("2026-02-30")).toBe(
        '"2026-02-30" is not a valid ISO 8601 date-time: day 30 is not between 01 and 28 (February 2026 has 28 days)',
      );
    });

    it("explains that 24:00 is the only time after 23:59", () => {
      expect(parseIsoText("2026-11-27T24:30")).toMatch(/24:00 is the only time allowed/);
    });

    it("rejects non-strings without throwing", () => {
      expect(typeof parseIsoText(20261127 as unknown as string)).toBe("string");
      expect(typeof parseIsoText(null as unknown as string)).toBe("string");
    });

    it("rejects a 1 MB hostile string in well under 50 ms and keeps the message short", () => {
      const hostile = "2026-11-27T21:30:00." + "9".repeat(1_000_000);
      const t0 = performance.now();
      const r = parseIsoText(hostile);
      const elapsed = performance.now() - t0;
      expect(typeof r).toBe("string");
      expect((r as string).length).toBeLessThan(300);
      expect(elapsed).toBeLessThan(50);
    });
  });

  it("agrees with Date.UTC on every valid UTC date-time (property)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("0100-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true }), (d) => {
        const text = d.toISOString();
        const r = parseIsoText(text);
        expect(typeof r).not.toBe("string");
        expect(isoTextEpochMs(r as IsoTextParts)).toBe(d.getTime());
      }),
    );
  });

  it("never throws on arbitrary text (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const r = parseIsoText(s);
        expect(typeof r === "string" || (typeof r === "object" && r.ms >= 0 && r.ms < MS_PER_DAY)).toBe(true);
      }),
    );
  });
});

describe("isoTextEpochMs", () => {
  it("subtracts the offset to get the exact instant", () => {
    expect(isoTextEpochMs(parseIsoText("2026-11-27T21:30-05:00") as IsoTextParts)).toBe(Date.parse("2026-11-28T02:30:00Z"));
  });
  it("returns null for wall-clock text", () => {
    expect(isoTextEpochMs(parseIsoText("2026-11-27T21:30") as IsoTextParts)).toBeNull();
  });
});

describe("parseIsoDate", () => {
  it("reads a local date into a day number", () => {
    expect(parseIsoDate("2026-11-27")).toBe(20784);
  });
  it.each(["2026-11-27T09:00", "2026-11-27Z", "2026-02-30", "27.11.2026", 20784, null])("rejects %j as a local date", (v) => {
    expect(typeof parseIsoDate(v)).toBe("string");
  });
  it("agrees with the general scanner on every 10-character text, dates and near-dates alike (its direct path included)", () => {
    const viaScanner = (s: string): number | string => {
      const r = parseIsoText(s);
      return typeof r === "string" ? r : r.day;
    };
    const dates = fc.date({ min: new Date("0000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const nearDates = fc.tuple(fc.stringMatching(/^[0-9]{4}$/), fc.stringMatching(/^[0-9]{2}$/), fc.stringMatching(/^[0-9]{2}$/)).map(([y, m, d]) => `${y}-${m}-${d}`);
    const noise = fc.string({ unit: fc.constantFrom(..."0123456789-T:Z/ ٢"), minLength: 10, maxLength: 10 });
    fc.assert(
      fc.property(fc.oneof(dates, nearDates, noise), (s) => {
        expect(parseIsoDate(s)).toEqual(viaScanner(s));
      }),
      { numRuns: 3_000 },
    );
  });
  it("agrees with the general scanner on every text one character away from a date (its direct path's checks)", () => {
    const viaScanner = (s: string): number | string => {
      const r = parseIsoText(s);
      return typeof r === "string" ? r : r.day;
    };
    for (const date of ["2026-11-27", "2024-02-29", "1999-12-31", "2026-04-30"]) {
      for (const s of oneCharVariants(date)) expect(parseIsoDate(s), s).toEqual(viaScanner(s));
    }
  });
});

describe("parseMonthDay", () => {
  it.each([
    ["12-31", { month: 12, day: 31 }],
    ["01-01", { month: 1, day: 1 }],
    ["02-29", { month: 2, day: 29 }],
  ])("reads %s", (text, expected) => {
    expect(parseMonthDay(text)).toEqual(expected);
  });
  it.each(["02-30", "04-31", "13-01", "00-10", "12-00", "1-01", "12/31", "--12-31", "2026-12-31"])("rejects %s", (text) => {
    expect(typeof parseMonthDay(text)).toBe("string");
  });
  it("names the month length in the message", () => {
    expect(parseMonthDay("04-31")).toBe('"04-31" is not a valid month and day: April has 30 days');
  });
  it.each([
    ["12/31", '"12/31" is not an annual date; use MM-DD, e.g. "12-31"'],
    ["1a-01", '"1a-01" is not an annual date; use MM-DD, e.g. "12-31"'],
    ["12-3b", '"12-3b" is not an annual date; use MM-DD, e.g. "12-31"'],
    ["1-012", '"1-012" is not an annual date; use MM-DD, e.g. "12-31"'],
    [1231, '1231 is not an annual date; use MM-DD, e.g. "12-31"'],
    [null, 'null is not an annual date; use MM-DD, e.g. "12-31"'],
  ])("says what an annual date looks like for %j", (value, message) => {
    expect(parseMonthDay(value)).toBe(message);
  });
});

describe("canonicalIsoEpochMs, the fast path for canonical UTC text (issue 14: text inputs cost 3× numbers)", () => {
  const exact = (s: string): number => {
    const r = parseIsoText(s);
    if (typeof r === "string" || r.offsetMs === null) return Number.NaN;
    return r.day * MS_PER_DAY + r.ms - r.offsetMs;
  };

  it("agrees with Date and with the general scanner on toISOString's form and its shorter forms", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("0000-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true }), (d) => {
        const full = d.toISOString();
        expect(canonicalIsoEpochMs(full)).toBe(d.getTime());
        expect(canonicalIsoEpochMs(full)).toBe(exact(full));
        const seconds = `${full.slice(0, 19)}Z`;
        expect(canonicalIsoEpochMs(seconds)).toBe(exact(seconds));
        const minutes = `${full.slice(0, 16)}Z`;
        expect(canonicalIsoEpochMs(minutes)).toBe(exact(minutes));
      }),
      { numRuns: 2_000 },
    );
  });

  it.each([
    "2026-11-27T21:30", "2026-11-27", "2026-11-27T21:30:00.000+01:00", "2026-11-27t21:30:00.000Z", "2026-11-27T21:30:00.000z",
    "2026-11-27 21:30:00.000Z", "2026-02-30T00:00:00.000Z", "2026-13-01T00:00:00.000Z", "2026-11-27T24:00:00.000Z",
    "2026-11-27T21:60:00.000Z", "2026-11-27T21:30:60.000Z", "2026-11-27T21:30:00,000Z", "2026-11-27T21:30:00.00xZ",
    " 2026-11-27T21:30Z", "+02026-11-27T21:30Z", "2026-11-27T21:30:00.0000Z", "٢٠٢٦-11-27T21:30:00.000Z",
  ])("leaves %j to the general scanner (NaN)", (s) => {
    expect(canonicalIsoEpochMs(s)).toBeNaN();
  });

  it("answers a text one character away from canonical text exactly, or leaves it to the general scanner", () => {
    for (const base of ["2026-11-27T21:30:45.123Z", "2026-11-27T21:30:45Z", "2026-11-27T21:30Z", "2024-02-29T23:59:59.999Z"]) {
      for (const s of oneCharVariants(base)) {
        const fast = canonicalIsoEpochMs(s);
        if (!Number.isNaN(fast)) expect(fast, s).toBe(exact(s));
      }
    }
  });
});
