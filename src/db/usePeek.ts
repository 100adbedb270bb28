import { useEffect, useState } from 'react';
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
