import type { Dexie, Transaction } from 'dexie';
import type { TableName } from './rows';

export interface SchemaVersion {
  version: number;
  stores: Partial<Record<TableName, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every version of the database, oldest first. Never edit a published version: add a new one, with an
 * `upgrade` whenever the shape of stored rows changes. The migration tests open each older version,
 * fill it, and check that every row survives the upgrade to the newest.
 */
export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      settings: 'key',
      lessonProgress: 'lessonId, status, lastVisitedAt',
      cards: 'questionId, deck, due',
      reviews: '++id, questionId, reviewedAt',
      exams: 'id, startedAt, status',
      diagrams: 'id, updatedAt',
    },
  },
  {
    // v2: reviews of one question in time order (undo, per-question history); diagrams listed by name.
    version: 2,
    stores: {
      reviews: '++id, questionId, reviewedAt, [questionId+reviewedAt]',
      diagrams: 'id, updatedAt, name',
    },
  },
  {
    // v3: missed questions by their last rating; exams by kind and start; every new field is optional,
    // so rows written by v1 and v2 keep their shape.
    version: 3,
    stores: {
      cards: 'questionId, deck, due, lastRating',
      exams: 'id, startedAt, status, [status+startedAt]',
    },
  },
];

export const DB_NAME = 'container-lab';
export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

/** Declares versions 1…`upTo` on a Dexie instance (all of them by default). */
export function declareVersions(db: Dexie, upTo = CURRENT_VERSION): void {
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}
