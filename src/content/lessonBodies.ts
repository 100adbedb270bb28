import type { ComponentType } from 'react';
import type { LessonEntry, LessonFrontmatter } from './lessonSchema';
import type { TocEntry } from './rehypeLessonToc';

/** A compiled lesson: its body, its frontmatter and its h2/h3 headings (see rehypeLessonToc). */
export type LessonModule = { default: ComponentType; frontmatter: LessonFrontmatter; toc: TocEntry[] };
const bodies = import.meta.glob<LessonModule>('/content/lessons/*/*.mdx');

/** Loads a lesson's compiled body and frontmatter on demand (each lesson is its own chunk). */
export function loadLessonBody(meta: Pick<LessonEntry, 'file'>): Promise<LessonModule> {
  const load = bodies[`/content/lessons/${meta.file}`];
  if (!load) return Promise.reject(new Error(`No lesson file ${meta.file}`));
  return load();
}
