/**
 * Zone rules embedded in a build, for engines without `Intl` time-zone data.
 *
 * The package's own builds embed none: they read the runtime's `Intl` ({@link getZoneRules}). The
 * warehouse build (`dist/warehouse/sla-clock-udf.js`, built by `scripts/build-warehouse.ts`)
 * replaces this module, at build time, with one whose {@link EMBEDDED_ZONE_RULES} holds the offset
 * transitions of the zones it was built for, taken from Node's `Intl` then. The table is an
 * immutable fact of the build, not configuration: nothing can change it at run time.
 *
 * @module
 */

/** The zone rules a build carries. */
export interface EmbeddedZoneRules {
  /** First UTC year covered (inclusive). */
  readonly from: number;
  /** Last UTC year covered (inclusive). */
  readonly to: number;
  /** Encoded transitions by IANA zone name ({@link decodeZoneTransitions} in zoneTable.ts). */
  readonly zones: Readonly<Record<string, string>>;
  /** How to build with more zones, quoted by the error for a zone not embedded. */
  readonly howToEmbed: string;
}

/** The zone rules of this build: none (`undefined`) in the package's own builds. */
export const EMBEDDED_ZONE_RULES: EmbeddedZoneRules | undefined = undefined;
