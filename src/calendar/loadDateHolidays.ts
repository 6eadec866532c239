/**
 * Loads date-holidays on first use, synchronously, so that importing `sla-clock` costs nothing
 * for it: a policy without region entries never loads it (its module graph and data cost more
 * than the rest of a cold start). Node's `createRequire` gives a synchronous load; the built
 * package maps this module, through its `#load-date-holidays` import, to this file under Node and
 * to `loadDateHolidays.static.ts` (a plain static import) for bundlers and other runtimes.
 *
 * @module
 */
import { createRequire } from "node:module";
import type HolidaysClass from "date-holidays";

declare const __filename: string | undefined;

let loaded: typeof HolidaysClass | undefined;

/** The date-holidays class, loaded on the first call. */
export function loadDateHolidays(): typeof HolidaysClass {
  if (loaded === undefined) {
    const from = typeof __filename === "string" ? __filename : import.meta.url;
    const m = createRequire(from)("date-holidays") as { default?: typeof HolidaysClass } & typeof HolidaysClass;
    loaded = m.default ?? m;
  }
  return loaded;
}
