/**
 * Checking IANA time-zone names with the runtime's Intl data (no luxon in the policy layer).
 *
 * @module
 */

import { describeValue } from "../errors.js";

/** Names Intl accepted before (constructing a DateTimeFormat costs ~0.1 ms); bounded. */
const knownZones = new Set<string>();
const MAX_CACHED_ZONES = 1000;

/** Longest zone name accepted; the longest IANA name is 32 characters. */
export const MAX_TIME_ZONE_NAME_LENGTH = 64;

function isZoneChar(c: number): boolean {
  return (
    (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ||
    c === 47 /* / */ || c === 95 /* _ */ || c === 45 /* - */ || c === 43 /* + */
  );
}

/**
 * Checks that `name` is an IANA time zone the runtime knows.
 *
 * Rule: a name that starts with a letter and has only letters, digits, `/`, `_`, `-` and `+`
 * (`"America/Toronto"`, `"UTC"`, `"Etc/GMT+5"`), and that `Intl.DateTimeFormat` accepts.
 *
 * Edge cases: offset strings (`"+05:00"`), abbreviations Intl does not know (`"EST5"` is not
 * accepted; `"EST"` is, as the runtime's tz data has it) and names over
 * {@link MAX_TIME_ZONE_NAME_LENGTH} characters are rejected. Case is not normalized: Intl accepts
 * `"america/toronto"`, and so does this check.
 *
 * Returns `null` when valid, else an error message naming the value and the fix. Names found
 * valid are cached (up to 1 000), because asking Intl costs about 0.1 ms.
 *
 * @throws Never: problems are returned as a message.
 *
 * @example
 * checkTimeZoneName("America/Toronto"); //=> null
 * checkTimeZoneName("Mars/Base");       //=> "\"Mars/Base\" is not an IANA time zone; use e.g. \"America/Toronto\" or \"UTC\""
 * @category Values
 */
export function checkTimeZoneName(name: unknown): string | null {
  const shown = typeof name === "string" && name.length > 100 ? name.slice(0, 100) : name;
  const bad = `${describeValue(shown)} is not an IANA time zone; use e.g. "America/Toronto" or "UTC"`;
  if (typeof name !== "string" || name.length === 0 || name.length > MAX_TIME_ZONE_NAME_LENGTH) return bad;
  const first = name.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return bad;
  for (let i = 1; i < name.length; i++) if (!isZoneChar(name.charCodeAt(i))) return bad;
  if (knownZones.has(name)) return null;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    if (knownZones.size < MAX_CACHED_ZONES) knownZones.add(name);
    return null;
  } catch {
    return bad;
  }
}
