import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/db';
import { peekTable } from '@/db/peek';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('peekTable', () => {
  it('reads the rows Dexie wrote', async () => {
    names.push('peek-1');
    const db = createDatabase('peek-1');
    await db.lessonProgress.put({ lessonId: 'ecs/launch-types', status: 'started', lastVisitedAt: 1, scroll: 0.5 });
    expect(await peekTable('lessonProgress', 'peek-1')).toEqual([{ lessonId: 'ecs/launch-types', status: 'started', lastVisitedAt: 1, scroll: 0.5 }]);
    // Dexie keeps working alongside, and sees later writes through either path.
    await db.lessonProgress.update('ecs/launch-types', { status: 'completed' });
    expect(await peekTable('lessonProgress', 'peek-1')).toMatchObject([{ status: 'completed' }]);
    db.close();
  });

  it('reads nothing, and creates nothing, when the database does not exist', async () => {
    expect(await peekTable('lessonProgress', 'peek-missing')).toEqual([]);
    expect(await Dexie.exists('peek-missing')).toBe(false);
    names.push('peek-missing');
    const db = createDatabase('peek-missing');
    await db.open();
    expect(db.verno).toBeGreaterThan(1);
    db.close();
  });

  it('reads an empty table when there is no IndexedDB at all', async () => {
    expect(await peekTable('settings', 'x', undefined)).toEqual([]);
  });
});
