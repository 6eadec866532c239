/**
 * Text made safe for an SVG document, in element content and in attribute values alike.
 *
 * @module
 */

/**
 * Characters XML 1.0 does not allow anywhere (C0 controls but tab, LF, CR; U+FFFE; U+FFFF), and
 * DEL and the C1 controls, which it discourages and an HTML parser reports as errors.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
/** A surrogate half without its partner: not a character, so not allowed in XML either. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes `text` for XML: `&`, `<`, `>`, `"` and `'` become references, and characters XML 1.0
 * forbids or discourages (control characters, C1 included; lone surrogates; U+FFFE, U+FFFF) become U+FFFD, so any string gives
 * well-formed markup, inside an element or a quoted attribute, in an `.svg` file or inline in HTML.
 *
 * @example
 * escapeXml(`<script>alert("&")</script>`); //=> "&lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt;"
 * escapeXml("a\u0000b"); //=> "a\uFFFDb"
 */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, "\uFFFD")
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * `text` cut to at most `max` characters (code points, so a surrogate pair is never split), with
 * `…` as the last one when it was cut.
 *
 * @example
 * clipText("firstResponse", 6); //=> "first…"
 */
export function clipText(text: string, max: number): string {
  const chars = Array.from(text.length > 4 * max ? text.slice(0, 4 * max) : text);
  return chars.length <= max ? chars.join("") : `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}
