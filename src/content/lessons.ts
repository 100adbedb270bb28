import type { ComponentType } from 'react';
import lessonIndex from 'virtual:lesson-index';
import type { LessonMeta } from './lessonSchema';
import { TRACKS, type Locale, type Track } from './taxonomy';

/** Every English lesson (the canonical list), sorted by track order then lesson order. */
export const lessons: LessonMeta[] = lessonIndex
  .filter((l) => l.locale === 'en')
  .sort((a, b) => TRACKS.indexOf(a.track) - TRACKS.indexOf(b.track) || a.order - b.order);

export function lessonsOfTrack(track: Track): LessonMeta[] {
  return lessons.filter((l) => l.track === track);
}

export function findLesson(track: string, slug: string): LessonMeta | undefined {
  return lessons.find((l) => l.track === track && l.slug === slug);
}

/** The lesson in the learner's language when it exists, else the English one. */
export function localizedLesson(
  lesson: LessonMeta,
  locale: Locale,
  index: readonly LessonMeta[] = lessonIndex,
): { meta: LessonMeta; fallback: boolean } {
  if (locale === 'en') return { meta: lesson, fallback: false };
  const translated = index.find((l) => l.id === lesson.id && l.locale === locale);
  return translated ? { meta: translated, fallback: false } : { meta: lesson, fallback: true };
}

export function neighbours(lesson: LessonMeta): { prev?: LessonMeta; next?: LessonMeta } {
  const i = lessons.findIndex((l) => l.id === lesson.id);
  const prev = i > 0 ? lessons[i - 1] : undefined;
  const next = lessons[i + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

export function lessonPath(lesson: Pick<LessonMeta, 'track' | 'slug'>): string {
  return `/learn/${lesson.track}/${lesson.slug}`;
}

type MdxModule = { default: ComponentType };
const bodies = import.meta.glob<MdxModule>('/content/lessons/*/*.mdx');

/** Loads a lesson's compiled body on demand (each lesson is its own chunk). */
export function loadLessonBody(meta: LessonMeta): Promise<MdxModule> {
  const load = bodies[`/content/lessons/${meta.file}`];
  if (!load) return Promise.reject(new Error(`No lesson file ${meta.file}`));
  return load();
}
