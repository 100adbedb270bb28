declare module 'virtual:lesson-index' {
  import type { LessonMeta } from '@/content/lessonSchema';
  const lessons: LessonMeta[];
  export default lessons;
}

declare module 'virtual:question-bank' {
  import type { Question, QuestionTranslation } from '@/content/questionSchema';
  export const questions: Question[];
  export const translations: { ko: Record<string, QuestionTranslation> };
}
