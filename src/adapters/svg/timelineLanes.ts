/**
 * The lanes of a timeline, one per metric: its name and status, its spans, and the markers of its
 * deadline, breach and completion.
 *
 * @module
 */
import type { ZoneRules } from "../../time/zoneRules.js";
import { formatDuration } from "../cli/formatDuration.js";
import { clipText, escapeXml } from "./escapeXml.js";
import type { LaneData, LaneSpan } from "./readExplanation.js";
import { GREY, MARKER_STYLES, SPAN_KIND_LABELS, spanFill } from "./spanStyles.js";
import type { MarkerKind } from "./spanStyles.js";
import { num } from "./svgNumber.js";
import { textWidth } from "./timelineFrame.js";
import type { TimelineFrame } from "./timelineFrame.js";
import { fullInstantLabel, shortInstantLabel } from "./zoneLabels.js";

/** Height of one lane, px. */
export const LANE_HEIGHT = 64;
const BAR_TOP = 18;
const BAR_HEIGHT = 26;
const LABEL_PX = 14;
const SMALL_PX = 11;
const SPAN_LABEL_PX = 10;

/** The one-line summary of a lane's status: `breached · 2h 30m of 2h`, with ` · <group>` for an ownership stint. */
export function laneSummary(lane: LaneData): string {
  const used = lane.elapsed === null || lane.target === null ? "" : ` · ${formatDuration(lane.elapsed)} of ${formatDuration(lane.target)}`;
  return `${lane.status}${used}${lane.group === undefined ? "" : ` · ${lane.group}`}`;
}

/** The summary with the real time waited when known: `breached · 2h 30m of 2h; 61h of calendar time`. */
export function laneDescription(lane: LaneData): string {
  return `${lane.metric}: ${laneSummary(lane)}${lane.calendarElapsed === null ? "" : `; ${formatDuration(lane.calendarElapsed)} of calendar time`}`;
}

/**
 * The `<g class="lane">` of `lane` with its top edge at `top`.
 *
 * Rule: each span is a rectangle from its start to its end, filled by kind (colour and pattern),
 * with a `<title>` giving its kind, name, local start and end and length; a span wide enough for
 * it also carries a text label (its name, or its kind; counted spans their length). The deadline
 * (dashed black), breach (solid vermillion) and completion (dotted black) are vertical lines across
 * the bar, each labelled with its local weekday and time above or below the bar, wherever the label
 * does not overlap another; a deadline at the instant of the breach shares its label
 * (`deadline · breached Mon 12:00`), so a lane's labels always find a row.
 */
export function renderLane(lane: LaneData, top: number, frame: TimelineFrame, zone: ZoneRules): string {
  const barY = top + BAR_TOP;
  const summary = laneSummary(lane);
  const maxChars = Math.max(4, Math.floor(frame.labelWidth / (LABEL_PX * 0.6)));
  const out: string[] = [
    `<g class="lane">`,
    `<title>${escapeXml(laneDescription(lane))}</title>`,
    `<text x="${num(frame.labelLeft)}" y="${num(barY + 10)}" font-size="${LABEL_PX}" font-weight="bold" fill="#000000">${escapeXml(clipText(lane.metric, maxChars))}</text>`,
    `<text x="${num(frame.labelLeft)}" y="${num(barY + 25)}" font-size="${SMALL_PX}" fill="${GREY.text}">${escapeXml(clipText(summary, Math.floor(frame.labelWidth / (SMALL_PX * 0.6))))}</text>`,
    `<rect x="${num(frame.plotLeft)}" y="${num(barY)}" width="${num(frame.plotRight - frame.plotLeft)}" height="${BAR_HEIGHT}" fill="${GREY.track}" stroke="${GREY.grid}" stroke-width="0.5"/>`,
  ];
  for (const span of lane.spans) out.push(renderSpan(span, barY, frame, zone));
  out.push(renderMarkers(lane, barY, frame, zone));
  out.push(`</g>`);
  return out.join("\n");
}

function spanLabel(span: LaneSpan): string {
  switch (span.kind) {
    case "counted":
      return formatDuration(span.end - span.start);
    case "holiday":
      return span.name ?? "holiday";
    default:
      return span.name === undefined ? span.kind : `${span.kind}: ${span.name}`;
  }
}

