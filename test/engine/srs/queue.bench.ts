import { bench, describe } from 'vitest';
import { buildDailyQueue, type QueueCard } from '@/engine/srs';

const NOW = Date.UTC(2026, 4, 10, 12);
const DAY = 86_400_000;
const cards: QueueCard[] = Array.from({ length: 10_000 }, (_, i) => ({
  questionId: `q${i}`,
  due: i % 5 === 0 ? NOW - i * 60_000 : NOW + (i % 97) * DAY,
  stability: 1 + (i % 40),
  difficulty: 5,
  elapsedDays: 3,
  scheduledDays: 4,
  learningSteps: 0,
  reps: 3,
  lapses: i % 3,
  state: 2,
  lastReview: NOW - 4 * DAY,
}));
const due = cards.filter((c) => c.due <= NOW);
const fresh = Array.from({ length: 400 }, (_, i) => `new-${i}`);

describe('daily queue', () => {
  bench('rank 2 000 due cards of 10 000 and pick new ones', () => {
    buildDailyQueue({ now: NOW, dueCards: due, newQuestionIds: fresh, newPerDay: 20, introducedToday: 0 });
  });
});
