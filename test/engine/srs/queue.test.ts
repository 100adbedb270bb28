import { describe, expect, it } from 'vitest';
import { buildDailyQueue, dayKey, startOfDay, type QueueCard } from '@/engine/srs';

const NOW = Date.UTC(2026, 4, 10, 12, 0, 0);
const DAY = 86_400_000;

function reviewCard(id: string, stability: number, lastReviewDaysAgo: number, dueDaysAgo: number): QueueCard {
  return { questionId: id, due: NOW - dueDaysAgo * DAY, stability, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 3, lapses: 0, state: 2, lastReview: NOW - lastReviewDaysAgo * DAY };
}

describe('buildDailyQueue', () => {
  it('puts due reviews first, most likely forgotten first, and leaves out cards not yet due', () => {
    // Same time since the last review: the smaller stability has decayed further.
    const cards = [reviewCard('firm', 30, 10, 1), reviewCard('shaky', 2, 10, 1), reviewCard('later', 2, 1, -3), reviewCard('mid', 8, 10, 2)];
    const q = buildDailyQueue({ now: NOW, dueCards: cards, newQuestionIds: ['n1', 'n2'], newPerDay: 10, introducedToday: 0 });
    expect(q.due).toEqual(['shaky', 'mid', 'firm']);
    expect(q.fresh).toEqual(['n1', 'n2']);
  });

  it('caps new questions at the daily limit less those already introduced today', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `q${i}`);
    expect(buildDailyQueue({ now: NOW, dueCards: [], newQuestionIds: ids, newPerDay: 20, introducedToday: 0 }).fresh).toHaveLength(20);
    expect(buildDailyQueue({ now: NOW, dueCards: [], newQuestionIds: ids, newPerDay: 20, introducedToday: 15 }).fresh).toEqual(['q0', 'q1', 'q2', 'q3', 'q4']);
    expect(buildDailyQueue({ now: NOW, dueCards: [], newQuestionIds: ids, newPerDay: 20, introducedToday: 25 }).fresh).toEqual([]);
    expect(buildDailyQueue({ now: NOW, dueCards: [], newQuestionIds: ids, newPerDay: 0, introducedToday: 0 }).fresh).toEqual([]);
  });

  it('never caps due reviews', () => {
    const cards = Array.from({ length: 300 }, (_, i) => reviewCard(`c${i}`, 1 + (i % 7), 5, 1));
    expect(buildDailyQueue({ now: NOW, dueCards: cards, newQuestionIds: [], newPerDay: 5, introducedToday: 0 }).due).toHaveLength(300);
  });
});

describe('local days', () => {
  it('starts the day at local midnight (Seoul is UTC+9)', () => {
    const t = Date.UTC(2026, 0, 1, 23, 30); // 08:30 on 2 January in Seoul
    expect(startOfDay(t, 540)).toBe(Date.UTC(2026, 0, 1, 15, 0));
    expect(dayKey(t, 540)).toBe('2026-01-02');
    expect(dayKey(t, 0)).toBe('2026-01-01');
    expect(startOfDay(t, -300)).toBe(Date.UTC(2026, 0, 1, 5, 0));
  });
});
