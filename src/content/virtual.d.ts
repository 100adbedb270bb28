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
  /** Titles of the pages questions cite, by URL (content/references). */
  export const referenceTitles: Record<string, string>;
}
