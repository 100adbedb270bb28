import { describe, expect, it } from 'vitest';
import type { LessonMeta } from '@/content/lessonSchema';
import type { LessonProgressRow } from '@/db/rows';
import { suggestLesson } from '@/features/home/suggestLesson';

const lesson = (id: string): LessonMeta => {
  const [track, slug] = id.split('/') as [LessonMeta['track'], string];
  return { id, track, slug, file: `${id}.mdx`, title: id, summary: 's', order: 1, objectives: ['o'], examDomains: ['dva-development'], locale: 'en' };
};
const L = ['docker/a', 'docker/b', 'ecs/c'].map(lesson);
const row = (lessonId: string, status: LessonProgressRow['status'], lastVisitedAt: number): [string, LessonProgressRow] => [
  lessonId,
  { lessonId, status, lastVisitedAt, scroll: 0 },
];

describe('suggestLesson', () => {
  it('starts a new learner at the first lesson', () => {
    expect(suggestLesson(L, new Map())).toEqual({ kind: 'first', lesson: L[0] });
  });
  it('resumes the most recently opened unfinished lesson', () => {
    const progress = new Map([row('docker/a', 'started', 5), row('ecs/c', 'started', 9), row('docker/b', 'completed', 20)]);
    expect(suggestLesson(L, progress)).toEqual({ kind: 'resume', lesson: L[2] });
  });
  it('otherwise offers the first lesson not yet completed', () => {
    expect(suggestLesson(L, new Map([row('docker/a', 'completed', 5)]))).toEqual({ kind: 'next', lesson: L[1] });
  });
  it('offers nothing when every lesson is complete', () => {
    expect(suggestLesson(L, new Map(L.map((l) => row(l.id, 'completed', 1))))).toBeUndefined();
  });
});
