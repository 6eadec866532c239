import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/adapters/csv/parseCsv.js";
import { InputError } from "../../../src/errors.js";

describe("parseCsv (RFC 4180)", () => {
  it.each([
    ["plain fields", "a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]]],
    ["CRLF line breaks", "a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]],
    ["no final line break", "a,b\n1,2", [["a", "b"], ["1", "2"]]],
    ["empty fields", ",a,\n,,\n", [["", "a", ""], ["", "", ""]]],
    ["a comma inside quotes", 'a,"b,c"\n', [["a", "b,c"]]],
    ["doubled quotes", '"say ""hi""",x\n', [['say "hi"', "x"]]],
    ["an LF inside quotes", '"line1\nline2",x\n', [["line1\nline2", "x"]]],
    ["a CRLF inside quotes", '"line1\r\nline2",x\r\n', [["line1\r\nline2", "x"]]],
    ["an empty quoted field", '"",x\n', [["", "x"]]],
    ["spaces kept as written", " a , b \n", [[" a ", " b "]]],
    ["a byte-order mark dropped", "\uFEFFid,x\n", [["id", "x"]]],
    ["an empty line mid-file is a one-field record", "a\n\nb\n", [["a"], [""], ["b"]]],
    ["only a quoted field with a quote at the end", '"a"""', [['a"']]],
  ])("reads %s", (_name, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it("has no rows for empty text", () => {
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("\uFEFF")).toEqual([]);
  });

  it.each([
    ["a quote inside an unquoted field", 'ab"c,d\n', /line 1, column 3/],
    ["text after a closing quote", '"ab"c,d\n', /line 1, column 5.*after a closing quote/],
    ["an unterminated quoted field", 'x\n"abc,d\n', /line 2, column 1.*never closed/],
    ["a bare carriage return", "a\rb\n", /carriage return/],
  ])("rejects %s with the line and column", (_name, text, message) => {
    expect(() => parseCsv(text)).toThrow(InputError);
    expect(() => parseCsv(text)).toThrow(message);
  });

  it("counts lines inside quoted fields for later errors", () => {
    expect(() => parseCsv('"a\nb",c\nd"e\n')).toThrow(/line 3, column 2/);
  });

  it("reads 10 000 rows quickly", () => {
    const text = `id,createdAt,severity\n${Array.from({ length: 10_000 }, (_, i) => `T-${i},"2026-11-27T21:30",sev1`).join("\r\n")}`;
    const t0 = performance.now();
    expect(parseCsv(text)).toHaveLength(10_001);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
