/**
 * A small seeded PRNG for the deep differential run (sfc32). Faster than fast-check for millions of
 * draws, and a run is reproduced exactly from its seed (`DEEP_SEED`).
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 16; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max] (both inclusive; exact for spans up to 2^53). */
  int(min: number, max: number): number {
    const span = max - min + 1;
    if (span <= 4294967296) return min + Math.floor(this.next() * span);
    return min + Math.floor((this.next() + this.next() * 4294967296) / 4294967296 / 4294967296 * span);
  }

  bool(p = 0.5): boolean {
    return this.next() < p;
  }

  pick<T>(items: ReadonlyArray<T>): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks one of the branches with probability proportional to its weight and runs it. */
  weighted<T>(branches: ReadonlyArray<readonly [number, () => T]>): T {
    const total = branches.reduce((s, [w]) => s + w, 0);
    let x = this.next() * total;
    for (const [w, f] of branches) {
      if (x < w) return f();
      x -= w;
    }
    return branches[branches.length - 1]![1]();
  }

  /** A random subset (order kept), of at least `min` items. */
  subset<T>(items: ReadonlyArray<T>, min = 0): T[] {
    for (;;) {
      const out = items.filter(() => this.bool());
      if (out.length >= min) return out;
    }
  }
}
