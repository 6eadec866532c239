import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { clipSegments, mergeSegments, subtractSegments } from "../../src/calendar/segmentAlgebra.js";

/** Membership by brute force over a small integer universe. */
const member = (flat: ReadonlyArray<number>, x: number) => {
  for (let i = 0; i < flat.length; i += 2) if (x >= flat[i]! && x < flat[i + 1]!) return true;
  return false;
};
const segs = fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })), { maxLength: 8 }).map((pairs) => pairs.flat());
const wellFormed = (flat: ReadonlyArray<number>) => {
  for (let i = 0; i < flat.length; i += 2) {
    if (!(flat[i]! < flat[i + 1]!)) return false;
    if (i > 0 && !(flat[i - 1]! < flat[i]!)) return false; // disjoint and not touching
  }
  return true;
};

describe("segment algebra on half-open segments", () => {
  it("merges overlapping and touching segments and drops empty ones", () => {
    expect(mergeSegments([5, 7, 1, 3, 3, 4, 9, 9])).toEqual([1, 4, 5, 7]);
  });
  it("subtracts cuts that cover, split, or touch a segment", () => {
    expect(subtractSegments([0, 10], [2, 3, 8, 12])).toEqual([0, 2, 3, 8]);
    expect(subtractSegments([0, 10, 20, 30], [0, 10])).toEqual([20, 30]);
    expect(subtractSegments([0, 10], [10, 20])).toEqual([0, 10]);
  });
  it("clips to a range", () => {
    expect(clipSegments([0, 5, 8, 12], 3, 10)).toEqual([3, 5, 8, 10]);
  });
  it("clipping to a range that only touches a segment leaves nothing, not an empty segment", () => {
    expect(clipSegments([0, 5, 8, 12], 5, 8)).toEqual([]);
    expect(clipSegments([0, 5], 5, 5)).toEqual([]);
  });
  it("clip keeps exactly the points of the segments inside [lo, hi) (property)", () => {
    fc.assert(fc.property(segs, fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }), (a, lo, hi) => {
      const base = mergeSegments(a);
      const r = clipSegments(base, lo, hi);
      expect(wellFormed(r)).toBe(true);
      for (let x = 0; x <= 61; x++) expect(member(r, x)).toBe(member(base, x) && x >= lo && x < hi);
    }));
  });
  it("merge keeps exactly the points of the union (property)", () => {
    fc.assert(fc.property(segs, (flat) => {
      const m = mergeSegments(flat);
      expect(wellFormed(m)).toBe(true);
      for (let x = 0; x <= 61; x++) expect(member(m, x)).toBe(member(flat, x));
    }));
  });
  it("subtract keeps exactly the points of base not in cut (property)", () => {
    fc.assert(fc.property(segs, segs, (a, b) => {
      const base = mergeSegments(a);
      const cut = mergeSegments(b);
      const r = subtractSegments(base, cut);
      expect(wellFormed(r)).toBe(true);
      expect(r).not.toBe(base); // a new list, also when nothing is cut
      for (let x = 0; x <= 61; x++) expect(member(r, x)).toBe(member(base, x) && !member(cut, x));
    }));
  });
});
