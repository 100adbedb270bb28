/**
 * Whether the app's database exists yet, found without loading Dexie and without creating it.
 *
 * On a first visit there is no database, so every read would answer "nothing stored". Dexie, though,
 * creates the database (every table and index) on its first query, which costs a phone a few hundred
 * milliseconds of main thread while the screen is being drawn. Screens that only read at first ask this
 * module instead: while the database is absent they show their empty state at once, and Dexie opens the
 * database when the learner first writes.
 *
 * The answer only ever moves from absent to present: when the database opens in this tab (db.ts calls
 * `markDatabasePresent`), or when the tab comes back into view and a new probe finds that another tab
 * created it.
 */
import { probeDatabase } from './status';

type Presence = 'unknown' | 'absent' | 'present';

let presence: Presence = 'unknown';
let probing: Promise<void> | undefined;
const listeners = new Set<() => void>();

function set(next: Presence): void {
  if (presence === next || presence === 'present') return;
  presence = next;
  for (const listener of [...listeners]) listener();
}

function startProbe(): Promise<void> {
  return (probing ??= probeDatabase().then((found) => {
    probing = undefined;
    // No IndexedDB at all stores nothing (the storage banner says so); an open that fails for another
    // reason is left to Dexie, which reports it.
    set(found === 'exists' || found === 'failed' ? 'present' : 'absent');
  }));
}

let watching = false;
/** While absent, look again each time the tab comes back into view (another tab may have written). */
function watchVisibility(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && presence === 'absent') void startProbe();
  });
}

/** The database opened in this tab: it exists from now on. */
export function markDatabasePresent(): void {
  set('present');
}

/**
 * Calls `onAbsent` if the database does not exist yet, then `onPresent` once it does (at once when it
 * already exists). Returns a function that stops both.
 */
export function whenDatabase(handlers: { onAbsent: () => void; onPresent: () => void }): () => void {
  let stopped = false;
  let toldAbsent = false;
  const check = () => {
    if (stopped) return;
    if (presence === 'present') {
      listeners.delete(check);
      handlers.onPresent();
    } else if (presence === 'absent' && !toldAbsent) {
      toldAbsent = true;
      handlers.onAbsent();
    }
  };
  listeners.add(check);
  if (presence === 'unknown') void startProbe();
  watchVisibility();
  check();
  return () => {
    stopped = true;
    listeners.delete(check);
  };
}

/** Whether the database is known to exist (false while unknown or absent). */
export function databaseKnownPresent(): boolean {
  return presence === 'present';
}

/** Resolves whether the database exists (probing once per page when not yet known). */
export async function databasePresent(): Promise<boolean> {
  if (presence === 'unknown') await startProbe();
  watchVisibility();
  return presence === 'present';
}
