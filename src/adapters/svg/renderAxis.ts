/**
 * The time axis as markup, and the lines that cross every lane (offset changes, now) with their
 * labels under the lanes.
 *
 * @module
 */
import { MS_PER_DAY } from "../../time/calendarDate.js";
import { localDayOf } from "../../time/wallClock.js";
import { escapeXml } from "./escapeXml.js";
import type { TimelineData } from "./readExplanation.js";
import { num } from "./svgNumber.js";
import type { TimeAxis } from "./timeAxis.js";
import { AXIS_TOP, LANES_TOP, textWidth } from "./timelineFrame.js";
import type { TimelineFrame } from "./timelineFrame.js";
import { GUIDE_STYLES } from "./timelineLegend.js";
import { dayLabel, fullInstantLabel, offsetLabel, shortInstantLabel, wallTimeLabel } from "./zoneLabels.js";

/** Rows of labels under the lanes (now, DST changes) and the height of one. */
const GUIDE_ROWS = 2;
export const GUIDE_ROW_HEIGHT = 13;

/** The axis: the boundary and hour labels with their ticks, and the axis line. */
export function renderAxis(axis: TimeAxis, frame: TimelineFrame, lanesBottom: number): string {
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
export function renderGuides(data: TimelineData, axis: TimeAxis, frame: TimelineFrame, lanesBottom: number): string {
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

/**
 * How the wall clock jumps at an offset change: `clocks 02:00 → 01:00 (UTC-05:00) on Sun 1 Nov`;
 * with both dates when it jumps to another date (`clocks Fri 30 Dec 00:00 → Sat 31 Dec 00:00
 * (UTC+14:00)`: Samoa skipped 30 December 2011).
 */
function clockChangeText(data: TimelineData, at: number, before: number, after: number): string {
  const from = wallTimeLabel({ name: data.timezone, offsetAt: () => before }, at);
  const to = wallTimeLabel(data.zone, at);
  // the dates the wall clock shows just before and at the change
  const dateBefore = Math.floor((at + before) / MS_PER_DAY);
  const dateAfter = Math.floor((at + after) / MS_PER_DAY);
  if (dateBefore !== dateAfter) return `clocks ${dayLabel(dateBefore)} ${from} → ${dayLabel(dateAfter)} ${to} (${offsetLabel(after)})`;
  return `clocks ${from} → ${to} (${offsetLabel(after)}) on ${dayLabel(localDayOf(data.zone, at))}`;
}

/**
 * The labels under the lanes: now first, then each offset change, each in the first of the
 * {@link GUIDE_ROWS} rows where it overlaps no other label (else left out: its line's tooltip
 * still says it).
 */
export function renderGuideLabels(data: TimelineData, axis: TimeAxis, frame: TimelineFrame, y: number): { svg: string; rows: number } {
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
