/**
 * The options of `timelineSvg`, checked and with their defaults.
 *
 * @module
 */
import { InputError, describeValue, readingValue } from "../../errors.js";

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

/** Options with their defaults filled in. */
export interface TimelineSvgSettings {
  readonly width: number;
  readonly title: string | undefined;
  readonly fontFamily: string;
  readonly idPrefix: string;
  readonly legend: boolean;
}

/**
 * Checks `options` and fills in the defaults, reading each option once.
 *
 * @throws InputError naming the option (`options.width: 100 is not a width in px between 480 and 8000`).
 */
export function readTimelineSvgOptions(options: unknown): TimelineSvgSettings {
  if (options === undefined) return { width: DEFAULT_WIDTH, title: undefined, fontFamily: DEFAULT_FONT, idPrefix: "sla-clock-", legend: true };
  // (Array.isArray throws for a revoked Proxy: an InputError too, CONTRACT §12)
  if (typeof options !== "object" || options === null || readingValue("timelineSvg: options", () => Array.isArray(options))) {
    throw new InputError(`timelineSvg: options: ${describeValue(options)} is not an options object`);
  }
  const o = options as Record<string, unknown>;
  const read = (key: keyof TimelineSvgOptions): unknown => readingValue(`timelineSvg: options.${key}`, () => o[key]);
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
    throw new InputError(`timelineSvg: options.idPrefix: ${describeValue(idPrefix)} is not an id prefix; use letters, digits, "_", "-" and ".", starting with a letter or "_"`);
  }
  if (typeof legend !== "boolean") throw new InputError(`timelineSvg: options.legend: ${describeValue(legend)} is not true or false`);
  return { width, title, fontFamily, idPrefix, legend };
}
