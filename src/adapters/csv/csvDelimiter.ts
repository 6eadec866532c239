/**
 * Which separator a CSV file uses, read from its header line.
 *
 * @module
 */

/** The separators a CSV file may use: comma, semicolon (spreadsheets in locales with a decimal comma) or tab. */
export type CsvDelimiter = "," | ";" | "\t";

/**
 * The separator of a CSV file, detected from its header line: the one of `,`, `;` and tab that
 * occurs most often outside double quotes; a comma when none occurs or on a tie with a comma
 * (a tie between `;` and tab goes to `;`).
 *
 * Edge cases: only the text up to the first line break outside quotes is looked at; a UTF-8
 * byte-order mark is ignored.
 *
 * @example
 * csvDelimiter("id;createdAt;severity");   //=> ";"
 * csvDelimiter('"a,b";createdAt;severity'); //=> ";"
 * csvDelimiter("createdAt\tseverity");      //=> "\t"
 * @category CSV
 */
export function csvDelimiter(headerText: string): CsvDelimiter {
  let comma = 0;
  let semicolon = 0;
  let tab = 0;
  let quoted = false;
  for (let i = 0; i < headerText.length; i++) {
    const c = headerText.charCodeAt(i);
    if (c === 34 /* " */) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 10 || c === 13) break;
    else if (c === 44) comma++;
    else if (c === 59) semicolon++;
    else if (c === 9) tab++;
  }
  if (comma >= semicolon && comma >= tab) return ",";
  return semicolon >= tab ? ";" : "\t";
}
