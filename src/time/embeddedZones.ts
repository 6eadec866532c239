/**
 * Zone rules carried by a build (for engines without `Intl` time-zone data), looked up by name:
 * their spelling, their offsets, and the message for a zone that is neither embedded nor known to
 * the engine's `Intl`. Only a build that embeds zones imports this module (through its
 * replacement of embeddedZoneRules.ts), so the package's own entry points do not carry it.
 *
 * @module
 */
import { describeValue } from "../errors.js";
import { decodeZoneTransitions, offsetLookupFromTable } from "./zoneTransitions.js";

/** The zone rules a build embeds, as data. */
export interface EmbeddedZoneRules {
  /** First UTC year covered (inclusive). */
  readonly from: number;
  /** Last UTC year covered (inclusive). */
  readonly to: number;
  /** Encoded transitions by IANA zone name (`encodeZoneTransitions` in zoneTransitions.ts). */
  readonly zones: Readonly<Record<string, string>>;
  /** How to build with more zones, quoted by the error for a zone not embedded. */
  readonly howToEmbed: string;
}

/** The embedded zones as the time layer asks for them. */
export interface EmbeddedZones {
  /** The embedded zone names, and the UTC years they cover. */
  readonly names: ReadonlyArray<string>;
  readonly from: number;
  readonly to: number;
  /** The IANA spelling of `name` when embedded (case does not matter), else `undefined`. */
  zoneName(name: string): string | undefined;
  /** The offset lookup of an embedded zone (decoded once), else `undefined`; a HorizonError outside `from`–`to`. */
  offsetLookup(name: string): ((t: number) => number) | undefined;
  /**
   * The message for a zone neither embedded nor known to the engine's `Intl`, naming the embedded
   * zones and how to embed more; undefined when the engine has `Intl` time-zone data (it knows
   * other zones), so that the name is simply not a time zone (the library's own message).
   */
  notEmbeddedMessage(name: unknown): string | undefined;
}

/**
 * The tz database's other names of UTC (its links to `Etc/UTC`, and `GMT`'s): where UTC is embedded,
 * an engine without `Intl` knows them too, as every engine with `Intl` does.
 */
const UTC_ALIASES = ["Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UCT", "Universal", "Zulu", "Etc/GMT", "Etc/GMT+0", "Etc/GMT-0", "Etc/GMT0", "Etc/Greenwich", "GMT", "GMT+0", "GMT-0", "GMT0", "Greenwich"];

/** Whether this engine's `Intl` formats in time zones (one it must know: Asia/Tokyo). */
function hasIntlZones(): boolean {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Tokyo" }).resolvedOptions().timeZone === "Asia/Tokyo";
  } catch {
    return false;
  }
}

/**
 * The {@link EmbeddedZones} of `rules`: names resolved case-insensitively, each zone's transitions
 * decoded on first use and kept (one lookup per embedded zone); with UTC embedded, its other names
 * too (`Etc/UTC`, `GMT`, …: their spelling kept, UTC's table used).
 *
 * @throws Error (on first use of a zone) when its text is malformed: a build defect.
 * @example
 * const z = createEmbeddedZones({ from: 2026, to: 2026, zones: { "America/Toronto": "-dw0;3erg0,-b40;c8nw0,-dw0" }, howToEmbed: "rebuild" });
 * z.zoneName("america/toronto"); //=> "America/Toronto"
 * z.offsetLookup("America/Toronto")!(Date.UTC(2026, 5, 1)); //=> -14400000
 */
export function createEmbeddedZones(rules: EmbeddedZoneRules): EmbeddedZones {
  const names = Object.freeze(Object.keys(rules.zones));
  const byLowerCase = new Map(names.map((z) => [z.toLowerCase(), z] as const));
  /** The embedded zone whose table an alias uses. */
  const tableOf = new Map<string, string>();
  if (rules.zones["UTC"] !== undefined) {
    for (const alias of UTC_ALIASES) {
      if (byLowerCase.has(alias.toLowerCase())) continue;
      byLowerCase.set(alias.toLowerCase(), alias);
      tableOf.set(alias, "UTC");
    }
  }
  const lookups = new Map<string, (t: number) => number>();
  const zoneName = (name: string): string | undefined => byLowerCase.get(name.toLowerCase());
  return Object.freeze({
    names,
    from: rules.from,
    to: rules.to,
    zoneName,
    offsetLookup(name: string) {
      const spelt = zoneName(name);
      if (spelt === undefined) return undefined;
      const zone = tableOf.get(spelt) ?? spelt;
      let lookup = lookups.get(zone);
      if (lookup === undefined) {
        lookup = offsetLookupFromTable(zone, decodeZoneTransitions(rules.zones[zone]!, rules.from, rules.to));
        lookups.set(zone, lookup);
      }
      return lookup;
    },
    notEmbeddedMessage: (name: unknown) =>
      hasIntlZones()
        ? undefined
        : `${describeValue(name)} is not a time zone this build embeds (${names.join(", ")}) and this engine has no Intl time-zone data for it; ${rules.howToEmbed}`,
  });
}
