import { practiceCandidates, type DeckQuestions } from '@/content/practiceCandidates';
import { db } from '@/db/db';
import { loadDailyQueue, readSetting, SETTING, DEFAULT_NEW_PER_DAY, type StoredCard } from '@/db/practice';
import { schedulerOptions } from '@/db/schedule';
import { orderNewCards, parseFocus, type CardState, type SchedulerOptions } from '@/engine/srs';
import { useLiveQuery } from '@/db/useLiveQuery';

export const offsetMinutes = () => -new Date().getTimezoneOffset();

async function decks(): Promise<DeckQuestions[]> {
  const rows = await db.settings.where('key').startsWith(SETTING.deckPrefix).toArray();
  return rows.map((r) => r.value as unknown as DeckQuestions);
}

/** Everything the workload preview simulates: the learner's cards and what is left to introduce. */
export interface WorkloadData {
  cards: CardState[];
  newPerDay: number;
  newAvailable: number;
  options: SchedulerOptions;
}

export function useWorkloadData(): WorkloadData | undefined {
  return useLiveQuery(async () => {
    const [cards, newPerDay, focus, progress, options, deckList] = await Promise.all([
      db.cards.toArray() as Promise<StoredCard[]>,
      readSetting(SETTING.newPerDay, DEFAULT_NEW_PER_DAY),
      readSetting<unknown>(SETTING.focus, null),
      db.lessonProgress.toArray(),
      schedulerOptions(db, offsetMinutes()),
      decks(),
    ]);
    const known = new Set(cards.map((c) => c.questionId));
    const fresh = orderNewCards(
      practiceCandidates(deckList).filter((c) => !known.has(c.id)),
      progress,
      parseFocus(focus),
    );
    return { cards, newPerDay: typeof newPerDay === 'number' ? newPerDay : DEFAULT_NEW_PER_DAY, newAvailable: fresh.length, options };
  }, []);
}

/** How many new questions today's plan now holds (the same plan as home and practice). */
export async function freshToday(): Promise<number> {
  const plan = await loadDailyQueue({ now: Date.now(), offsetMinutes: offsetMinutes(), candidates: practiceCandidates(await decks()) }, db);
  return plan.fresh.length;
}
