/**
 * A ticket's SLA timeline as a self-contained SVG document (CONTRACT §11).
 *
 * @module
 */
import { MS_PER_HOUR } from "../../time/calendarDate.js";
import type { TicketExplanation } from "../../sla/ticketExplanation.js";
import { clipText, escapeXml } from "./escapeXml.js";
import { readExplanation } from "./readExplanation.js";
import type { TimelineData } from "./readExplanation.js";
import { spanPatterns } from "./spanStyles.js";
import { num } from "./svgNumber.js";
import { GUIDE_ROW_HEIGHT, renderAxis, renderGuideLabels, renderGuides } from "./renderAxis.js";
import { timeAxis } from "./timeAxis.js";
import { LANES_TOP, MARGIN, timelineFrame } from "./timelineFrame.js";
import { LANE_HEIGHT, laneDescription, renderLane } from "./timelineLanes.js";
import { renderLegend } from "./timelineLegend.js";
import { readTimelineSvgOptions } from "./timelineSvgOptions.js";
import type { TimelineSvgOptions } from "./timelineSvgOptions.js";
import { fullInstantLabel } from "./zoneLabels.js";

export type { TimelineSvgOptions } from "./timelineSvgOptions.js";

/** First and last instant to draw: the ticket's span, every span and every marker, plus room on the right. */
function drawnRange(data: TimelineData): { lo: number; hi: number } {
  let lo = data.from;
  let hi = data.to;
  for (const lane of data.lanes) {
    for (const s of lane.spans) {
      lo = Math.min(lo, s.start);
      hi = Math.max(hi, s.end);
    }
    for (const t of [lane.deadline, lane.breachedAt, lane.completedAt]) {
      if (t === null) continue;
      lo = Math.min(lo, t);
      hi = Math.max(hi, t);
    }
  }
  if (hi - lo < MS_PER_HOUR) hi = lo + MS_PER_HOUR;
  return { lo, hi: hi + Math.ceil((hi - lo) / 50) };
}

/**
 * Draws a ticket's SLA timeline — what `explainTicket` returns — as a self-contained SVG document.
 *
 * The rule: one lane per metric, in the explanation's order, each showing the metric's name and
 * status (`breached · 26h of 24h`, plus the group of an `ownership` stint), its spans from start
 * to end (counted time solid blue, paused time orange hatching, closed time light grey, holidays
 * green cross-hatching, maintenance purple dots: Okabe–Ito colours, each kind also told apart by
 * pattern, lightness and text labels, so the picture survives colour blindness and greyscale
 * print), and lines for its deadline, breach and completion labelled with local weekday and time.
 * Above the lanes, a time axis in the explanation's `timezone` (its wall clock, not UTC): lines at
 * local midnights (at the first days of months or years when days would crowd) labelled with the
 * date, hour ticks when days are wide, and a marked line at every change of UTC offset (DST),
 * labelled with the clock change (`clocks 02:00 → 01:00 (UTC-05:00) on Sun 1 Nov`). A line marks
 * `to` (now). Every span and marker carries a `<title>` (a tooltip) with exact local times and
 * offsets, and each lane one with the calendar time the metric has taken (`calendarElapsed`, when
 * the status has it); the document's `<title>` and `<desc>` summarise it for screen readers.
 *
 * The output: a UTF-8 SVG 1.1 document string without XML declaration (so it can be written to a
 * `.svg` file or inlined in HTML as it is), with no scripts, no styles, no external references (no
 * `href`, no fonts, no images) and every text escaped. Coordinates are rounded to 0.01 px and
 * nothing depends on the host, the host zone or the current time: the same input gives the same
 * string. It uses no DOM and no dependency, so it runs in Node, browsers and edge functions.
 *
 * Edge cases: the drawn range covers `from`, `to`, every span and every marker (a deadline after
 * now included); a range under an hour is drawn as an hour; spans need not tile (whatever is given
 * is drawn); an explanation without metrics draws the axis and a note; offset changes are marked
 * for ranges up to about 12 years; names are shortened with `…` where space is short (in full in
 * the tooltips). Labels are in English.
 *
 * @param explanation - a {@link TicketExplanation}, as `explainTicket(p, ticket, now)` returns it.
 * @param options - {@link TimelineSvgOptions}: `width`, `title`, `fontFamily`, `idPrefix`, `legend`.
 * @throws InputError naming the field, for an explanation or option that is not as documented (a
 *   zone that is not an IANA zone, an invalid `Date`, a span ending before it starts, an unknown
 *   `kind`, a width outside 480–8000, …).
 * @example
 * import { timelineSvg } from "sla-clock/svg";
 * const svg = timelineSvg(explainTicket(policy, ticket, now), { width: 1000 });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'); //=> true
 * await writeFile("ticket.svg", svg);
 * @category SVG
 */
