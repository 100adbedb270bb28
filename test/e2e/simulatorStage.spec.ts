// The simulator as a stage, measured by element boxes against the viewport: on a laptop and a projector
// the cluster, the current event and the controls are seen together; presenter mode keeps every text
// of an instance card apart and at least 24 px at 1080p, up to three zones of four instances; the URL
// keeps the scenario and the event across a reload; the keys work whenever the stage has focus.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { threeZonesFourInstances } from '../fixtures/threeZones';
import { withPage } from './support';

const ROLLING = 'rolling-update-50-100';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

async function inViewport(page: Page, locator: Locator, what: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const box = await locator.boundingBox();
  assert.ok(box, `${what} is shown`);
  assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width + 0.5 && box.y + box.height <= viewport.height + 0.5, `${what} inside ${viewport.width}×${viewport.height}: ${JSON.stringify(box)}`);
}

async function stageReady(page: Page): Promise<void> {
  await page.getByRole('slider', { name: 'Position' }).waitFor();
  // The cluster's type is fitted to the space once the run is there; let that settle.
  await page.waitForFunction(() => document.querySelectorAll('.sim-instance').length > 0);
  await page.waitForTimeout(300);
}

/** Every visible text of each instance card as boxes, and the pairs that overlap. */
async function overlaps(page: Page): Promise<{ cards: number; smallest: number; pairs: string[] }> {
  return page.evaluate(() => {
    const pairs: string[] = [];
    let smallest = Infinity;
    const cards = [...document.querySelectorAll<HTMLElement>('.sim-instance')];
    for (const card of cards) {
      const boxes: { text: string; r: DOMRect }[] = [];
      const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent?.trim() || el.closest('.visually-hidden')) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) if (r.width > 1 && r.height > 1) boxes.push({ text: n.textContent.trim(), r });
        smallest = Math.min(smallest, parseFloat(style.fontSize));
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 1 && h > 1) pairs.push(`"${boxes[i]!.text}" × "${boxes[j]!.text}"`);
        }
      }
    }
    return { cards: cards.length, smallest, pairs };
  });
}

