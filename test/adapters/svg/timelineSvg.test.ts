import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/errors.js";
import { definePolicy, explainTicket } from "../../../src/index.js";
import type { TicketExplanation } from "../../../src/exports.js";
import { timelineSvg } from "../../../src/svg.js";
import { allText, byClass, findAll, metricStatus, parseSvg, span, torontoNovember } from "./svgFixtures.js";

const H = 3_600_000;

function x(e: { attrs: Readonly<Record<string, string>> }): number {
  return Number(e.attrs.x ?? e.attrs.x1);
}

describe("timelineSvg", () => {
  it("gives one well-formed SVG document with one lane per metric, in the explanation's order", () => {
    const svg = parseSvg(timelineSvg(torontoNovember()));
    const lanes = byClass(svg, "lane");
    expect(lanes.map((l) => findAll(l, (e) => e.name === "text")[0]!.text)).toEqual(["firstResponse", "resolution"]);
    expect(byClass(lanes[1]!, "span").map((r) => r.attrs.class)).toEqual([
      "span counted", "span paused", "span closed", "span counted", "span maintenance", "span counted", "span closed", "span holiday",
    ]);
  });

  it("draws each span from its start to its end on one time scale", () => {
    const svg = parseSvg(timelineSvg(torontoNovember()));
    const rects = byClass(byClass(svg, "lane")[1]!, "span");
    const spans = torontoNovember().metrics.resolution!.spans;
    const perMs = Number(rects[0]!.attrs.width) / (spans[0]!.end.getTime() - spans[0]!.start.getTime());
    rects.forEach((r, i) => {
      const s = spans[i]!;
      expect(Number(r.attrs.width)).toBeCloseTo((s.end.getTime() - s.start.getTime()) * perMs, 1);
      if (i > 0) expect(x(r)).toBeCloseTo(x(rects[i - 1]!) + Number(rects[i - 1]!.attrs.width), 1);
    });
  });

  it("marks the deadline, the breach and the completion, labelled in local time", () => {
    const svg = parseSvg(timelineSvg(torontoNovember()));
    const [first, resolution] = byClass(svg, "lane");
    expect(byClass(first!, "marker").map((m) => m.attrs.class)).toEqual(["marker deadline", "marker completed"]);
    expect(byClass(resolution!, "marker").map((m) => m.attrs.class)).toEqual(["marker deadline", "marker breach"]);
    const texts = findAll(svg, (e) => e.name === "text").map((t) => t.text);
    // deadline 2026-11-03T00:00Z is Monday 19:00 EST, the instant it breached: one label says both;
    // completion 21:00Z is Friday 17:00 EDT
    expect(texts).toContain("deadline · breached Mon 19:00");
    expect(texts).toContain("completed Fri 17:00");
    expect(allText(svg)).toContain("breached · 19h of 16h");
  });

  it("labels the completion of a metric completed soon after its breach (regression: its label had no row left)", () => {
    const p = definePolicy({ timezone: "UTC", hours: "24x7", severities: { s: { targets: { firstResponse: "2h" } } } });
    const e = explainTicket(p, { createdAt: "2026-06-01T10:00Z", severity: "s", events: [{ type: "response", at: "2026-06-01T12:30Z" }] }, "2026-06-03T10:00Z");
    const lane = byClass(parseSvg(timelineSvg(e)), "lane")[0]!;
    expect(byClass(lane, "marker").map((m) => m.attrs.class)).toEqual(["marker deadline", "marker breach", "marker completed"]);
    const texts = findAll(lane, (el) => el.name === "text").map((t) => t.text);
    expect(texts).toContain("deadline · breached Mon 12:00");
    expect(texts).toContain("completed Mon 12:30");
  });

  it("names an ownership stint's group and tells the calendar time taken, when the status has them", () => {
    const e = torontoNovember();
    e.metrics.ownership = {
      spans: [span("2026-10-30T20:00:00Z", "2026-11-03T15:00:00Z", "counted")],
      status: metricStatus({ metric: "resolution", status: "breached", target: 3 * H, elapsed: 4 * H, calendarElapsed: 91 * H, group: "L2 <net>" }),
    };
    const svg = parseSvg(timelineSvg(e, { width: 1600 }));
    const lane = byClass(svg, "lane")[2]!;
    expect(findAll(lane, (el) => el.name === "text")[1]!.text).toBe("breached · 4h of 3h · L2 <net>");
    expect(lane.children[0]!.text).toBe("ownership: breached · 4h of 3h · L2 <net>; 91h of calendar time");
    expect(findAll(svg, (el) => el.name === "desc")[0]!.text).toContain("ownership: breached · 4h of 3h · L2 <net>; 91h of calendar time");
  });

  it("marks the end of DST in America/Toronto where it happens, labelled with the clock change", () => {
    const svg = parseSvg(timelineSvg(torontoNovember()));
    const dst = byClass(svg, "dst");
    expect(dst).toHaveLength(1);
    expect(dst[0]!.children[0]!.text).toBe("clocks 02:00 → 01:00 (UTC-05:00) on Sun 1 Nov");
    // Sun 1 Nov lasts 25 hours; the change comes 2 hours after its midnight (04:00Z → 06:00Z)
    const b = byClass(svg, "boundary").map(x);
    const sunday = b[1]!;
    const monday = b[2]!;
    expect((x(dst[0]!) - sunday) / (monday - sunday)).toBeCloseTo(2 / 25, 3);
  });

  it("labels a change that skips a date with both dates (Pacific/Apia skipped Friday 30 December 2011)", () => {
    const apia = definePolicy({ timezone: "Pacific/Apia", hours: "24x7", severities: { s: { targets: { firstResponse: "100h" } } } });
    const svg = parseSvg(timelineSvg(explainTicket(apia, { createdAt: "2011-12-28T12:00", severity: "s" }, "2012-01-01T12:00")));
    expect(byClass(svg, "dst").map((l) => l.children[0]!.text)).toEqual(["clocks Fri 30 Dec 00:00 → Sat 31 Dec 00:00 (UTC+14:00)"]);
    expect(byClass(svg, "dst-label").map((t) => t.text)).toEqual(["clocks Fri 30 Dec 00:00 → Sat 31 Dec 00:00 (UTC+14:00)"]);
  });

  it("labels now and the DST change under the lanes, on two rows when they would overlap", () => {
    for (const width of [960, 480]) {
      const svg = parseSvg(timelineSvg(torontoNovember(), { width }));
      expect(byClass(svg, "now-label").map((t) => t.text)).toEqual(["now Tue 10:00"]);
      expect(byClass(svg, "dst-label").map((t) => t.text)).toEqual(["clocks 02:00 → 01:00 (UTC-05:00) on Sun 1 Nov"]);
    }
  });

  it("draws day boundaries at local midnights, not at UTC midnights", () => {
    const svg = parseSvg(timelineSvg(torontoNovember()));
    const boundaries = byClass(svg, "boundary").map(x);
    const labels = findAll(byClass(svg, "axis")[0]!, (e) => e.name === "text" && e.attrs["font-weight"] === "bold").map((t) => t.text);
    expect(labels).toEqual(["Sat 31 Oct", "Sun 1 Nov", "Mon 2 Nov", "Tue 3 Nov"]);
    // Sat 31 Oct lasts 24 h, Sun 1 Nov 25 h, Mon 2 Nov 24 h
    const [sat, sun, mon, tue] = boundaries as [number, number, number, number];
    expect((mon - sun) / (sun - sat)).toBeCloseTo(25 / 24, 3);
    expect((tue - mon) / (sun - sat)).toBeCloseTo(1, 3);
    // the first is 04:00Z (00:00 EDT), where a span starting then begins; UTC midnight lies 4 h before
    const rects = byClass(byClass(svg, "lane")[1]!, "span");
    const perHour = (sun - sat) / 24;
    const firstRect = x(rects[0]!); // 2026-10-30T20:00Z
    expect(sat).toBeCloseTo(firstRect + 8 * perHour, 1);
  });

  it("labels hour ticks by the local wall clock", () => {
    const texts = findAll(byClass(parseSvg(timelineSvg(torontoNovember())), "axis")[0]!, (e) => e.name === "text").map((t) => t.text);
    expect(texts).toContain("06:00");
    expect(texts).toContain("18:00");
    for (const t of texts.filter((s) => /^\d/.test(s))) expect(t).toMatch(/^([01]\d|2[0-3]):00$/);
  });

  it("escapes hostile names everywhere and never emits a script or a reference", () => {
    const hostile = `<script>alert("x&y")</script>'"&amp;]]><!--`;
    const e = torontoNovember();
    const explanation: TicketExplanation = {
      ...e,
      id: hostile,
      metrics: {
        [hostile]: { spans: [span("2026-10-30T20:00:00Z", "2026-11-03T15:00:00Z", "paused", hostile)], status: metricStatus({ metric: "firstResponse", status: "breached" }) },
        "javascript:alert(1)": { spans: [span("2026-10-30T20:00:00Z", "2026-11-03T15:00:00Z", "holiday", "http://evil.example/x.png")], status: metricStatus({ metric: "resolution" }) },
      },
    };
    const text = timelineSvg(explanation, { title: hostile, fontFamily: `x" onload="alert(1)` });
    const svg = parseSvg(text);
    expect(text).not.toMatch(/<script/i);
    const attributeNames = findAll(svg, () => true).flatMap((el) => Object.keys(el.attrs));
    expect(attributeNames.filter((a) => /^on|href$/i.test(a))).toEqual([]);
    expect(text).not.toMatch(/href|<image|<foreignObject|<style|@import/i);
    expect(text.match(/url\([^)]*\)/g)?.every((u) => /^url\(#[\w.-]+\)$/.test(u))).toBe(true);
    expect(text.replace('xmlns="http://www.w3.org/2000/svg"', "").replace(/<title[^>]*>.*?<\/title>|<desc[^>]*>.*?<\/desc>|<text[^>]*>.*?<\/text>/gs, "")).not.toMatch(/https?:/);
    expect(findAll(svg, (el) => el.name === "title")[0]!.text).toBe(hostile);
    expect(svg.attrs["font-family"]).toBe(`x" onload="alert(1)`);
    expect(byClass(svg, "lane")).toHaveLength(2);
    expect(allText(svg)).toContain("http://evil.example/x.png"); // as text, not as a link
  });

  it("keeps control characters and lone surrogates from breaking the document", () => {
    const name = "a\u0000b\u001Fc\uD800d\uDFFFe\uFFFF😀";
    const e = torontoNovember();
    const svg = parseSvg(timelineSvg({ ...e, metrics: { [name]: e.metrics.resolution! } }));
    expect(findAll(byClass(svg, "lane")[0]!, (el) => el.name === "title")[0]!.text).toContain("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD😀");
  });

  it("gives the same string for the same input, whatever the host", () => {
    const a = timelineSvg(torontoNovember(), { width: 1200, idPrefix: "t1-" });
    expect(timelineSvg(torontoNovember(), { width: 1200, idPrefix: "t1-" })).toBe(a);
    expect(a).not.toMatch(/\d\.\d{3,}/); // coordinates rounded to 0.01 px
  });

  it("prefixes every id, and refers only to its own ids", () => {
    const text = timelineSvg(torontoNovember(), { idPrefix: "ticket-42-" });
    const svg = parseSvg(text);
    const ids = findAll(svg, (e) => e.attrs.id !== undefined).map((e) => e.attrs.id!);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id.startsWith("ticket-42-")).toBe(true);
    for (const ref of text.match(/url\(#([^)]+)\)/g) ?? []) expect(ids).toContain(ref.slice(5, -1));
  });

  it("takes the width asked for and a title", () => {
    const svg = parseSvg(timelineSvg(torontoNovember(), { width: 1500, title: "Dispute of ticket 7" }));
    expect(svg.attrs.width).toBe("1500");
    expect(svg.attrs.viewBox).toBe(`0 0 1500 ${svg.attrs.height}`);
    expect(findAll(svg, (e) => e.name === "title")[0]!.text).toBe("Dispute of ticket 7");
    expect(byClass(svg, "legend")).toHaveLength(1);
    expect(byClass(parseSvg(timelineSvg(torontoNovember(), { legend: false })), "legend")).toHaveLength(0);
  });

  it("extends the drawing to a deadline after now", () => {
    const e = torontoNovember();
    const later = new Date(e.to.getTime() + 24 * H);
    e.metrics.firstResponse!.status = metricStatus({ metric: "firstResponse", deadline: later });
    const svg = parseSvg(timelineSvg(e));
    const deadline = byClass(svg, "deadline")[0]!;
    expect(x(deadline)).toBeGreaterThan(x(byClass(svg, "now")[0]!));
    expect(x(deadline)).toBeLessThanOrEqual(Number(svg.attrs.width));
  });

  it("draws an explanation without metrics: the axis and a note", () => {
    const svg = parseSvg(timelineSvg({ timezone: "UTC", from: new Date(0), to: new Date(0), metrics: {} }));
    expect(byClass(svg, "lane")).toHaveLength(0);
    expect(allText(svg)).toContain("no measured metrics");
  });

  it("marks months instead of days when days would crowd, still bounded for a century", () => {
    const from = new Date("2026-01-15T00:00:00Z");
    const year = parseSvg(timelineSvg({ timezone: "Europe/Dublin", from, to: new Date("2027-01-15T00:00:00Z"), metrics: {} }));
    expect(byClass(year, "boundary")).toHaveLength(12);
    expect(byClass(year, "dst")).toHaveLength(2);
    const century = timelineSvg({ timezone: "Europe/Dublin", from, to: new Date("2126-01-15T00:00:00Z"), metrics: {} });
    expect(byClass(parseSvg(century), "boundary").length).toBeLessThan(200);
    expect(byClass(parseSvg(century), "dst")).toHaveLength(0);
  });

  it.each([
    [null, "explanation: null is not a ticket explanation object"],
    [{ ...torontoNovember(), timezone: "Mars/Base" }, "explanation.timezone: \"Mars/Base\" is not an IANA time zone"],
    [{ ...torontoNovember(), from: "2026-10-30" }, "explanation.from: \"2026-10-30\" is not a valid Date"],
    [{ ...torontoNovember(), to: new Date(Date.UTC(10000, 5, 1)) }, "explanation.to: +010000-06-01T00:00:00.000Z is not a Date in the supported years 1000–9999"],
    [{ ...torontoNovember(), to: new Date("2020-01-01T00:00:00Z") }, "explanation.to: 2020-01-01T00:00:00.000Z is not at or after from"],
    [{ ...torontoNovember(), metrics: { a: { spans: [span("2026-10-31T00:00:00Z", "2026-10-30T00:00:00Z", "counted")], status: metricStatus({ metric: "resolution" }) } } }, "explanation.metrics.a.spans[0].end: 2026-10-30T00:00:00.000Z is not at or after its start"],
    [{ ...torontoNovember(), metrics: { "a b": { spans: [{ ...span("2026-10-30T00:00:00Z", "2026-10-31T00:00:00Z", "counted"), kind: "open" }], status: metricStatus({ metric: "resolution" }) } } }, 'explanation.metrics["a b"].spans[0].kind: "open" is not one of counted, paused, closed, holiday, maintenance'],
    [{ ...torontoNovember(), metrics: { a: { spans: [], status: { ...metricStatus({ metric: "resolution" }), deadline: new Date(Number.NaN) } } } }, "explanation.metrics.a.status.deadline: Invalid Date is not a valid Date"],
    [{ ...torontoNovember(), metrics: { a: { spans: [], status: { ...metricStatus({ metric: "resolution" }), status: "weird" } } } }, 'explanation.metrics.a.status.status: "weird" is not one of "running", "paused", "met", "breached"'],
    [{ ...torontoNovember(), metrics: { a: { spans: [], status: { ...metricStatus({ metric: "resolution" }), target: -5 } } } }, "explanation.metrics.a.status.target: -5 is not a finite number of ms >= 0"],
  ])("refuses a bad explanation with an InputError naming the field (%#)", (bad, message) => {
    expect(() => timelineSvg(bad as TicketExplanation)).toThrow(InputError);
    expect(() => timelineSvg(bad as TicketExplanation)).toThrow(message);
  });

  it("accepts Dates from another realm (vm, iframes)", () => {
    const e = torontoNovember();
    const foreign = runInNewContext(`new Date(${e.from.getTime()})`) as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(timelineSvg({ ...e, from: foreign })).toBe(timelineSvg(e));
  });

  it("reads each field once, and names the field whose getter or Proxy throws", () => {
    let reads = 0;
    const e = torontoNovember();
    const counted = { ...e, get timezone() { reads++; return "America/Toronto"; } };
    parseSvg(timelineSvg(counted));
    expect(reads).toBe(1);
    const throwing = { ...e, metrics: { resolution: { get spans(): never { throw new Error("boom"); }, status: e.metrics.resolution!.status } } };
    expect(() => timelineSvg(throwing)).toThrow(InputError);
    expect(() => timelineSvg(throwing)).toThrow("explanation.metrics.resolution.spans: could not be read (boom)");
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => timelineSvg({ ...e, metrics: proxy })).toThrow("explanation.metrics: could not be read");
    expect(() => timelineSvg(proxy as TicketExplanation)).toThrow(InputError);
    expect(() => timelineSvg(e, { get width(): never { throw new Error("no"); } })).toThrow("options.width: could not be read (no)");
    // a revoked Proxy as the options: an InputError naming them (it was the engine's TypeError from Array.isArray)
    expect(() => timelineSvg(e, proxy as never)).toThrow(InputError);
    expect(() => timelineSvg(e, proxy as never)).toThrow(/^timelineSvg: options: could not be read/);
  });

  it.each([
    [{ width: 100 }, "options.width: 100 is not a width in px between 480 and 8000"],
    [{ width: Number.NaN }, "options.width: NaN"],
    [{ idPrefix: "1 bad" }, 'options.idPrefix: "1 bad" is not an id prefix; use letters, digits, "_", "-" and ".", starting with a letter or "_"'],
    [{ title: 5 }, "options.title: 5 is not a string"],
    [{ legend: "no" }, 'options.legend: "no" is not true or false'],
    ["wide", 'options: "wide" is not an options object'],
  ])("refuses bad options with an InputError naming the option (%#)", (options, message) => {
    expect(() => timelineSvg(torontoNovember(), options as never)).toThrow(InputError);
    expect(() => timelineSvg(torontoNovember(), options as never)).toThrow(message);
  });
});
