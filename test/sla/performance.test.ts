/**
 * Performance sanity (generous bounds so that a loaded CI machine does not flake; `npm run bench`
 * has the real numbers): evaluateTicket with ten events takes tens of microseconds on a warm
 * policy; 10,000 tickets go through prioritize and checkBreaches well under a second.
 */
import { describe, expect, it } from "vitest";
import { checkBreaches } from "../../src/sla/checkBreaches.js";
import { evaluateTicket } from "../../src/sla/evaluateTicket.js";
import { prioritize } from "../../src/sla/prioritize.js";
import type { Ticket } from "../../src/sla/types.js";
import { H, desk, etMs } from "./slaFixtures.js";

const MON = etMs("2026-11-30T09:00");

function ticketWithTenEvents(i: number): Ticket {
  const c = MON + (i % 500) * 7 * 60_000;
  return {
    id: `T-${i}`,
    createdAt: c,
    severity: ["sev1", "sev2", "sev3", "sev4"][i % 4]!,
    events: [
      { type: "response", at: c + 0.5 * H },
      { type: "pause", at: c + 1 * H },
      { type: "resume", at: c + 3 * H },
      { type: "update", at: c + 4 * H },
      { type: "severity", at: c + 5 * H, severity: "sev2" },
      { type: "update", at: c + 9 * H },
      { type: "resolve", at: c + 20 * H },
      { type: "reopen", at: c + 26 * H },
      { type: "update", at: c + 28 * H },
      { type: "pause", at: c + 30 * H },
    ],
  };
}

describe("performance", () => {
  it("evaluateTicket with ten events averages well under 1 ms on a warm policy", () => {
    const t = ticketWithTenEvents(1);
    const now = MON + 40 * H;
    for (let i = 0; i < 2_000; i++) evaluateTicket(desk, t, now); // warm caches and JIT
    const n = 5_000;
    const start = performance.now();
    for (let i = 0; i < n; i++) evaluateTicket(desk, t, now + i);
    const perCall = (performance.now() - start) / n;
    expect(perCall).toBeLessThan(1); // ms; typically ~0.01–0.03
  });

  it("10,000 tickets through prioritize and checkBreaches take under a second each", () => {
    const tickets = Array.from({ length: 10_000 }, (_, i) => ticketWithTenEvents(i));
    const now = MON + 60 * H;
    prioritize(desk, tickets.slice(0, 100), now); // warm
    let start = performance.now();
    const ordered = prioritize(desk, tickets, now);
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(ordered.length).toBe(10_000);
    start = performance.now();
    checkBreaches(desk, tickets, now);
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
