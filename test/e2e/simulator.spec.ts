import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { seriousViolations, tabTo, untilStored, widgetsLoaded, withPage } from './support';

const TITLE = 'Rolling update at minimum 50% / maximum 100%';

async function openScenario(page: Page, slug: string) {
  await page.goto('/simulator');
  await page.getByRole('heading', { level: 1, name: 'Simulator' }).waitFor();
  await page.getByLabel('Scenario library').selectOption(slug);
}

async function selectedOption(page: Page): Promise<string> {
  return page.getByLabel('Scenario library').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
}

async function positionText(page: Page): Promise<string> {
  return (await page.getByRole('slider', { name: 'Position' }).getAttribute('aria-valuetext')) ?? '';
}

describe('simulator', () => {
  it('plays a scenario, steps back, explains a placement, and a share link reopens the same state', async () => {
    await withPage(async (page, context) => {
      await openScenario(page, 'rolling-update-50-100');
      await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
      const slider = page.getByRole('slider', { name: 'Position' });
      assert.match(await positionText(page), /^Event 0 of \d+, t = 0 s$/);

      await page.getByRole('button', { name: 'Play' }).click();
      await page.waitForFunction(() => Number((document.querySelector('input[type=range]') as HTMLInputElement).value) >= 6);
      await page.getByRole('button', { name: 'Pause' }).click();
      const played = Number(await slider.inputValue());
      assert.ok(played >= 6);
      await page.getByRole('button', { name: 'Step back' }).click();
      assert.equal(Number(await slider.inputValue()), played - 1);

      // The tasks placed so far are buttons; choosing one explains its placement.
      const chip = page.getByRole('button', { name: /^Task t-2, revision 1, .*Show why/ });
      await chip.click();
      const table = page.getByRole('table', { name: /^Why task t-2 \(revision 1\) went to i-/ });
      await table.waitFor();
      assert.equal(await table.getByRole('row').count(), 3, 'a header and one row per instance');
      assert.ok((await page.getByRole('list', { name: 'Event log' }).getByRole('listitem').count()) === played - 1);

      assert.deepEqual(await seriousViolations(page), []);
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
      assert.deepEqual(await seriousViolations(page), []);

      const at = await positionText(page);
      const step = Number(await slider.inputValue());
      await page.getByRole('button', { name: 'Share link' }).click();
      // A library scenario is shared by name and event: a short link.
      const link = await page.getByLabel('Link to this scenario and position').inputValue();
      assert.match(link, new RegExp(`/simulator\\?scenario=rolling-update-50-100&at=${step}$`));
      assert.ok(link.length < 200, `share link of ${link.length} characters`);

      const fresh = await context.browser()!.newContext({ baseURL: new URL(link).origin });
      const other = await fresh.newPage();
      await other.goto(link);
      await other.getByRole('heading', { level: 2, name: TITLE }).waitFor();
      // The notice names the scenario and the event it opened at.
      await other.getByRole('status').filter({ hasText: new RegExp(`^Opened “${TITLE.replace(/[/%]/g, '.')}” at event ${step} of \\d+\\.$`) }).waitFor();
      assert.equal(await positionText(other), at);
      assert.equal(await selectedOption(other), TITLE);
      await fresh.close();
    });
  });

  it('presenter mode works from the keyboard alone', async () => {
    await withPage(async (page) => {
      await openScenario(page, 'binpack-memory');
      await tabTo(page, (el) => el.tag === 'button' && el.name === 'Presenter mode', 60);
      await page.keyboard.press('Enter');
      const region = page.getByRole('region', { name: 'Presenter mode' });
      await region.waitFor();
      const slider = page.getByRole('slider', { name: 'Position' });
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      assert.equal(await slider.inputValue(), '2');
      await page.keyboard.press('ArrowLeft');
      assert.equal(await slider.inputValue(), '1');
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Pause' }).waitFor();
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Play' }).waitFor();
      const size = await region.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      assert.ok(size >= 18, `large type in presenter mode (${size}px)`);
      assert.deepEqual(await seriousViolations(page), []);
      await page.keyboard.press('Escape');
      await page.getByRole('heading', { level: 1, name: 'Simulator' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'sim-presenter-button');
    });
  });

  it('names what is wrong in an edited scenario and keeps the edit across a reload', async () => {
    await withPage(async (page) => {
      await openScenario(page, 'distinct-instance');
      await page.getByRole('heading', { level: 2, name: 'Edit the scenario' }).click();
      await page.getByRole('button', { name: 'JSON' }).click();
      const json = page.getByLabel('Scenario JSON');
      const text = await json.inputValue();
      await json.fill(text.replace('"desiredCount": ', '"desiredCount": -'));
      await page.getByRole('alert').filter({ hasText: 'service.desiredCount: expected a non-negative integer' }).waitFor();
      await json.fill(text.replace(/\}\s*$/, ''));
      await page.getByRole('alert').filter({ hasText: /JSON syntax error at line \d+, column \d+/ }).waitFor();
      await json.fill(text.replace('"seed": 7', '"seed": 8'));
      await page.getByText('The scenario is valid.').waitFor();
      await untilStored<{ key: string; value: { text?: string } }>(page, 'settings', (rows) =>
        rows.some((r) => r.key === 'simulator.draft' && r.value.text?.includes('"seed": 8') === true),
      );
      await page.reload();
      await page.getByRole('button', { name: 'JSON' }).click();
      assert.match(await page.getByLabel('Scenario JSON').inputValue(), /"seed": 8/);
      assert.equal(await selectedOption(page), 'My edited scenario');
      assert.deepEqual(await seriousViolations(page), []);
    });
  });

  it('is usable on a phone and embedded in a lesson', async () => {
    await withPage(
      async (page) => {
        await openScenario(page, 'spread-az');
        assert.deepEqual(await seriousViolations(page), []);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `no horizontal scrolling at 360 px (${overflow}px)`);
        await page.goto('/learn/ecs/networking');
        // Lesson widgets mount as the reader comes near them: once the lesson is there, bring each near.
        await page.locator('.widget-slot').first().waitFor({ state: 'attached' });
        await widgetsLoaded(page);
        const widget = page.getByRole('figure', { name: /^Simulator: / }).first();
        await widget.waitFor();
        await widget.getByRole('button', { name: 'Step forward' }).click();
        assert.equal(await widget.getByRole('slider', { name: 'Position' }).inputValue(), '1');
        // The widget itself (the lesson's prose is checked by the lesson journeys).
        const results = await new AxeBuilder({ page }).include('.sim-widget').analyze();
        assert.deepEqual(
          results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
          [],
        );
      },
      { viewport: { width: 360, height: 800 } },
    );
  });
});
