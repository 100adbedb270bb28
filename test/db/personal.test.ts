import { describe, expect, it } from 'vitest';
import { applyParameters, loggedAnswers, resetParameters, storedParameters } from '@/db/personal';
import { recordAnswer } from '@/db/practice';
import { DEFAULT_PARAMETERS, rebuildCard } from '@/engine/srs';
import type { AppDatabase } from '@/db/db';
import { testDatabases } from './testDatabases';

const T0 = Date.UTC(2026, 5, 1, 8, 0);
const DAY = 86_400_000;
const { fresh } = testDatabases('personal');

/** Parameters of a learner who forgets fast: every interval shorter than the defaults give. */
const FAST_FORGETTER = DEFAULT_PARAMETERS.map((w, i) => (i < 4 ? w / 4 : i === 8 ? 1.1 : w));

async function seed(db: AppDatabase) {
  const answers: [string, 'right' | 'wrong', number][] = [
    ['q1', 'right', T0],
    ['q1', 'right', T0 + 2 * DAY],
    ['q2', 'wrong', T0],
    ['q2', 'right', T0 + DAY],
  ];
  for (const [questionId, outcome, now] of answers) await recordAnswer({ questionId, deck: 'core', outcome, chosen: ['a'], timeMs: 1000, mode: 'daily', now, offsetMinutes: 0 }, db);
}

describe('applying personal parameters', () => {
  it('saves them and rebuilds every card from its log under them, in one go; reset goes back to the defaults', async () => {
    const db = fresh();
    await seed(db);
    const before = await db.cards.toArray();
    expect(await loggedAnswers(db)).toHaveLength(4);

    const rebuilt = await applyParameters(db, { w: FAST_FORGETTER, trainedAt: T0 + 3 * DAY, reviews: 4 }, 0);
    expect(rebuilt).toBe(2);
    expect((await storedParameters(db))?.w).toEqual(FAST_FORGETTER);
    const q1 = (await db.cards.get('q1'))!;
    const expected = rebuildCard(
      [
        { reviewedAt: T0, rating: 3 },
        { reviewedAt: T0 + 2 * DAY, rating: 3 },
      ],
      { parameters: FAST_FORGETTER },
    )!.card;
    expect(q1.due).toBe(expected.due);
    expect(q1.due).toBeLessThan(before.find((c) => c.questionId === 'q1')!.due);
    expect(await db.reviews.count()).toBe(4);

    await resetParameters(db, 0);
    expect(await storedParameters(db)).toBeUndefined();
    expect((await db.cards.get('q1'))!.due).toBe(before.find((c) => c.questionId === 'q1')!.due);
  });

  it('refuses parameters that are not 21 finite numbers and changes nothing', async () => {
    const db = fresh();
    await seed(db);
    const before = await db.cards.toArray();
    await expect(applyParameters(db, { w: [1, 2, 3], trainedAt: T0, reviews: 4 }, 0)).rejects.toThrow(/21 finite/);
    expect(await storedParameters(db)).toBeUndefined();
    expect(await db.cards.toArray()).toEqual(before);
  });
});
