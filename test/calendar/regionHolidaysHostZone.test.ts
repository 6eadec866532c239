/**
 * Region holidays do not depend on the host's time zone: date-holidays computes a holiday's `end`
 * in the host's zone, which is wrong where the host's clocks skip the midnight a holiday ends at
 * (Kathmandu on 1 January 1986, +05:30 to +05:45: `end` came out at 00:15 and the next date was
 * closed too). Found by the deep run under TZ=Asia/Kathmandu (seeds 733500, 733503). Its `date` and
 * `start` likewise: where the host skips the midnight a holiday starts at (Santiago on 15 October
 * 1972, 00:00 to 01:00) they say 01:00, and a holiday lasting five days from it closed a sixth date
 * (found by comparing every country's closed dates 1970–2100 under several host zones).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsx = join(root, "node_modules", ".bin", process.platform === "win32" ? "tsx.cmd" : "tsx");
// Uruguay's observances include rules with a duration (so the engine asks for the year before);
// New Year's Eve 1985 ends at the midnight Kathmandu skipped. Grenada's "Aunty Tek Spice Word
// Festival" (observance, `10-15 P5D`) starts at the midnight Santiago skipped on 1972-10-15.
const script = `
import { definePolicy, isBusinessTime, businessDaysBetween } from ${JSON.stringify(join(root, "src", "index.ts"))};
import { referenceOf } from ${JSON.stringify(join(root, "test", "reference", "referenceBusinessTime.ts"))};
const p = definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: "UY", types: ["observance"] }] });
const gd = { timezone: "America/Grenada", hours: "24x7", holidays: [{ region: "GD", types: ["observance"] }] };
const dates = ["1972-10-15", "1972-10-19", "1972-10-20"]; // noon in Grenada (−04:00) is 16:00Z
const [real, ref] = [definePolicy(gd), referenceOf(gd)];
const festival = [dates.map((d) => isBusinessTime(real, d + "T12:00")), dates.map((d) => ref.isBusinessTime(Date.parse(d + "T16:00Z")))];
console.log(JSON.stringify({
  offsets: [new Date(Date.UTC(1985, 11, 31, 12)).getTimezoneOffset(), new Date(Date.UTC(1986, 0, 1, 12)).getTimezoneOffset()],
  santiago: [new Date(Date.UTC(1972, 9, 14, 12)).getTimezoneOffset(), new Date(Date.UTC(1972, 9, 15, 12)).getTimezoneOffset()],
  newYearsDayOpen: isBusinessTime(p, "1986-01-01T12:00"),
  days: businessDaysBetween(p, "1985-12-20", "1986-01-10"),
  festival,
}));
`;

interface HostAnswers {
  offsets: number[];
  santiago: number[];
  newYearsDayOpen: boolean;
  days: number;
  /** Open at noon on 1972-10-15, -19 and -20 in Grenada: the library's answers, then the reference's. */
  festival: boolean[][];
}

function run(tz: string): HostAnswers {
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

  it("closes the five dates of a five-day holiday under TZ=America/Santiago (which skipped 1972-10-15T00:00–01:00), as under TZ=UTC; the reference too", { timeout: 60_000 }, () => {
    const utc = run("UTC");
    const santiago = run("America/Santiago");
    expect(santiago.santiago).toEqual([240, 180]); // −04:00, then −03:00
    expect(utc.festival).toEqual([
      [false, false, true],
      [false, false, true],
    ]);
    expect(santiago.festival).toEqual(utc.festival);
  });
});
