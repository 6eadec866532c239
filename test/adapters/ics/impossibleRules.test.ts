/**
 * CONTRACT §12 (every call ends): a rule naming no date of any year made one step of ical.js's
 * iterator never return (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30). Each case runs in a child process
 * with a timeout (impossibleRules.child.ts), so a regression fails instead of hanging the run.
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const tsx = join(root, "node_modules", ".bin", process.platform === "win32" ? "tsx.cmd" : "tsx");

function importRule(rule: string): unknown {
  const r = spawnSync(tsx, [join(here, "impossibleRules.child.ts"), rule], { cwd: root, encoding: "utf8", timeout: 20_000 });
  if (r.error !== undefined || r.status !== 0) throw new Error(`child (${rule}) did not end cleanly: ${r.error?.message ?? `exit ${r.status}`}\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe("a rule ical.js would never finish expanding", () => {
  it.each(["FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=-30", "FREQ=DAILY;BYMONTHDAY=0"])(
    "%s ends, refused with an InputError naming the event",
    (rule) => {
      const out = importRule(rule) as { error?: string; message?: string };
      expect(out.error).toBe("InputError");
      expect(out.message).toMatch(/^ics: event "Rule" \(DTSTART;VALUE=DATE:20260101\): /);
    },
    30_000,
  );

  it.each([
    ["FREQ=DAILY;BYWEEKNO=53;BYMONTH=6", "names no date that exists in any year (BYMONTH=6 with BYWEEKNO=53)"],
    ["FREQ=WEEKLY;BYWEEKNO=20;BYMONTH=1", "names no date that exists in any year (BYMONTH=1 with BYWEEKNO=20)"],
    ["FREQ=DAILY;BYWEEKNO=-1", "has BYWEEKNO=-1, a week counted from the end of the year, which ical.js cannot expand"],
    ["FREQ=DAILY;BYDAY=2MO", "is DAILY with BYDAY=2MO, a weekday with a number, which only a MONTHLY or YEARLY rule may have (RFC 5545)"],
  ])("%s (ical.js's iterator never returned) ends, refused naming the event", (rule, why) => {
    const out = importRule(rule) as { error?: string; message?: string };
    expect(out.error).toBe("InputError");
    expect(out.message).toContain(`ics: event "Rule" (DTSTART;VALUE=DATE:20260101): its RRULE ${why}`);
  }, 30_000);

  it("refuses FREQ=WEEKLY;BYDAY=2MO (a numbered weekday, which RFC 5545 allows only in MONTHLY and YEARLY rules; ical.js read it as every Monday)", () => {
    const out = importRule("FREQ=WEEKLY;BYDAY=2MO;COUNT=2") as { error?: string; message?: string };
    expect(out.error).toBe("InputError");
    expect(out.message).toContain("its RRULE is WEEKLY with BYDAY=2MO, a weekday with a number, which only a MONTHLY or YEARLY rule may have (RFC 5545)");
  }, 30_000);

  it.each(["FREQ=DAILY;BYWEEKNO=20;BYMONTH=5;COUNT=2", "FREQ=MONTHLY;BYDAY=2MO;COUNT=2", "FREQ=WEEKLY;BYDAY=MO;COUNT=2"])("%s, which ical.js can expand, is still expanded", (rule) => {
    expect(importRule(rule)).toHaveProperty("holidays");
  }, 30_000);
});
