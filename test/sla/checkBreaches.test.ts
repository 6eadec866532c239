/**
 * checkBreaches: one entry per breached metric, and per breached update cycle.
 */
import { describe, expect, it } from "vitest";
import { checkBreaches } from "../../src/sla/checkBreaches.js";
import type { Ticket } from "../../src/sla/types.js";
import { desk, et, seed } from "./slaFixtures.js";

describe("checkBreaches", () => {
  it("lists breached tickets in input order, by id or by array index", () => {
    const tickets: Ticket[] = [
      { createdAt: "2026-11-30T10:00", severity: "sev1" }, // due 12:00, overdue at 13:00
      { id: "ok", createdAt: "2026-11-30T10:00", severity: "sev3" }, // due Tue
      { id: "late", createdAt: "2026-11-27T21:30", severity: "sev1", events: [{ type: "response", at: "2026-11-30T06:00" }] }, // due Mon 05:30
    ];
    expect(checkBreaches(seed, tickets, "2026-11-30T13:00")).toEqual([
      { ticketId: "0", metric: "firstResponse", breachedAt: et("2026-11-30T12:00") },
      { ticketId: "late", metric: "firstResponse", breachedAt: et("2026-11-30T05:30") },
    ]);
  });

  it("reports every breached update cycle, in time order, then the resolution", () => {
    // desk sev1: update 4h. Reply 09:30 → cycle due 13:30, updated 14:00 (late) → next due 18:00, updated 19:00 (late)
    // resolution 3d calendar from Mon 09:00 → Thu 09:00; at Thu 10:00 overdue.
    const t: Ticket = { id: "U", createdAt: "2026-11-30T09:00", severity: "sev1", events: [
      { type: "response", at: "2026-11-30T09:30" },
      { type: "update", at: "2026-11-30T14:00" },
      { type: "update", at: "2026-11-30T19:00" },
      { type: "update", at: "2026-11-30T20:00" },
    ] };
    // the cycle from Mon 20:00 is due Tue 06:00 (2h Mon + 2h Tue): breached too by Thu
    expect(checkBreaches(desk, [t], "2026-12-03T10:00")).toEqual([
      { ticketId: "U", metric: "update", breachedAt: et("2026-11-30T13:30") },
      { ticketId: "U", metric: "update", breachedAt: et("2026-11-30T18:00") },
      { ticketId: "U", metric: "update", breachedAt: et("2026-12-01T06:00") },
      { ticketId: "U", metric: "resolution", breachedAt: et("2026-12-03T09:00") },
    ]);
  });

  it("returns [] for no tickets and for tickets within target", () => {
    expect(checkBreaches(seed, [], "2026-11-30T13:00")).toEqual([]);
    expect(checkBreaches(seed, [{ createdAt: "2026-11-30T12:00", severity: "sev1" }], "2026-11-30T13:00")).toEqual([]);
  });
});
