import { Dexie, type EntityTable } from 'dexie';
import type { CardRow, DiagramRow, ExamRow, LessonProgressRow, ReviewRow, SettingRow } from './rows';
import { DB_NAME, declareVersions } from './schema';

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

export const db: AppDatabase = createDatabase();

/**
 * Asks the browser to keep this origin's storage under pressure. Returns whether storage is persistent
 * (false when the browser declines or has no Storage API).
 */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
