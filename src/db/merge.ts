/**
 * Merging a backup into the database, for a learner who studies on two devices: nothing of either side
 * is lost. Review logs are united (a review is the same review when its question, time and rating are
 * the same), each card whose log changed is rebuilt from the united log with ts-fsrs's `reschedule`
 * (`rebuildCard`), and the rest is united table by table. One transaction: all or nothing.
 */
import type { Backup } from './backup';
import type { AppDatabase } from './db';
import type { DiagramRow, ExamRow, LessonProgressRow, ReviewRow, SettingRow } from './rows';
import { logsByQuestion, rebuildFromLogs } from './rebuild';
import { schedulerOptions } from './schedule';
import { SETTING } from './settingKeys';
import { TABLE_NAMES } from './rows';

/** What a merge did, for the learner to read. */
export interface MergeSummary {
  reviewsAdded: number;
  reviewsTotal: number;
  cardsRebuilt: number;
  /** Whose settings won where both sides set the same key: the side used more recently. */
  settingsFrom: 'this-device' | 'backup';
}

/** A review's identity across devices: its question, time and rating. */
export function reviewKey(r: Pick<ReviewRow, 'questionId' | 'reviewedAt' | 'rating'>): string {
  return `${r.questionId}\u0000${r.reviewedAt}\u0000${r.rating ?? '-'}`;
}

/** Settings that describe one device's screen at the moment (a half-answered question), never merged. */
const DEVICE_ONLY = new Set<string>([SETTING.draft, 'simulator.draft']);

/** When a side was last used: its latest review, lesson visit, exam or saved diagram. */
export function lastActivity(tables: Pick<Backup['tables'], 'reviews' | 'lessonProgress' | 'exams' | 'diagrams'>): number {
  let t = 0;
  for (const r of tables.reviews) t = Math.max(t, r.reviewedAt);
  for (const l of tables.lessonProgress) t = Math.max(t, l.lastVisitedAt);
  for (const e of tables.exams) t = Math.max(t, e.submittedAt ?? e.startedAt);
  for (const d of tables.diagrams) t = Math.max(t, d.updatedAt);
  return t;
}

export function mergeLessonProgress(a: LessonProgressRow, b: LessonProgressRow): LessonProgressRow {
  const completed = [a, b].filter((r) => r.status === 'completed');
  const completedAt = completed.flatMap((r) => (r.completedAt === undefined ? [] : [r.completedAt]));
  return {
    lessonId: a.lessonId,
    status: completed.length ? 'completed' : 'started',
    lastVisitedAt: Math.max(a.lastVisitedAt, b.lastVisitedAt),
    scroll: Math.max(a.scroll, b.scroll),
    ...(completedAt.length ? { completedAt: Math.min(...completedAt) } : {}),
  };
}

const EXAM_RANK = { submitted: 2, abandoned: 1, 'in-progress': 0 } as const;
/** The same exam on both sides: the one that went further (submitted over abandoned over in progress). */
export function mergeExam(local: ExamRow, incoming: ExamRow): ExamRow {
  return EXAM_RANK[incoming.status] > EXAM_RANK[local.status] ? incoming : local;
}

/** Merges `backup` into the database in one transaction; on any failure nothing changes. */
export async function mergeBackup(db: AppDatabase, backup: Backup, offsetMinutes: number): Promise<MergeSummary> {
  return db.transaction('rw', TABLE_NAMES.map((n) => db.table(n)), async () => {
    const incoming = backup.tables;
    const local = {
      settings: await db.settings.toArray(),
      lessonProgress: await db.lessonProgress.toArray(),
      cards: await db.cards.toArray(),
      reviews: await db.reviews.toArray(),
      exams: await db.exams.toArray(),
      diagrams: await db.diagrams.toArray(),
    };
    const backupNewer = lastActivity(incoming) > lastActivity(local);

    const localSettings = new Map(local.settings.map((s) => [s.key, s]));
    const settings: SettingRow[] = incoming.settings.filter((s) => !DEVICE_ONLY.has(s.key) && (!localSettings.has(s.key) || backupNewer));
    await db.settings.bulkPut(settings);

    const progress = new Map(local.lessonProgress.map((p) => [p.lessonId, p]));
    await db.lessonProgress.bulkPut(incoming.lessonProgress.map((p) => (progress.has(p.lessonId) ? mergeLessonProgress(progress.get(p.lessonId)!, p) : p)));

    const exams = new Map(local.exams.map((e) => [e.id, e]));
    await db.exams.bulkPut(incoming.exams.map((e) => (exams.has(e.id) ? mergeExam(exams.get(e.id)!, e) : e)));

    const diagrams = new Map(local.diagrams.map((d) => [d.id, d]));
    await db.diagrams.bulkPut(incoming.diagrams.filter((d) => !diagrams.has(d.id) || d.updatedAt > diagrams.get(d.id)!.updatedAt) as DiagramRow[]);

    // Reviews: the union. New rows get new ids on this device.
    const seen = new Set(local.reviews.map(reviewKey));
    const added: ReviewRow[] = [];
    for (const r of incoming.reviews) {
      const key = reviewKey(r);
      if (seen.has(key)) continue;
      seen.add(key);
      const { id: _id, ...row } = r;
      added.push(row as ReviewRow);
    }
    const touched = new Set(added.map((r) => r.questionId));

    // Cards: those whose log grew are rebuilt from the whole log, under the merged settings.
    const options = await schedulerOptions(db, offsetMinutes);
    const localCards = new Map(local.cards.map((c) => [c.questionId, c]));
    const incomingCards = new Map(incoming.cards.map((c) => [c.questionId, c]));
    const logOf = logsByQuestion([...local.reviews, ...added], touched);
    const { cards, rewritten, fresh } = rebuildFromLogs(logOf, (questionId, last) => localCards.get(questionId)?.deck ?? incomingCards.get(questionId)?.deck ?? last.deck ?? 'core', options);
    const rebuilt = cards.length;
    // A card only the backup has, with no review to rebuild it from, comes as it is.
    for (const c of incoming.cards) if (!localCards.has(c.questionId) && !logOf.has(c.questionId)) cards.push(c);
    await db.cards.bulkPut(cards);
    await db.reviews.bulkPut(rewritten);
    await db.reviews.bulkAdd(fresh);

    return { reviewsAdded: added.length, reviewsTotal: local.reviews.length + added.length, cardsRebuilt: rebuilt, settingsFrom: backupNewer ? 'backup' : 'this-device' };
  });
}
