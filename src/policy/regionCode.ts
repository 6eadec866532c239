/**
 * Region codes of date-holidays (`country[-state[-region]]`), checked for syntax only: whether
 * date-holidays knows the region is checked later, by the calendar layer.
 *
 * @module
 */

import { describeValue } from "../errors.js";

/** A region code split into its parts; `country` is upper-cased, the rest kept as written. */
export interface RegionCodeParts {
  readonly code: string;
  readonly country: string;
  readonly state?: string;
  readonly region?: string;
}

const MAX_PART_LENGTH = 20;

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Splits a date-holidays region code into country, state and region.
 *
 * Rule: `CC`, `CC-SS` or `CC-SS-RR`: a two-letter country code, then up to two parts of 1–20
 * letters or digits, separated by `-`. The country is upper-cased (date-holidays country codes
 * are upper-case); state and region keep their case because some date-holidays codes are mixed
 * case (`NZ-CAN-Timaru`). `code` is the normalized whole.
 *
 * Edge cases: the empty string, spaces, `_` separators and a trailing `-` are errors. Whether the
 * region exists is not checked here.
 *
 * @throws Never: problems are returned as a message.
 *
 * @example
 * parseRegionCode("CA-ON");   //=> { code: "CA-ON", country: "CA", state: "ON" }
 * parseRegionCode("us");      //=> { code: "US", country: "US" }
 * parseRegionCode("CA_ON");   //=> "\"CA_ON\" is not a region code; use COUNTRY[-STATE[-REGION]] as in date-holidays, e.g. \"CA-ON\""
 * @category Values
 */
export function parseRegionCode(s: unknown): RegionCodeParts | string {
  const bad = `${describeValue(s)} is not a region code; use COUNTRY[-STATE[-REGION]] as in date-holidays, e.g. "CA-ON"`;
  if (typeof s !== "string" || s.length < 2 || s.length > 2 + 2 * (MAX_PART_LENGTH + 1)) return bad;
  if (!isAlpha(s.charCodeAt(0)) || !isAlpha(s.charCodeAt(1))) return bad;
  const parts: string[] = [s.slice(0, 2).toUpperCase()];
  let i = 2;
  while (i < s.length) {
    if (s.charCodeAt(i) !== 45 /* - */ || parts.length === 3) return bad;
    const start = ++i;
    while (i < s.length && isAlnum(s.charCodeAt(i))) i++;
    if (i === start || i - start > MAX_PART_LENGTH) return bad;
    parts.push(s.slice(start, i));
  }
  const [country, state, region] = parts as [string, string?, string?];
  return {
    code: parts.join("-"),
    country,
    ...(state !== undefined && { state }),
    ...(region !== undefined && { region }),
  };
}
