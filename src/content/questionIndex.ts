import type { Question } from './questionSchema.ts';

/** What practice needs to know of a bank question before it shows it: no text, no answers. */
export type QuestionIndexEntry = Pick<Question, 'id' | 'track' | 'lesson' | 'domains' | 'type' | 'difficulty'>;

/** One lesson's questions in one language, as a chunk of the built app delivers them. */
export interface QuestionChunk {
  questions: Question[];
  /** Ids shown in English because they have no translation in the chunk's language yet. */
  untranslated: string[];
  /** Titles of the pages these questions cite, by URL. */
  titles: Record<string, string>;
}
