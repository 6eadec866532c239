/**
 * The cells of `sla-clock status`'s table (src/adapters/cli/statusRows.ts) and the durations in
 * them (src/adapters/cli/formatDuration.ts), from statuses evaluateTicket computes.
 */
import { describe, expect, it } from "vitest";
import { definePolicy, evaluateTicket, presets } from "../../../src/index.js";
import { formatDuration } from "../../../src/adapters/cli/formatDuration.js";
import { metricCell } from "../../../src/adapters/cli/statusRows.js";

const preset = definePolicy(presets.auvikSupportV2); // sev1 firstResponse 2h, warnAt 0.75

describe("metricCell", () => {
  it("marks a paused metric past its warning level as a warning, as a running one is (and as --json and the HTML report say)", () => {
    // 90 min of 2 h counted, then waiting on the customer
    const s = evaluateTicket(preset, { createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ type: "pause", at: "2026-11-30T10:30" }] }, "2026-11-30T11:00");
    const m = s.metrics.firstResponse!;
    expect([m.status, m.warning]).toEqual(["paused", true]);
    expect(metricCell(m)).toBe("paused, 30m left (warning)");
    const early = evaluateTicket(preset, { createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ type: "pause", at: "2026-11-30T09:30" }] }, "2026-11-30T11:00");
    expect(metricCell(early.metrics.firstResponse)).toBe("paused, 1h 30m left");
    const running = evaluateTicket(preset, { createdAt: "2026-11-30T09:00", severity: "sev1" }, "2026-11-30T10:45");
    expect(metricCell(running.metrics.firstResponse)).toBe("15m left (warning)");
  });

  it("shows a breach by less than a second in milliseconds, not as 0s over", () => {
    const s = evaluateTicket(preset, { createdAt: "2026-11-30T09:00", severity: "sev1" }, "2026-11-30T11:00:00.001");
    expect(metricCell(s.metrics.firstResponse)).toBe("BREACHED 1ms over");
  });
});

describe("formatDuration", () => {
  it("gives milliseconds under a second, seconds under a minute, then hours and minutes", () => {
    expect([1, 999, -250, 999.5, 1_000, 59_000, 90_000, 5_400_000, -7_200_000, 0].map(formatDuration)).toEqual([
      "1ms", "999ms", "-250ms", "1s", "1s", "59s", "2m", "1h 30m", "-2h", "0m",
    ]);
  });
});
