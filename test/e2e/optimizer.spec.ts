/**
 * "Optimize my schedule" in Chromium against the production build: the page is cross-origin isolated, the
 * optimizer (fsrs-browser's worker and WebAssembly) is fetched only on the click, a fresh profile is told
 * how many reviews it needs, and a learner with a review log trains, compares and applies parameters that
 * stay applied after a reload.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Page } from 'playwright-core';
import { readTable, seriousViolations, withPage } from './support';

const SHOTS = process.env.SHOTS_DIR;
const DAY = 86_400_000;
const OPTIMIZER_REQUEST = /optimizer\.worker|workerHelpers|fsrs_browser/;

/**
 * Writes a review log straight into the app's IndexedDB: `questions` questions answered on days 0, 1, 4,
 * 11 and 25 of the last month, rated by a fixed pattern (about one in five forgotten). Each question gives
 * four spaced reviews.
 */
async function seedReviewLog(page: Page, questions: number): Promise<void> {
  await page.evaluate(
    ({ n, day }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('container-lab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('reviews', 'readwrite');
          const store = tx.objectStore('reviews');
          const start = Date.now() - 30 * day;
          let x = 7;
          for (let q = 0; q < n; q++) {
            for (const [i, offset] of [0, 1, 4, 11, 25].entries()) {
              x = (x * 48271) % 2147483647;
              const rating = i === 0 ? (x % 4 === 0 ? 1 : 3) : x % 5 === 0 ? 1 : x % 11 === 0 ? 2 : 3;
              store.add({ questionId: `seeded-${q}`, deck: 'core', reviewedAt: start + offset * day + q * 60_000, rating, chosen: ['a'], correct: rating > 1, guessed: rating === 2, timeMs: 4000, mode: 'daily' });
            }
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { n: questions, day: DAY },
  );
}

function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.context().on('request', (r) => urls.push(r.url()));
  return urls;
}

const panel = (page: Page) => page.getByRole('group', { name: 'Personal parameters' });

it('a fresh profile: isolated page, the button disabled with the reviews needed and had, no optimizer fetched', async () => {
  await withPage(async (page) => {
    const requests = recordRequests(page);
    await page.goto('/settings');
    await panel(page).getByText('Optimizing needs at least 64 spaced reviews').waitFor();
    assert.match((await panel(page).textContent()) ?? '', /You have 0\./);
    assert.equal(await panel(page).getByRole('button', { name: 'Optimize my schedule' }).isDisabled(), true);
    assert.equal(await page.evaluate(() => crossOriginIsolated), true, 'the page is cross-origin isolated');
    for (const path of ['/', '/practice', '/progress', '/settings']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    await page.waitForLoadState('networkidle');
    assert.deepEqual(requests.filter((u) => OPTIMIZER_REQUEST.test(u)), [], 'no route load fetches the optimizer');
  });
});

it('trains on the learner’s log, shows default against optimized, applies, and keeps them after a reload', async () => {
  await withPage(async (page) => {
    const requests = recordRequests(page);
    await page.goto('/settings');
    await panel(page).waitFor();
    await seedReviewLog(page, 80);
    await page.reload();
    await panel(page).getByText('You have 320 spaced reviews to train on.').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(requests.filter((u) => OPTIMIZER_REQUEST.test(u)), [], 'nothing of the optimizer before the click');

    const started = Date.now();
    await panel(page).getByRole('button', { name: 'Optimize my schedule' }).click();
    await panel(page).getByRole('progressbar', { name: 'Training progress' }).waitFor();
    const table = panel(page).getByRole('table', { name: 'Default and optimized parameters on your reviews' });
    await table.waitFor({ timeout: 60_000 });
    console.log(`optimizer on 320 spaced reviews: ${Date.now() - started} ms from the click to the table`);
    assert.ok(requests.some((u) => /\.wasm$/.test(u)), 'the WebAssembly is fetched after the click');
    const cells = await table.locator('td').allTextContents();
    assert.equal(cells.length, 4);
    for (const c of cells) assert.match(c, /^\d+\.\d{4}$/);
    assert.deepEqual(await seriousViolations(page), []);
    if (SHOTS) await panel(page).screenshot({ path: `${SHOTS}/optimizer-result.png` });

    await panel(page).getByRole('button', { name: 'Apply' }).click();
    await panel(page).getByRole('status').filter({ hasText: 'Personal parameters applied: 80 cards rescheduled' }).waitFor();
    const settings = await readTable<{ key: string; value: { w: number[]; reviews: number } }>(page, 'settings');
    const stored = settings.find((s) => s.key === 'practice.parameters')?.value;
    assert.equal(stored?.w.length, 21);
    assert.equal(stored?.reviews, 320);
    assert.equal((await readTable(page, 'cards')).length, 80);
    assert.equal((await readTable(page, 'reviews')).length, 400, 'every review is still in the log');

    await page.reload();
    await panel(page).getByText(/Your schedule uses personal parameters trained on .* from 320 spaced reviews\./).waitFor();
    await panel(page).getByRole('button', { name: 'Reset to defaults' }).click();
    await panel(page).getByRole('status').filter({ hasText: 'Back to the default parameters: 80 cards rescheduled.' }).waitFor();
    assert.equal((await readTable<{ key: string }>(page, 'settings')).some((s) => s.key === 'practice.parameters'), false);
  });
});

it('Keep defaults leaves the schedule as it was', async () => {
  await withPage(async (page) => {
    await page.goto('/settings');
    await panel(page).waitFor();
    await seedReviewLog(page, 30);
    await page.reload();
    await panel(page).getByRole('button', { name: 'Optimize my schedule' }).click();
    await panel(page).getByRole('button', { name: 'Keep defaults' }).click({ timeout: 60_000 });
    await panel(page).getByRole('status').filter({ hasText: 'Kept the parameters you had. Nothing changed.' }).waitFor();
    assert.equal((await readTable<{ key: string }>(page, 'settings')).some((s) => s.key === 'practice.parameters'), false);
    assert.equal((await readTable(page, 'cards')).length, 0);
  });
});

it('offline, the service worker’s page stays isolated and the optimizer, kept after its first use, runs again', async () => {
  await withPage(async (page, context) => {
    await page.goto('/settings');
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    await panel(page).waitFor();
    await seedReviewLog(page, 30);
    await page.reload();
    assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the page is served by the service worker');
    await panel(page).getByRole('button', { name: 'Optimize my schedule' }).click();
    await panel(page).getByRole('button', { name: 'Keep defaults' }).click({ timeout: 60_000 });

    await context.setOffline(true);
    await page.reload();
    await panel(page).waitFor();
    assert.equal(await page.evaluate(() => crossOriginIsolated), true, 'offline, the page is still cross-origin isolated');
    await panel(page).getByRole('button', { name: 'Optimize my schedule' }).click();
    await panel(page).getByRole('table', { name: 'Default and optimized parameters on your reviews' }).waitFor({ timeout: 60_000 });
  });
});
