import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup, parseBackup, type Backup } from '@/db/backup';
import { mergeBackup, reviewKey } from '@/db/merge';
import { recordAnswer, undoLastAnswer } from '@/db/practice';
import type { AppDatabase } from '@/db/db';
import { testDatabases } from './testDatabases';

const T0 = Date.UTC(2026, 5, 1, 8, 0);
const MIN = 60_000;
const DAY = 86_400_000;
const { fresh, reopen } = testDatabases('merge');

type Answer = [questionId: string, outcome: 'wrong' | 'right' | 'guessed', at: number];
const answer = (db: AppDatabase, [questionId, outcome, now]: Answer) =>
  recordAnswer({ questionId, deck: 'core', outcome, chosen: ['a'], timeMs: 3000, mode: 'daily', now, offsetMinutes: 0 }, db);
async function answerAll(db: AppDatabase, answers: Answer[]) {
  for (const a of answers) await answer(db, a);
}
/** A backup as the file would carry it: exported, written out and read back through the validator. */
async function backupOf(db: AppDatabase, at: number): Promise<Backup> {
  const parsed = parseBackup(JSON.stringify(await exportBackup(db, new Date(at))));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.backup;
}
const withoutIds = <T extends { id?: number | undefined }>(rows: T[]) => rows.map(({ id: _id, ...rest }) => rest).sort((a, b) => (reviewKey(a as never) < reviewKey(b as never) ? -1 : 1));

// Two devices share a history, then each goes on alone; a third device sees every answer in time order.
const shared: Answer[] = [
  ['q1', 'right', T0],
  ['q2', 'wrong', T0 + MIN],
];
const laptop: Answer[] = [
  ['q1', 'right', T0 + DAY],
  ['q3', 'right', T0 + DAY + 5 * MIN],
  ['q1', 'wrong', T0 + 4 * DAY],
];
const phone: Answer[] = [
  ['q2', 'right', T0 + 2 * DAY],
  ['q1', 'guessed', T0 + 3 * DAY],
  ['q4', 'wrong', T0 + 3 * DAY + MIN],
];

async function twoDevices() {
  const a = fresh();
  const b = fresh();
  await answerAll(a, shared);
  await importBackup(b, await backupOf(a, T0 + 2 * MIN));
  await answerAll(a, laptop);
  await answerAll(b, phone);
  const reference = fresh();
  await answerAll(reference, [...shared, ...laptop, ...phone].sort((x, y) => x[2] - y[2]));
  return { a, b, reference };
}

