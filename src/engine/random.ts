/**
 * A small seeded pseudo-random number generator (mulberry32). Every random choice the simulator
 * makes — the random placement strategy, breaking a tie between equally good instances — draws
 * from one of these, so the same seed always replays the same trace.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). n must be a positive integer. */
  int(n: number): number;
  /** Picks one element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
}

export function createRng(seed: number): Rng {
  let state = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  function int(n: number): number {
    return Math.floor(next() * n);
  }
  function pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() needs at least one item');
    return items[int(items.length)] as T;
  }
  return { next, int, pick };
}
