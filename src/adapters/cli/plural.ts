/**
 * Counted nouns as the CLI prints them.
 *
 * @module
 */

/**
 * `n` and the noun, singular for exactly one: `"1 warning"`, `"0 warnings"`, `"2 issues"`.
 *
 * @example
 * plural(1, "issue");   //=> "1 issue"
 * plural(0, "warning"); //=> "0 warnings"
 */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
