/**
 * prioritize: nextDeadline, then severity rank, then createdAt, then id, then input order.
 */
import { describe, expect, it } from "vitest";
import { prioritize } from "../../src/sla/prioritize.js";
import type { Ticket } from "../../src/sla/types.js";
import { seed } from "./slaFixtures.js";

const NOW = "2026-11-30T11:00";
const ids = (ts: Ticket[]) => ts.map((t) => t.id ?? "(none)");

describe("prioritize on the seed preset", () => {
  it("overdue first, then by deadline; resolved and paused tickets (no next deadline) last", () => {
    const tickets: Ticket[] = [
      { id: "sev3-0900", createdAt: "2026-11-30T09:00", severity: "sev3" }, // due Tue 15:00
      { id: "sev1-1000", createdAt: "2026-11-30T10:00", severity: "sev1" }, // due 12:00
      { id: "resolved", createdAt: "2026-11-30T08:00", severity: "sev1", events: [{ type: "resolve", at: "2026-11-30T08:30" }] },
      { id: "overdue", createdAt: "2026-11-30T08:00", severity: "sev1" }, // due 10:00, overdue
      { id: "paused", createdAt: "2026-11-30T08:00", severity: "sev1", events: [{ type: "pause", at: "2026-11-30T08:10" }] },
      { id: "sev2-0800", createdAt: "2026-11-30T08:00", severity: "sev2" }, // due 12:00
    ];
    expect(ids(prioritize(seed, tickets, NOW))).toEqual(["overdue", "sev1-1000", "sev2-0800", "sev3-0900", "paused", "resolved"]);
  });

  it("an overdue ticket that is paused still sorts as overdue: its breached metric keeps its deadline", () => {
    const fresh: Ticket = { id: "fresh", createdAt: "2026-11-30T10:59", severity: "sev1" }; // due 12:59, not overdue
    const overduePaused: Ticket = { id: "late", createdAt: "2026-11-30T08:00", severity: "sev1", events: [{ type: "pause", at: "2026-11-30T10:30" }] }; // due 10:00
    expect(ids(prioritize(seed, [fresh, overduePaused], NOW))).toEqual(["late", "fresh"]);
  });

  it("equal deadlines: higher severity first (sev1 Mon 10:00 and sev2 Mon 08:00 are both due 12:00)", () => {
    const a: Ticket = { id: "a", createdAt: "2026-11-30T08:00", severity: "sev2" };
    const b: Ticket = { id: "b", createdAt: "2026-11-30T10:00", severity: "sev1" };
    expect(ids(prioritize(seed, [a, b], NOW))).toEqual(["b", "a"]);
  });

  it("equal deadline and severity: first come, first served (created Sat and Sun are both due Mon 08:00)", () => {
    const sun: Ticket = { id: "a-sun", createdAt: "2026-11-29T10:00", severity: "sev2" };
    const sat: Ticket = { id: "b-sat", createdAt: "2026-11-28T10:00", severity: "sev2" };
    expect(ids(prioritize(seed, [sun, sat], "2026-11-30T05:00"))).toEqual(["b-sat", "a-sun"]);
  });

  it("then by id (code units), tickets without id after, then input order", () => {
    const base = { createdAt: "2026-11-30T09:00", severity: "sev1" };
    const t = [{ ...base }, { ...base, id: "b" }, { ...base, id: "B" }, { ...base, id: "a" }, { ...base }];
    const out = prioritize(seed, t, NOW);
    expect(ids(out)).toEqual(["B", "a", "b", "(none)", "(none)"]);
    expect(out[3]).toBe(t[0]);
    expect(out[4]).toBe(t[4]);
  });

  it("returns a new array of the same objects and leaves the input alone", () => {
    const tickets: Ticket[] = [
      { id: "x", createdAt: "2026-11-30T09:00", severity: "sev3" },
      { id: "y", createdAt: "2026-11-30T09:00", severity: "sev1" },
    ];
    const before = [...tickets];
    const out = prioritize(seed, tickets, NOW);
    expect(out).not.toBe(tickets);
    expect(tickets).toEqual(before);
    expect(out[0]).toBe(tickets[1]);
    expect(prioritize(seed, [], NOW)).toEqual([]);
  });
});
