import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { readTable, withPage } from './support';

/**
 * Two tabs of the app in one browser (one context, so one IndexedDB): answers given in both at the
 * same moment are all kept, none twice, and each card reflects every answer to it; an upgrade of the
 * database opened by another tab makes the older tab close its connection and ask for a reload,
 * while nothing stored is lost.
 */

type Review = { id: number; questionId: string; reviewedAt: number };
type Card = { questionId: string; reps?: number };

/** Answers the question on screen with the first option and waits until the answer is stored. */
async function answer(page: Page): Promise<string> {
  const stem = (await page.locator('.question-stem').textContent()) ?? '';
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: /Next review|comes back later in this session/ }).waitFor();
  return stem;
}

async function next(page: Page, after: string): Promise<void> {
  await page.keyboard.press('Enter');
  await page.waitForFunction((s) => document.querySelector('.question-stem')?.textContent !== s, after);
}

describe('two tabs', () => {
  it('answers given in two tabs at once are all kept, none duplicated, and every card counts both', async () => {
    await withPage(async (first, context) => {
      const second = await context.newPage();
      for (const page of [first, second]) {
        await page.goto('/practice?mode=daily');
        await page.locator('.question-stem').waitFor();
      }
      const rounds = 3;
      for (let round = 0; round < rounds; round++) {
        // Both tabs show the same due question and answer it at the same moment.
        const [a, b] = await Promise.all([answer(first), answer(second)]);
        assert.equal(a, b, 'both tabs show the same question');
        if (round < rounds - 1) await Promise.all([next(first, a), next(second, b)]);
      }
      const reviews = await readTable<Review>(first, 'reviews');
      assert.equal(reviews.length, 2 * rounds);
      assert.equal(new Set(reviews.map((r) => r.id)).size, reviews.length, 'no review stored twice');
      const cards = await readTable<Card>(first, 'cards');
      assert.equal(cards.length, rounds);
      for (const card of cards) {
        const count = reviews.filter((r) => r.questionId === card.questionId).length;
        assert.equal(count, 2, `two answers to ${card.questionId}`);
        // The card was read and written in one transaction per answer: the second saw the first.
        assert.equal(card.reps, 2, `the card of ${card.questionId} counts both answers`);
      }
    });
  });

  it('a database upgrade opened in another tab: the older tab is told to reload, and nothing is lost', async () => {
    await withPage(async (old, context) => {
      await old.goto('/practice?mode=daily');
      await old.locator('.question-stem').waitFor();
      const stem = await answer(old);
      const before = await readTable<Review>(old, 'reviews');
      assert.equal(before.length, 1);

      // Another tab (here a plain page of the same origin) opens the database at the next version,
      // as a newer version of the app would.
      const newer = await context.newPage();
      await newer.goto('/robots.txt');
      const upgraded = await newer.evaluate(
        () =>
          new Promise<{ version: number; reviews: number }>((resolve, reject) => {
            void indexedDB.databases().then((list) => {
              const current = list.find((d) => d.name === 'container-lab')?.version ?? 0;
              const request = indexedDB.open('container-lab', current + 1);
              request.onblocked = () => reject(new Error('the upgrade was blocked by the older tab'));
              request.onerror = () => reject(request.error);
              request.onsuccess = () => {
                const db = request.result;
                const count = db.transaction('reviews').objectStore('reviews').count();
                count.onsuccess = () => {
                  db.close();
                  resolve({ version: db.version, reviews: count.result });
                };
              };
            });
          }),
      );
      assert.equal(upgraded.reviews, 1, 'the upgrade kept the answer');

      const banner = old.getByRole('alert').filter({ hasText: 'Container Lab was updated in another tab' });
      await banner.waitFor();
      // The older tab does not reopen the upgraded database behind the learner's back: its next answer is not written.
      await next(old, stem);
      await old.keyboard.press('1');
      await old.keyboard.press('Enter');
      await old.waitForTimeout(500);
      assert.equal((await readTable<Review>(old, 'reviews')).length, 1);

      await banner.getByRole('button', { name: 'Reload this tab' }).click();
      await old.locator('.question-stem').waitFor();
      await answer(old);
      const after = await readTable<Review>(old, 'reviews');
      assert.equal(after.length, 2, 'after the reload the tab works on the upgraded database');
      assert.deepEqual(after[0], before[0]);
      const version = await old.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'container-lab')?.version);
      assert.equal(version, upgraded.version);
    });
  });
});
