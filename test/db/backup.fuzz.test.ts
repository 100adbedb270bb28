import { Dexie } from 'dexie';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeUtf8 } from '@/content/untrusted';
import { exportBackup, importBackup, parseBackup } from '@/db/backup';
import { createDatabase, type AppDatabase } from '@/db/db';
import { TABLE_NAMES } from '@/db/rows';
import { namesPlace, hostileArb, KINDS, KindTally, type Json } from '../fuzz/hostile';
import { PER_INPUT_MS, timedAsync } from '../fuzz/assertRefused';

const NOW = new Date('2026-03-01T09:00:00.000Z');
let db: AppDatabase;

/** A database with rows in every table, as a learner's would be after a few weeks. */
async function seed(target: AppDatabase): Promise<void> {
  await target.settings.bulkPut([
    { key: 'preferences', value: { language: 'ko', theme: 'dark' } },
    { key: 'deck:class-3', value: { slug: 'class-3', name: 'Class 3', questions: [{ id: 'q', stem: 'Which launch type?' }] } },
  ]);
  await target.lessonProgress.bulkPut([
    { lessonId: 'docker/images-containers-dockerfile', status: 'completed', lastVisitedAt: 10, completedAt: 20, scroll: 1 },
    { lessonId: 'ecs/launch-types', status: 'started', lastVisitedAt: 30, scroll: 0.25 },
  ]);
  await target.cards.put({ questionId: 'ecs-1', deck: 'core', due: 100, stability: 2.5, difficulty: 5, reps: 1, lapses: 0, state: 2, lastReview: 40, lastRating: 3 });
  await target.reviews.bulkAdd([
    { questionId: 'ecs-1', reviewedAt: 40, rating: 3, chosen: ['a'], correct: true, timeMs: 9000, mode: 'daily' },
    { questionId: 'iam-2', reviewedAt: 50, rating: 1, chosen: ['b', 'c'], correct: false, mode: 'topic' },
  ]);
  await target.exams.put({
    id: 'exam-1', startedAt: 60, status: 'submitted', exam: 'SAA-C03', deadline: 7_860, items: [{ questionId: 'ecs-1', domain: 'saa-resilient' }],
    answers: { 'ecs-1': ['a'] }, flagged: ['ecs-1'], current: 0, submittedAt: 70,
    result: { correct: 1, total: 1, scaled: 1000, passed: true, byDomain: [{ domain: 'saa-resilient', correct: 1, total: 1 }] },
  });
  await target.diagrams.put({ id: 'd1', name: 'Uploads', updatedAt: 80, diagram: { schemaVersion: 1, nodes: [], edges: [] } } as never);
}

/** Every row of every table, to compare before and after. */
async function everyTable(target: AppDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of TABLE_NAMES) out[name] = await target.table(name).toArray();
  return out;
}

beforeAll(async () => {
  db = createDatabase('backup-fuzz');
  await seed(db);
});
afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** Rows keep whatever extra keys older versions wrote, and settings hold any JSON: free-form there. */
const FREE = [['tables', 'settings', '*', 'value'], ['tables', 'diagrams', '*', 'diagram']];

describe('backup import, fuzzed', () => {
  it('refuses every hostile backup within a second, naming the place, and changes no table', async () => {
    const valid = (await exportBackup(db, NOW)) as unknown as Json;
    expect(parseBackup(JSON.stringify(valid)).ok).toBe(true);
    const before = await everyTable(db);
    const tally = new KindTally();
    await fc.assert(
      fc.asyncProperty(hostileArb(valid, { free: FREE, hugeString: 100_001 }), async (input) => {
        tally.add(input.kind);
        // What Settings → Import does: read the bytes, validate, and only a valid backup replaces the data.
        const { value: problems, ms } = await timedAsync(async () => {
          const decoded = decodeUtf8(input.bytes);
          if (!decoded.ok) return [decoded.message];
          const parsed = parseBackup(decoded.text);
          if (parsed.ok) await importBackup(db, parsed.backup);
          return parsed.ok ? undefined : parsed.problems;
        });
        expect(ms).toBeLessThan(PER_INPUT_MS);
        expect(problems, `${input.kind} at ${input.path.join('.')} was accepted`).toBeDefined();
        const all = (problems ?? []).join('\n');
        if (input.kind === 'invalidUtf8') expect(all).toMatch(/not UTF-8 text: invalid bytes at line \d+, column \d+/);
        else if (input.kind === 'truncation') expect(all).toMatch(/truncated|line \d+, column \d+/);
        else {
          const places = (problems ?? []).map((p) => p.split(': ')[0] ?? '').map((p) => (p === '(file)' ? '' : p));
          expect(places.some((p) => namesPlace(p, input.path)), `${input.kind} at ${input.path.join('.')} not named in:\n${all}`).toBe(true);
        }
        // Reading every table costs more than the import attempt: compare after every 20th input, and at the end.
        if (tally.total % 20 === 0) expect(await everyTable(db)).toEqual(before);
      }),
      { numRuns: 240, seed: 16 },
    );
    expect(await everyTable(db)).toEqual(before);
    for (const kind of KINDS) expect(tally.counts.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(10);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
