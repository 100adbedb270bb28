import type { TableName } from './rows';
import { DB_NAME } from './schema';

/**
 * Reads one whole table straight from IndexedDB, without loading Dexie and without creating the
 * database when it does not exist yet. The home screen and the start-up use it so the first screen
 * stays light; everything that writes goes through Dexie (`db.ts`). Never rejects: a missing database,
 * a missing table or a refused open all read as an empty table.
 */
export function peekTable<T>(table: TableName, name = DB_NAME, factory: IDBFactory | undefined = globalThis.indexedDB): Promise<T[]> {
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
      const read = database.transaction(table, 'readonly').objectStore(table).getAll();
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
