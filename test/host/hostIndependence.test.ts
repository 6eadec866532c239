/**
 * Host independence: the answers of the library do not depend on the host's time zone or locale.
 *
 * - In this process (whatever `TZ`/`LANG` the suite runs under; `scripts/test-hosts.sh` runs it
 *   under six), the battery of ~400 answers equals the reviewed snapshot `expected.json`.
 * - In `node` subprocesses (through tsx, on `src/`) started with TZ = UTC, Pacific/Chatham,
 *   America/St_Johns, Asia/Kathmandu, Europe/Dublin and with LANG=de_DE.UTF-8, the battery is
 *   the same again, and each subprocess really ran with its zone and locale.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { computeBattery } from "./battery.js";
import type { Battery } from "./battery.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const expected = JSON.parse(readFileSync(join(here, "expected.json"), "utf8")) as Battery;

/** The hosts of the subprocess test; the same list as scripts/test-hosts.sh. */
const HOSTS: ReadonlyArray<{ TZ: string; LANG: string; offsets: [number, number] }> = [
  { TZ: "UTC", LANG: "C.UTF-8", offsets: [0, 0] },
  { TZ: "Pacific/Chatham", LANG: "C.UTF-8", offsets: [-825, -765] },
  { TZ: "America/St_Johns", LANG: "C.UTF-8", offsets: [210, 150] },
  { TZ: "Asia/Kathmandu", LANG: "C.UTF-8", offsets: [-345, -345] },
  { TZ: "Europe/Dublin", LANG: "C.UTF-8", offsets: [0, -60] },
  { TZ: "UTC", LANG: "de_DE.UTF-8", offsets: [0, 0] },
];

/** ICU reports some zones by their older canonical name. */
const ICU_ALIASES: Record<string, string> = { "Asia/Kathmandu": "Asia/Katmandu" };

interface Run {
  host: { resolvedTimeZone: string; resolvedLocale: string; offsetMinutesAt2026: [number, number]; sampleLocaleNumber: string };
  battery: Battery;
}

function runBattery(env: { TZ: string; LANG: string }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const tsx = join(root, "node_modules", ".bin", process.platform === "win32" ? "tsx.cmd" : "tsx");
    const child = spawn(tsx, [join(here, "printBattery.ts"), "--with-host"], {
      cwd: root,
      env: { ...process.env, TZ: env.TZ, LANG: env.LANG, LC_ALL: env.LANG },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`TZ=${env.TZ} LANG=${env.LANG}: exit ${code}\n${err}`));
      else resolve(JSON.parse(out) as Run);
    });
  });
}

/** Keys whose answers differ from the snapshot, with both values. */
function differences(actual: Battery): string[] {
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  const out: string[] = [];
  for (const k of keys) {
    const [a, e] = [JSON.stringify(actual[k]), JSON.stringify(expected[k])];
    if (a !== e) out.push(`${k}: got ${a}, expected ${e}`);
  }
  return out;
}

describe("host independence", () => {
  it("the battery equals the reviewed snapshot in this process, whatever its TZ and LANG", () => {
    const battery = computeBattery(api);
    expect(Object.keys(battery).length).toBeGreaterThan(200);
    expect(differences(battery), `TZ=${process.env.TZ ?? "unset"} LANG=${process.env.LANG ?? "unset"}`).toEqual([]);
  });

  it("the snapshot holds spot-checked answers (reviewed by hand)", () => {
    expect(expected["preset computeDeadline sev1 2026-11-27T21:30"]).toBe("2026-11-30T10:30:00.000Z"); // Fri 21:30 EST + 30 min + Mon 04:00–05:30
    expect(expected["preset nextBusinessTime 2026-03-08T02:30"]).toBe("2026-03-09T08:00:00.000Z"); // Sunday (in the gap) → Mon 04:00 EDT
    expect(expected["kathmandu nextBusinessTime 1986-01-01T00:10"]).toBe("1986-01-01T04:15:00.000Z"); // +05:30 → +05:45 gap; Wed 10:00 +05:45
    expect(expected["apia isBusinessTime 2011-12-30T10:00"]).toBe(true); // the skipped day reads as Sat 31st 10:00 +14:00
    expect(expected["apia addBusinessTime 2011-12-29T16:00 +90m"]).toBe("2011-12-30T19:30:00.000Z"); // 60 min Thu (−10:00), 30 min Sat (+14:00)
    expect(expected["chatham computeDeadline sev1 2026-09-27T02:45"]).toBe("2026-09-27T20:15:00.000Z"); // gap → 03:45, closure, Mon 08:00 +13:45 + 2h
    expect(expected["selectPolicy 2026-01-04T18:16Z"]).toBe("npt:Asia/Kathmandu"); // 2026-01-05 00:01 in Kathmandu
  });

  it("node subprocesses with TZ = UTC, Pacific/Chatham, America/St_Johns, Asia/Kathmandu, Europe/Dublin and LANG=de_DE.UTF-8 give the snapshot's answers", async () => {
    const runs = await Promise.all(HOSTS.map((h) => runBattery(h)));
    runs.forEach((run, i) => {
      const h = HOSTS[i]!;
      // The subprocess really had that host: its own zone, offsets and locale.
      expect([h.TZ, ICU_ALIASES[h.TZ]]).toContain(run.host.resolvedTimeZone);
      expect(run.host.offsetMinutesAt2026).toEqual(h.offsets);
      if (h.LANG.startsWith("de_DE")) {
        expect(run.host.resolvedLocale).toMatch(/^de/);
        expect(run.host.sampleLocaleNumber).toBe("1.234,5");
      }
      expect(differences(run.battery), `TZ=${h.TZ} LANG=${h.LANG}`).toEqual([]);
    });
  }, 60_000);
});
