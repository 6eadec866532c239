/**
 * Bad tickets and events: each is an InputError whose message names the ticket (id or index),
 * the event index and the field.
 */
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/index.js";
import { checkBreaches } from "../../src/sla/checkBreaches.js";
import { evaluateTicket } from "../../src/sla/evaluateTicket.js";
import { prioritize } from "../../src/sla/prioritize.js";
import type { Ticket } from "../../src/sla/types.js";
import { seed } from "./slaFixtures.js";
import { messageOf } from "../support/errorMessage.js";

const message = (f: () => unknown): string => messageOf(f, InputError);

const NOW = "2026-11-30T12:00";
const ok = { type: "response", at: "2026-11-30T10:00" };


const evaluate = (t: unknown) => message(() => evaluateTicket(seed, t as Ticket, NOW));

describe("evaluateTicket names the ticket, the event index and the field", () => {
  it("an unparsable event instant: ticket \"T-9\" events[1].at", () => {
    const m = evaluate({ id: "T-9", createdAt: "2026-11-30T09:00", severity: "sev1", events: [ok, { type: "update", at: "noon" }] });
    expect(m).toMatch(/^ticket "T-9" events\[1\]\.at: "noon" is not an ISO 8601/);
  });
  it("an unknown event type: events[0].type, listing the types", () => {
    const m = evaluate({ id: "T-9", createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ type: "comment", at: "2026-11-30T10:00" }] });
    expect(m).toMatch(/^ticket "T-9" events\[0\]\.type: "comment" is not an event type; use "response"/);
  });
  it("a missing event type", () => {
    expect(evaluate({ createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ at: "2026-11-30T10:00" }] })).toMatch(/^ticket\.events\[0\]\.type: is missing/);
  });
  it("an unknown severity in a re-triage: events[2].severity, listing the severities", () => {
    const m = evaluate({ id: "T-9", createdAt: "2026-11-30T09:00", severity: "sev1", events: [ok, ok, { type: "severity", at: "2026-11-30T11:00", severity: "P1" }] });
    expect(m).toMatch(/^ticket "T-9" events\[2\]\.severity: "P1" is not a severity of this policy; use one of "sev1", "sev2", "sev3", "sev4"/);
  });
  it("an event before createdAt, even one after now", () => {
    expect(evaluate({ id: "T-9", createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ type: "pause", at: "2026-11-30T08:00" }] })).toMatch(
      /^ticket "T-9" events\[0\]\.at: 2026-11-30T13:00:00\.000Z is before the ticket's createdAt \(2026-11-30T14:00:00\.000Z\)/,
    );
  });
  it("an event that is not an object, and events that are not an array", () => {
    expect(evaluate({ id: "T-9", createdAt: "2026-11-30T09:00", severity: "sev1", events: [ok, "resolve"] })).toMatch(/^ticket "T-9" events\[1\]: "resolve" is not an event/);
    expect(evaluate({ id: "T-9", createdAt: "2026-11-30T09:00", severity: "sev1", events: {} })).toMatch(/^ticket "T-9" events: \{\} is not an array/);
  });
  it("a bad createdAt, an unknown or missing ticket severity, a non-string id, a non-object ticket", () => {
    expect(evaluate({ id: "T-9", createdAt: "someday", severity: "sev1" })).toMatch(/^ticket "T-9" createdAt: "someday"/);
    expect(evaluate({ id: "T-9", createdAt: "2026-11-30T09:00", severity: "urgent" })).toMatch(/^ticket "T-9" severity: "urgent" is not a severity/);
    expect(evaluate({ id: "T-9", createdAt: "2026-11-30T09:00" })).toMatch(/^ticket "T-9" severity: is missing/);
    expect(evaluate({ id: 42, createdAt: "2026-11-30T09:00", severity: "sev1" })).toMatch(/^ticket\.id: 42 is not a string/);
    expect(evaluate(null)).toMatch(/^ticket: null is not a ticket/);
  });
  it("a ticket that is a number, a string or undefined; an event that is null; events whose length is negative", () => {
    expect(evaluate(42)).toBe("ticket: 42 is not a ticket; pass { id?, createdAt, severity, events? }");
    expect(evaluate("T-1")).toBe('ticket: "T-1" is not a ticket; pass { id?, createdAt, severity, events? }');
    expect(evaluate(undefined)).toBe("ticket: undefined is not a ticket; pass { id?, createdAt, severity, events? }");
    expect(evaluate({ id: "T", createdAt: "2026-11-30T09:00", severity: "sev1", events: [ok, null] })).toBe('ticket "T" events[1]: null is not an event; pass { "type": …, "at": … }');
    const negative = new Proxy([] as unknown[], { get: (t, k, r) => (k === "length" ? -1 : (Reflect.get(t, k, r) as unknown)) });
    expect(evaluate({ id: "T", createdAt: "2026-11-30T09:00", severity: "sev1", events: negative })).toBe('ticket "T" events.length: -1 is not the length of an array; pass a plain array of events');
  });
  it("an instant that throws while it is read is reported whole, as could not be read, whatever its message says", () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    let engine = ""; // (the engine's own words for it)
    try {
      void (revoked.proxy as Record<string, unknown>)["x"];
    } catch (e) {
      engine = (e as Error).message;
    }
    expect(engine).not.toBe("");
    expect(evaluate({ id: "T", createdAt: revoked.proxy, severity: "sev1" })).toBe(`ticket "T" createdAt: could not be read (${engine})`);
    // (a message that starts with the field's own name is not mistaken for the library's)
    const trap = new Proxy({}, { getPrototypeOf: () => { throw new Error("createdAt trap"); }, get: () => { throw new Error("createdAt trap"); } });
    expect(evaluate({ id: "T", createdAt: trap, severity: "sev1" })).toBe('ticket "T" createdAt: could not be read (createdAt trap)');
    expect(evaluate({ id: "T", createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ type: "pause", at: trap }] })).toBe('ticket "T" events[0].at: could not be read (createdAt trap)');
  });
  it("a bad now", () => {
    expect(message(() => evaluateTicket(seed, { createdAt: "2026-11-30T09:00", severity: "sev1" }, Number.NaN))).toMatch(/^now: NaN/);
  });
});

describe("batches name the ticket's index (and id when it has one)", () => {
  const good: Ticket = { createdAt: "2026-11-30T09:00", severity: "sev1" };
  it("checkBreaches: tickets[1].events[0].at", () => {
    const bad = { createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ type: "resolve", at: 1e300 }] };
    expect(message(() => checkBreaches(seed, [good, bad as unknown as Ticket], NOW))).toMatch(/^tickets\[1\]\.events\[0\]\.at: 1e\+300/);
  });
  it("prioritize: tickets[2] (id \"T-3\") events[0].type", () => {
    const bad = { id: "T-3", createdAt: "2026-11-30T09:00", severity: "sev1", events: [{ type: "close", at: "2026-11-30T10:00" }] };
    expect(message(() => prioritize(seed, [good, good, bad as unknown as Ticket], NOW))).toMatch(/^tickets\[2\] \(id "T-3"\) events\[0\]\.type: "close"/);
  });
  it("a batch that is not an array", () => {
    expect(message(() => prioritize(seed, "T-1" as unknown as Ticket[], NOW))).toMatch(/^tickets: "T-1" is not an array/);
  });
});
