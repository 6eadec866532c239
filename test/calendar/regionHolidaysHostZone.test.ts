/**
 * Region holidays do not depend on the host's time zone: date-holidays computes a holiday's `end`
 * in the host's zone, which is wrong where the host's clocks skip the midnight a holiday ends at
 * (Kathmandu on 1 January 1986, +05:30 to +05:45: `end` came out at 00:15 and the next date was
 * closed too). Found by the deep run under TZ=Asia/Kathmandu (seeds 733500, 733503).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsx = join(root, "node_modules", ".bin", process.platform === "win32" ? "tsx.cmd" : "tsx");
// Uruguay's observances include rules with a duration (so the engine asks for the year before);
// New Year's Eve 1985 ends at the midnight Kathmandu skipped.
const script = `
import { definePolicy, isBusinessTime, businessDaysBetween } from ${JSON.stringify(join(root, "src", "index.ts"))};
const p = definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: "UY", types: ["observance"] }] });
console.log(JSON.stringify({
  offsets: [new Date(Date.UTC(1985, 11, 31, 12)).getTimezoneOffset(), new Date(Date.UTC(1986, 0, 1, 12)).getTimezoneOffset()],
  newYearsDayOpen: isBusinessTime(p, "1986-01-01T12:00"),
  days: businessDaysBetween(p, "1985-12-20", "1986-01-10"),
}));
`;

function run(tz: string): { offsets: number[]; newYearsDayOpen: boolean; days: number } {
  const r = spawnSync(tsx, ["--eval", script], { env: { ...process.env, TZ: tz }, encoding: "utf8", cwd: root });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split("\n").pop()!);
}

describe("region holidays under another host zone", () => {
  it("gives the same dates under TZ=Asia/Kathmandu (which skipped 1986-01-01T00:00–00:15) as under TZ=UTC", { timeout: 60_000 }, () => {
    const utc = run("UTC");
    const kathmandu = run("Asia/Kathmandu");
    // the setting took effect: +05:30, then +05:45
    expect(kathmandu.offsets).toEqual([-330, -345]);
    expect(utc.offsets).toEqual([0, 0]);
    expect(kathmandu.newYearsDayOpen).toBe(utc.newYearsDayOpen);
    expect(kathmandu.days).toBe(utc.days);
  });
});
