import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, watchDatabase } from '@/db/db';
import { recordAnswer } from '@/db/practice';
import { clearStorageTrouble, storageTroubles } from '@/db/status';

const NAME = 'watch-test';
afterEach(async () => {
  clearStorageTrouble('upgradedElsewhere');
  await Dexie.delete(NAME);
});

function openAt(version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME, version);
    request.onblocked = () => reject(new Error('blocked'));
    request.onerror = () => reject(request.error);
    request.onsuccess = () => resolve(request.result);
  });
}

describe('two tabs on one database', () => {
  it('answers recorded at the same moment by two connections are all kept, and the card counts them all', async () => {
    const tabA = watchDatabase(createDatabase(NAME));
    const tabB = watchDatabase(createDatabase(NAME));
    const input = { questionId: 'ecs-1', deck: 'core', outcome: 'right' as const, chosen: ['a'], timeMs: 1000, mode: 'daily' as const };
    await Promise.all([0, 1, 2, 3].map((i) => recordAnswer({ ...input, now: 1_000 + i }, i % 2 ? tabB : tabA)));
    expect(await tabA.reviews.count()).toBe(4);
    expect((await tabB.cards.get('ecs-1'))?.reps).toBe(4);
    tabA.close();
    tabB.close();
  });

  it('a newer version opened elsewhere: this connection closes for good, says so, and the upgrade keeps every row', async () => {
    const old = watchDatabase(createDatabase(NAME));
    await old.lessonProgress.put({ lessonId: 'ecs/launch-types', status: 'started', lastVisitedAt: 1, scroll: 0 });
    const upgraded = await openAt(old.verno * 10 + 1);
    await new Promise((r) => setTimeout(r, 10));
    expect(storageTroubles()).toContain('upgradedElsewhere');
    const rows = await new Promise<unknown[]>((resolve) => {
      const req = upgraded.transaction('lessonProgress').objectStore('lessonProgress').getAll();
      req.onsuccess = () => resolve(req.result);
    });
    expect(rows).toHaveLength(1);
    upgraded.close();
    // No silent reopen: the older code must not write into the upgraded database.
    await expect(old.lessonProgress.put({ lessonId: 'x/y', status: 'started', lastVisitedAt: 2, scroll: 0 })).rejects.toThrow(/closed/i);
  });
});
