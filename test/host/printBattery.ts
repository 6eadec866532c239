/**
 * Prints the host-independence battery as JSON (see battery.ts).
 *
 *   npx tsx test/host/printBattery.ts > test/host/expected.json   # regenerate the snapshot
 *   npx tsx test/host/printBattery.ts --with-host                  # { host, battery }, for subprocess tests
 */
import * as api from "../../src/index.js";
import { computeBattery } from "./battery.js";

const battery = computeBattery(api);
const host = {
  tz: process.env.TZ ?? null,
  lang: process.env.LANG ?? null,
  resolvedTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  resolvedLocale: Intl.DateTimeFormat().resolvedOptions().locale,
  offsetMinutesAt2026: [new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset(), new Date(Date.UTC(2026, 6, 15)).getTimezoneOffset()],
  sampleLocaleNumber: (1234.5).toLocaleString(),
};
process.stdout.write(`${JSON.stringify(process.argv.includes("--with-host") ? { host, battery } : battery, null, 1)}\n`);
