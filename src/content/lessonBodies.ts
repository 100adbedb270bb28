import type { ComponentType } from 'react';
import type { LessonEntry, LessonFrontmatter } from './lessonSchema';

export type LessonModule = { default: ComponentType; frontmatter: LessonFrontmatter };
const bodies = import.meta.glob<LessonModule>('/content/lessons/*/*.mdx');

/** Loads a lesson's compiled body and frontmatter on demand (each lesson is its own chunk). */
export function loadLessonBody(meta: Pick<LessonEntry, 'file'>): Promise<LessonModule> {
  const load = bodies[`/content/lessons/${meta.file}`];
  if (!load) return Promise.reject(new Error(`No lesson file ${meta.file}`));
  return load();
}
