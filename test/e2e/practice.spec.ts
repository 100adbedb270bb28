import assert from 'node:assert/strict';
import { it } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { seedCards } from './seedCards';
import { countRows, openLesson, seriousViolations, untilStored, withPage } from './support';

const SHOTS = process.env.SHOTS_DIR;
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

it('answers a daily review by keyboard alone and loses nothing on reload', async () => {
  await withPage(async (page) => {
    await page.goto('/practice?mode=daily');
    const stem = page.locator('.question-stem');
    await stem.waitFor();
    const first = await stem.textContent();
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /Next review/ }).waitFor();
    await shot(page, 'daily-feedback');
    assert.deepEqual(await seriousViolations(page), []);
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => document.querySelector('.question-stem')?.textContent !== s, first);
    const second = await stem.textContent();
    await page.keyboard.press('b');
    await page.keyboard.press('g');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /Next review/ }).waitFor();
    assert.equal(await countRows(page, 'reviews'), 2);
    // Undo the second answer, then answer it again.
    await page.keyboard.press('u');
    await page.getByText('Your last answer was undone.').waitFor();
    assert.equal(await countRows(page, 'reviews'), 1);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /Next review/ }).waitFor();
    assert.equal(await countRows(page, 'reviews'), 2);
    assert.equal(await countRows(page, 'cards'), 2);

    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => document.querySelector('.question-stem')?.textContent !== s, second);
    const third = await stem.textContent();
    // Choose but do not check yet, then reload: the choice is still there.
    await page.keyboard.press('c');
    await untilStored<{ key: string; value: { chosen?: string[] } }>(page, 'settings', (rows) =>
      rows.some((r) => r.key === 'practice.draft' && r.value.chosen?.length === 1),
    );
    await page.reload();
    await stem.waitFor();
    const after = await stem.textContent();
    assert.equal(after, third);
    assert.notEqual(after, first);
    assert.notEqual(after, second);
    await page.locator('.option input:checked').waitFor();
    assert.equal(await page.locator('.option input').nth(2).isChecked(), true);
    assert.equal(await countRows(page, 'reviews'), 2);
  });
});

it('runs a mock exam: flag, reload with the right time left, submit, domain breakdown', async () => {
  await withPage(async (page) => {
    await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
    await page.goto('/practice?mode=exam');
    await page.getByRole('radio', { name: 'SAA-C03' }).check();
    await page.getByRole('button', { name: /Start mock exam/ }).click();
    const timer = page.getByRole('timer');
    await timer.waitFor();
    assert.match((await timer.textContent()) ?? '', /^2:(10:00|09:5\d)$/);
    await page.keyboard.press('1');
    await page.keyboard.press('f');
    await page.getByRole('button', { name: /Question 1, answered, flagged for review/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('2');
    await shot(page, 'exam-running');
    assert.deepEqual(await seriousViolations(page), []);

    await page.clock.fastForward('25:00');
    await page.reload();
    await timer.waitFor();
    const left = (await timer.textContent()) ?? '';
    assert.match(left, /^1:4[45]:\d\d$/, `time left after 25 minutes: ${left}`);
    await page.getByRole('button', { name: /Question 1, answered, flagged/ }).waitFor();
    await page.getByRole('button', { name: /Question 2, answered/ }).waitFor();

    await page.getByRole('button', { name: 'Submit exam' }).click();
    await page.getByRole('button', { name: 'Yes, submit' }).click();
    await page.getByRole('heading', { name: 'Result', exact: true }).waitFor();
    const rows = page.locator('.data-table tbody tr');
    assert.equal(await rows.count(), 4);
    assert.match((await page.locator('.data-table tbody').textContent()) ?? '', /Design Secure Architectures/);
    await shot(page, 'exam-result');
    assert.deepEqual(await seriousViolations(page), []);

    await page.goto('/progress');
    await page.getByRole('heading', { name: 'Mock exams' }).waitFor();
    assert.match((await page.locator('table').filter({ hasText: 'SAA-C03' }).textContent()) ?? '', /SAA-C03/);
    await shot(page, 'progress-after-exam');
    assert.deepEqual(await seriousViolations(page), []);
  });
});

it('answers a quiz inside a lesson', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await withPage(
      async (page) => {
        await openLesson(page, '/learn/ecs/launch-types');
        const quiz = page.getByRole('group', { name: 'Quick check' }).first();
        // The quiz and its questions load on demand: allow for a busy machine.
        await quiz.locator('.option input').first().waitFor({ timeout: 30_000 });
        await quiz.scrollIntoViewIfNeeded();
        await quiz.locator('.option input').first().check();
        await quiz.getByRole('button', { name: 'Check answer' }).click();
        await quiz.getByRole('status').filter({ hasText: /Next review/ }).waitFor({ timeout: 20_000 });
        await shot(page, `lesson-quiz-${colorScheme}`);
        // Only the quizzes: the rest of the lesson page belongs to the lessons' own checks.
        const results = await new AxeBuilder({ page }).include('.quiz').analyze();
        assert.deepEqual(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), []);
        assert.equal(await countRows(page, 'reviews'), 1);
      },
      { colorScheme },
    );
  }
});

