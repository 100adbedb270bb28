import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { widgetsLoaded, withPage } from './support';

const TRACKS = [
  ['foundations', 'Foundations'],
  ['docker', 'Docker'],
  ['ecs', 'Amazon ECS'],
  ['ecr', 'Amazon ECR'],
  ['fargate', 'AWS Fargate'],
  ['eks', 'Amazon EKS and Kubernetes'],
  ['iam', 'IAM'],
  ['delivery', 'Delivery'],
] as const;

/** Picks an answer in one quiz question and checks it; returns the verdict shown. */
async function answer(quiz: Locator): Promise<string> {
  const radios = quiz.getByRole('radio');
  if ((await radios.count()) > 0) await radios.first().check();
  else {
    const boxes = quiz.getByRole('checkbox');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
  }
  // By keyboard, as a learner without a pointer answers.
  await quiz.getByRole('button', { name: 'Check answer' }).press('Enter');
  const verdict = quiz.locator('p.verdict.right, p.verdict.wrong').first();
  await verdict.waitFor();
  return (await verdict.textContent()) ?? '';
}

async function finishQuiz(page: Page, quiz: Locator): Promise<number> {
  const counter = (await quiz.locator('.quiz-title').innerText()).match(/(\d+) \/ (\d+)/);
  const total = counter ? Number(counter[2]) : 1;
  for (let i = 0; i < total; i++) {
    await answer(quiz);
    if (i < total - 1) await quiz.getByRole('button', { name: 'Next quiz question' }).press('Enter');
  }
  await page.waitForTimeout(100);
  return total;
}

describe('curriculum', () => {
  for (const [track, name] of TRACKS) {
    it(`${name}: open the track, read a lesson, use its widget, finish its check, see progress`, async () => {
      await withPage(async (page) => {
        await page.goto(`/learn/${track}`);
        await page.getByRole('heading', { level: 1, name }).waitFor();
        const total = Number((await page.locator('.lead').first().innerText()).match(/of (\d+)/)?.[1]);
        assert.ok(total >= 2, `${name} has lessons`);
        await page.locator('ol.track-lessons a').first().click();
        const title = page.getByRole('heading', { level: 1 });
        await title.waitFor();
        await page.getByRole('heading', { name: 'In this lesson you will' }).waitFor();

        const quizzes = page.getByRole('group', { name: 'Quick check' });
        // Widgets mount as they come near and load on demand, not in page order: wait for all, so "first" stays first.
        await widgetsLoaded(page);
        await quizzes.first().locator('.quiz-title').waitFor();
        assert.match(await answer(quizzes.first()), /Correct\.|Not quite\./);

        const check = page.getByRole('heading', { level: 2, name: 'Check yourself' });
        await check.scrollIntoViewIfNeeded();
        // The quiz right after the heading (quizzes load on demand, so wait for that one itself).
        const checkQuiz = page.locator("xpath=//h2[normalize-space()='Check yourself']/following::*[@role='group' and @aria-label='Quick check'][1]");
        await checkQuiz.locator('.quiz-title').waitFor();
        const answered = await finishQuiz(page, checkQuiz);
        assert.ok(answered >= 3 && answered <= 5, `the check has ${answered} questions`);

        await page.getByRole('button', { name: 'Mark lesson complete' }).click();
        await page.getByText('You completed this lesson.').waitFor();
        await page.goto(`/learn/${track}`);
        await page.getByText(`1 of ${total} completed`).waitFor();
      });
    });
  }
});
