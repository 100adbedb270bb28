import { dayKey, startOfDay } from './queue.ts';
import { retrievability, type CardState } from './scheduler.ts';

/** What the statistics need from one stored review. */
export interface ReviewFact {
  questionId: string;
  reviewedAt: number;
  /** 1 Again … 4 Easy. */
  rating: number;
  /** The card's state before the review: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  correct: boolean;
}

const DAY = 86_400_000;

/** Reviews per local day over the `days` days ending today, oldest first. */
export function reviewHeatmap(reviews: readonly ReviewFact[], now: number, days: number, offsetMinutes: number): { day: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of reviews) counts.set(dayKey(r.reviewedAt, offsetMinutes), (counts.get(dayKey(r.reviewedAt, offsetMinutes)) ?? 0) + 1);
  const today = startOfDay(now, offsetMinutes);
  const out: { day: string; count: number }[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = dayKey(today - i * DAY + 12 * 3_600_000, offsetMinutes);
    out.push({ day, count: counts.get(day) ?? 0 });
  }
  return out;
}

/**
 * True retention: of the reviews of cards that had graduated to the review state (a real test of memory
 * after an interval, not a learning step), the share answered right. Null when there are none.
 */
export function trueRetention(reviews: readonly ReviewFact[]): { passed: number; total: number; rate: number | null } {
  const mature = reviews.filter((r) => r.state === 2);
  const passed = mature.filter((r) => r.rating > 1).length;
  return { passed, total: mature.length, rate: mature.length ? passed / mature.length : null };
}

/** Share of answers right, grouped by a key of the question (its track, each of its domains…). */
export function accuracyBy(reviews: readonly ReviewFact[], keysOf: (questionId: string) => readonly string[]): Map<string, { right: number; total: number }> {
  const out = new Map<string, { right: number; total: number }>();
  for (const r of reviews) {
    for (const key of keysOf(r.questionId)) {
      const s = out.get(key) ?? { right: 0, total: 0 };
      s.total++;
      if (r.correct) s.right++;
      out.set(key, s);
    }
  }
  return out;
}

/** Reviews falling due on each of the next `days` local days; overdue cards count on today. */
export function dueForecast(cards: readonly Pick<CardState, 'due' | 'state'>[], now: number, days: number, offsetMinutes: number): { day: string; count: number }[] {
  const today = startOfDay(now, offsetMinutes);
  const counts = new Array<number>(days).fill(0);
  for (const c of cards) {
    if (c.state === 0) continue;
    const index = Math.max(0, Math.floor((c.due - today) / DAY));
    if (index < days) counts[index]!++;
  }
  return counts.map((count, i) => ({ day: dayKey(today + i * DAY + 12 * 3_600_000, offsetMinutes), count }));
}

/**
 * Readiness for an exam on `examDay`: for each exam domain, the expected share of that domain's questions
 * the learner would recall on the day (FSRS retrievability then; 0 for questions never studied), weighted
 * by the domain's exam weight. 0 to 1.
 */
export function readiness(
  domains: readonly { id: string; weight: number; questionIds: readonly string[] }[],
  cardOf: (questionId: string) => CardState | undefined,
  examDay: number,
): { overall: number; byDomain: { id: string; recall: number }[] } {
  const byDomain = domains.map((d) => {
    if (!d.questionIds.length) return { id: d.id, recall: 0 };
    const sum = d.questionIds.reduce((acc, id) => {
      const card = cardOf(id);
      return acc + (card ? retrievability(card, examDay) : 0);
    }, 0);
    return { id: d.id, recall: sum / d.questionIds.length };
  });
  const totalWeight = domains.reduce((s, d) => s + d.weight, 0);
  const overall = totalWeight ? domains.reduce((s, d, i) => s + d.weight * byDomain[i]!.recall, 0) / totalWeight : 0;
  return { overall, byDomain };
}
