import { describe, expect, it } from 'vitest';
import { newCard, previewIntervals, recallProbability, review, rollback, retrievability } from '@/engine/srs';

const T0 = Date.UTC(2026, 0, 1, 9, 0, 0);
const MIN = 60_000;

describe('FSRS adapter', () => {
  it('maps wrong → Again, right → Good, guessed → Hard with the default learning steps (1 min, 10 min)', () => {
    // ts-fsrs documents the first learning step as: again = 1 min, hard = 6 min, good = 10 min.
    const card = newCard(T0);
    expect(review(card, 'wrong', T0).card.due - T0).toBe(1 * MIN);
    expect(review(card, 'guessed', T0).card.due - T0).toBe(6 * MIN);
    expect(review(card, 'right', T0).card.due - T0).toBe(10 * MIN);
    expect(review(card, 'wrong', T0).log.rating).toBe(1);
    expect(review(card, 'guessed', T0).log.rating).toBe(2);
    expect(review(card, 'right', T0).log.rating).toBe(3);
  });

  it('previews the interval of each outcome without changing the card', () => {
    const card = newCard(T0);
    expect(previewIntervals(card, T0)).toEqual({ wrong: 1 * MIN, guessed: 6 * MIN, right: 10 * MIN });
    expect(card.reps).toBe(0);
  });

  it('graduates to days after the learning steps, and a lapse counts', () => {
    const first = review(newCard(T0), 'right', T0).card;
    const second = review(first, 'right', T0 + 10 * MIN).card;
    expect(second.state).toBe(2);
    expect(second.due - (T0 + 10 * MIN)).toBeGreaterThanOrEqual(86_400_000);
    const lapse = review(second, 'wrong', second.due).card;
    expect(lapse.lapses).toBe(1);
    expect(lapse.state).toBe(3);
  });

  it('records the full log: the state before the answer and the time', () => {
    const { log } = review(newCard(T0), 'right', T0 + 5000);
    expect(log).toMatchObject({ rating: 3, state: 0, reviewedAt: T0 + 5000 });
  });

  it('rolls a review back to the card as it was', () => {
    const a = review(review(newCard(T0), 'right', T0).card, 'right', T0 + 10 * MIN).card;
    const { card, log } = review(a, 'wrong', a.due + 3 * 86_400_000);
    expect(rollback(card, log)).toEqual(a);
  });

  it('gives 0 recall for a new card and about 90 % on the due date of a review card (requested retention)', () => {
    expect(retrievability(newCard(T0), T0)).toBe(0);
    const c = review(review(newCard(T0), 'right', T0).card, 'right', T0 + 10 * MIN).card;
    // The interval is set so that recall falls to the requested retention (0.9) when the card is due;
    // intervals are whole days, so the value is near, not exactly at, 0.9.
    expect(recallProbability(c, c.due)).toBeGreaterThan(0.85);
    expect(recallProbability(c, c.due)).toBeLessThan(0.95);
    expect(recallProbability(c, c.due + 30 * 86_400_000)).toBeLessThan(recallProbability(c, c.due));
  });
});
