import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openLesson, seriousViolations, withPage } from './support';

const SHOTS = process.env.SHOTS_DIR;
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Makes IndexedDB refuse to open, as some private windows do. */
async function refuseStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // An arrow function: a named one would be compiled with a helper the page does not have.
    IDBFactory.prototype.open = (() => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    }) as IDBFactory['open'];
  });
}

describe('storage trouble', () => {
  for (const { width, height, scheme, locale } of [
    { width: 390, height: 844, scheme: 'light' as const, locale: 'en-US' },
    { width: 1280, height: 800, scheme: 'dark' as const, locale: 'ko-KR' },
    { width: 1920, height: 1080, scheme: 'light' as const, locale: 'en-US' },
  ]) {
    it(`with no IndexedDB the app says so and the lessons still read (${width}×${height}, ${scheme}, ${locale})`, async () => {
      await withPage(
        async (page) => {
          await refuseStorage(page);
          await page.goto('/');
          if (locale === 'ko-KR') {
            await page.locator('#header-language').selectOption('ko');
          }
          await openLesson(page, '/learn/docker/images-containers-dockerfile');
          const banner = page.locator('.storage-banner[role="alert"]');
          await banner.waitFor();
          assert.match((await banner.textContent()) ?? '', locale === 'ko-KR' ? /데이터를 저장하도록 허용하지 않습니다/ : /does not let Container Lab store anything/);
          await page.locator('pre code').first().waitFor();
          // The banner fits the viewport and does not push the lesson title out of the first screen.
          const box = await banner.boundingBox();
          assert.ok(box && box.x >= 0 && box.x + box.width <= width + 1, 'the banner fits the width');
          const title = await page.getByRole('heading', { level: 1 }).boundingBox();
          assert.ok(title && title.y < height, 'the lesson title is still on the first screen');
          assert.deepEqual(await seriousViolations(page), []);
          await shot(page, `storage-unavailable-${width}-${scheme}-${locale}`);
        },
        { viewport: { width, height }, colorScheme: scheme, locale },
      );
    });
  }
});
