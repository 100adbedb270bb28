declare module 'virtual:lesson-index' {
  import type { LessonMeta } from '@/content/lessonSchema';
  const lessons: LessonMeta[];
  export default lessons;
}
