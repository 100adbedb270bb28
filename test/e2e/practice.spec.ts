import assert from 'node:assert/strict';
import { it } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { seedCards } from './seedCards';
import { answerByKeys, answerKeys, assertInViewport, lessonOf, shownQuestion } from './practiceHelpers';
import { allViolations, countRows, createAppDatabase, openLesson, readTable, seriousViolations, untilStored, withPage } from './support';

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
    await page.locator('.verdict.right, .verdict.wrong').waitFor();
    await shot(page, 'daily-feedback');
    assert.deepEqual(await seriousViolations(page), []);
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => document.querySelector('.question-stem')?.textContent !== s, first);
    const second = await stem.textContent();
    await page.keyboard.press('b');
    await page.keyboard.press('g');
    await page.keyboard.press('Enter');
    await page.locator('.verdict.right, .verdict.wrong').waitFor();
    assert.equal(await countRows(page, 'reviews'), 2);
    // Undo the second answer, then answer it again.
    await page.keyboard.press('u');
    await page.getByText('Your last answer was undone.').waitFor();
    assert.equal(await countRows(page, 'reviews'), 1);
    await page.keyboard.press('Enter');
    await page.locator('.verdict.right, .verdict.wrong').waitFor();
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
    await page.locator('.option input').first().waitFor();
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
      await page.locator('.verdict.right, .verdict.wrong').waitFor();
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
        await page.locator('.verdict.right, .verdict.wrong').waitFor();
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
    await createAppDatabase(page);
    const due = await seedCards(page, 10_000);
    assert.equal(due, 2_000);
    await page.goto('/practice');
    await page.getByText(/^0 due, \d+ new today$/).waitFor();
    await page.goto('/practice?mode=daily');
    await page.locator('.question-stem').waitFor();
    assert.ok(await page.evaluate(() => performance.getEntriesByName('practice:queue').length > 0), 'the queue build is in the performance timeline');
  });
});

it('a question answered wrong in the daily review comes back later in the same session', async () => {
  await withPage(async (page) => {
    await page.goto('/practice?mode=daily');
    const progress = page.locator('.session-progress');
    await page.locator('.question-stem').waitFor();
    const total = Number((await progress.innerText()).match(/of (\d+)/)?.[1]);
    const missed = await answerByKeys(page, false);
    await page.getByText('It comes back later in this session.').waitFor();
    assert.match(await progress.innerText(), new RegExp(`Question 1 of ${total + 1} · 1 missed, coming back`));
    const seen: string[] = [];
    for (let n = 2; n <= 5; n++) {
      await page.keyboard.press('Enter');
      await progress.getByText(`Question ${n} of`).waitFor();
      const q = await shownQuestion(page);
      seen.push(q.id);
      if (n < 5) await answerByKeys(page, true);
    }
    assert.equal(seen[3], missed, `question 5 is the one missed (${seen.join(', ')})`);
    assert.ok(!seen.slice(0, 3).includes(missed));
    await answerByKeys(page, true);
    assert.doesNotMatch(await progress.innerText(), /coming back/);
    const reviews = (await readTable<{ questionId: string; correct: boolean }>(page, 'reviews')).filter((r) => r.questionId === missed);
    assert.deepEqual(reviews.map((r) => r.correct), [false, true]);
    assert.deepEqual(await allViolations(page), []);
  });
});

