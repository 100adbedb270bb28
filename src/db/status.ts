/**
 * Trouble with the browser's storage, reported by the database layer and shown by the app shell (a
 * banner that says what happened and what to do). This module loads no Dexie, so the shell can listen
 * from the first screen without loading the database.
 */
import { DB_NAME } from './schema';

export type StorageTrouble =
  /** IndexedDB cannot be opened at all (some private windows, storage disabled): nothing will be kept. */
  | 'unavailable'
  /** A write was refused because the browser's storage quota is used up: that change was not saved. */
  | 'quotaExceeded'
  /** Another tab opened a newer version of the app and upgraded the database: this tab must reload. */
  | 'upgradedElsewhere'
  /** This tab's database upgrade waits for older tabs to close. */
  | 'upgradeBlocked';

let troubles: readonly StorageTrouble[] = [];
const listeners = new Set<() => void>();

function set(next: readonly StorageTrouble[]): void {
  troubles = next;
  for (const listener of listeners) listener();
}

/**
 * Reports a trouble. Listeners hear of it on a fresh task: a report made inside a failing Dexie
 * transaction must not run the app's code in that transaction's zone, where any later transaction
 * would be taken for a nested one of the failed transaction.
 */
export function reportStorageTrouble(trouble: StorageTrouble): void {
  if (troubles.includes(trouble)) return;
  troubles = [...troubles, trouble];
  setTimeout(() => set(troubles), 0);
}

export function clearStorageTrouble(trouble: StorageTrouble): void {
  if (troubles.includes(trouble)) set(troubles.filter((t) => t !== trouble));
}

/** The current troubles (the same array until they change, for useSyncExternalStore). */
export function storageTroubles(): readonly StorageTrouble[] {
  return troubles;
}

export function subscribeStorageTroubles(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether an error (or the error inside a Dexie error) is the browser refusing a write for lack of space. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { inner?: unknown }).inner, depth++) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true;
  }
  return false;
}

/**
 * What opening the app's database without creating it finds: no IndexedDB at all (`none`: absent, or
 * opening throws), no database yet (`missing`), the database (`exists`, also while another tab upgrades
 * it), or an open that failed for another reason (`failed`). An upgrade that would create the database is
 * aborted, so probing never leaves an empty one behind.
 */
export type ProbeResult = 'none' | 'missing' | 'exists' | 'failed';

export function probeDatabase(factory: IDBFactory | undefined = globalThis.indexedDB, name = DB_NAME): Promise<ProbeResult> {
  return new Promise((resolve) => {
    if (!factory) return resolve('none');
    let request: IDBOpenDBRequest;
    let fresh = false;
    try {
      request = factory.open(name);
    } catch {
      return resolve('none');
    }
    request.onupgradeneeded = () => {
      fresh = true;
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      event.preventDefault();
      resolve(fresh ? 'missing' : 'failed');
    };
    request.onblocked = () => resolve('exists');
    request.onsuccess = () => {
      request.result.close();
      resolve('exists');
    };
  });
}

/**
 * Checks at start-up that IndexedDB can be opened at all, without creating the database: resolves
 * true when it can, and reports `unavailable` (resolving false) when opening throws or fails.
 */
export async function probeStorage(factory: IDBFactory | undefined = globalThis.indexedDB, name = DB_NAME): Promise<boolean> {
  const found = await probeDatabase(factory, name);
  if (found === 'missing' || found === 'exists') return true;
  reportStorageTrouble('unavailable');
  return false;
}
