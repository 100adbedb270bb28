import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Page } from 'playwright-core';
import { seriousViolations, withPage } from './support';

const SHOTS = process.env.SHOTS_DIR;

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;

/** Answers the first question of a practice queue and returns the "Read more" links. */
async function answerFirst(page: Page, path: string, readMore: string) {
  await page.goto(path);
  await page.locator('.question-stem').waitFor();
  await page.locator('.option-label').first().click();
  await page.keyboard.press('Enter');
  const list = page.getByRole('list', { name: readMore });
  await list.waitFor();
  return list.getByRole('link');
}

for (const locale of ['en-US', 'ko-KR'] as const) {
  const readMore = locale === 'en-US' ? 'Read more' : '더 읽어 보기';
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows cited pages by title after an answer (${locale}, ${colorScheme}), on a phone, a laptop and a projector`, async () => {
      for (const vp of VIEWPORTS) {
        await withPage(
          async (page) => {
            for (const [kind, path] of [['bank', '/practice?mode=topic&track=ecs'], ['generated', '/practice?mode=topic&generated=1']] as const) {
              const links = await answerFirst(page, path, readMore);
              const count = await links.count();
              assert.ok(count > 0);
              for (let i = 0; i < count; i++) {
                const link = links.nth(i);
                const text = (await link.innerText()).trim();
                // A title with its guide, never a file name.
                assert.match(text, /^(Amazon|AWS|IAM|Docker|Kubernetes|Eksctl|Elastic|Service Authorization)[^:]*: \S/, text);
                assert.doesNotMatch(text, /\.html$/);
                assert.equal(await link.getAttribute('target'), '_blank');
                const box = (await link.boundingBox())!;
                assert.ok(box.x >= 0 && box.x + box.width <= vp.width + 0.5, `${text} overflows ${vp.width} px`);
                assert.ok(box.height >= 44, `${text} is ${box.height} px tall`);
              }
              const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
              assert.ok(scroll <= vp.width, `the page scrolls sideways at ${vp.width} px`);
              if (SHOTS) {
                await page.getByRole('list', { name: readMore }).scrollIntoViewIfNeeded();
                await page.screenshot({ path: `${SHOTS}/references-${kind}-${locale}-${colorScheme}-${vp.name}.png` });
              }
            }
            assert.deepEqual(await seriousViolations(page), []);
          },
          { viewport: { width: vp.width, height: vp.height }, colorScheme, locale },
        );
      }
    });
  }
}
