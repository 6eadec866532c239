/**
 * The CLI's plain-text tables: aligned columns, any number of rows, and text from files that cannot
 * drive the terminal.
 */
import { describe, expect, it } from "vitest";
import { formatTable, terminalSafe } from "../../../src/adapters/cli/formatTable.js";
import { metricHeading } from "../../../src/adapters/cli/explainTicketFile.js";
import { definePolicy, explainTicket } from "../../../src/index.js";

describe("formatTable", () => {
  it("aligns columns under the header, right-aligning those asked for", () => {
    expect(formatTable(["ID", "N"], [["T-1", "7"], ["T-10", "12"]], [1])).toBe("ID     N\n----  --\nT-1    7\nT-10  12");
  });

  it("prints 200,000 rows (the widths are not computed with one argument per row)", () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`T-${i}`, "sev1"]);
    const table = formatTable(["TICKET", "SEV"], rows);
    expect(table.split("\n")).toHaveLength(200_002);
    expect(table.split("\n")[200_001]).toBe("T-199999  sev1");
  });

  it("writes out control and bidirectional characters of cells", () => {
    const table = formatTable(["ID"], [["a\u001b[31mb"], ["c\u202Ed"], ["e\u0085f\u0007"]]);
    expect(table.split("\n").slice(2)).toEqual(["a\\u001b[31mb", "c\\u202ed", "e\\u0085f\\u0007"]);
  });
});

describe("terminalSafe", () => {
  it("keeps printable text, emoji and non-Latin scripts as they are", () => {
    expect(terminalSafe("Ticket é 😀 日本 \u200F")).toBe("Ticket é 😀 日本 \\u200f");
    expect(terminalSafe("line\nbreak\ttab")).toBe("line\\u000abreak\\u0009tab");
  });
});

describe("metricHeading", () => {
  it("writes out control characters of an ownership group", () => {
    const p = definePolicy({ timezone: "UTC", hours: "24x7", severities: { s: { targets: { ownership: "4h" } } } });
    const e = explainTicket(p, { id: "T", createdAt: "2026-11-30T10:00Z", severity: "s", group: "evil\u001b]0;pwned\u0007\ngrp" }, "2026-11-30T11:00Z");
    const heading = metricHeading("ownership", e.metrics.ownership!, "UTC");
    expect(heading).toMatch(/^ownership \(evil\\u001b\]0;pwned\\u0007\\u000agrp\): running · /);
  });
});
