/**
 * Number of fast-check runs for a property: `base` times the `FC_SCALE` environment variable
 * (default 1). `FC_SCALE=20 npx vitest run test/business` hunts longer; `FC_SEED` fixes the seed.
 */
export function runs(base: number): number {
  const scale = Number(process.env.FC_SCALE ?? "1");
  return Math.max(1, Math.round(base * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** fast-check parameters: `numRuns` from {@link runs}, plus `seed` when FC_SEED is set. */
export function params(base: number): { numRuns: number; seed?: number } {
  const seed = process.env.FC_SEED;
  return seed === undefined ? { numRuns: runs(base) } : { numRuns: runs(base), seed: Number(seed) };
}
