import { describe, expect, it } from 'vitest';
import { estimateWorkload, newCard, review, type CardState } from '@/engine/srs';

const T0 = Date.UTC(2026, 2, 1, 9);
const DAY = 86_400_000;

/** 300 studied cards of varied age: each answered right a few times over the past weeks. */
function collection(): CardState[] {
  return Array.from({ length: 300 }, (_, i) => {
    let at = T0 - (60 - (i % 50)) * DAY;
    let c = review(newCard(at), 'right', at).card;
    for (let k = 0; k < 1 + (i % 4); k++) {
      at = Math.max(c.due, at + 600_000);
      if (at >= T0) break;
      c = review(c, i % 7 === 0 ? 'wrong' : 'right', at).card;
    }
    return c;
  });
}

describe('estimated daily workload', () => {
  it('grows with the desired retention', () => {
    const cards = collection();
    const at = (retention: number) => estimateWorkload({ now: T0, cards, options: { retention }, newPerDay: 0, newAvailable: 0 }).average;
    const low = at(0.8);
    const mid = at(0.9);
    const high = at(0.97);
    expect(low).toBeLessThan(mid);
    expect(mid).toBeLessThan(high);
    expect(low).toBeGreaterThan(0);
  });

  it('counts new questions and their learning steps, and stops when the bank runs out', () => {
    const some = estimateWorkload({ now: T0, cards: [], options: {}, newPerDay: 10, newAvailable: 30, days: 10 });
    // Each new question is answered at least twice on its first day (the 10-minute step).
    expect(some.perDay[0]).toBeGreaterThanOrEqual(20);
    expect(some.perDay[5]).toBeLessThan(some.perDay[0]!);
    expect(estimateWorkload({ now: T0, cards: [], options: {}, newPerDay: 0, newAvailable: 30, days: 10 }).average).toBe(0);
  });

  it('is reproducible for a seed, and a sample of a large collection estimates the whole', () => {
    const cards = collection();
    const a = estimateWorkload({ now: T0, cards, options: {}, newPerDay: 5, newAvailable: 100, seed: 7 });
    expect(estimateWorkload({ now: T0, cards, options: {}, newPerDay: 5, newAvailable: 100, seed: 7 })).toEqual(a);
    const sampled = estimateWorkload({ now: T0, cards, options: {}, newPerDay: 0, newAvailable: 0, sampleLimit: 150 }).average;
    const whole = estimateWorkload({ now: T0, cards, options: {}, newPerDay: 0, newAvailable: 0 }).average;
    expect(Math.abs(sampled - whole) / whole).toBeLessThan(0.25);
  });
});
