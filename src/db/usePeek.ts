import { useCallback, useEffect, useState } from 'react';
import { peekTable } from './peek';
import type { LessonProgressRow } from './rows';

/**
 * Every lesson's progress by id, read once straight from IndexedDB without loading Dexie: for screens
 * that only show progress (the lesson lists), which then stay light. Undefined while reading.
 */
export function usePeekedLessonProgress(): Map<string, LessonProgressRow> | undefined {
  const [rows, setRows] = useState<Map<string, LessonProgressRow>>();
  useEffect(() => {
    let live = true;
    void peekTable<LessonProgressRow>('lessonProgress').then((list) => live && setRows(new Map(list.map((r) => [r.lessonId, r]))));
    return () => {
      live = false;
    };
  }, []);
  return rows;
}

/**
 * One lesson's stored progress, read once without loading Dexie (null when none), and a setter for the
 * screen to show what it has just written. Undefined while reading.
 */
export function usePeekedLesson(lessonId: string): [LessonProgressRow | null | undefined, (row: LessonProgressRow) => void] {
  const [state, setState] = useState<{ lessonId: string; row: LessonProgressRow | null }>();
  useEffect(() => {
    let live = true;
    void peekTable<LessonProgressRow>('lessonProgress').then((list) => live && setState({ lessonId, row: list.find((r) => r.lessonId === lessonId) ?? null }));
    return () => {
      live = false;
    };
  }, [lessonId]);
  const show = useCallback((row: LessonProgressRow) => setState({ lessonId: row.lessonId, row }), []);
  return [state?.lessonId === lessonId ? state.row : undefined, show];
}
