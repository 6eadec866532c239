/**
 * A strict RFC 4180 reader: text in, rows of string fields out.
 *
 * @module
 */
import { InputError } from "../../errors.js";

/**
 * Splits CSV text into rows of fields, by RFC 4180.
 *
 * The rule: fields are separated by `,` and records by CRLF (a bare LF is accepted too, as every
 * spreadsheet on Linux or macOS writes it). A field that starts with `"` is quoted: it runs to the
 * next `"` that is not doubled, may contain commas, CR, LF and `""` (one quote), and must be
 * followed by a separator, a line break or the end. Everything else is taken literally, spaces
 * included.
 *
 * Edge cases: a UTF-8 byte-order mark at the start is dropped; one line break at the very end does
 * not start an empty record; an empty line elsewhere is a record with one empty field (callers
 * decide whether to skip it); rows may differ in length (callers check); an empty text has no rows.
 *
 * @throws InputError naming line and column for a quote inside an unquoted field, text after a
 *   closing quote, an unterminated quoted field, or a bare CR outside quotes.
 * @example
 * parseCsv('id,note\r\n1,"a, ""b""\nc"\r\n'); //=> [["id", "note"], ["1", "a, \"b\"\nc"]]
 * parseCsv("a,b\n,\n");                         //=> [["a", "b"], ["", ""]]
 * parseCsv('a,b"c');                            // throws InputError: line 1, column 4: …
 * @category CSV
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i;
  const where = (at: number): string => `line ${line}, column ${at - lineStart + 1}`;
  if (i >= n) return rows;
  let row: string[] = [];
  for (;;) {
    // At the start of a field.
    let field: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      const open = i;
      const openWhere = where(open);
      i++;
      let out = "";
      let chunk = i;
      for (;;) {
        if (i >= n) throw new InputError(`CSV ${openWhere}: quoted field is never closed; end it with a double quote (write a quote inside it as "")`);
        const c = text.charCodeAt(i);
        if (c === 34) {
          if (text.charCodeAt(i + 1) === 34) {
            out += text.slice(chunk, i + 1);
            i += 2;
            chunk = i;
            continue;
          }
          out += text.slice(chunk, i);
          i++;
          break;
        }
        if (c === 10) {
          line++;
          lineStart = i + 1;
        }
        i++;
      }
      field = out;
      if (i < n) {
        const c = text.charCodeAt(i);
        if (c !== 44 && c !== 10 && c !== 13) {
          throw new InputError(`CSV ${where(i)}: unexpected ${JSON.stringify(text[i])} after a closing quote; put a comma or a line break after it, or double the quote ("") to write one`);
        }
      }
    } else {
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 44 || c === 10 || c === 13) break;
        if (c === 34) throw new InputError(`CSV ${where(i)}: a double quote inside an unquoted field; quote the whole field and double the quote ("…""…")`);
        i++;
      }
      field = text.slice(start, i);
    }
    row.push(field);
    // After a field: separator, line break or end.
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    const c = text.charCodeAt(i);
    if (c === 44) {
      i++;
      continue;
    }
    if (c === 13) {
      if (text.charCodeAt(i + 1) !== 10) throw new InputError(`CSV ${where(i)}: a carriage return not followed by a line feed; end lines with CRLF or LF`);
      i++;
    }
    // c is now LF
    i++;
    rows.push(row);
    row = [];
    line++;
    lineStart = i;
    if (i >= n) return rows;
  }
}
