import { db } from '@/db/db';
import { DEFAULT_NEW_PER_DAY, loadDailyQueue, missedQuestionIds, readSetting, SETTING } from '@/db/practice';
import { allCardIds, isKnownCard, type CustomDeck } from './bank';

/**
 * Today's due reviews and new questions, only of questions this browser can show (a card whose
 * question left the bank, or whose deck was removed, is neither counted nor asked). Building the
 * queue is measured as "practice:queue" in the performance timeline.
 */
export async function loadToday(decks: readonly CustomDeck[]): Promise<{ due: string[]; fresh: string[] }> {
  const newPerDay = await readSetting(SETTING.newPerDay, DEFAULT_NEW_PER_DAY);
  const start = performance.now();
  const q = await loadDailyQueue({ now: Date.now(), offsetMinutes: -new Date().getTimezoneOffset(), newPerDay, candidateIds: allCardIds(decks) }, db);
  performance.measure('practice:queue', { start, end: performance.now() });
  const known = (id: string) => isKnownCard(id, decks);
  return { due: q.due.filter(known), fresh: q.fresh.filter(known) };
}

/** Today's queue in the order it is asked: due reviews first, then new questions. */
export async function dailyQueue(decks: readonly CustomDeck[]): Promise<string[]> {
  const today = await loadToday(decks);
  return [...today.due, ...today.fresh];
}

/** Questions whose latest answer was wrong, among those this browser can show. */
export async function missedQueue(decks: readonly CustomDeck[]): Promise<string[]> {
  return (await missedQuestionIds()).filter((id) => isKnownCard(id, decks));
}
