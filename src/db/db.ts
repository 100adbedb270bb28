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

export { requestPersistentStorage } from './persist';
