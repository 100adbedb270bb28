import { practiceCandidates } from '@/content/practiceCandidates';
import { db } from '@/db/db';
import { emptyDailyQueue, loadDailyQueue, missedQuestionIds, type StoredCard } from '@/db/practice';
import { databasePresent } from '@/db/presence';
import { dueWithinSession, LEARN_AHEAD_MS } from '@/engine/srs';
import { isKnownCard, type CustomDeck } from './bank';

/** A queue request for today: the learner's clock and everything askable, in curriculum order. */
const todayRequest = (decks: readonly CustomDeck[], now: number) => ({ now, offsetMinutes: -new Date(now).getTimezoneOffset(), candidates: practiceCandidates(decks) });

/**
 * Today's due reviews and new questions, only of questions this browser can show (a card whose
 * question left the bank, or whose deck was removed, is neither counted nor asked). New questions follow
 * the curriculum (lessons completed first) within the learner's focus; cards still in their learning or
 * relearning steps count when due within the next 20 minutes. The same plan as the home screen's
 * (`planToday`). Building the queue is measured as "practice:queue" in the performance timeline. On a
 * first visit (no database yet) it is planned without opening the database (`emptyToday`).
 */
export async function loadToday(decks: readonly CustomDeck[], now = Date.now()): Promise<{ due: string[]; fresh: string[] }> {
  const start = performance.now();
  const q = (await databasePresent()) ? await loadDailyQueue(todayRequest(decks, now), db) : emptyToday(decks, now);
  performance.measure('practice:queue', { start, end: performance.now() });
  return q;
}

/**
 * Today's queue in the order it is asked: due reviews first, then new questions. Called again at the end
 * of a session, it brings back the cards answered wrong (still in their steps) until they are right.
 */
export async function dailyQueue(decks: readonly CustomDeck[], now = Date.now()): Promise<string[]> {
  const today = await loadToday(decks, now);
  return [...today.due, ...today.fresh];
}

/**
 * Of the cards answered in a session, those to ask again before it ends: still in their learning or
 * relearning steps and due within `learnAheadMs`, soonest first. For sessions without a daily queue
 * (topic, missed) to bring a missed card back until it is right.
 */
export async function sessionRepeats(answered: readonly string[], now = Date.now(), learnAheadMs = LEARN_AHEAD_MS): Promise<string[]> {
  const ids = [...new Set(answered)];
  const rows = (await db.cards.bulkGet(ids)) as (StoredCard | undefined)[];
  return rows
    .flatMap((c) => {
      const at = c ? dueWithinSession(c, now, now + learnAheadMs) : undefined;
      return c && at !== undefined ? [{ id: c.questionId, at }] : [];
    })
    .sort((a, b) => a.at - b.at)
    .map((x) => x.id);
}

/** Today's plan while nothing is stored (a first visit): `loadToday` on an empty database. */
export function emptyToday(decks: readonly CustomDeck[], now = Date.now()): { due: string[]; fresh: string[] } {
  return emptyDailyQueue(todayRequest(decks, now));
}

/** Questions whose latest answer was wrong, among those this browser can show. */
export async function missedQueue(decks: readonly CustomDeck[]): Promise<string[]> {
  if (!(await databasePresent())) return [];
  return (await missedQuestionIds()).filter((id) => isKnownCard(id, decks));
}
