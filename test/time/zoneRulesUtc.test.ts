/**
 * UTC and its aliases are answered without Intl: they work even where the runtime's time-zone data
 * is missing or broken (a small-ICU build, a stubbed Intl). A file of its own, so that no other test
 * has memoised these zone names before Intl is taken away.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { getZoneRules } from "../../src/time/zoneRules.js";

/** An Intl whose DateTimeFormat cannot be constructed. */
const brokenIntl = {
  DateTimeFormat: function DateTimeFormat(): never {
    throw new Error("no Intl in this test");
  },
};

describe("UTC aliases need no Intl", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each(["UTC", "Etc/UTC", "Z", "GMT", "Etc/GMT"])("%s: offset 0 while Intl.DateTimeFormat throws", (name) => {
    vi.stubGlobal("Intl", brokenIntl);
    const rules = getZoneRules(name);
    expect(rules.name).toBe(name);
    for (const t of [0, Date.UTC(2026, 6, 1, 12), Date.UTC(9999, 11, 31)]) expect(rules.offsetAt(t)).toBe(0);
  });

  it("a real zone does need Intl (the stub is effective)", () => {
    vi.stubGlobal("Intl", brokenIntl);
    expect(() => getZoneRules("Asia/Kathmandu")).toThrow("no Intl in this test");
  });
});
