/**
 * docs/sla.md §13 ("Coming from Zendesk, Jira Service Management or ServiceNow"): every policy
 * fragment of that section is a valid definition, read from the page itself.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { definePolicy } from "../../src/index.js";

const page = readFileSync(new URL("../../docs/sla.md", import.meta.url), "utf8");
const section = page.slice(page.indexOf("## 13. Coming from"));
const fragments = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as object);

describe("the policies of docs/sla.md §13 are valid", () => {
  it("the section has the three products' fragments", () => {
    expect(fragments.length).toBe(3);
  });
  it.each(fragments.map((f, i) => [i, f] as const))("fragment %i compiles on a business-hours desk", (_i, fragment) => {
    const p = definePolicy({ timezone: "America/Toronto", hours: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]] }, ...fragment });
    expect(p.severities.length).toBeGreaterThan(0);
  });
});
