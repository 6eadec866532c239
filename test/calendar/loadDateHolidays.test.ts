/**
 * date-holidays is loaded the first time a policy needs a region, not when `sla-clock` is
 * imported (issue 15): a fresh process imports the full entry, compiles and queries a policy
 * without region entries, and only then one with a region entry. No API became asynchronous.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const script = fileURLToPath(new URL("./fixtures/lazyDateHolidays.mjs", import.meta.url));
const entry = fileURLToPath(new URL("../../src/index.ts", import.meta.url));

describe("loading date-holidays", () => {
  it("happens at the first policy with a region entry, not at import or for a policy without regions", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", script, entry], { encoding: "utf8" });
    expect(JSON.parse(out)).toEqual({ before: false, noRegion: false, after: true, open: false });
  });

  it("works from `node -e`, whose global __filename is \"[eval]\" (not a path createRequire takes)", () => {
    const code = `import(${JSON.stringify(entry)}).then((S) => console.log(S.isBusinessTime(S.definePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: "US" }] }), "2026-07-04T12:00Z")))`;
    const out = execFileSync(process.execPath, ["--import", "tsx", "-e", code], { encoding: "utf8" });
    expect(out.trim()).toBe("false"); // Independence Day: the region was loaded
  });
});