describe('simulator as a stage', () => {
  for (const viewport of SIZES) {
    it(`shows Play, the scrubber, the current event and every instance of the rolling update at ${viewport.width}×${viewport.height}, light and dark`, async () => {
      await withPage(
        async (page) => {
          await page.goto(`/simulator?scenario=${ROLLING}`);
          await stageReady(page);
          for (const theme of ['light', 'dark']) {
            await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
            for (const at of ['start', 'busiest']) {
              if (at === 'busiest') await page.getByRole('slider', { name: 'Position' }).fill('12');
              await inViewport(page, page.getByRole('button', { name: 'Play' }), `Play (${theme}, ${at})`);
              await inViewport(page, page.getByRole('slider', { name: 'Position' }), `the scrubber (${theme}, ${at})`);
              await inViewport(page, page.locator('.sim-stage .sim-now'), `the current event (${theme}, ${at})`);
              const cards = page.locator('.sim-instance');
              assert.ok((await cards.count()) >= 2);
              for (let i = 0; i < (await cards.count()); i++) await inViewport(page, cards.nth(i), `instance card ${i + 1} (${theme}, ${at})`);
            }
            await page.screenshot({ path: `test-results/simulator-stage-${viewport.width}-${theme}.png` });
            await page.getByRole('slider', { name: 'Position' }).fill('0');
          }
        },
        { viewport },
      );
    });
  }

  it('presenter mode at 1920×1080: no two texts of an instance card overlap, none under 24 px, three zones of four instances fit', async () => {
    await withPage(
      async (page) => {
        await page.goto(`/simulator?scenario=${ROLLING}&at=12&present=1`);
        await page.getByRole('region', { name: 'Presenter mode' }).waitFor();
        await stageReady(page);
        const rolling = await overlaps(page);
        assert.ok(rolling.cards >= 2);
        assert.deepEqual(rolling.pairs, []);
        assert.ok(rolling.smallest >= 24, `smallest card text ${rolling.smallest}px`);
        await page.screenshot({ path: 'test-results/simulator-presenter-1920.png' });

        await page.getByRole('button', { name: 'Exit presenter mode' }).click();
        await page.locator('#sim-file').setInputFiles({ name: 'three-zones.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(threeZonesFourInstances())) });
        await page.getByRole('heading', { level: 2, name: 'Three zones, four instances each' }).waitFor();
        await page.getByRole('button', { name: 'Presenter mode' }).click();
        await page.getByRole('region', { name: 'Presenter mode' }).waitFor();
        await stageReady(page);
        await page.keyboard.press('End');
        await page.waitForTimeout(300);
        const three = await overlaps(page);
        assert.equal(three.cards, 12);
        assert.deepEqual(three.pairs, []);
        assert.ok(three.smallest >= 24, `smallest card text ${three.smallest}px`);
        const cards = page.locator('.sim-instance');
        for (let i = 0; i < 12; i++) await inViewport(page, cards.nth(i), `instance card ${i + 1} of 12`);
        await inViewport(page, page.getByRole('slider', { name: 'Position' }), 'the scrubber');
        await page.screenshot({ path: 'test-results/simulator-presenter-3x4-1920.png' });
      },
      { viewport: { width: 1920, height: 1080 } },
    );
  });

  it('keeps the scenario and the event in the URL across a reload; the keys work whenever the stage has focus, with a hint', async () => {
    await withPage(async (page) => {
      await page.goto('/simulator');
      await stageReady(page);
      // The library opens with a basic scenario, grouped as the lessons teach.
      const groups = await page.locator('#sim-library optgroup').evaluateAll((els) => els.map((e) => e.getAttribute('label')));
      assert.deepEqual(groups, ['Task placement', 'Networking and host ports', 'Services and launch types', 'Rolling deployments', 'Kubernetes on Amazon EKS']);
      await page.getByLabel('Scenario library').selectOption(ROLLING);
      await page.waitForFunction((slug) => new URLSearchParams(location.search).get('scenario') === slug, ROLLING);
      await page.getByText(/Keys: Space plays or pauses/).waitFor();
      await page.locator('.sim-stage').focus();
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft']) await page.keyboard.press(key);
      const slider = page.getByRole('slider', { name: 'Position' });
      assert.equal(await slider.inputValue(), '2');
      await page.keyboard.press('End');
      const end = await slider.inputValue();
      assert.ok(Number(end) > 2);
      await page.keyboard.press('Home');
      assert.equal(await slider.inputValue(), '0');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => new URLSearchParams(location.search).get('at') === '2');
      await page.reload();
      await stageReady(page);
      assert.equal(await slider.inputValue(), '2');
      assert.equal(await page.getByLabel('Scenario library').inputValue(), ROLLING);
      // Lessons link both ways.
      await page.getByRole('link', { name: /^Lesson: / }).waitFor();
    });
  });

  it('draws an unplaceable task as a waiting chip with its reason, and speaks Kubernetes in a Kubernetes scenario', async () => {
    await withPage(async (page) => {
      await page.goto('/simulator?scenario=awsvpc-eni-limit');
      await stageReady(page);
      await page.keyboard.press('Tab');
      await page.locator('.sim-stage').focus();
      await page.keyboard.press('End');
      const waiting = page.getByRole('region', { name: 'Waiting for a place' });
      await waiting.getByText(/waiting for a place: .+/).waitFor({ state: 'attached' });
      await page.goto('/simulator?scenario=kubernetes-rolling-update-25&at=3');
      await stageReady(page);
      await page.locator('.sim-stage .sim-now').getByText(/^t=\d+s · Pod .+ scheduled on node /).waitFor();
      await page.getByText(/maxSurge \d+ · maxUnavailable \d+/).first().waitFor();
    });
  });
});
