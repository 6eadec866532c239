/**
 * The zones a build embeds ({@link EMBEDDED_ZONE_RULES}), looked up by name: their spelling, their
 * offsets, and the message for a zone that is neither embedded nor known to the engine's `Intl`.
 * In the package's own builds nothing is embedded, and every function here answers "none".
 *
 * @module
 */
import { describeValue } from "../errors.js";
import { EMBEDDED_ZONE_RULES } from "./embeddedZoneRules.js";
import { decodeZoneTransitions, offsetLookupFromTable } from "./zoneTable.js";

/** Embedded zone names by lower-case spelling, built on first need. */
let byLowerCase: Map<string, string> | undefined;
/** Offset lookups of the embedded zones used so far (at most one per embedded zone). */
const lookups = new Map<string, (t: number) => number>();

/**
 * The IANA spelling of `name` when this build embeds its rules (case does not matter), else
 * `undefined` (always, in the package's own builds).
 *
 * @example
 * embeddedZoneName("america/toronto"); //=> "America/Toronto" in dist/warehouse/sla-clock-udf.js; undefined elsewhere
 */
export function embeddedZoneName(name: string): string | undefined {
  if (EMBEDDED_ZONE_RULES === undefined) return undefined;
  if (byLowerCase === undefined) {
    byLowerCase = new Map(Object.keys(EMBEDDED_ZONE_RULES.zones).map((z) => [z.toLowerCase(), z] as const));
  }
  return byLowerCase.get(name.toLowerCase());
}

/**
 * The offset lookup of an embedded zone (decoded once), or `undefined` when `name` is not embedded.
 * It throws a HorizonError outside the years the build embeds (see {@link offsetLookupFromTable}).
 */
export function embeddedOffsetLookup(name: string): ((t: number) => number) | undefined {
  const zone = embeddedZoneName(name);
  if (zone === undefined || EMBEDDED_ZONE_RULES === undefined) return undefined;
  let lookup = lookups.get(zone);
  if (lookup === undefined) {
    const { from, to, zones } = EMBEDDED_ZONE_RULES;
    lookup = offsetLookupFromTable(name, decodeZoneTransitions(zones[zone]!, from, to));
    lookups.set(zone, lookup);
  }
  return lookup;
}

/**
 * For a build that embeds zone rules: the message for a zone it does not embed and the engine's
 * `Intl` does not know, naming the embedded zones and how to embed more; `undefined` in the
 * package's own builds (whose message stays "not an IANA time zone").
 *
 * @example
 * zoneNotEmbeddedMessage("Europe/Berlin");
 * //=> "\"Europe/Berlin\" is not a time zone this build embeds (UTC, America/Toronto, …) and this engine has no Intl time-zone data for it; rebuild …" in the warehouse script
 */
export function zoneNotEmbeddedMessage(name: unknown): string | undefined {
  if (EMBEDDED_ZONE_RULES === undefined) return undefined;
  const embedded = Object.keys(EMBEDDED_ZONE_RULES.zones).join(", ");
  return `${describeValue(name)} is not a time zone this build embeds (${embedded}) and this engine has no Intl time-zone data for it; ${EMBEDDED_ZONE_RULES.howToEmbed}`;
}
