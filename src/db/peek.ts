import type { TableName } from './rows';
import { DB_NAME } from './schema';

/**
 * Reads one whole table straight from IndexedDB, without loading Dexie and without creating the
 * database when it does not exist yet. The home screen and the start-up use it so the first screen
 * stays light; everything that writes goes through Dexie (`db.ts`). Never rejects: a missing database,
 * a missing table or a refused open all read as an empty table.
 */
export function peekTable<T>(table: TableName, name = DB_NAME, factory: IDBFactory | undefined = globalThis.indexedDB): Promise<T[]> {
  return peek<T>(table, undefined, name, factory);
}

/**
 * The rows of `table` whose `index` is at or above `lower` (today's reviews by `reviewedAt`), read the
 * same way as `peekTable`: a missing table or index reads as empty.
 */
export function peekFrom<T>(table: TableName, index: string, lower: number, name = DB_NAME, factory: IDBFactory | undefined = globalThis.indexedDB): Promise<T[]> {
  return peek<T>(table, { index, lower }, name, factory);
}

function peek<T>(table: TableName, range: { index: string; lower: number } | undefined, name: string, factory: IDBFactory | undefined): Promise<T[]> {
  return new Promise((resolve) => {
    if (!factory) return resolve([]);
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      return resolve([]);
    }
    request.onupgradeneeded = () => {
      // The database did not exist: abort, so that opening it here does not create an empty one.
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      event.preventDefault();
      resolve([]);
    };
    request.onblocked = () => resolve([]);
    request.onsuccess = () => {
      const database = request.result;
      database.onversionchange = () => database.close();
      if (!database.objectStoreNames.contains(table)) {
        database.close();
        return resolve([]);
      }
      const store = database.transaction(table, 'readonly').objectStore(table);
      if (range && !store.indexNames.contains(range.index)) {
        database.close();
        return resolve([]);
      }
      const read = range ? store.index(range.index).getAll(IDBKeyRange.lowerBound(range.lower)) : store.getAll();
      read.onsuccess = () => {
        database.close();
        resolve(read.result as T[]);
      };
      read.onerror = () => {
        database.close();
        resolve([]);
      };
    };
  });
}
