import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExam, currentExam, type StoredExam } from '@/db/exams';
import { emptyDailyQueue, loadDailyQueue, missedQuestionIds, recordAnswer, undoLastAnswer, type StoredCard } from '@/db/practice';
import { cardRow, examRow, reviewRow } from '@/db/rows';
import { remainingMs } from '@/engine/exam';
import { ALL_TOPICS, planToday } from '@/engine/srs';
import { exportBackup, parseBackup } from '@/db/backup';
import type { AppDatabase } from '@/db/db';
import { testDatabases } from './testDatabases';

const T0 = Date.UTC(2026, 5, 1, 8, 0);
const MIN = 60_000;
const { fresh, reopen } = testDatabases('practice');

const answer = (db: AppDatabase, questionId: string, outcome: 'wrong' | 'right' | 'guessed', now: number) =>
  recordAnswer({ questionId, deck: 'core', outcome, chosen: ['a'], timeMs: 4200, mode: 'daily', now }, db);

describe('recording answers', () => {
  it('stores the card and a review row that the backup schemas accept', async () => {
    const db = fresh();
    await answer(db, 'q1', 'right', T0);
    const card = await db.cards.get('q1');
    const [review] = await db.reviews.toArray();
    expect(card).toMatchObject({ questionId: 'q1', deck: 'core', due: T0 + 10 * MIN, reps: 1, state: 1, lastRating: 3 });
    expect(review).toMatchObject({ questionId: 'q1', reviewedAt: T0, rating: 3, state: 0, chosen: ['a'], correct: true, guessed: false, timeMs: 4200, mode: 'daily' });
    expect(cardRow.safeParse(card).success).toBe(true);
    expect(reviewRow.safeParse(review).success).toBe(true);
  });

  it('undoes the last answer: the card goes back and the log is removed', async () => {
    const db = fresh();
    await answer(db, 'q1', 'right', T0);
    const before = await db.cards.get('q1');
    await answer(db, 'q1', 'wrong', T0 + 11 * MIN);
    expect((await db.cards.get('q1'))?.lastRating).toBe(1);
    expect(await missedQuestionIds(db)).toEqual(['q1']);
    const undone = await undoLastAnswer('q1', db);
    expect(undone?.rating).toBe(1);
    expect(await db.cards.get('q1')).toEqual(before);
    expect(await db.reviews.count()).toBe(1);
    expect(await missedQuestionIds(db)).toEqual([]);
    // Undoing the first answer makes the question new again.
    await undoLastAnswer('q1', db);
    expect(await db.cards.get('q1')).toBeUndefined();
    expect(await db.reviews.count()).toBe(0);
    expect(await undoLastAnswer('q1', db)).toBeUndefined();
  });
});

describe('loading today’s queue', () => {
  it('gives due reviews, then new questions up to the cap less today’s new ones', async () => {
    const db = fresh();
    await answer(db, 'seen-wrong', 'wrong', T0); // due 1 minute later
    await answer(db, 'seen-right', 'right', T0); // due 10 minutes later
    const at = T0 + 5 * MIN;
    await db.settings.put({ key: 'practice.newPerDay', value: 5 });
    const ids = (list: string[]) => list.map((id) => ({ id }));
    const q = await loadDailyQueue({ now: at, offsetMinutes: 0, candidates: ids(['seen-wrong', 'seen-right', 'n1', 'n2', 'n3', 'n4']) }, db);
    // Both are in their learning steps and due within the 20-minute learn-ahead: a missed card comes back
    // in the same sitting, the one most likely forgotten first.
    expect(q.due).toEqual(['seen-wrong', 'seen-right']);
    // Two new questions were introduced today already: 5 − 2 = 3 more.
    expect(q.fresh).toEqual(['n1', 'n2', 'n3']);
    const tomorrow = await loadDailyQueue({ now: T0 + 24 * 60 * MIN, offsetMinutes: 0, candidates: ids(['seen-wrong', 'seen-right', 'n1']) }, db);
    expect(tomorrow.due.sort()).toEqual(['seen-right', 'seen-wrong']);
    expect(tomorrow.fresh).toEqual(['n1']);
  });

  it('reads the same queue as planning over every stored card, however the other cards’ keys fall among the askable ones', async () => {
    // Askable ids in a few prefix groups (tracks, a custom deck); stored cards of askable questions and of
    // others: retired questions whose keys sort among the askable ones, or ids of another prefix.
    const askableId = fc.constantFrom('ecs', 'eks', 'iam', 'deck/one').chain((p) => fc.integer({ min: 0, max: 40 }).map((n) => `${p}-${String(n).padStart(2, '0')}`));
    const otherId = fc.oneof(askableId.map((id) => `${id}-retired`), fc.integer({ min: 0, max: 60 }).map((n) => `bench-${n}`), askableId.map((id) => `${id}x`));
    const card = (id: fc.Arbitrary<string>) => fc.record({ id, dueMin: fc.integer({ min: -600, max: 600 }), state: fc.constantFrom(1, 2, 3), stability: fc.double({ min: 0.5, max: 50, noNaN: true }) });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(askableId, { maxLength: 60 }), fc.array(card(askableId), { maxLength: 40 }), fc.array(card(otherId), { maxLength: 120 }), async (askable, mine, others) => {
        const db = fresh();
        const rows = new Map([...mine, ...others].map((c) => [c.id, c]));
        await db.cards.bulkPut(
          [...rows.values()].map((c) => ({ questionId: c.id, deck: 'core', due: T0 + c.dueMin * MIN, stability: c.stability, difficulty: 5, elapsedDays: 1, scheduledDays: 1, learningSteps: 0, reps: 2, lapses: 0, state: c.state, lastReview: T0 - 86_400_000 })),
        );
        const candidates = askable.map((id) => ({ id }));
        const q = await loadDailyQueue({ now: T0, offsetMinutes: 0, candidates }, db);
        const expected = planToday({ now: T0, cards: (await db.cards.toArray()) as StoredCard[], candidates, progress: [], focus: ALL_TOPICS, newPerDay: 20, introducedToday: 0 });
        expect(q).toEqual(expected);
        db.close();
      }),
      { numRuns: 60 },
    );
  });
});