export function timelineSvg(explanation: TicketExplanation, options?: TimelineSvgOptions): string {
  const o = readTimelineSvgOptions(options);
  const data = readExplanation(explanation);
  const { lo, hi } = drawnRange(data);
  const labelWidth = Math.round(Math.min(220, Math.max(130, o.width * 0.18)));
  const frame = timelineFrame({
    labelLeft: MARGIN,
    labelWidth,
    plotLeft: MARGIN + labelWidth + 10,
    plotRight: o.width - MARGIN,
    lo,
    hi,
    idPrefix: o.idPrefix,
  });
  const axis = timeAxis(data.zone, lo, hi, frame.plotRight - frame.plotLeft);
  const laneCount = Math.max(1, data.lanes.length);
  const lanesBottom = LANES_TOP + laneCount * LANE_HEIGHT;
  const guideLabels = renderGuideLabels(data, axis, frame, lanesBottom + 14);
  const legendTop = lanesBottom + guideLabels.rows * GUIDE_ROW_HEIGHT + 16;
  const legend = o.legend ? renderLegend(MARGIN, legendTop, o.width - 2 * MARGIN, o.idPrefix, axis.unit) : { svg: "", height: 0 };
  const height = Math.ceil(legendTop + legend.height + MARGIN);
  const title = o.title ?? (data.id === undefined ? "SLA timeline" : `Ticket ${data.id}`);
  const subtitle = `${fullInstantLabel(data.zone, data.from)} → ${fullInstantLabel(data.zone, data.to)} · times in ${data.timezone}`;
  const p = o.idPrefix;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(o.width)}" height="${height}" viewBox="0 0 ${num(o.width)} ${height}" role="img" aria-labelledby="${p}title ${p}desc" font-family="${escapeXml(o.fontFamily)}">`,
    `<title id="${p}title">${escapeXml(title)}</title>`,
    `<desc id="${p}desc">${escapeXml(describe(data, subtitle))}</desc>`,
    `<defs>${spanPatterns(p)}</defs>`,
    `<rect width="100%" height="100%" fill="#FFFFFF"/>`,
    `<text x="${MARGIN}" y="28" font-size="16" font-weight="bold" fill="#000000">${escapeXml(clipText(title, Math.floor((o.width - 2 * MARGIN) / 9.6)))}</text>`,
    `<text x="${MARGIN}" y="46" font-size="12" fill="#444444">${escapeXml(clipText(subtitle, Math.floor((o.width - 2 * MARGIN) / 7.2)))}</text>`,
    renderAxis(axis, frame, lanesBottom),
  ];
  if (data.lanes.length === 0) {
    out.push(`<text x="${num(frame.plotLeft)}" y="${LANES_TOP + 36}" font-size="12" fill="#444444">no measured metrics</text>`);
  }
  data.lanes.forEach((lane, i) => out.push(renderLane(lane, LANES_TOP + i * LANE_HEIGHT, frame, data.zone)));
  out.push(renderGuides(data, axis, frame, lanesBottom), guideLabels.svg, legend.svg, `</svg>`, "");
  return out.filter((s) => s !== "").join("\n") + "\n";
}

/** A text alternative of the picture: the range, then one sentence per metric. */
function describe(data: TimelineData, subtitle: string): string {
  const parts = [`SLA timeline, ${subtitle}.`];
  for (const lane of data.lanes) {
    const marks: string[] = [];
    if (lane.deadline !== null) marks.push(`deadline ${fullInstantLabel(data.zone, lane.deadline)}`);
    if (lane.breachedAt !== null) marks.push(`breached ${fullInstantLabel(data.zone, lane.breachedAt)}`);
    if (lane.completedAt !== null) marks.push(`completed ${fullInstantLabel(data.zone, lane.completedAt)}`);
    parts.push(`${laneDescription(lane)}${marks.length === 0 ? "" : `; ${marks.join("; ")}`}.`);
  }
  return parts.join(" ");
}
