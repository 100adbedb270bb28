import type { Page } from 'playwright-core';

/**
 * Writes `count` review cards straight into the app's IndexedDB: every fifth is due (overdue by a
 * minute per index), the rest fall due over the next months. Returns how many are due now. The cards
 * belong to no question the app knows (`bench-…`, or `otherIds(i)`), except that the first due ones take
 * the ids in `questionIds` (questions of the bank), as many as there are.
 */
export async function seedCards(page: Page, count: number, questionIds: readonly string[] = [], otherIds: (i: number) => string = (i) => `bench-${i}`): Promise<number> {
  const others = Array.from({ length: count }, (_, i) => otherIds(i));
  await page.evaluate(
    ({ n, ids, rest }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('container-lab');
        // Seeding never creates the database (createAppDatabase in support.ts has the app do it).
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(new Error(`cannot seed cards: ${open.error?.name === 'AbortError' ? 'the app has not created its database' : String(open.error)}`));
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains('cards')) return reject(new Error('cannot seed cards: the database has no cards table'));
          const tx = open.result.transaction('cards', 'readwrite');
          const store = tx.objectStore('cards');
          const now = Date.now();
          for (let i = 0; i < n; i++) {
            const due = i % 5 === 0 ? now - (i + 1) * 60_000 : now + (1 + (i % 97)) * 86_400_000;
            const id = i % 5 === 0 ? ids[i / 5] : undefined;
            store.put({ questionId: id ?? rest[i], deck: 'core', due, stability: 1 + (i % 40), difficulty: 5, elapsedDays: 3, scheduledDays: 4, learningSteps: 0, reps: 3, lapses: i % 3, state: 2, lastReview: now - 4 * 86_400_000, lastRating: 3 });
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { n: count, ids: [...questionIds], rest: others },
  );
  return Math.ceil(count / 5);
}
