/**
 * A span of calendar years.
 *
 * @module
 */

/**
 * An inclusive span of local calendar years, e.g. `{ from: 2024, to: 2035 }` (twelve years): the
 * years a list of expanded region holidays covers.
 * @category Holidays
 */
export interface YearSpan {
  /** The first year of the span (inclusive), e.g. `2024`. */
  readonly from: number;
  /** The last year of the span (inclusive), e.g. `2035`; never before `from`. */
  readonly to: number;
}