describe('merging a backup from another device', () => {
  it('keeps the union of both review logs, each review once', async () => {
    const { a, b } = await twoDevices();
    const summary = await mergeBackup(a, await backupOf(b, T0 + 5 * DAY), 0);
    expect(summary).toMatchObject({ reviewsAdded: 3, reviewsTotal: 8 });
    const keys = (await a.reviews.toArray()).map(reviewKey);
    expect(keys).toHaveLength(8);
    expect(new Set(keys).size).toBe(8);
  });

  it('rebuilds every card to the state of one device that saw all the answers', async () => {
    const { a, b, reference } = await twoDevices();
    await mergeBackup(a, await backupOf(b, T0 + 5 * DAY), 0);
    expect((await a.cards.toArray()).sort((x, y) => (x.questionId < y.questionId ? -1 : 1))).toEqual(await reference.cards.orderBy('questionId').toArray());
    // The logs too (the card before each answer), so undo after a merge restores the right card.
    expect(withoutIds(await a.reviews.toArray())).toEqual(withoutIds(await reference.reviews.toArray()));
  });

  it('gives the same result in either direction, and a second merge adds nothing', async () => {
    const { a, b, reference } = await twoDevices();
    const fromA = await backupOf(a, T0 + 5 * DAY);
    await mergeBackup(a, await backupOf(b, T0 + 5 * DAY), 0);
    await mergeBackup(b, fromA, 0);
    expect(await b.cards.orderBy('questionId').toArray()).toEqual(await reference.cards.orderBy('questionId').toArray());
    const again = await mergeBackup(a, await backupOf(b, T0 + 6 * DAY), 0);
    expect(again.reviewsAdded).toBe(0);
    expect(await a.reviews.count()).toBe(8);
  });

  it('unites lesson progress and keeps the settings of the side used last; device-only drafts stay', async () => {
    const a = fresh();
    const b = fresh();
    await a.lessonProgress.put({ lessonId: 'ecs/placement', status: 'started', lastVisitedAt: T0, scroll: 0.5 });
    await a.settings.bulkPut([{ key: 'practice.newPerDay', value: 10 }, { key: 'practice.draft', value: { cardId: 'q9', chosen: ['b'], guessed: false } }, { key: 'only-here', value: 1 }]);
    await b.lessonProgress.bulkPut([
      { lessonId: 'ecs/placement', status: 'completed', lastVisitedAt: T0 + DAY, completedAt: T0 + DAY, scroll: 0.25 },
      { lessonId: 'iam/least-privilege', status: 'started', lastVisitedAt: T0 + DAY, scroll: 0.1 },
    ]);
    await b.settings.bulkPut([{ key: 'practice.newPerDay', value: 30 }, { key: 'practice.draft', value: { cardId: 'q1', chosen: [], guessed: true } }]);
    const summary = await mergeBackup(a, await backupOf(b, T0 + 2 * DAY), 0);
    expect(summary.settingsFrom).toBe('backup');
    expect(await a.lessonProgress.get('ecs/placement')).toEqual({ lessonId: 'ecs/placement', status: 'completed', lastVisitedAt: T0 + DAY, completedAt: T0 + DAY, scroll: 0.5 });
    expect(await a.lessonProgress.count()).toBe(2);
    expect((await a.settings.get('practice.newPerDay'))?.value).toBe(30);
    expect((await a.settings.get('practice.draft'))?.value).toMatchObject({ cardId: 'q9' });
    expect((await a.settings.get('only-here'))?.value).toBe(1);
  });

  it('changes nothing when it fails halfway', async () => {
    const { a, b } = await twoDevices();
    const before = await exportBackup(a, new Date(T0));
    const backup = await backupOf(b, T0 + 5 * DAY);
    // A row the database refuses (a key of the wrong type) makes the transaction fail.
    (backup.tables.diagrams as unknown[]).push({ id: { bad: true }, name: 'x', updatedAt: 1 });
    await expect(mergeBackup(a, backup, 0)).rejects.toThrow();
    expect(await exportBackup(a, new Date(T0))).toEqual(before);
  });
});

describe('nothing lost', () => {
  it('every review stays in the log after undo and redo, a reload and a merge', async () => {
    const db = fresh();
    await answerAll(db, [['q1', 'right', T0], ['q2', 'wrong', T0 + MIN], ['q3', 'right', T0 + 2 * MIN]]);
    // Undo the last answer and give it again (redo): the other answers are untouched.
    await undoLastAnswer('q3', db);
    await answer(db, ['q3', 'guessed', T0 + 3 * MIN]);
    await undoLastAnswer('q2', db);
    await answer(db, ['q2', 'right', T0 + 4 * MIN]);
    const expected = ['q1', 'q2', 'q3'];
    expect((await db.reviews.orderBy('reviewedAt').toArray()).map((r) => r.questionId).sort()).toEqual(expected);
    // A reload: a new connection to the same database.
    db.close();
    const reopened = reopen(db);
    expect(await reopened.reviews.count()).toBe(3);
    // A merge with a device that has one answer of its own keeps all of them.
    const other = fresh();
    await answer(other, ['q5', 'wrong', T0 + 5 * MIN]);
    await mergeBackup(reopened, await backupOf(other, T0 + 6 * MIN), 0);
    expect((await reopened.reviews.toArray()).map((r) => r.questionId).sort()).toEqual([...expected, 'q5']);
    // And undo still works on merged logs.
    expect((await undoLastAnswer('q5', reopened))?.questionId).toBe('q5');
    expect(await reopened.cards.get('q5')).toBeUndefined();
  });
});
