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
import { shareLunarCalendarMemo, type LunarCalendarClass } from "./shareLunarCalendarMemo.js";

declare const __filename: string | undefined;

let loaded: typeof HolidaysClass | undefined;

/** The date-holidays class, loaded on the first call. */
export function loadDateHolidays(): typeof HolidaysClass {
  if (loaded === undefined) {
    // The CommonJS build has its own absolute __filename. An ES module has none, but `node -e`
    // defines a global one, "[eval]", which createRequire refuses: only an absolute path is ours.
    const from = typeof __filename === "string" && /^(?:\/|[A-Za-z]:[\\/]|\\\\)/.test(__filename) ? __filename : import.meta.url;
    const require = createRequire(from);
    const m = require("date-holidays") as { default?: typeof HolidaysClass } & typeof HolidaysClass;
    loaded = m.default ?? m;
    shareLunarMemoOf(require);
  }
  return loaded;
}

/**
 * Shares the lunar calendar memo (`shareLunarCalendarMemo.ts`) of the very date-chinese module
 * date-holidays' parser requires: resolved from the parser's own location, as Node resolves it for
 * the parser. Where that fails (another layout, a newer date-holidays without it), nothing changes.
 */
function shareLunarMemoOf(require: NodeJS.Require): void {
  try {
    const parser = createRequire(createRequire(require.resolve("date-holidays")).resolve("date-holidays-parser"));
    const dateChinese = parser("date-chinese") as { CalendarChinese?: LunarCalendarClass };
    if (typeof dateChinese.CalendarChinese === "function") shareLunarCalendarMemo(dateChinese.CalendarChinese);
  } catch {
    // date-holidays answers as before, without the shared memo.
  }
}
