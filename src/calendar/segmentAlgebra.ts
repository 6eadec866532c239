/**
 * Set algebra on half-open segments `[start, end)` stored flat: `[s0, e0, s1, e1, …]`.
 * Every function returns a new, sorted list of disjoint, non-touching, non-empty segments.
 *
 * @module
 */

/**
 * Sorts and merges segments; overlapping and touching ones become one, empty ones vanish.
 *
 * @example
 * mergeSegments([5, 7, 1, 3, 3, 4]); //=> [1, 4, 5, 7]
 */
export function mergeSegments(flat: ReadonlyArray<number>): number[] {
  const n = flat.length / 2;
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (flat[2 * i + 1]! > flat[2 * i]!) order.push(i);
  order.sort((a, b) => flat[2 * a]! - flat[2 * b]!);
  const out: number[] = [];
  for (const i of order) {
    const s = flat[2 * i]!;
    const e = flat[2 * i + 1]!;
    const last = out.length - 1;
    if (last > 0 && s <= out[last]!) {
      if (e > out[last]!) out[last] = e;
    } else {
      out.push(s, e);
    }
  }
  return out;
}

/**
 * `base` minus `cut`; both must be merged (sorted, disjoint).
 *
 * @example
 * subtractSegments([0, 10], [2, 3, 8, 12]); //=> [0, 2, 3, 8]
 */
export function subtractSegments(base: ReadonlyArray<number>, cut: ReadonlyArray<number>): number[] {
  if (cut.length === 0) return base.slice();
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < base.length; i += 2) {
    let s = base[i]!;
    const e = base[i + 1]!;
    while (j < cut.length && cut[j + 1]! <= s) j += 2;
    let k = j;
    while (k < cut.length && cut[k]! < e) {
      if (cut[k]! > s) out.push(s, cut[k]!);
      s = Math.max(s, cut[k + 1]!);
      if (s >= e) break;
      k += 2;
    }
    if (s < e) out.push(s, e);
  }
  return out;
}

/**
 * Clips merged segments to `[lo, hi)`.
 *
 * @example
 * clipSegments([0, 5, 8, 12], 3, 10); //=> [3, 5, 8, 10]
 */
export function clipSegments(flat: ReadonlyArray<number>, lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < flat.length; i += 2) {
    const s = Math.max(flat[i]!, lo);
    const e = Math.min(flat[i + 1]!, hi);
    if (s < e) out.push(s, e);
  }
  return out;
}
