import { describe, expect, it } from 'vitest';
import { accuracyBy, dueForecast, reviewHeatmap, trueRetention, type ReviewFact } from '@/engine/srs';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 10, 12);
const r = (questionId: string, daysAgo: number, rating: number, state: number): ReviewFact => ({ questionId, reviewedAt: NOW - daysAgo * DAY, rating, state, correct: rating > 1 });

describe('progress statistics', () => {
  const logs = [r('a', 0, 3, 0), r('a', 0, 1, 1), r('b', 1, 3, 2), r('c', 1, 1, 2), r('d', 3, 2, 2), r('e', 3, 3, 2)];

  it('counts reviews per day, oldest first', () => {
    expect(reviewHeatmap(logs, NOW, 4, 0)).toEqual([
      { day: '2026-03-07', count: 2 },
      { day: '2026-03-08', count: 0 },
      { day: '2026-03-09', count: 2 },
      { day: '2026-03-10', count: 2 },
    ]);
  });

  it('measures true retention on review-state answers only', () => {
    // Review-state logs: b right, c wrong, d hard (passed), e right → 3 of 4.
    expect(trueRetention(logs)).toEqual({ passed: 3, total: 4, rate: 0.75 });
    expect(trueRetention([]).rate).toBeNull();
  });

  it('groups accuracy by any key of the question', () => {
    const by = accuracyBy(logs, (id) => (id === 'a' ? ['ecs'] : ['iam']));
    expect(by.get('ecs')).toEqual({ right: 1, total: 2 });
    expect(by.get('iam')).toEqual({ right: 3, total: 4 });
  });

  it('forecasts due reviews per day, overdue counted today, new cards ignored', () => {
    const cards = [
      { due: NOW - 5 * DAY, state: 2 },
      { due: NOW, state: 2 },
      { due: NOW + DAY, state: 2 },
      { due: NOW + 2 * DAY, state: 0 },
    ];
    expect(dueForecast(cards, NOW, 3, 0).map((d) => d.count)).toEqual([2, 1, 0]);
  });
});