describe('today\'s queue before anything is stored', () => {
  it('is the queue an empty database gives, for any candidates, day and time zone', async () => {
    // A first visit plans without opening the database; it must ask exactly what the database would.
    const candidate = fc.record({ id: fc.stringMatching(/^[a-z]{2,6}-\d{1,3}$/), track: fc.constantFrom('ecs', 'eks', 'iam'), lesson: fc.constantFrom('ecs/placement', 'eks/workloads', 'iam/roles') }, { requiredKeys: ['id'] });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(candidate, { selector: (c) => c.id, maxLength: 60, size: 'max' }), fc.integer({ min: 0, max: 400 * 86_400_000 }), fc.integer({ min: -720, max: 840 }), async (candidates, at, offsetMinutes) => {
        const request = { now: T0 + at, offsetMinutes, candidates };
        const db = fresh();
        expect(emptyDailyQueue(request)).toEqual(await loadDailyQueue(request, db));
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});

describe('the mock exam across a reload', () => {
  it('keeps the stored deadline, so the time left is right after reopening the database', async () => {
    const db = fresh();
    const exam: StoredExam = {
      id: 'exam-a', exam: 'DVA-C02', status: 'in-progress', startedAt: T0, deadline: T0 + 130 * MIN, durationMs: 130 * MIN,
      items: [{ questionId: 'q1', domain: 'dva-development' }], answers: { q1: ['b'] }, flagged: ['q1'], current: 0,
    };
    await createExam(exam, db);
    db.close();
    const reopened = reopen(db);
    const resumed = await currentExam(reopened);
    expect(resumed).toEqual(exam);
    expect(examRow.safeParse(resumed).success).toBe(true);
    // 25 minutes later (a fake clock: the time is an argument).
    expect(remainingMs(resumed!.deadline, T0 + 25 * MIN)).toBe(105 * MIN);
  });

  it('abandons the exam in progress when a new one starts', async () => {
    const db = fresh();
    const base = { exam: 'SAA-C03' as const, status: 'in-progress' as const, durationMs: 1, items: [], answers: {}, flagged: [], current: 0 };
    await createExam({ ...base, id: 'one', startedAt: T0, deadline: T0 + 1 }, db);
    await createExam({ ...base, id: 'two', startedAt: T0 + 5, deadline: T0 + 6 }, db);
    expect((await currentExam(db))?.id).toBe('two');
    expect((await db.exams.get('one'))?.status).toBe('abandoned');
  });
});

describe('backup of practice data', () => {
  it('exports cards, reviews and exams in a file the importer accepts', async () => {
    const db = fresh();
    await answer(db, 'q1', 'right', T0);
    await answer(db, 'q1', 'guessed', T0 + 11 * MIN);
    await createExam(
      { id: 'e', exam: 'SAA-C03', status: 'submitted', startedAt: T0, deadline: T0 + 130 * MIN, durationMs: 130 * MIN, items: [{ questionId: 'q1', domain: 'saa-secure' }], answers: { q1: ['a'] }, flagged: [], current: 0, submittedAt: T0 + MIN, result: { correct: 1, total: 1, scaled: 1000, passed: true, byDomain: [{ domain: 'saa-secure', correct: 1, total: 1 }] } },
      db,
    );
    const backup = await exportBackup(db, new Date(T0 + 2 * MIN));
    const parsed = parseBackup(JSON.stringify(backup));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect([parsed.backup.tables.cards.length, parsed.backup.tables.reviews.length, parsed.backup.tables.exams.length]).toEqual([1, 2, 1]);
  });

  it('refuses a review row the app could not have written', () => {
    const bad = { format: 'container-lab-backup', schemaVersion: 1, dbVersion: 3, exportedAt: new Date(T0).toISOString(), tables: { reviews: [{ questionId: 'q', reviewedAt: 1, rating: 9, mode: 'cram' }] } };
    const parsed = parseBackup(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join('\n')).toMatch(/tables\.reviews\[0\]\.rating/);
  });
});
