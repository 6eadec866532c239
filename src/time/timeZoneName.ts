/**
 * Checking IANA time-zone names with the runtime's Intl data (no luxon in the policy layer).
 *
 * @module
 */

import { describeValue } from "../errors.js";
import { EMBEDDED_ZONES } from "./embeddedZoneRules.js";

/**
 * Names Intl accepted before, each with its IANA spelling (constructing a DateTimeFormat costs
 * ~0.1 ms); bounded.
 */
const knownZones = new Map<string, string>();
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
 * {@link MAX_TIME_ZONE_NAME_LENGTH} characters are rejected. Case does not matter: Intl accepts
 * `"america/toronto"`, and so does this check ({@link canonicalTimeZoneName} gives the spelling).
 *
 * In a build that embeds zone rules (dist/warehouse/sla-clock-udf.js), its embedded zones are
 * valid without `Intl`, and a name neither embedded nor known to `Intl` gets a message naming the
 * embedded zones and how to embed more.
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
  const bad = `${describeValue(name)} is not an IANA time zone; use e.g. "America/Toronto" or "UTC"`;
  if (typeof name !== "string" || name.length === 0 || name.length > MAX_TIME_ZONE_NAME_LENGTH) return bad;
  const first = name.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return bad;
  for (let i = 1; i < name.length; i++) if (!isZoneChar(name.charCodeAt(i))) return bad;
  if (knownZones.has(name)) return null;
  const embedded = EMBEDDED_ZONES?.zoneName(name);
  if (embedded !== undefined) {
    if (knownZones.size < MAX_CACHED_ZONES) knownZones.set(name, embedded);
    return null;
  }
  try {
    const resolved: unknown = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
    if (knownZones.size < MAX_CACHED_ZONES) knownZones.set(name, ianaSpelling(name, resolved));
    return null;
  } catch {
    return EMBEDDED_ZONES?.notEmbeddedMessage(name) ?? bad;
  }
}

/**
 * The IANA spelling of a zone name `Intl` accepts, as written but with its case corrected:
 * `"america/toronto"` and `"AMERICA/Toronto"` → `"America/Toronto"`, `"asia/kolkata"` →
 * `"Asia/Kolkata"`, `"utc"` → `"UTC"`, `"us/eastern"` → `"US/Eastern"`.
 *
 * Rule: the spelling of the zone `Intl` resolves the name to, when it is the same name; else the
 * runtime's spelling of one of its zones (`Intl.supportedValuesOf("timeZone")`); else (a link
 * whose target the runtime reports instead, such as `Asia/Kolkata` → `Asia/Calcutta`) the name as
 * written when it mixes upper and lower case, or, written all in one case, the tz database's
 * convention: each word capitalised, except `Etc`, words with digits or `+`/`-` signs and short
 * first parts (`US`, `GB`, `NZ`, `PRC`, `EST`), which are upper case.
 *
 * Edge cases: a link is not replaced by its target (`"US/Eastern"` stays `US/Eastern`; the offset
 * tables are shared with `America/New_York` all the same). A link written all in one case with
 * internal capitals (`"brazil/denoronha"`) gets `Brazil/Denoronha`: write such names as the tz
 * database does.
 *
 * @throws Never: call it after {@link checkTimeZoneName} accepted `name`; an unknown name is
 *   returned as written.
 * @example
 * canonicalTimeZoneName("america/toronto"); //=> "America/Toronto"
 * canonicalTimeZoneName("ASIA/KOLKATA");    //=> "Asia/Kolkata"
 * @category Values
 */
export function canonicalTimeZoneName(name: string): string {
  const known = knownZones.get(name);
  if (known !== undefined) return known;
  if (checkTimeZoneName(name) !== null) return name;
  return knownZones.get(name) ?? EMBEDDED_ZONES?.zoneName(name) ?? spellingOf(name);
}

function spellingOf(name: string): string {
  try {
    return ianaSpelling(name, new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone);
  } catch {
    return name;
  }
}

/** Zones of the runtime by lower-case name, built on first need. */
let runtimeZones: Map<string, string> | undefined;

function ianaSpelling(name: string, resolved: unknown): string {
  const lower = name.toLowerCase();
  if (typeof resolved === "string" && resolved.toLowerCase() === lower) return resolved;
  if (runtimeZones === undefined) {
    runtimeZones = new Map();
    const listed: unknown = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    if (Array.isArray(listed)) {
      for (let i = 0; i < Math.min(listed.length, 5_000); i++) {
        const z: unknown = listed[i];
        if (typeof z === "string") runtimeZones.set(z.toLowerCase(), z);
      }
    }
  }
  const listed = runtimeZones.get(lower);
  if (listed !== undefined) return listed;
  if (name !== lower && name !== name.toUpperCase()) return name;
  return lower.split("/").map((part, index, parts) => {
    if (part === "etc") return "Etc";
    return part.replace(/[a-z0-9+]+/g, (word) => {
      if (/[0-9+]/.test(word) || (index === 0 && parts.length > 1 && word.length <= 3) || (parts.length === 1 && word.length <= 3)) return word.toUpperCase();
      return word.charAt(0).toUpperCase() + word.slice(1);
    });
  }).join("/");
}
