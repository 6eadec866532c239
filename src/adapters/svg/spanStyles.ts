/**
 * How each kind of span and each marker looks: colours from the Okabe–Ito palette (distinguishable
 * with the common colour-vision deficiencies), each kind also told apart by a pattern and a
 * greyscale lightness of its own, so a timeline survives colour blindness and black-and-white print.
 *
 * @module
 */
import type { TimelineSpanKind } from "../../sla/ticketExplanation.js";

/** The Okabe–Ito colours used (Okabe & Ito, "Color Universal Design", 2002). */
export const OKABE_ITO = {
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
  black: "#000000",
} as const;

/** Neutral greys for closed time, grid lines and secondary text. */
export const GREY = { closed: "#E4E4E4", grid: "#BDBDBD", text: "#444444", track: "#F6F6F6" } as const;

/** The kinds in legend order. */
export const SPAN_KINDS: ReadonlyArray<TimelineSpanKind> = ["counted", "paused", "closed", "holiday", "maintenance"];

/** What a kind is called in labels and the legend. */
export const SPAN_KIND_LABELS: Readonly<Record<TimelineSpanKind, string>> = {
  counted: "counted (clock running)",
  paused: "paused",
  closed: "closed (outside hours)",
  holiday: "holiday",
  maintenance: "maintenance",
};

/**
 * The `fill` of a span of `kind`: solid dark blue for counted time, solid light grey for closed
 * time, and patterns for the rest (orange diagonal hatching on white for paused time, white
 * cross-hatching on bluish green for holidays, white dots on reddish purple for maintenance).
 */
export function spanFill(kind: TimelineSpanKind, idPrefix: string): string {
  switch (kind) {
    case "counted":
      return OKABE_ITO.blue;
    case "closed":
      return GREY.closed;
    default:
      return `url(#${idPrefix}${kind})`;
  }
}

/** The `<pattern>` elements {@link spanFill} refers to, for the document's `<defs>`. */
export function spanPatterns(idPrefix: string): string {
  return [
    `<pattern id="${idPrefix}paused" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect width="8" height="8" fill="#FFFFFF"/><rect width="4" height="8" fill="${OKABE_ITO.orange}"/></pattern>`,
    `<pattern id="${idPrefix}holiday" width="6" height="6" patternUnits="userSpaceOnUse">` +
      `<rect width="6" height="6" fill="${OKABE_ITO.bluishGreen}"/>` +
      `<path d="M0 3H6M3 0V6" stroke="#FFFFFF" stroke-width="1"/></pattern>`,
    `<pattern id="${idPrefix}maintenance" width="6" height="6" patternUnits="userSpaceOnUse">` +
      `<rect width="6" height="6" fill="${OKABE_ITO.reddishPurple}"/><circle cx="3" cy="3" r="1.3" fill="#FFFFFF"/></pattern>`,
  ].join("");
}

/** Markers drawn across a lane: the deadline, the breach instant and the completion. */
export const MARKER_STYLES = {
  deadline: { stroke: OKABE_ITO.black, width: 2, dash: "5 3", label: "deadline" },
  breach: { stroke: OKABE_ITO.vermillion, width: 3, dash: undefined, label: "breached" },
  completed: { stroke: OKABE_ITO.black, width: 2, dash: "1.5 2", label: "completed" },
} as const;

/** A marker of the kinds in {@link MARKER_STYLES}. */
export type MarkerKind = keyof typeof MARKER_STYLES;
