import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/db';
import { TABLE_NAMES } from '@/db/rows';
import { CURRENT_VERSION, declareVersions, SCHEMA_VERSIONS } from '@/db/schema';

/** Rows a learner could have stored at version 1, one or more per table. */
const v1Rows = {
  settings: [{ key: 'preferences', value: { language: 'ko', theme: 'dark' } }],
  lessonProgress: [
    { lessonId: 'docker/images-containers-dockerfile', status: 'completed', lastVisitedAt: 1_700_000_000_000, completedAt: 1_700_000_100_000, scroll: 1 },
    { lessonId: 'ecs/launch-types', status: 'started', lastVisitedAt: 1_700_000_200_000, scroll: 0.4 },
  ],
  cards: [{ questionId: 'ecs-placement-1', deck: 'core', due: 1_700_086_400_000, stability: 3.2 }],
  reviews: [
    { questionId: 'ecs-placement-1', reviewedAt: 1_700_000_300_000, rating: 3 },
    { questionId: 'ecs-placement-1', reviewedAt: 1_700_000_400_000, rating: 1 },
  ],
  exams: [{ id: 'exam-1', startedAt: 1_700_000_500_000, status: 'submitted' }],
  diagrams: [{ id: 'd-1', name: 'S3 to ECS', updatedAt: 1_700_000_600_000, nodes: [], edges: [] }],
} as const;

/** Opens the database declaring only versions up to `version`, as an older release of the app did. */
async function openAt(name: string, version: number): Promise<Dexie> {
  const old = new Dexie(name);
  declareVersions(old, version);
  await old.open();
  return old;
}

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('database migrations', () => {
  it('declares versions in increasing order, ending at the current one', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.at(-1)).toBe(CURRENT_VERSION);
  });

  for (const from of SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v < CURRENT_VERSION)) {
    it(`keeps every row when a v${from} database is opened at v${CURRENT_VERSION}`, async () => {
      const name = `migration-from-v${from}`;
      names.push(name);
      const old = await openAt(name, from);
      expect(old.verno).toBe(from);
      for (const table of TABLE_NAMES) await old.table(table).bulkAdd(structuredClone(v1Rows[table]) as unknown as unknown[]);
      old.close();

      const current = createDatabase(name);
      await current.open();
      expect(current.verno).toBe(CURRENT_VERSION);
      for (const table of TABLE_NAMES) {
        const rows = await current.table(table).toArray();
        expect(rows.map((r: Record<string, unknown>) => {
          const { id: _id, ...rest } = r;
          return table === 'reviews' ? rest : r;
        })).toEqual(v1Rows[table]);
      }
      current.close();
    });
  }

  it('serves the index that v2 adds: reviews of one question in time order', async () => {
    const name = 'migration-v2-index';
    names.push(name);
    const old = await openAt(name, 1);
    await old.table('reviews').bulkAdd(structuredClone(v1Rows.reviews) as unknown as unknown[]);
    old.close();
    const current = createDatabase(name);
    const ordered = await current.reviews
      .where('[questionId+reviewedAt]')
      .between(['ecs-placement-1', Dexie.minKey], ['ecs-placement-1', Dexie.maxKey])
      .reverse()
      .first();
    expect(ordered?.reviewedAt).toBe(1_700_000_400_000);
    current.close();
  });
});
