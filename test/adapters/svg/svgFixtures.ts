/**
 * Explanations built by hand for the SVG tests (shaped like `explainTicket`'s result, CONTRACT §11),
 * and a strict reading of the SVG they give.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect } from "vitest";
import type { MetricStatus, TicketExplanation, TimelineSpan } from "../../../src/exports.js";

const H = 3_600_000;

/**
 * A `MetricStatus` with the given fields over neutral defaults — including the fields SLA model v2
 * adds (CONTRACT §6: `thresholds`, `calendarElapsed`), so the fixture fits the type before and after.
 */
export function metricStatus(fields: Partial<MetricStatus> & Pick<MetricStatus, "metric"> & { calendarElapsed?: number; group?: string }): MetricStatus {
  const target = fields.target ?? 2 * H;
  const elapsed = fields.elapsed ?? 0;
  const defaults = {
    status: "running",
    target,
    elapsed,
    remaining: target - elapsed,
    percentUsed: (100 * elapsed) / target,
    deadline: null,
    breachedAt: null,
    completedAt: null,
    warning: false,
    breaches: 0,
    thresholds: [{ fraction: 0.75, at: null, reached: elapsed >= 0.75 * target }],
    calendarElapsed: elapsed,
  };
  return { ...defaults, ...fields } as MetricStatus;
}

/** A span from ISO texts. */
export function span(start: string, end: string, kind: TimelineSpan["kind"], name?: string): TimelineSpan {
  return name === undefined ? { start: new Date(start), end: new Date(end), kind } : { start: new Date(start), end: new Date(end), kind, name };
}

/**
 * A sev-style ticket in America/Toronto from Fri 2026-10-30 16:00 EDT to Tue 2026-11-03 10:00 EST,
 * across the end of DST on Sun 1 Nov (02:00 EDT → 01:00 EST, 06:00Z): a met first response and a
 * breached resolution with counted, paused, closed, maintenance and holiday time.
 */
export function torontoNovember(): TicketExplanation {
  return {
    id: "T-1",
    timezone: "America/Toronto",
    from: new Date("2026-10-30T20:00:00Z"),
    to: new Date("2026-11-03T15:00:00Z"),
    metrics: {
      firstResponse: {
        spans: [span("2026-10-30T20:00:00Z", "2026-10-30T21:00:00Z", "counted")],
        status: metricStatus({
          metric: "firstResponse", status: "met", target: 2 * H, elapsed: H,
          deadline: new Date("2026-10-30T22:00:00Z"), completedAt: new Date("2026-10-30T21:00:00Z"),
        }),
      },
      resolution: {
        spans: [
          span("2026-10-30T20:00:00Z", "2026-10-30T23:00:00Z", "counted"),
          span("2026-10-30T23:00:00Z", "2026-10-31T02:00:00Z", "paused", "pending"),
          span("2026-10-31T02:00:00Z", "2026-11-02T09:00:00Z", "closed"),
          span("2026-11-02T09:00:00Z", "2026-11-02T14:00:00Z", "counted"),
          span("2026-11-02T14:00:00Z", "2026-11-02T16:00:00Z", "maintenance", "DB upgrade"),
          span("2026-11-02T16:00:00Z", "2026-11-03T03:00:00Z", "counted"),
          span("2026-11-03T03:00:00Z", "2026-11-03T09:00:00Z", "closed"),
          span("2026-11-03T09:00:00Z", "2026-11-03T15:00:00Z", "holiday", "Founders' Day"),
        ],
        status: metricStatus({
          metric: "resolution", status: "breached", target: 16 * H, elapsed: 19 * H, breaches: 1,
          deadline: new Date("2026-11-03T00:00:00Z"), breachedAt: new Date("2026-11-03T00:00:00Z"),
        }),
      },
    },
  };
}

/** An element of the parsed document: its name, attributes, children and own text. */
export interface SvgElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: ReadonlyArray<SvgElement>;
  readonly text: string;
}

type Ordered = Array<Record<string, unknown>>;

function toElements(nodes: Ordered): SvgElement[] {
  const out: SvgElement[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ":@")!;
    if (name === "#text") continue;
    const kids = node[name] as Ordered;
    out.push({
      name,
      attrs: (node[":@"] as Record<string, string> | undefined) ?? {},
      children: toElements(kids),
      text: kids.filter((k) => "#text" in k).map((k) => String(k["#text"])).join(""),
    });
  }
  return out;
}

/** Characters XML 1.0 forbids, which fast-xml-parser's validator lets through. */
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Asserts that `svg` is one well-formed XML element `<svg>` in the SVG namespace — fast-xml-parser's
 * validator, plus the checks it leaves out (forbidden characters, references other than the five
 * the document uses) — and returns it parsed.
 */
export function parseSvg(svg: string): SvgElement {
  expect(XMLValidator.validate(svg)).toBe(true);
  expect(svg).not.toMatch(FORBIDDEN_CHARS);
  expect(svg.match(/&[^;]*;?/g) ?? []).toSatisfy((refs: string[]) => refs.every((r) => ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].includes(r)));
  const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, attributeNamePrefix: "", htmlEntities: true, trimValues: false, parseAttributeValue: false, parseTagValue: false });
  const roots = toElements(parser.parse(svg) as Ordered);
  expect(roots.map((r) => r.name)).toEqual(["svg"]);
  expect(roots[0]!.attrs.xmlns).toBe("http://www.w3.org/2000/svg");
  return roots[0]!;
}

/** Every element of the tree under `root` (itself included) that `test` accepts, in document order. */
export function findAll(root: SvgElement, test: (e: SvgElement) => boolean): SvgElement[] {
  const out: SvgElement[] = [];
  const walk = (e: SvgElement): void => {
    if (test(e)) out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** Elements with `class` containing `cls`. */
export function byClass(root: SvgElement, cls: string): SvgElement[] {
  return findAll(root, (e) => (e.attrs.class ?? "").split(" ").includes(cls));
}

/** All text of an element and its descendants. */
export function allText(e: SvgElement): string {
  return e.text + e.children.map(allText).join("");
}
