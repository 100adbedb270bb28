import assert from 'node:assert/strict';
import { it } from 'node:test';
import { countRows, withPage } from './support';

const HANGUL = /[가-힣]/;

it('in Korean: read a lesson, answer a review, switch back to English with all progress intact', async () => {
  await withPage(async (page) => {
    await page.goto('/');
    await page.getByLabel('Language').selectOption('ko');
    await page.getByRole('heading', { level: 1, name: '오늘 할 일' }).waitFor();

    await page.goto('/learn/ecs/placement');
    const title = page.getByRole('heading', { level: 1 });
    await page.getByRole('heading', { name: '이 레슨에서 배울 내용' }).waitFor();
    assert.match(await title.innerText(), HANGUL, 'the lesson title is in Korean');
    assert.equal(await page.getByRole('article').getAttribute('lang'), 'ko');
    await page.getByRole('button', { name: '레슨 완료로 표시' }).click();
    await page.getByText('이 레슨을 완료했습니다.').waitFor();

    await page.goto('/practice?mode=daily');
    const stem = page.locator('.question-stem');
    await stem.waitFor();
    assert.match(await stem.innerText(), HANGUL, 'the question is shown in Korean');
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /다음 복습|다시 나옵니다/ }).waitFor();
    assert.equal(await countRows(page, 'reviews'), 1);

    await page.getByLabel('언어').selectOption('en');
    await page.goto('/learn/ecs/placement');
    await page.getByRole('button', { name: 'Mark as not complete' }).waitFor();
    assert.doesNotMatch(await page.getByRole('heading', { level: 1 }).innerText(), HANGUL);
    await page.goto('/practice?mode=daily');
    await page.locator('.question-stem').waitFor();
    assert.equal(await countRows(page, 'reviews'), 1, 'the review answered in Korean is the same card in English');
    await page.goto('/learn/ecs');
    await page.getByText(/^1 of \d+ completed$/).waitFor();
  });
});
