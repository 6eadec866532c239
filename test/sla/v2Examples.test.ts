/**
 * The SLA model v2 examples run (as CI runs them, in moments) and print what the docs say they do.
 */
import { describe, expect, it, vi } from "vitest";

async function output(path: string): Promise<string> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void lines.push(args.join(" ")));
  try {
    await import(path);
  } finally {
    spy.mockRestore();
  }
  return lines.join("\n");
}

describe("examples/helpdesk-statuses.ts", () => {
  it("shows statuses, the breached next reply and the tier-2 stint", async () => {
    const text = await output("../../examples/helpdesk-statuses.ts");
    expect(text).toContain('HD-101 sev1 — open, status "open"');
    expect(text).toMatch(/nextReply +breached used 1\.50 h of 1\.00 h/);
    expect(text).toMatch(/ownership +\[tier-2\]/);
    expect(text).toContain("HD-101 nextReply at Mon 10:30");
  });
});

describe("examples/sla-scheduler.ts", () => {
  it("wakes exactly at each level and breach: A breaches at Monday's first business millisecond", async () => {
    const text = await output("../../examples/sla-scheduler.ts");
    expect(text).toMatch(/Mon, Nov 30, 04:00:00\.001 +A firstResponse 50% 75% 100% BREACHED/);
    expect(text).toMatch(/Wed, Dec 2, 17:00:00\.001 +B resolution +50% 75% 100% BREACHED/);
    expect(text).toMatch(/\d+ wake-ups for the whole week/);
  });
});
