/**
 * The question contract: a bank question as practice, the exam engine and the generators handle it.
 * `src/content/questionSchema.ts` validates the bank against it and fails to compile if the two drift.
 */
import type { ExamDomain, Track } from './taxonomy.ts';

export interface QuestionOption {
  /** a–f */
  id: string;
  text: string;
  /** Why this option is right or wrong. */
  explanation: string;
}

export interface Question {
  id: string;
  track: Track;
  domains: ExamDomain[];
  type: 'single' | 'multiple';
  difficulty: 1 | 2 | 3;
  /** The lesson that teaches it, as track/slug (e.g. ecs/placement). */
  lesson: string;
  stem: string;
  options: QuestionOption[];
  /** Ids of the correct options. */
  answer: string[];
  /** AWS documentation pages. */
  references: string[];
}
