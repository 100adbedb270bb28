import { z } from '@/content/zod';

/**
 * Row shapes of every table. The backup importer validates files against these, so a row that
 * could not have been written by the app cannot be imported either.
 */
const id = z.string().min(1).max(200);
const time = z.number().int().nonnegative();

export const settingRow = z.strictObject({ key: id, value: z.json() });

export const lessonProgressRow = z.strictObject({
  lessonId: id,
  status: z.enum(['started', 'completed']),
  lastVisitedAt: time,
  completedAt: time.optional(),
  /** How far down the lesson the learner had read, from 0 to 1. */
  scroll: z.number().min(0).max(1),
  /**
   * Exactly where: the block of the lesson body (in the language it was read in) at the top of the
   * viewport, and how many pixels of it were above the viewport. Rows written before it had only `scroll`.
   */
  place: z.strictObject({ locale: z.string().min(2).max(10), block: z.number().int().nonnegative(), offset: z.number().finite() }).optional(),
});

const count = z.number().int().nonnegative();
const real = z.number().finite();
const optionIds = z.array(z.string().regex(/^[a-f]$/)).max(6);

/**
 * A question's scheduling card: the full FSRS card state. One card per question id whatever the
 * language it is answered in. `deck` is "core" (the built-in bank), "generated" (one card per question
 * generator) or "custom:<slug>" (an imported deck). Older rows may carry only the keys.
 */
export const cardRow = z.looseObject({
  questionId: id,
  deck: id,
  due: time,
  stability: real.nonnegative().optional(),
  difficulty: real.optional(),
  elapsedDays: real.nonnegative().optional(),
  scheduledDays: real.nonnegative().optional(),
  learningSteps: count.optional(),
  reps: count.optional(),
  lapses: count.optional(),
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  state: z.number().int().min(0).max(3).optional(),
  lastReview: time.optional(),
  /** 1 Again … 4 Easy: the rating of the latest answer (missed questions are those rated Again). */
  lastRating: z.number().int().min(1).max(4).optional(),
});

export const practiceModes = ['daily', 'topic', 'missed', 'exam', 'quiz'] as const;

/**
 * One answer: the full FSRS review log (the card's state before the answer, and the rating), the
 * question, the options chosen, the time taken and the mode it was answered in.
 */
export const reviewRow = z.looseObject({
  id: z.number().int().positive().optional(),
  questionId: id,
  reviewedAt: time,
  deck: id.optional(),
  rating: z.number().int().min(1).max(4).optional(),
  state: z.number().int().min(0).max(3).optional(),
  due: time.optional(),
  stability: real.nonnegative().optional(),
  difficulty: real.optional(),
  elapsedDays: real.nonnegative().optional(),
  lastElapsedDays: real.nonnegative().optional(),
  scheduledDays: real.nonnegative().optional(),
  learningSteps: count.optional(),
  previousReps: count.optional(),
  previousLapses: count.optional(),
  previousReview: time.optional(),
  chosen: optionIds.optional(),
  correct: z.boolean().optional(),
  guessed: z.boolean().optional(),
  timeMs: count.optional(),
  mode: z.enum(practiceModes).optional(),
  /** For generated questions: the seed that rebuilds the exact question. */
  seed: count.optional(),
});

const examResult = z.strictObject({
  correct: count,
  total: count,
  scaled: z.number().int().min(100).max(1000),
  passed: z.boolean(),
  byDomain: z.array(z.strictObject({ domain: id, correct: count, total: count })),
});

/** A mock exam: the questions drawn, the answers so far, flags, and the stored deadline. */
export const examRow = z.looseObject({
  id,
  startedAt: time,
  status: z.enum(['in-progress', 'submitted', 'abandoned']),
  exam: z.enum(['DVA-C02', 'SAA-C03']).optional(),
  deadline: time.optional(),
  durationMs: count.optional(),
  items: z.array(z.strictObject({ questionId: id, domain: id })).max(200).optional(),
  answers: z.record(z.string().max(200), optionIds).optional(),
  flagged: z.array(id).max(200).optional(),
  current: count.optional(),
  submittedAt: time.optional(),
  result: examResult.optional(),
  feedsReviews: z.boolean().optional(),
  missed: z.array(id).max(200).optional(),
});
export const diagramRow = z.looseObject({ id, name: z.string().max(200), updatedAt: time });

export const tableRows = {
  settings: settingRow,
  lessonProgress: lessonProgressRow,
  cards: cardRow,
  reviews: reviewRow,
  exams: examRow,
  diagrams: diagramRow,
} as const;

export type TableName = keyof typeof tableRows;
export const TABLE_NAMES = Object.keys(tableRows) as TableName[];

export type SettingRow = z.infer<typeof settingRow>;
export type LessonProgressRow = z.infer<typeof lessonProgressRow>;
export type CardRow = z.infer<typeof cardRow>;
export type ReviewRow = z.infer<typeof reviewRow>;
export type ExamRow = z.infer<typeof examRow>;
export type DiagramRow = z.infer<typeof diagramRow>;
