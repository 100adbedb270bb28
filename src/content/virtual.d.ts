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
  import type { QuestionIndexEntry } from '@/content/questionIndex';
  /** Every bank question's id, track, lesson, domains, type and difficulty, in curriculum order. */
  export const index: QuestionIndexEntry[];
}

declare module 'virtual:question-counts' {
  /** How many bank questions there are, per track and per exam domain prefix (`dva-`, `saa-`). */
  export const counts: { total: number; byTrack: Record<string, number>; byExamPrefix: Record<string, number> };
}

declare module 'virtual:question-loaders' {
  import type { QuestionChunk } from '@/content/questionIndex';
  import type { Locale } from '@/content/taxonomy';
  /** Per lesson id and language, the loader of that lesson's question texts. */
  export const loaders: Record<string, Record<Locale, () => Promise<QuestionChunk>>>;
}

declare module 'virtual:reference-titles' {
  /** Titles of the pages questions cite, by URL (content/references). */
  export const titles: Record<string, string>;
}

declare module 'virtual:scenario-library' {
  import type { LibraryScenario, ScenarioGroup } from '@/content/scenarioLibrary';
  /** Every library scenario, validated at build time, in library order (by group, as the lessons use them). */
  export const entries: LibraryScenario[];
  /** The library's groups in order, each with its scenarios' slugs. */
  export const groups: ScenarioGroup[];
  /** The scenario the simulator opens with. */
  export const defaultSlug: string;
}

declare module 'virtual:scenario-loaders' {
  import type { LibraryScenario } from '@/content/scenarioLibrary';
  import type { SimulationResult } from '@/engine/deployment';
  /** One scenario for playing (without the editor's text), with its trace computed at build time, by slug. */
  export const loaders: Record<string, () => Promise<{ default: Omit<LibraryScenario, 'text' | 'lesson'> & { run: SimulationResult } }>>;
}

declare module 'virtual:challenge-index' {
  import type { Challenge } from '@/content/challengeSchema';
  /** Each challenge's id and title (and Korean title), for pickers. */
  export const index: { id: string; title: string; ko?: { title: string } }[];
  import type { Finding } from '@/engine/architecture';
  /** Each challenge, with the findings of its starting diagram as it first opens, per language. */
  export const loaders: Record<string, () => Promise<{ default: Challenge; starting: { en: Finding[]; ko: Finding[] } }>>;
}