function renderSpan(span: LaneSpan, barY: number, frame: TimelineFrame, zone: ZoneRules): string {
  const x0 = frame.x(span.start);
  const w = frame.x(span.end) - x0;
  if (!(w > 0)) return "";
  const what = span.name === undefined ? SPAN_KIND_LABELS[span.kind] : `${SPAN_KIND_LABELS[span.kind]}: ${span.name}`;
  const title = `${what}, ${fullInstantLabel(zone, span.start)} – ${fullInstantLabel(zone, span.end)} (${formatDuration(span.end - span.start)})`;
  const parts = [
    `<rect class="span ${span.kind}" x="${num(x0)}" y="${num(barY)}" width="${num(Math.max(w, 0.5))}" height="${BAR_HEIGHT}" fill="${spanFill(span.kind, frame.idPrefix)}" stroke="#FFFFFF" stroke-width="0.5"><title>${escapeXml(title)}</title></rect>`,
  ];
  const room = Math.floor((w - 6) / (SPAN_LABEL_PX * 0.6));
  const label = spanLabel(span);
  if (room >= Math.min(6, Array.from(label).length)) {
    parts.push(
      `<text x="${num(x0 + w / 2)}" y="${num(barY + BAR_HEIGHT / 2 + 3.5)}" font-size="${SPAN_LABEL_PX}" text-anchor="middle" fill="#000000" stroke="#FFFFFF" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXml(clipText(label, room))}</text>`,
    );
  }
  return parts.join("");
}

interface PlacedLabel {
  readonly left: number;
  readonly right: number;
}

function renderMarkers(lane: LaneData, barY: number, frame: TimelineFrame, zone: ZoneRules): string {
  // A breached metric's deadline is the instant it breached: one label says both ("deadline ·
  // breached Mon 12:00"), so that its completion, close by, still finds a row for its own.
  const together = lane.deadline !== null && lane.deadline === lane.breachedAt;
  const markers: Array<{ kind: MarkerKind; at: number; prefer: 0 | 1; label: string | null }> = [];
  if (lane.deadline !== null) markers.push({ kind: "deadline", at: lane.deadline, prefer: 0, label: together ? null : MARKER_STYLES.deadline.label });
  if (lane.breachedAt !== null) markers.push({ kind: "breach", at: lane.breachedAt, prefer: 1, label: together ? `${MARKER_STYLES.deadline.label} · ${MARKER_STYLES.breach.label}` : MARKER_STYLES.breach.label });
  if (lane.completedAt !== null) markers.push({ kind: "completed", at: lane.completedAt, prefer: 0, label: MARKER_STYLES.completed.label });
  const rows: [PlacedLabel[], PlacedLabel[]] = [[], []];
  const out: string[] = [];
  for (const m of markers) {
    const style = MARKER_STYLES[m.kind];
    const x = frame.x(m.at);
    const dash = style.dash === undefined ? "" : ` stroke-dasharray="${style.dash}"`;
    // A white halo under each line keeps it visible over any fill, in greyscale too.
    out.push(`<line x1="${num(x)}" y1="${num(barY - 4)}" x2="${num(x)}" y2="${num(barY + BAR_HEIGHT + 4)}" stroke="#FFFFFF" stroke-width="${style.width + 3}"/>`);
    out.push(
      `<line class="marker ${m.kind}" x1="${num(x)}" y1="${num(barY - 4)}" x2="${num(x)}" y2="${num(barY + BAR_HEIGHT + 4)}" stroke="${style.stroke}" stroke-width="${style.width}"${dash}><title>${escapeXml(`${style.label}: ${fullInstantLabel(zone, m.at)}`)}</title></line>`,
    );
    if (m.label === null) continue; // labelled with the breach
    const text = `${m.label} ${shortInstantLabel(zone, m.at)}`;
    const w = textWidth(text, SMALL_PX);
    const anchor = x + w / 2 > frame.plotRight ? "end" : x - w / 2 < frame.plotLeft ? "start" : "middle";
    const left = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
    const placed = { left: left - 4, right: left + w + 4 };
    const free = (row: PlacedLabel[]) => row.every((p) => placed.right <= p.left || placed.left >= p.right);
    const row = free(rows[m.prefer]) ? m.prefer : free(rows[1 - m.prefer]!) ? 1 - m.prefer : undefined;
    if (row === undefined) continue; // the line and its tooltip remain
    rows[row]!.push(placed);
    const y = row === 0 ? barY - 6 : barY + BAR_HEIGHT + 14;
    const colour = m.kind === "breach" ? "#A33F00" : "#000000";
    out.push(
      `<text x="${num(x)}" y="${num(y)}" font-size="${SMALL_PX}" text-anchor="${anchor}" fill="${colour}">${escapeXml(text)}</text>`,
    );
  }
  return out.join("\n");
}
