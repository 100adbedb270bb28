declare module 'virtual:lesson-index' {
  import type { LessonEntry } from '@/content/lessonSchema';
  const lessons: LessonEntry[];
  export default lessons;
}

declare module 'virtual:lesson-details' {
  import type { LessonDetails } from '@/content/lessonSchema';
  const details: Record<string, LessonDetails>;
  export default details;
}

declare module 'virtual:question-bank' {
  import type { Question, QuestionTranslation } from '@/content/questionSchema';
  export const questions: Question[];
  export const translations: { ko: Record<string, QuestionTranslation> };
}

declare module 'virtual:challenge-index' {
  import type { Challenge } from '@/content/challengeSchema';
  /** Each challenge's id and title (and Korean title), for pickers. */
  export const index: { id: string; title: string; ko?: { title: string } }[];
  export const loaders: Record<string, () => Promise<{ default: Challenge }>>;
}
