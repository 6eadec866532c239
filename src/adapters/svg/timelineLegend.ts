/**
 * The legend of a timeline: a swatch and a name for every kind of span and every line drawn, in
 * rows that wrap to the drawing's width.
 *
 * @module
 */
import { escapeXml } from "./escapeXml.js";
import { GREY, MARKER_STYLES, SPAN_KINDS, SPAN_KIND_LABELS, spanFill } from "./spanStyles.js";
import { num } from "./svgNumber.js";
import { textWidth } from "./timelineFrame.js";

const FONT_PX = 11;
const ROW_HEIGHT = 18;
const SWATCH = 18;

/** Colours and dashes of the lines that cross every lane. */
export const GUIDE_STYLES = {
  now: { stroke: "#555555", width: 1.5, dash: undefined, label: "now" },
  day: { stroke: GREY.grid, width: 1, dash: undefined, label: "start of a local day" },
  dst: { stroke: "#000000", width: 1.5, dash: "6 2 1 2", label: "clock change (DST)" },
} as const;

/**
 * The legend's elements laid out from `(left, top)` within `width` px, and the height they take.
 *
 * The boundary item is named for `unit` ("start of a local day", "… month", "… year").
 */
export function renderLegend(left: number, top: number, width: number, idPrefix: string, unit: "day" | "month" | "year"): { svg: string; height: number } {
  const items: Array<{ swatch: (x: number, y: number) => string; label: string }> = [];
  for (const kind of SPAN_KINDS) {
    items.push({
      label: SPAN_KIND_LABELS[kind],
      swatch: (x, y) =>
        `<rect x="${num(x)}" y="${num(y)}" width="${SWATCH}" height="12" fill="${spanFill(kind, idPrefix)}" stroke="${GREY.grid}" stroke-width="0.5"/>`,
    });
  }
  const lines = [
    MARKER_STYLES.deadline,
    MARKER_STYLES.breach,
    MARKER_STYLES.completed,
    GUIDE_STYLES.now,
    unit === "day" ? GUIDE_STYLES.day : { ...GUIDE_STYLES.day, label: `start of a local ${unit}` },
    GUIDE_STYLES.dst,
  ];
  for (const style of lines) {
    items.push({
      label: style.label,
      swatch: (x, y) =>
        `<line x1="${num(x + SWATCH / 2)}" y1="${num(y - 2)}" x2="${num(x + SWATCH / 2)}" y2="${num(y + 14)}" stroke="${style.stroke}" stroke-width="${style.width}"${style.dash === undefined ? "" : ` stroke-dasharray="${style.dash}"`}/>`,
    });
  }
  const out: string[] = [`<g class="legend">`];
  let x = left;
  let y = top;
  for (const item of items) {
    const w = SWATCH + 6 + textWidth(item.label, FONT_PX) + 16;
    if (x > left && x + w > left + width) {
      x = left;
      y += ROW_HEIGHT;
    }
    out.push(item.swatch(x, y));
    out.push(`<text x="${num(x + SWATCH + 6)}" y="${num(y + 10)}" font-size="${FONT_PX}" fill="#000000">${escapeXml(item.label)}</text>`);
    x += w;
  }
  out.push(`</g>`);
  return { svg: out.join("\n"), height: y - top + ROW_HEIGHT };
}
