/**
 * The zone rules embedded in a build, for engines without `Intl` time-zone data: the seam where a
 * precomputed table replaces `Intl`.
 *
 * The package's own builds embed none: they read the runtime's `Intl` (`getZoneRules`). The
 * warehouse build (`dist/warehouse/sla-clock-udf.js`, built by `scripts/build-warehouse.ts`)
 * replaces this module, at build time, with one whose {@link EMBEDDED_ZONES} is
 * `createEmbeddedZones(...)` of the offset transitions of the zones it was built for, taken from
 * Node's `Intl` then. The table is an immutable fact of the build, not configuration: nothing can
 * change it at run time.
 *
 * @module
 */
import type { EmbeddedZones } from "./embeddedZones.js";

/** The zones this build embeds: none (`undefined`) in the package's own builds. */
export const EMBEDDED_ZONES: EmbeddedZones | undefined = undefined;
