/**
 * A ticket's SLA timeline as a self-contained SVG document (CONTRACT §11).
 *
 * @module
 */
import { InputError, describeValue } from "../../errors.js";
import { MS_PER_HOUR } from "../../time/calendarDate.js";
import type { TicketExplanation } from "../../sla/ticketExplanation.js";
import { clipText, escapeXml } from "./escapeXml.js";
import { readExplanation } from "./readExplanation.js";
import type { TimelineData } from "./readExplanation.js";
import { spanPatterns } from "./spanStyles.js";
import { num } from "./svgNumber.js";
import { timeAxis } from "./timeAxis.js";
import type { TimeAxis } from "./timeAxis.js";
import { textWidth, timelineFrame } from "./timelineFrame.js";
import type { TimelineFrame } from "./timelineFrame.js";
import { LANE_HEIGHT, laneDescription, renderLane } from "./timelineLanes.js";
import { GUIDE_STYLES, renderLegend } from "./timelineLegend.js";
import { localDayOf } from "../../time/wallClock.js";
import { dayLabel, fullInstantLabel, offsetLabel, shortInstantLabel, wallTimeLabel } from "./zoneLabels.js";

/** Options of {@link timelineSvg}. @category SVG */
export interface TimelineSvgOptions {
  /** Width of the drawing in px (the height follows from the number of metrics). Default 960; 480–8000. */
  width?: number;
  /** The heading. Default `Ticket <id>`, or `SLA timeline` when the explanation has no `id`. */
  title?: string;
  /** CSS font list for every text. Default `"DejaVu Sans, Verdana, Arial, Helvetica, sans-serif"`. */
  fontFamily?: string;
  /**
   * Prefix of the document's `id`s (its patterns and title). Default `"sla-clock-"`. Give each
   * timeline its own prefix when several are inlined into one HTML page, so ids stay unique.
   * Letters, digits, `_`, `-` and `.`, starting with a letter or `_`, at most 64 characters.
   */
  idPrefix?: string;
  /** Draw the legend under the lanes. Default true. */
  legend?: boolean;
}

const DEFAULT_WIDTH = 960;
const MIN_WIDTH = 480;
const MAX_WIDTH = 8000;
const DEFAULT_FONT = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";
const ID_PREFIX = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;
const MARGIN = 16;
const AXIS_TOP = 58;
const LANES_TOP = 96;
/** Rows of labels under the lanes (now, DST changes) and the height of one. */
const GUIDE_ROWS = 2;
const GUIDE_ROW_HEIGHT = 13;

interface ReadOptions {
  readonly width: number;
  readonly title: string | undefined;
  readonly fontFamily: string;
  readonly idPrefix: string;
  readonly legend: boolean;
}

function readOptions(options: unknown): ReadOptions {
  if (options === undefined) return { width: DEFAULT_WIDTH, title: undefined, fontFamily: DEFAULT_FONT, idPrefix: "sla-clock-", legend: true };
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new InputError(`timelineSvg: options: ${describeValue(options)} is not an options object`);
  }
  const o = options as Record<string, unknown>;
  const read = (key: keyof TimelineSvgOptions): unknown => {
    try {
      return o[key];
    } catch (e) {
      throw new InputError(`timelineSvg: options.${key}: could not be read (${e instanceof Error ? e.message : describeValue(e)})`);
    }
  };
  const { width = DEFAULT_WIDTH, title, fontFamily = DEFAULT_FONT, idPrefix = "sla-clock-", legend = true } = {
    width: read("width"), title: read("title"), fontFamily: read("fontFamily"), idPrefix: read("idPrefix"), legend: read("legend"),
  };
  if (typeof width !== "number" || !Number.isFinite(width) || width < MIN_WIDTH || width > MAX_WIDTH) {
    throw new InputError(`timelineSvg: options.width: ${describeValue(width)} is not a width in px between ${MIN_WIDTH} and ${MAX_WIDTH}`);
  }
  if (title !== undefined && typeof title !== "string") throw new InputError(`timelineSvg: options.title: ${describeValue(title)} is not a string`);
  if (typeof fontFamily !== "string" || fontFamily.length > 200) {
    throw new InputError(`timelineSvg: options.fontFamily: ${describeValue(fontFamily)} is not a CSS font list (a string of at most 200 characters)`);
  }
  if (typeof idPrefix !== "string" || !ID_PREFIX.test(idPrefix)) {
    throw new InputError(`timelineSvg: options.idPrefix: ${describeValue(idPrefix)} is not an id prefix; use letters, digits, "_", "-" and ".", starting with a letter`);
  }
  if (typeof legend !== "boolean") throw new InputError(`timelineSvg: options.legend: ${describeValue(legend)} is not true or false`);
  return { width, title, fontFamily, idPrefix, legend };
}

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
  const o = readOptions(options);
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

