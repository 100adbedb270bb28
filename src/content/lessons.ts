import lessonIndex from 'virtual:lesson-index';
import type { LessonDetails, LessonEntry } from './lessonSchema';
import { TRACKS, type Locale, type Track } from './taxonomy';

/** Every English lesson (the canonical list), sorted by track order then lesson order. */
export const lessons: LessonEntry[] = lessonIndex
  .filter((l) => l.locale === 'en')
  .sort((a, b) => TRACKS.indexOf(a.track) - TRACKS.indexOf(b.track) || a.order - b.order);

export function lessonsOfTrack(track: Track): LessonEntry[] {
  return lessons.filter((l) => l.track === track);
}

export function findLesson(track: string, slug: string): LessonEntry | undefined {
  return lessons.find((l) => l.track === track && l.slug === slug);
}

/** The lesson in the learner's language when it exists, else the English one. */
export function localizedLesson(
  lesson: LessonEntry,
  locale: Locale,
  index: readonly LessonEntry[] = lessonIndex,
): { meta: LessonEntry; fallback: boolean } {
  if (locale === 'en') return { meta: lesson, fallback: false };
  const translated = index.find((l) => l.id === lesson.id && l.locale === locale);
  return translated ? { meta: translated, fallback: false } : { meta: lesson, fallback: true };
}

export function neighbours(lesson: LessonEntry): { prev?: LessonEntry; next?: LessonEntry } {
  const i = lessons.findIndex((l) => l.id === lesson.id);
  const prev = i > 0 ? lessons[i - 1] : undefined;
  const next = lessons[i + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

export function lessonPath(lesson: Pick<LessonEntry, 'track' | 'slug'>): string {
  return `/learn/${lesson.track}/${lesson.slug}`;
}

/** Summaries, objectives and exam domains of every lesson, keyed by `locale:id`; loaded on demand. */
export async function loadLessonDetails(): Promise<Record<string, LessonDetails>> {
  return (await import('virtual:lesson-details')).default;
}

export function detailsKey(lesson: Pick<LessonEntry, 'locale' | 'id'>): string {
  return `${lesson.locale}:${lesson.id}`;
}
