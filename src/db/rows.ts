import { z } from 'zod';

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
});

/** A question's scheduling card; the fields beyond the keys belong to the practice feature. */
export const cardRow = z.looseObject({ questionId: id, deck: id, due: time });
export const reviewRow = z.looseObject({ id: z.number().int().positive().optional(), questionId: id, reviewedAt: time });
export const examRow = z.looseObject({ id, startedAt: time, status: z.enum(['in-progress', 'submitted', 'abandoned']) });
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
