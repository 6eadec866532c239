/**
 * The geometry of a timeline drawing: where the plot lies and how instants map to x.
 *
 * @module
 */

/** Margin around the drawing, px. */
export const MARGIN = 16;
/** Top of the axis (its labels) and of the lanes, px. */
export const AXIS_TOP = 58;
export const LANES_TOP = 96;

/** Where things go, in px, shared by the axis, the lanes and the legend. */
export interface TimelineFrame {
  /** Left and right edges of the plot (the time span), px. */
  readonly plotLeft: number;
  readonly plotRight: number;
  /** Left edge of the lane labels. */
  readonly labelLeft: number;
  /** Width available to a lane label, px. */
  readonly labelWidth: number;
  /** First and last instant drawn (epoch ms). */
  readonly lo: number;
  readonly hi: number;
  /** Prefix of every `id` in the document. */
  readonly idPrefix: string;
  /** x of instant `t` (epoch ms). */
  x(t: number): number;
}

/**
 * A frame mapping `[lo, hi]` linearly onto `[plotLeft, plotRight]`.
 *
 * @example
 * timelineFrame({ plotLeft: 100, plotRight: 300, labelLeft: 10, labelWidth: 80, lo: 0, hi: 10, idPrefix: "t-" }).x(5); //=> 200
 */
export function timelineFrame(f: Omit<TimelineFrame, "x">): TimelineFrame {
  const scale = (f.plotRight - f.plotLeft) / (f.hi - f.lo);
  return { ...f, x: (t: number) => f.plotLeft + (t - f.lo) * scale };
}

/** Approximate width of `text` at `fontPx` in a sans-serif font (for fitting labels; errs wide). */
export function textWidth(text: string, fontPx: number): number {
  return Array.from(text).length * fontPx * 0.6;
}