it('a short session ends with a summary: missed questions link to their lessons', async () => {
  await withPage(async (page) => {
    await page.goto('/practice?mode=topic&lesson=foundations/why-containers');
    await page.locator('.question-stem').waitFor();
    const total = Number((await page.locator('.session-progress').innerText()).match(/of (\d+)/)?.[1]);
    await answerByKeys(page, false);
    for (let n = 2; n <= total + 1; n++) {
      await page.keyboard.press('Enter');
      await page.locator('.session-progress').getByText(`Question ${n} of`).waitFor();
      await answerByKeys(page, true);
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Session complete' }).waitFor();
    await page.getByRole('link', { name: /^Lesson: Why containers/ }).waitFor();
    assert.equal(await page.locator('dt:has-text("Missed at least once") + dd').innerText(), '1');
    assert.equal(await page.locator('dt:has-text("Answers in all") + dd').innerText(), String(total + 1));
    assert.match(await page.locator('dt:has-text("Reviews due by the end of tomorrow") + dd').innerText(), /^\d+$/);
    assert.deepEqual(await allViolations(page), []);
  });
});

it('finishes a lesson quiz by keyboard and sees the score', async () => {
  await withPage(async (page) => {
    await openLesson(page, '/learn/ecs/launch-types');
    const quiz = page.locator("xpath=//h2[normalize-space()='Check yourself']/following::*[@role='group' and @aria-label='Quick check'][1]");
    await quiz.locator('.quiz-title').waitFor();
    await quiz.scrollIntoViewIfNeeded();
    const total = Number((await quiz.locator('.quiz-title').innerText()).match(/\/ (\d+)/)?.[1]);
    await quiz.locator('.option input').first().focus();
    for (let i = 0; i < total; i++) {
      for (const key of await answerKeys(quiz, i !== 1)) await page.keyboard.press(key);
      await page.keyboard.press('Enter');
      await quiz.locator('.verdict.right, .verdict.wrong').waitFor();
      // Focus stays in the quiz (on Next), so Enter goes on without the mouse.
      assert.ok(await quiz.evaluate((el) => el.contains(document.activeElement) && document.activeElement !== document.body));
      await page.keyboard.press('Enter');
    }
    await quiz.getByText(`You got ${total - 1} of ${total} right.`).waitFor();
    await quiz.getByRole('button', { name: 'Review the 1 you missed' }).click();
    await quiz.locator('.question-stem').waitFor();
    await shot(page, 'lesson-quiz-review-missed');
    assert.equal(await countRows(page, 'reviews'), total);
  });
});

it('submits a mock exam, reopens it from /progress, filters the wrong ones and retakes them', async () => {
  await withPage(async (page) => {
    await page.goto('/practice?mode=exam');
    await page.getByText(/not Lambda, API Gateway, DynamoDB design/).waitFor();
    await page.getByRole('button', { name: /Start mock exam/ }).click();
    await page.getByRole('timer').waitFor();
    await page.locator('.question-stem').waitFor();
    // The app's navigation steps aside while the exam runs.
    assert.equal(await page.locator('.site-header').isVisible(), false);
    for (const key of await answerKeys(page, true)) await page.keyboard.press(key);
    await page.keyboard.press('Enter');
    await page.getByText('Question 2 of 65').waitFor();
    for (const key of await answerKeys(page, false)) await page.keyboard.press(key);
    assert.deepEqual(await allViolations(page), []);
    await page.getByRole('button', { name: 'Submit exam' }).click();
    await page.getByRole('button', { name: 'Yes, submit' }).click();
    await page.getByRole('heading', { name: 'Result', exact: true }).waitFor();
    assert.equal(await page.locator('.site-header').isVisible(), true);
    assert.match(page.url(), /mode=exam&attempt=exam-/);

    await page.goto('/');
    await page.goto('/progress');
    await page.getByRole('link', { name: /^Open the DVA-C02 attempt of / }).click();
    await page.getByRole('heading', { name: 'Result', exact: true }).waitFor();
    await page.getByText('Showing 65 of 65 questions.').waitFor();
    await page.getByRole('radio', { name: 'Wrong or unanswered (64)' }).check();
    await page.getByText('Showing 64 of 65 questions.').waitFor();
    assert.equal(await page.locator('.exam-review > li').count(), 64);
    await page.locator('.exam-review > li summary').first().click();
    await page.locator('.exam-review .option.right').first().waitFor();
    await shot(page, 'exam-results-wrong');
    assert.deepEqual(await allViolations(page), []);

    await page.getByRole('link', { name: 'Retake the 64 you got wrong' }).click();
    await page.getByRole('heading', { level: 1, name: 'Retake the questions you got wrong' }).waitFor();
    await page.getByText('Question 1 of 64').waitFor();
    await answerByKeys(page, true);
    const [review] = (await readTable<{ mode: string; reviewedAt: number }>(page, 'reviews')).sort((a, b) => b.reviewedAt - a.reviewedAt);
    assert.equal(review?.mode, 'missed');
  });
});

it('on a phone (390×844, touch) Check, Next and Submit stay inside the viewport before and after answering', async () => {
  await withPage(
    async (page) => {
      await page.goto('/practice?mode=daily');
      await page.locator('.question-stem').waitFor();
      const check = page.getByRole('button', { name: 'Check answer' });
      await assertInViewport(page, check, 'Check answer, before choosing');
      const [key] = await answerKeys(page, false);
      await page.locator('.option').nth(Number(key) - 1).locator('label').tap();
      await assertInViewport(page, check, 'Check answer, once chosen');
      await check.tap();
      const next = page.getByRole('button', { name: 'Next question' });
      await next.waitFor();
      await assertInViewport(page, next, 'Next question');
      await assertInViewport(page, page.locator('.verdict.wrong'), 'the verdict');
      await shot(page, 'phone-daily-after');
      // Read on to the last explanation: Next is still at hand.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await assertInViewport(page, next, 'Next question, scrolled to the end');
      assert.deepEqual(await allViolations(page), []);

      await page.goto('/practice?mode=exam');
      await page.getByRole('button', { name: /Start mock exam/ }).tap();
      await page.locator('.question-stem').waitFor();
      const submit = page.getByRole('button', { name: 'Submit exam' });
      const examNext = page.getByRole('button', { name: 'Next', exact: true });
      const timer = page.getByRole('timer');
      const toggle = page.getByRole('button', { name: 'Questions', exact: true });
      for (const [what, el] of [['Submit exam', submit], ['Next', examNext], ['the timer', timer], ['the navigator toggle', toggle]] as const) {
        await assertInViewport(page, el, `${what}, before answering`);
      }
      await page.locator('.option label').last().tap();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      for (const [what, el] of [['Submit exam', submit], ['Next', examNext], ['the timer', timer], ['the navigator toggle', toggle]] as const) {
        await assertInViewport(page, el, `${what}, after answering and scrolling`);
      }
      await shot(page, 'phone-exam');
      await toggle.tap();
      const cell = page.getByRole('button', { name: /^Question 5, not answered/ });
      await assertInViewport(page, cell, 'question 5 in the open navigator');
      await shot(page, 'phone-exam-navigator');
      assert.deepEqual(await allViolations(page), []);
      await cell.tap();
      await page.getByText('Question 5 of 65').waitFor();
      assert.equal(await cell.isVisible(), false, 'the navigator closes once a question is chosen');
    },
    { viewport: { width: 390, height: 844 }, hasTouch: true },
  );
});

it('on a laptop (1280×800) the verdict and Next are in view after answering', async () => {
  await withPage(
    async (page) => {
      await page.goto('/practice?mode=daily');
      await page.locator('.question-stem').waitFor();
      for (let i = 0; i < 3; i++) {
        await answerByKeys(page, i !== 1);
        await assertInViewport(page, page.locator('.verdict.right, .verdict.wrong'), `the verdict of question ${i + 1}`);
        await assertInViewport(page, page.getByRole('button', { name: 'Next question' }), `Next, question ${i + 1}`);
        await page.keyboard.press('Enter');
        await page.getByText(`Question ${i + 2} of`).waitFor();
      }
    },
    { viewport: { width: 1280, height: 800 } },
  );
});

it('practice, the running exam, its results and progress have no axe violation of any impact, light and dark', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await withPage(
      async (page) => {
        const check = async (where: string) => assert.deepEqual(await allViolations(page), [], `${where} (${colorScheme})`);
        await page.goto('/practice');
        await page.getByRole('heading', { name: 'Daily review' }).waitFor();
        await page.getByText(/^\d+ due, \d+ new today$/).waitFor();
        await check('the hub');
        await page.goto('/practice?mode=daily');
        await page.locator('.question-stem').waitFor();
        await check('a question');
        await answerByKeys(page, false);
        await check('a verdict');
        await page.goto('/practice?mode=exam');
        await page.getByRole('button', { name: /Start mock exam/ }).waitFor();
        await check('the exam start');
        await page.getByRole('button', { name: /Start mock exam/ }).click();
        await page.locator('.option input').first().waitFor();
        await page.keyboard.press('1');
        await page.keyboard.press('f');
        await page.getByRole('button', { name: /Question 1, answered, flagged/ }).waitFor();
        await check('the running exam');
        await page.getByRole('button', { name: 'Submit exam' }).click();
        await page.getByRole('button', { name: 'Yes, submit' }).click();
        await page.getByText('Showing 65 of 65 questions.').waitFor();
        await page.getByRole('radio', { name: /^Flagged/ }).check();
        await check('the results');
        await page.goto('/progress');
        await page.getByRole('link', { name: /^Open the DVA-C02 attempt/ }).waitFor();
        await check('progress');
      },
      { colorScheme },
    );
  }
});

it('fresh profile: complete the first lesson, and the daily review starts with its questions', async () => {
  await withPage(async (page) => {
    await page.goto('/learn/foundations/why-containers');
    await page.getByRole('button', { name: 'Mark lesson complete' }).click();
    await page.getByText('You completed this lesson.').waitFor();
    await page.goto('/practice?mode=daily');
    await page.locator('.question-stem').waitFor();
    assert.equal(lessonOf((await shownQuestion(page)).id), 'foundations/why-containers');
  });
});
