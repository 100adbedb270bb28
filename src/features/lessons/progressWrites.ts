/**
 * A lesson's progress writes. The database code (Dexie) loads with the first write, so opening and
 * reading a lesson never downloads it or waits on it: the page reads its progress straight from
 * IndexedDB (`usePeekedLesson`) and records the visit once the learner engages with the lesson.
 */
import { useEffect } from 'react';
import type { LessonProgressRow } from '@/db/rows';
import type { ReadingPlace } from '@/db/lessonProgress';

const progress = () => import('@/db/lessonProgress');

/** A failed write is reported by the storage banner; the lesson reads on regardless. */
const quiet = () => undefined;

export function writeScroll(lessonId: string, scroll: number, place: ReadingPlace | undefined): void {
  void progress()
    .then((m) => m.recordLessonScroll(lessonId, scroll, place))
    .catch(quiet);
}

/** Marks the lesson complete or not; resolves with the row as stored. */
export async function writeCompleted(lessonId: string, completed: boolean): Promise<LessonProgressRow> {
  return (await progress()).setLessonCompleted(lessonId, completed, Date.now());
}

/** Without any engagement, the visit is recorded after this long on the lesson. */
const VISIT_AFTER_MS = 15_000;

/**
 * Records that the learner opened the lesson: at the first scroll, tap or key press, after
 * `VISIT_AFTER_MS`, when the page is hidden, or when the learner leaves the lesson — whichever comes first.
 */
export function useRecordVisit(lessonId: string | undefined): void {
  useEffect(() => {
    if (!lessonId) return;
    let done = false;
    const events = ['scroll', 'pointerdown', 'keydown'] as const;
    const stop = () => {
      for (const e of events) window.removeEventListener(e, record);
      document.removeEventListener('visibilitychange', onHidden);
      clearTimeout(timer);
    };
    function record() {
      if (done) return;
      done = true;
      stop();
      void progress()
        .then((m) => m.recordLessonVisit(lessonId!))
        .catch(quiet);
    }
    function onHidden() {
      if (document.visibilityState === 'hidden') record();
    }
    for (const e of events) window.addEventListener(e, record, { passive: true });
    document.addEventListener('visibilitychange', onHidden);
    const timer = setTimeout(record, VISIT_AFTER_MS);
    return record;
  }, [lessonId]);
}
