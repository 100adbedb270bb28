// Long lessons: the table of contents on a laptop and a phone, and the reading position restored exactly
// after a reload while the widgets above it mount and load again.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { boxOf, untilStored, withPage } from './support';

/** A long lesson with three simulators, several quizzes and a sandbox exercise. */
const LESSON = '/learn/ecs/launch-types';
const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** The top of an element relative to the viewport, in px. */
const topOf = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);

/** Waits until every widget mounted so far has loaded (those far from the viewport stay unmounted). */
const mountedWidgetsLoaded = (page: Page) =>
  page.waitForFunction(() => !document.querySelector('.widget-slot[data-mounted] :is(.widget-loading, .sb-widget-loading, [aria-busy="true"])'), undefined, { timeout: 30_000 });

describe('table of contents', () => {
  it('on a laptop, sits beside the text, stays in view, follows the reading and jumps to a section', async () => {
    await withPage(
      async (page) => {
        await page.goto(LESSON);
        const toc = page.getByRole('navigation', { name: 'On this page' });
        await toc.waitFor();
        const prose = await boxOf(page.locator('.prose'));
        const side = await boxOf(toc);
        assert.ok(side.x >= prose.x + prose.width, 'the contents are to the right of the text');
        assert.ok(side.x + side.width <= LAPTOP.width, 'and inside the viewport');

        await toc.getByRole('link', { name: 'Capacity providers: the modern way to choose' }).click();
        const heading = page.getByRole('heading', { level: 2, name: 'Capacity providers: the modern way to choose' });
        // The heading lands at the top, and stays there while the widgets passed on the way load.
        await page.waitForFunction(() => {
          const h = document.getElementById('capacity-providers-the-modern-way-to-choose');
          const top = h?.getBoundingClientRect().top ?? -1;
          return top >= 0 && top <= 24;
        });
        await mountedWidgetsLoaded(page);
        const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
        assert.ok(top >= 0 && top <= 24, `the heading is ${top} px from the top`);
        assert.equal(await heading.evaluate((el) => el === document.activeElement), true, 'focus moves to the heading');
        await page.waitForFunction(() => document.querySelector('.toc [aria-current="location"]')?.textContent === 'Capacity providers: the modern way to choose');

        // Still in view, far down the page, and the current section follows the scroll.
        const after = await boxOf(toc);
        assert.ok(after.y >= 0 && after.y + after.height <= LAPTOP.height, 'the contents stay in view');
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.closest('.prose') !== null), true, 'Tab continues inside the section');
      },
      { viewport: LAPTOP },
    );
  });

  it('on a phone, is a closed list at the top that opens with a tap and takes the learner to a section', async () => {
    await withPage(
      async (page) => {
        await page.goto(LESSON);
        const toc = page.getByRole('navigation', { name: 'On this page' });
        const toggle = toc.getByRole('button', { name: 'On this page' });
        await toggle.waitFor();
        assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
        assert.equal(await toc.getByRole('link').first().isVisible(), false, 'the list is closed');
        const box = await boxOf(toggle);
        assert.ok(box.height >= 44 && box.x >= 0 && box.x + box.width <= PHONE.width);
        await toggle.tap();
        const entry = toc.getByRole('link', { name: 'How the exam phrases it' });
        const entryBox = await boxOf(entry);
        assert.ok(entryBox.height >= 44, `an entry is ${entryBox.height} px tall`);
        await entry.tap();
        await page.waitForFunction(() => {
          const h = document.getElementById('how-the-exam-phrases-it');
          const top = h?.getBoundingClientRect().top ?? -1;
          return top >= 0 && top <= 24;
        });
        const bar = await boxOf(page.getByRole('navigation', { name: 'Main' }));
        const heading = await boxOf(page.getByRole('heading', { level: 2, name: 'How the exam phrases it' }));
        assert.ok(heading.y + heading.height <= bar.y, 'the heading is not under the tab bar');
        assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'the list closes behind the learner');
      },
      { viewport: PHONE, touch: true },
    );
  });
});

describe('reading position', () => {
  for (const [name, viewport, touch] of [
    ['laptop', LAPTOP, false],
    ['phone', PHONE, true],
  ] as const) {
    it(`comes back exactly after a reload, once the widgets above it have loaded again (${name})`, async () => {
      await withPage(
        async (page) => {
          await page.goto(LESSON);
          // The text is laid out a few blocks per frame; the footer comes once it is whole.
          await page.locator('.lesson-footer').waitFor();
          // Somewhere in the middle, below three simulators and two quizzes: a heading 200 px down.
          const id = 'launch-types-and-capacity-providers-today';
          await page.evaluate((h) => window.scrollTo(0, document.getElementById(h)!.getBoundingClientRect().top + window.scrollY - 200), id);
          await mountedWidgetsLoaded(page);
          // Widgets that loaded meanwhile may have moved the text: nudge, so the position is saved as it is now.
          await page.evaluate(() => window.scrollBy(0, 40));
          await page.waitForTimeout(100);
          const before = await topOf(page, `#${id}`);
          assert.ok(before > 0 && before < viewport.height, `the heading is in view at ${before}`);
          await untilStored<{ place?: { offset: number } }>(page, 'lessonProgress', (rows) => rows.some((r) => r.place !== undefined));
          await page.waitForTimeout(500);
          assert.ok(Math.abs((await topOf(page, `#${id}`)) - before) <= 1, 'nothing moved while the place was saved');

          await page.reload();
          await page.locator('.lesson .objectives').waitFor();
          await page.waitForFunction(
            ([h, y]) => {
              const top = document.getElementById(h!)?.getBoundingClientRect().top;
              return top !== undefined && Math.abs(top - Number(y)) <= 8;
            },
            [id, String(before)] as const,
            { timeout: 20_000 },
          );
          await mountedWidgetsLoaded(page);
          const after = await topOf(page, `#${id}`);
          assert.ok(Math.abs(after - before) <= 8, `the heading was at ${before} px and is at ${after} px after the reload`);
        },
        { viewport, touch },
      );
    });
  }
});
