/**
 * The local date of an instant when a transition straddles midnight (behaviour found untested by
 * mutation testing, see docs/reliability.md). No zone of 1970–2100 does this exactly, so the cases
 * use hand-made zone rules: the definition — the date D with wallToEpoch(D, 00:00) <= t <
 * wallToEpoch(D + 1, 00:00) — must hold whatever the wall clock reads.
 */
import { describe, expect, it } from "vitest";
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, dayFromCivil } from "../../src/time/calendarDate.js";
import { localDayOf, wallToEpoch } from "../../src/time/wallClock.js";
import type { ZoneRules } from "../../src/time/zoneRules.js";

const D = dayFromCivil(2030, 6, 15);

/** Offset `before` until instant `at`, `after` from then on. */
function zoneWithTransition(at: number, before: number, after: number): ZoneRules {
  return { name: "Test/Transition", offsetAt: (t: number) => (t < at ? before : after) };
}

describe("localDayOf when a transition straddles midnight", () => {
  it("a gap 23:00 → 01:00: the instants that read 00:xx–01:00 of the next date still belong to this date", () => {
    const T = D * MS_PER_DAY + 23 * MS_PER_HOUR; // UTC+0 until 23:00, then UTC+2 (clocks read 01:00)
    const zone = zoneWithTransition(T, 0, 2 * MS_PER_HOUR);
    // the next midnight is in the gap: it resolves to T + 1 h (compatible rule: moved forward by the gap)
    expect(wallToEpoch(zone, D + 1, 0)).toBe(T + MS_PER_HOUR);
    expect(localDayOf(zone, T + 30 * MS_PER_MINUTE)).toBe(D); // the clock reads 01:30 on D + 1
    expect(localDayOf(zone, T + MS_PER_HOUR - 1)).toBe(D);
    expect(localDayOf(zone, T + MS_PER_HOUR)).toBe(D + 1);
  });

  it("an overlap 00:30 → 23:30: the instants that read 23:30–24:00 again already belong to the next date", () => {
    const T = D * MS_PER_DAY + 23 * MS_PER_HOUR + 30 * MS_PER_MINUTE; // UTC+1 until then (00:30 on D + 1), then UTC+0
    const zone = zoneWithTransition(T, MS_PER_HOUR, 0);
    // the next midnight happens twice; it is the earlier one, 23:00 UTC
    expect(wallToEpoch(zone, D + 1, 0)).toBe(D * MS_PER_DAY + 23 * MS_PER_HOUR);
    expect(localDayOf(zone, T + 10 * MS_PER_MINUTE)).toBe(D + 1); // the clock reads 23:40 on D
    expect(localDayOf(zone, T - 1)).toBe(D + 1);
    expect(localDayOf(zone, D * MS_PER_DAY + 23 * MS_PER_HOUR - 1)).toBe(D);
  });
});
