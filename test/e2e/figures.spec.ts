/**
 * Lesson figures in the production build: the placement lesson's animated binpack figure on a phone (touch)
 * and on a projector, in light and dark, in English and Korean. The drawing loads, is an image named and
 * described in the lesson's language, fits the screen, keeps its labels readable, follows the theme, starts
 * paused with a Play control big enough to tap, and the page stays axe clean. Reduced motion gets no control.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Page } from 'playwright-core';
import { figureTexts } from '../../src/features/figures/texts';
import { openLesson, seriousViolations, withPage } from './support';

const SHOTS = process.env.SHOTS_DIR;
const ID = 'binpack-memory';
const FRAMES = 6;

const LOOKS = [
  { name: 'phone-dark-ko', viewport: { width: 390, height: 844 }, touch: true, colorScheme: 'dark', lang: 'ko' },
  { name: 'phone-light-en', viewport: { width: 390, height: 844 }, touch: true, colorScheme: 'light', lang: 'en' },
  { name: 'projector-light-ko', viewport: { width: 1920, height: 1080 }, touch: false, colorScheme: 'light', lang: 'ko' },
  { name: 'projector-dark-en', viewport: { width: 1920, height: 1080 }, touch: false, colorScheme: 'dark', lang: 'en' },
] as const;

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

async function openFigure(page: Page) {
  await openLesson(page, '/learn/ecs/placement');
  const figure = page.locator(`figure[data-figure="${ID}"]`);
  await figure.scrollIntoViewIfNeeded();
  const svg = figure.locator('svg[role="img"]');
  await svg.waitFor({ timeout: 15_000 });
  return { figure, svg };
}

for (const look of LOOKS) {
  it(`shows the binpack figure on the placement lesson: ${look.name}`, async () => {
    await withPage(
      async (page) => {
        const { figure, svg } = await openFigure(page);
        const words = figureTexts[ID][look.lang];
        assert.equal(await page.getByRole('article').getAttribute('lang'), look.lang, 'the lesson is in the chosen language');

        // Named by its title, described by its description, captioned, all in the lesson's language.
        assert.equal(await page.getByRole('img', { name: words.title }).count(), 1);
        const described = await svg.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
        assert.equal(described, words.desc);
        assert.equal((await figure.locator('figcaption').innerText()).trim(), words.caption);

        // The drawing fits the viewport, draws the layout for the screen, and no label is smaller than 12 px.
        const view = look.viewport;
        const box = (await svg.boundingBox())!;
        assert.ok(box.x >= 0 && box.x + box.width <= view.width + 0.5, `the figure (${box.x}..${box.x + box.width}) fits ${view.width} px`);
        const geometry = await svg.evaluate((el) => {
          const s = el as SVGSVGElement;
          const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
          const sizes = [...s.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')) * scale);
          return { viewBoxWidth: s.viewBox.baseVal.width, smallest: Math.min(...sizes) };
        });
        assert.equal(geometry.viewBoxWidth, view.width < 760 ? 360 : 720, 'phones get the narrow drawing, wide screens the wide one');
        assert.ok(geometry.smallest >= 12, `smallest label ${geometry.smallest.toFixed(1)} px`);

        // The figure follows the theme: dark letters on light, light letters on dark.
        const ink = await svg.locator('.fig-text').first().evaluate((el) => getComputedStyle(el).fill);
        if (look.colorScheme === 'dark') assert.ok(luminance(ink) > 0.5, `labels are light in dark mode (${ink})`);
        else assert.ok(luminance(ink) < 0.2, `labels are dark in light mode (${ink})`);

        // Animated, but paused on the finished picture until asked; the control is at least 44 px tall.
        const play = figure.getByRole('button');
        const playName = look.lang === 'ko' ? '애니메이션 재생' : 'Play animation';
        assert.equal((await play.innerText()).replace('▶', '').trim(), playName);
        assert.equal(await figure.locator('.figure-frame-count').innerText(), look.lang === 'ko' ? `${FRAMES}단계 중 ${FRAMES}단계` : `Step ${FRAMES} of ${FRAMES}`);
        assert.ok((await play.boundingBox())!.height >= 44, 'the Play control is a 44 px target');
        const tasksShown = () => figure.locator('.fig-reveal.fig-shown').count();
        assert.equal(await tasksShown(), 5, 'all five tasks are placed in the still picture');
        if (look.touch) await play.tap();
        else await play.click();
        assert.equal(await tasksShown(), 0, 'playing starts from the empty cluster');
        await page.waitForFunction((sel) => document.querySelectorAll(sel).length >= 2, `figure[data-figure="${ID}"] .fig-reveal.fig-shown`, { timeout: 6_000 });
        await figure.getByRole('button', { name: look.lang === 'ko' ? '애니메이션 일시 정지' : 'Pause animation' }).waitFor();

        assert.deepEqual(await seriousViolations(page), []);
        if (SHOTS) await figure.screenshot({ path: `${SHOTS}/figure-${look.name}.png` });
      },
      { viewport: look.viewport, colorScheme: look.colorScheme, locale: look.lang === 'ko' ? 'ko-KR' : 'en-US', touch: look.touch },
    );
  });
}

it('shows the whole picture and no animation control to people who prefer reduced motion', async () => {
  await withPage(
    async (page) => {
      const { figure } = await openFigure(page);
      assert.equal(await figure.getByRole('button').count(), 0);
      assert.equal(await figure.locator('.fig-reveal.fig-shown').count(), 5);
    },
    { reducedMotion: 'reduce' },
  );
});
