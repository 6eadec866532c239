import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TicketExplanation, TimelineSpan } from "../../../src/exports.js";
import { timelineSvg } from "../../../src/svg.js";
import { ZONES } from "../../support/arbitraries.js";
import { params } from "../../support/runs.js";
import { byClass, findAll, metricStatus, parseSvg } from "./svgFixtures.js";

const KINDS = ["counted", "paused", "closed", "holiday", "maintenance"] as const;
const DAY = 86_400_000;

/** Any text: printable, hostile markup, or arbitrary UTF-16 (lone surrogates and controls included). */
const textArb = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("<script>alert(1)</script>", "&amp;", `"'<>&`, "]]>", "<!--", "\u0000"),
);

/** Spans tiling [from, to): sorted cut points, each piece a random kind. */
function tilingArb(from: number, to: number): fc.Arbitrary<TimelineSpan[]> {
  return fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: from, max: to }), { maxLength: 12 }),
      fc.array(fc.record({ kind: fc.constantFrom(...KINDS), name: fc.option(textArb, { nil: undefined }) }), { minLength: 13, maxLength: 13 }),
    )
    .map(([cuts, looks]) => {
      const points = [from, ...cuts.filter((c) => c > from && c < to).sort((a, b) => a - b), to];
      const spans: TimelineSpan[] = [];
      for (let i = 0; i + 1 < points.length; i++) {
        const { kind, name } = looks[i]!;
        const s = { start: new Date(points[i]!), end: new Date(points[i + 1]!), kind };
        spans.push(name === undefined ? s : { ...s, name });
      }
      return spans;
    });
}

const explanationArb: fc.Arbitrary<TicketExplanation> = fc
  .record({
    zone: fc.constantFrom(...ZONES, "UTC"),
    from: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
    length: fc.oneof(fc.integer({ min: 0, max: 2 * DAY }), fc.integer({ min: 0, max: 60 * DAY }), fc.integer({ min: 0, max: 20 * 365 * DAY })),
    id: fc.option(textArb, { nil: undefined }),
    names: fc.uniqueArray(textArb, { maxLength: 5 }),
  })
  .chain(({ zone, from, length, id, names }) => {
    const to = from + length;
    const marker = fc.option(fc.integer({ min: from - DAY, max: to + 30 * DAY }).map((t) => new Date(t)), { nil: null });
    const lane = fc.record({
      spans: tilingArb(from, to),
      status: fc.record({ state: fc.constantFrom("running", "paused", "met", "breached"), deadline: marker, breachedAt: marker, completedAt: marker, target: fc.nat(), elapsed: fc.nat() }),
    });
    return fc.tuple(...names.map(() => lane)).map((lanes) => {
      const metrics = Object.fromEntries(
        names.map((name, i) => {
          const { spans, status } = lanes[i]!;
          const s = metricStatus({ metric: "resolution", status: status.state as never, target: status.target, elapsed: status.elapsed, deadline: status.deadline, breachedAt: status.breachedAt, completedAt: status.completedAt });
          return [name, { spans, status: s }];
        }),
      );
      const e: TicketExplanation = { timezone: zone, from: new Date(from), to: new Date(to), metrics };
      return id === undefined ? e : { ...e, id };
    });
  });

describe("timelineSvg on random explanations", () => {
  it("always gives well-formed XML with one lane per metric and one rectangle per non-empty span", () => {
    fc.assert(
      fc.property(explanationArb, fc.integer({ min: 480, max: 2400 }), (explanation, width) => {
        const text = timelineSvg(explanation, { width });
        const svg = parseSvg(text);
        expect(text).not.toMatch(/<script|href/i);
        expect(byClass(svg, "now-label")).toHaveLength(1);
        const lanes = byClass(svg, "lane");
        const metrics = Object.values(explanation.metrics);
        expect(lanes).toHaveLength(metrics.length);
        lanes.forEach((lane, i) => {
          expect(findAll(lane, (e) => e.name === "title")[0]!.text.length).toBeGreaterThan(0);
          const nonEmpty = metrics[i]!.spans.filter((s) => s.end.getTime() > s.start.getTime());
          expect(byClass(lane, "span").map((r) => r.attrs.class)).toEqual(nonEmpty.map((s) => `span ${s.kind}`));
        });
        const height = Number(svg.attrs.height);
        for (const e of findAll(svg, (el) => el.name !== "svg" && el.name !== "pattern")) {
          for (const [a, max] of [["x", width], ["x1", width], ["x2", width], ["width", width], ["y", height], ["y1", height], ["y2", height]] as const) {
            if (e.attrs[a] !== undefined && e.attrs[a] !== "100%") {
              const v = Number(e.attrs[a]);
              expect(Number.isFinite(v) && v >= 0 && v <= max, `${e.name} ${a}=${e.attrs[a]}`).toBe(true);
            }
          }
        }
        expect(timelineSvg(explanation, { width })).toBe(text);
      }),
      params(40),
    );
  });
});
