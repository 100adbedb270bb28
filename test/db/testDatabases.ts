// Fresh, uniquely named app databases for a test file: each one, and each reopened copy, is closed and
// deleted after every test.
import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import { createDatabase, type AppDatabase } from '@/db/db';

export function testDatabases(prefix: string): { fresh: () => AppDatabase; reopen: (db: AppDatabase) => AppDatabase } {
  const opened: AppDatabase[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });
  const keep = (db: AppDatabase) => (opened.push(db), db);
  return { fresh: () => keep(createDatabase(`${prefix}-${opened.length}-${Math.random()}`)), reopen: (db) => keep(createDatabase(db.name)) };
}
