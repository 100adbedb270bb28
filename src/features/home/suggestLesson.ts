import type { LessonEntry } from '@/content/lessonSchema';
import type { LessonProgressRow } from '@/db/rows';

export type Suggestion = { kind: 'resume' | 'next' | 'first'; lesson: LessonEntry };

/**
 * What to read today: the most recently opened lesson that is not finished; otherwise the first lesson
 * (in curriculum order) not yet completed; nothing when every lesson is done.
 */
export function suggestLesson(ordered: LessonEntry[], progress: Map<string, LessonProgressRow>): Suggestion | undefined {
  let resume: { lesson: LessonEntry; at: number } | undefined;
  for (const lesson of ordered) {
    const row = progress.get(lesson.id);
    if (row?.status === 'started' && (!resume || row.lastVisitedAt > resume.at)) resume = { lesson, at: row.lastVisitedAt };
  }
  if (resume) return { kind: 'resume', lesson: resume.lesson };
  const next = ordered.find((l) => progress.get(l.id)?.status !== 'completed');
  if (!next) return undefined;
  return { kind: progress.size === 0 ? 'first' : 'next', lesson: next };
}
