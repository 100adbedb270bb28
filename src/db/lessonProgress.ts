import { useLiveQuery } from './useLiveQuery';
import { db, type AppDatabase } from './db';
import type { LessonProgressRow } from './rows';

export type ReadingPlace = NonNullable<LessonProgressRow['place']>;

/** Records that the learner opened a lesson (keeps a completed lesson completed). */
export async function recordLessonVisit(lessonId: string, now: number = Date.now(), database: AppDatabase = db): Promise<void> {
  await database.transaction('rw', database.lessonProgress, async () => {
    const row = await database.lessonProgress.get(lessonId);
    await database.lessonProgress.put(row ? { ...row, lastVisitedAt: now } : { lessonId, status: 'started', lastVisitedAt: now, scroll: 0 });
  });
}

/** Records how far down a lesson the learner is (0 to 1) and, when known, the exact reading place. */
export async function recordLessonScroll(lessonId: string, scroll: number, place?: ReadingPlace, now: number = Date.now(), database: AppDatabase = db): Promise<void> {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(scroll) ? scroll : 0));
  const exact = place && Number.isFinite(place.offset) ? { ...place, block: Math.max(0, Math.floor(place.block)), offset: Math.round(place.offset) } : undefined;
  const changes = exact ? { scroll: Math.round(clamped * 1000) / 1000, place: exact } : { scroll: Math.round(clamped * 1000) / 1000 };
  // The visit may not be recorded yet (it is written when the learner first engages): start the row then.
  await database.transaction('rw', database.lessonProgress, async () => {
    const row = await database.lessonProgress.get(lessonId);
    await database.lessonProgress.put({ ...(row ?? { lessonId, status: 'started' as const, lastVisitedAt: now }), ...changes });
  });
}

/** Marks a lesson complete or not; resolves with the row as stored. */
export async function setLessonCompleted(lessonId: string, completed: boolean, now: number, database: AppDatabase = db): Promise<LessonProgressRow> {
  return database.transaction('rw', database.lessonProgress, async () => {
    const row = (await database.lessonProgress.get(lessonId)) ?? { lessonId, status: 'started' as const, lastVisitedAt: now, scroll: 0 };
    const { completedAt: _drop, ...rest } = row;
    const stored: LessonProgressRow = completed ? { ...rest, status: 'completed', completedAt: now } : { ...rest, status: 'started' };
    await database.lessonProgress.put(stored);
    return stored;
  });
}

/** Every lesson's progress by id; undefined while loading. */
export function useLessonProgressMap(): Map<string, LessonProgressRow> | undefined {
  return useLiveQuery(async () => new Map((await db.lessonProgress.toArray()).map((r) => [r.lessonId, r])), [], () => new Map());
}

export function useLessonProgress(lessonId: string): LessonProgressRow | null | undefined {
  return useLiveQuery(async () => (await db.lessonProgress.get(lessonId)) ?? null, [lessonId], () => null);
}