/** The axis: the boundary and hour labels with their ticks, and the axis line. */
function renderAxis(axis: TimeAxis, frame: TimelineFrame, lanesBottom: number): string {
  const y = LANES_TOP - 6;
  const out = [`<g class="axis" font-size="11" fill="#000000">`];
  if (axis.leadLabel !== undefined) out.push(`<text x="${num(frame.plotLeft + 3)}" y="${AXIS_TOP + 12}" font-weight="bold">${escapeXml(axis.leadLabel)}</text>`);
  for (const b of axis.boundaries) {
    const x = frame.x(b.at);
    out.push(`<line class="boundary" x1="${num(x)}" y1="${AXIS_TOP}" x2="${num(x)}" y2="${num(lanesBottom)}" stroke="${GUIDE_STYLES.day.stroke}" stroke-width="${GUIDE_STYLES.day.width}"/>`);
    if (b.label !== undefined) out.push(`<text x="${num(x + 3)}" y="${AXIS_TOP + 12}" font-weight="bold">${escapeXml(b.label)}</text>`);
  }
  for (const t of axis.hourTicks) {
    const x = frame.x(t.at);
    out.push(`<line class="hour" x1="${num(x)}" y1="${y - 4}" x2="${num(x)}" y2="${y}" stroke="#000000" stroke-width="1"/>`);
    if (t.label !== undefined) out.push(`<text x="${num(x)}" y="${y - 7}" font-size="10" text-anchor="middle" fill="#444444">${escapeXml(t.label)}</text>`);
  }
  out.push(`<line x1="${num(frame.plotLeft)}" y1="${y}" x2="${num(frame.plotRight)}" y2="${y}" stroke="#000000" stroke-width="1"/>`, `</g>`);
  return out.join("\n");
}

/** Lines across every lane, drawn over the spans: offset changes and now. */
function renderGuides(data: TimelineData, axis: TimeAxis, frame: TimelineFrame, lanesBottom: number): string {
  const out: string[] = [];
  const s = GUIDE_STYLES.dst;
  for (const c of axis.offsetChanges) {
    const x = frame.x(c.at);
    out.push(`<line class="dst" x1="${num(x)}" y1="${AXIS_TOP}" x2="${num(x)}" y2="${num(lanesBottom + 4)}" stroke="${s.stroke}" stroke-width="${s.width}" stroke-dasharray="${s.dash}"><title>${escapeXml(clockChangeText(data, c.at, c.before, c.after))}</title></line>`);
  }
  const n = GUIDE_STYLES.now;
  const x = frame.x(data.to);
  out.push(`<line class="now" x1="${num(x)}" y1="${AXIS_TOP}" x2="${num(x)}" y2="${num(lanesBottom + 4)}" stroke="${n.stroke}" stroke-width="${n.width}"><title>${escapeXml(`now: ${fullInstantLabel(data.zone, data.to)}`)}</title></line>`);
  return out.join("\n");
}

/** `clocks 02:00 → 01:00 (UTC-05:00) on Sun 1 Nov`: how the wall clock jumps at an offset change. */
function clockChangeText(data: TimelineData, at: number, before: number, after: number): string {
  const from = wallTimeLabel({ name: data.timezone, offsetAt: () => before }, at);
  return `clocks ${from} → ${wallTimeLabel(data.zone, at)} (${offsetLabel(after)}) on ${dayLabel(localDayOf(data.zone, at))}`;
}

/**
 * The labels under the lanes: now first, then each offset change, each in the first of the
 * {@link GUIDE_ROWS} rows where it overlaps no other label (else left out: its line's tooltip
 * still says it).
 */
function renderGuideLabels(data: TimelineData, axis: TimeAxis, frame: TimelineFrame, y: number): { svg: string; rows: number } {
  const labels = [
    { at: data.to, text: `now ${shortInstantLabel(data.zone, data.to)}`, cls: "now" },
    ...axis.offsetChanges.map((c) => ({ at: c.at, text: clockChangeText(data, c.at, c.before, c.after), cls: "dst" })),
  ];
  const rows: Array<Array<{ left: number; right: number }>> = Array.from({ length: GUIDE_ROWS }, () => []);
  const out: string[] = [];
  for (const l of labels) {
    const x = frame.x(l.at);
    const w = textWidth(l.text, 10);
    const left = Math.max(frame.labelLeft, Math.min(x - w / 2, frame.plotRight - w));
    const row = rows.findIndex((r) => r.every((p) => left + w + 8 <= p.left || left >= p.right + 8));
    if (row < 0) continue;
    rows[row]!.push({ left, right: left + w });
    out.push(`<text class="${l.cls}-label" x="${num(left)}" y="${num(y + row * GUIDE_ROW_HEIGHT)}" font-size="10" fill="#000000">${escapeXml(l.text)}</text>`);
  }
  return { svg: out.join("\n"), rows: rows.filter((r) => r.length > 0).length };
}
