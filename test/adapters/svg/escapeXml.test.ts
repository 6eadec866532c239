import { describe, expect, it } from "vitest";
import { clipText, escapeXml } from "../../../src/adapters/svg/escapeXml.js";

describe("escapeXml", () => {
  it("replaces the five markup characters with references", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("replaces characters XML forbids with U+FFFD and keeps the rest", () => {
    expect(escapeXml("a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFF")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFD");
    expect(escapeXml("tab\tline\ncr\r é 😀")).toBe("tab\tline\ncr\r é 😀");
    expect(escapeXml("x\uD83D y\uDE00 z\uD83D\uDE00")).toBe("x\uFFFD y\uFFFD z😀");
  });

  it("replaces DEL and the C1 controls, which HTML parsers report as errors, and keeps U+00A0 on", () => {
    expect(escapeXml("a\u007Fb\u0085c\u009Bd\u00A0e")).toBe("a\uFFFDb\uFFFDc\uFFFDd\u00A0e");
  });
});

describe("clipText", () => {
  it("keeps short text and cuts long text with an ellipsis, never inside a surrogate pair", () => {
    expect(clipText("firstResponse", 20)).toBe("firstResponse");
    expect(clipText("firstResponse", 6)).toBe("first…");
    expect(clipText("😀😀😀😀", 3)).toBe("😀😀…");
  });
});
