import { Dexie, type EntityTable } from 'dexie';
import type { CardRow, DiagramRow, ExamRow, LessonProgressRow, ReviewRow, SettingRow } from './rows';
import { markDatabasePresent } from './presence';
import { DB_NAME, declareVersions } from './schema';
import { clearStorageTrouble, isQuotaError, reportStorageTrouble } from './status';

export type AppDatabase = Dexie & {
  settings: EntityTable<SettingRow, 'key'>;
  lessonProgress: EntityTable<LessonProgressRow, 'lessonId'>;
  cards: EntityTable<CardRow, 'questionId'>;
  reviews: EntityTable<ReviewRow, 'id'>;
  exams: EntityTable<ExamRow, 'id'>;
  diagrams: EntityTable<DiagramRow, 'id'>;
};

/** Opens (lazily, on first use) the app's database under `name`. */
export function createDatabase(name = DB_NAME): AppDatabase {
  const db = new Dexie(name) as AppDatabase;
  declareVersions(db);
  return db;
}

/**
 * Reports storage trouble to the app shell (./status.ts) and keeps two tabs from corrupting each other:
 * - Another tab opening a newer version asks this one to close its connection (versionchange). This
 *   tab closes for good (no silent reopen, whose older code would write rows of an older shape into
 *   the upgraded database) and is told to reload; everything stored so far stays, and the upgrade runs.
 * - This tab's own upgrade waiting for older tabs (blocked) is reported until the database opens.
 * - A write refused for lack of space (QuotaExceededError) is reported, then rethrown to its caller.
 */
export function watchDatabase(db: AppDatabase): AppDatabase {
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    reportStorageTrouble('upgradedElsewhere');
    // Returning false keeps Dexie's own handler, which would reopen on the next call, from running.
    return false;
  });
  db.on('blocked', () => reportStorageTrouble('upgradeBlocked'));
  db.on('ready', () => {
    clearStorageTrouble('upgradeBlocked');
    // The database exists now (Dexie creates it on first open): screens showing "nothing stored yet" read it.
    if (db.name === DB_NAME) markDatabasePresent();
  });
  db.use({
    stack: 'dbcore',
    name: 'reportQuota',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        const tx = down.transaction(stores, mode, options);
        // The core transaction is IndexedDB's own: a quota failure can also surface only when it commits.
        const native = tx as unknown as Partial<IDBTransaction>;
        if (mode === 'readwrite' && typeof native.addEventListener === 'function') {
          native.addEventListener('abort', () => {
            if (isQuotaError(native.error)) reportStorageTrouble('quotaExceeded');
          });
        }
        return tx;
      },
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (req) =>
            table.mutate(req).catch((error: unknown) => {
              if (isQuotaError(error)) reportStorageTrouble('quotaExceeded');
              throw error;
            }),
        };
      },
    }),
  });
  return db;
}

export const db: AppDatabase = watchDatabase(createDatabase());

export { requestPersistentStorage } from './persist';
