/**
 * Personal FSRS parameters in the database: the learner's graded answers for the optimizer, and applying
 * or resetting parameters — the setting written and every card rebuilt from its log under it, in one
 * transaction, so the schedule never mixes two sets of parameters.
 */
import type { LoggedAnswer } from '@/engine/srs';
import type { AppDatabase } from './db';
import { logsByQuestion, rebuildFromLogs } from './rebuild';
import { parametersFrom, schedulerOptions, type StoredParameters } from './schedule';
import { SETTING } from './settingKeys';

/** Every graded answer of the log. */
export async function loggedAnswers(db: AppDatabase): Promise<LoggedAnswer[]> {
  const rows = await db.reviews.toArray();
  return rows.flatMap((r) => (r.rating !== undefined ? [{ questionId: r.questionId, reviewedAt: r.reviewedAt, rating: r.rating }] : []));
}

/** The parameters in use, or undefined for the defaults. */
export async function storedParameters(db: AppDatabase): Promise<StoredParameters | undefined> {
  return parametersFrom((await db.settings.get(SETTING.parameters))?.value);
}

/** Rebuilds every card that has answers under the options now in the settings (inside the caller's transaction). */
async function rescheduleAll(db: AppDatabase, offsetMinutes: number): Promise<number> {
  const options = await schedulerOptions(db, offsetMinutes);
  const cards = new Map((await db.cards.toArray()).map((c) => [c.questionId, c]));
  const { cards: rebuilt, rewritten, fresh } = rebuildFromLogs(logsByQuestion(await db.reviews.toArray()), (id, last) => cards.get(id)?.deck ?? last.deck ?? 'core', options);
  await db.cards.bulkPut(rebuilt);
  await db.reviews.bulkPut([...rewritten, ...fresh]);
  return rebuilt.length;
}

/** Saves `parameters` and reschedules every card from its log under them; all or nothing. Returns the cards rebuilt. */
export async function applyParameters(db: AppDatabase, parameters: StoredParameters, offsetMinutes: number): Promise<number> {
  if (!parametersFrom(parameters)) throw new Error('FSRS parameters must be 21 finite numbers');
  return db.transaction('rw', db.settings, db.cards, db.reviews, async () => {
    await db.settings.put({ key: SETTING.parameters, value: { ...parameters, w: [...parameters.w] } as never });
    return rescheduleAll(db, offsetMinutes);
  });
}

/** Goes back to the default parameters and reschedules every card under them; all or nothing. */
export async function resetParameters(db: AppDatabase, offsetMinutes: number): Promise<number> {
  return db.transaction('rw', db.settings, db.cards, db.reviews, async () => {
    await db.settings.delete(SETTING.parameters);
    return rescheduleAll(db, offsetMinutes);
  });
}