it('the practice screens are axe clean in the dark theme and at 360 px', async () => {
  await withPage(
    async (page) => {
      await page.goto('/practice');
      await page.getByRole('heading', { name: 'Daily review' }).waitFor();
      await shot(page, 'hub-dark-360');
      assert.deepEqual(await seriousViolations(page), []);
      await page.goto('/practice?mode=daily');
      await page.locator('.question-stem').waitFor();
      await shot(page, 'daily-dark-360');
      assert.deepEqual(await seriousViolations(page), []);
      // A question generated by the simulators, answered by keyboard.
      await page.goto('/practice?mode=topic&generated=1');
      await page.getByText('Generated question').waitFor();
      await page.keyboard.press('1');
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: /Next review/ }).waitFor();
      await shot(page, 'generated-dark-360');
      assert.deepEqual(await seriousViolations(page), []);
    },
    { colorScheme: 'dark', viewport: { width: 360, height: 800 } },
  );
});

it('in Korean, a generated question is written in Korean with no "not translated" note, light and dark', async () => {
  const looks = [
    { colorScheme: 'light', viewport: { width: 1280, height: 900 } },
    { colorScheme: 'dark', viewport: { width: 360, height: 800 } },
  ] as const;
  for (const { colorScheme, viewport } of looks) {
    await withPage(
      async (page) => {
        await page.goto('/practice?mode=topic&generated=1');
        await page.getByText('자동 생성 문제', { exact: true }).waitFor();
        const stem = page.locator('.question-stem');
        assert.match(await stem.innerText(), /[\uAC00-\uD7A3]/);
        assert.equal(await stem.getAttribute('lang'), null);
        assert.equal(await page.getByText('아직 번역되지 않았습니다.', { exact: false }).count(), 0);
        await page.keyboard.press('1');
        await page.keyboard.press('Enter');
        await page.getByRole('status').filter({ hasText: /다음 복습/ }).waitFor();
        await shot(page, `generated-ko-${colorScheme}-${viewport.width}`);
        assert.deepEqual(await seriousViolations(page), []);
      },
      { colorScheme, viewport, locale: 'ko-KR' },
    );
  }
});

it('with 10 000 stored cards of questions no longer in the bank, counts none of them and still opens the review', async () => {
  // How fast the queue builds from 10 000 cards is measured by `npm run bench` (test/e2e/dailyQueue.measure.ts).
  await withPage(async (page) => {
    await page.goto('/practice');
    await page.getByRole('heading', { name: 'Daily review' }).waitFor();
    const due = await seedCards(page, 10_000);
    assert.equal(due, 2_000);
    await page.reload();
    await page.getByText(/^0 due, \d+ new today$/).waitFor();
    await page.goto('/practice?mode=daily');
    await page.locator('.question-stem').waitFor();
    assert.ok(await page.evaluate(() => performance.getEntriesByName('practice:queue').length > 0), 'the queue build is in the performance timeline');
  });
});
