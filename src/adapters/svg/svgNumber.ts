/**
 * Coordinates as SVG attributes: rounded to hundredths of a pixel, so output is compact and the
 * same on every run and runtime.
 *
 * @module
 */

/**
 * `n` rounded to 2 decimals, without exponent or negative zero.
 *
 * @example
 * num(12.3456); //=> "12.35"
 * num(-0.001);  //=> "0"
 */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return r === 0 ? "0" : String(r);
}
