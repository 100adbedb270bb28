import type { ExamResult } from '@/engine/exam';
import { db as defaultDb, type AppDatabase } from './db';
import type { ExamRow } from './rows';

/** A mock exam as stored: the deadline is stored, so the time left survives a reload or a closed tab. */
export interface StoredExam {
  id: string;
  exam: 'DVA-C02' | 'SAA-C03';
  status: 'in-progress' | 'submitted' | 'abandoned';
  startedAt: number;
  deadline: number;
  durationMs: number;
  items: { questionId: string; domain: string }[];
  answers: Record<string, string[]>;
  flagged: string[];
  current: number;
  submittedAt?: number;
  result?: ExamResult;
  /** Whether the answers go to the review schedule on submit (the learner's choice at the start); absent means yes. */
  feedsReviews?: boolean;
  /** The questions answered wrong or left unanswered, stored on submit (for "retake the wrong ones"). */
  missed?: string[];
}

/** The learner's choice, kept for the next exam: whether exam answers go to the review schedule. */
export const EXAM_FEEDS_REVIEWS = 'practice.examFeedsReviews';

export async function createExam(exam: StoredExam, database: AppDatabase = defaultDb): Promise<void> {
  await database.transaction('rw', database.exams, async () => {
    // Only one exam runs at a time: an unfinished one is abandoned when a new one starts.
    const running = await database.exams.where('status').equals('in-progress').toArray();
    for (const r of running) await database.exams.update(r.id, { status: 'abandoned' });
    await database.exams.add(exam as ExamRow);
  });
}

export async function currentExam(database: AppDatabase = defaultDb): Promise<StoredExam | undefined> {
  return (await database.exams.where('status').equals('in-progress').last()) as StoredExam | undefined;
}

export async function getExam(id: string, database: AppDatabase = defaultDb): Promise<StoredExam | undefined> {
  return (await database.exams.get(id)) as StoredExam | undefined;
}

export async function updateExam(id: string, changes: Partial<Omit<StoredExam, 'id'>>, database: AppDatabase = defaultDb): Promise<void> {
  await database.exams.update(id, changes as Partial<ExamRow>);
}

export async function examHistory(database: AppDatabase = defaultDb): Promise<StoredExam[]> {
  return (await database.exams.where('[status+startedAt]').between(['submitted', 0], ['submitted', Infinity]).reverse().toArray()) as StoredExam[];
}
